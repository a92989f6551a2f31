// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "rawsql.h"
#include "tse/project/projectfile.h"

namespace fs = std::filesystem;
using namespace tse::project;
using namespace tse::run;

namespace {

fs::path freshDir(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_project" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

RunRecord sampleRecord(int n, int dims, unsigned seed)
{
    RunRecord r;
    r.name = "perplexity sweep ✓";
    r.created = std::chrono::system_clock::time_point(std::chrono::milliseconds(1795000000123LL));
    r.parameters.dataset = "sample";
    r.parameters.pcaDims = 30;
    r.parameters.tsne.dimensions = dims;
    r.parameters.tsne.perplexity = 25.5;
    r.parameters.tsne.learningRate = 0;
    r.parameters.tsne.iterations = 750;
    r.parameters.tsne.seed = 18446744073709551557ull;  // needs all 64 bits
    r.parameters.tsne.method = tse::tsne::GradientMethod::BarnesHut;
    r.parameters.tsne.theta = 0.4;
    r.status = RunStatus::Finished;
    r.timings = {0.1, 0.2, 0.3, 0.4, 2.5};
    r.threads = 2;
    r.iterationsDone = 750;
    r.klDivergence = 1.2345;
    r.knnAccuracy = 0.8;
    r.trustworthiness = 0.99;
    r.klHistory = {{50, 3.5}, {750, 1.2345}};
    r.explainedVarianceRatio = {0.3, 0.2, 0.1};
    r.classNames = {"T-shirt/top", "Trouser"};
    std::srand(seed);
    r.coordinates = tse::Matrix::Random(n, dims);
    for (int i = 0; i < n; ++i)
        r.labels.push_back(i % 2);
    r.notes = "first try\nwith two lines";
    r.datasetHash = "0123456789abcdef";
    r.featuresKey = "0123456789abcdef|vgg16/pool5";
    r.parameters.features.extractor = tse::run::Extractor::Vgg16;
    r.parameters.features.layer = tse::run::NetworkLayer::Pool5;
    r.parameters.features.modelFile = "/models/vgg16-397923af.pth";
    r.parameters.features.faces = true;
    return r;
}

std::string fileBytes(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST(ProjectFile, SaveCloseOpenKeepsEverything)
{
    const auto path = freshDir("roundtrip") / "p.tsnex";
    const RunRecord original = sampleRecord(500, 3, 1);
    int id = 0;
    {
        auto project = ProjectFile::create(path);
        ASSERT_TRUE(project.ok()) << project.error().message;
        auto added = (*project)->addRun(original, "0123456789abcdef");
        ASSERT_TRUE(added.ok()) << added.error().message;
        id = added.value();
    }
    auto project = ProjectFile::open(path);
    ASSERT_TRUE(project.ok()) << project.error().message;
    auto runs = (*project)->runs();
    ASSERT_TRUE(runs.ok());
    ASSERT_EQ(runs->size(), 1u);
    const auto& s = runs->front();
    EXPECT_EQ(s.id, id);
    EXPECT_EQ(s.name, original.name);
    EXPECT_EQ(s.created, "2026-11-18T11:06:40.123Z");
    EXPECT_EQ(s.items, 500u);
    EXPECT_EQ(s.dimensions, 3);
    EXPECT_DOUBLE_EQ(s.perplexity, 25.5);
    EXPECT_DOUBLE_EQ(s.seconds, 3.5);
    EXPECT_DOUBLE_EQ(*s.klDivergence, 1.2345);

    auto loaded = (*project)->loadRun(id);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    const RunRecord& r = loaded.value();
    EXPECT_EQ(r.name, original.name);
    EXPECT_EQ(r.created, original.created);
    EXPECT_EQ(r.parameters.dataset, "sample");
    EXPECT_EQ(r.parameters.pcaDims, 30);
    EXPECT_EQ(r.parameters.tsne.seed, original.parameters.tsne.seed);
    EXPECT_EQ(r.parameters.tsne.method, tse::tsne::GradientMethod::BarnesHut);
    EXPECT_DOUBLE_EQ(r.parameters.tsne.theta, 0.4);
    EXPECT_EQ(r.parameters.tsne.iterations, 750);
    EXPECT_EQ(r.status, RunStatus::Finished);
    EXPECT_DOUBLE_EQ(r.timings.optimisation, 2.5);
    EXPECT_EQ(r.threads, 2);
    EXPECT_DOUBLE_EQ(*r.knnAccuracy, 0.8);
    EXPECT_DOUBLE_EQ(*r.trustworthiness, 0.99);
    EXPECT_FALSE(r.continuity.has_value());
    ASSERT_EQ(r.klHistory.size(), 2u);
    EXPECT_EQ(r.klHistory[1].iteration, 750);
    EXPECT_EQ(r.explainedVarianceRatio, original.explainedVarianceRatio);
    EXPECT_EQ(r.classNames, original.classNames);
    EXPECT_EQ(r.coordinates, original.coordinates);
    EXPECT_EQ(r.labels, original.labels);
    EXPECT_EQ(r.notes, original.notes);
    EXPECT_EQ(r.datasetHash, "0123456789abcdef");
    EXPECT_EQ(r.featuresKey, "0123456789abcdef|vgg16/pool5");
    EXPECT_EQ(r.parameters.features.extractor, tse::run::Extractor::Vgg16);
    EXPECT_EQ(r.parameters.features.layer, tse::run::NetworkLayer::Pool5);
    EXPECT_EQ(r.parameters.features.modelFile, "/models/vgg16-397923af.pth");
    EXPECT_TRUE(r.parameters.features.faces);
}

TEST(ProjectFile, RenameNotesDelete)
{
    const auto path = freshDir("edit") / "p.tsnex";
    auto project = ProjectFile::create(path);
    ASSERT_TRUE(project.ok());
    const int a = (*project)->addRun(sampleRecord(50, 2, 2)).value();
    const int b = (*project)->addRun(sampleRecord(60, 2, 3)).value();
    ASSERT_TRUE((*project)->renameRun(a, "baseline").ok());
    ASSERT_TRUE((*project)->setNotes(b, "too high perplexity").ok());
    ASSERT_TRUE((*project)->deleteRun(a).ok());
    EXPECT_FALSE((*project)->deleteRun(a).ok());
    EXPECT_FALSE((*project)->renameRun(999, "x").ok());
    auto runs = (*project)->runs();
    ASSERT_EQ(runs->size(), 1u);
    EXPECT_EQ(runs->front().id, b);
    EXPECT_EQ((*project)->loadRun(b)->notes, "too high perplexity");
    EXPECT_FALSE((*project)->loadRun(a).ok());
}

TEST(ProjectFile, DatasetPathsAreRelativeToTheProject)
{
    const auto dir = freshDir("relative");
    fs::create_directories(dir / "images" / "cats");
    const auto path = dir / "p.tsnex";
    RunRecord r = sampleRecord(20, 2, 4);
    r.parameters.dataset = (dir / "images").string();
    {
        auto project = ProjectFile::create(path);
        ASSERT_TRUE(project.ok());
        ASSERT_TRUE((*project)->addRun(r).ok());
        EXPECT_EQ((*project)->runs()->front().dataset, "images");
    }
    // The whole folder moves: the run still finds its images.
    const auto moved = freshDir("relative-moved");
    fs::remove_all(moved);
    fs::rename(dir, moved);
    auto project = ProjectFile::open(moved / "p.tsnex");
    ASSERT_TRUE(project.ok());
    auto loaded = (*project)->loadRun((*project)->runs()->front().id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(fs::path(loaded->parameters.dataset), moved / "images");
}

TEST(ProjectFile, ForeignCorruptAndFutureFilesAreRejectedUnchanged)
{
    const auto dir = freshDir("bad");
    EXPECT_EQ(ProjectFile::open(dir / "missing.tsnex").error().code, tse::ErrorCode::FileNotFound);

    std::ofstream(dir / "notes.tsnex") << "just some text, not a database";
    const std::string textBefore = fileBytes(dir / "notes.tsnex");
    auto text = ProjectFile::open(dir / "notes.tsnex");
    ASSERT_FALSE(text.ok());
    EXPECT_NE(text.error().message.find("not a t-SNE Explorer project"), std::string::npos);
    EXPECT_EQ(fileBytes(dir / "notes.tsnex"), textBefore);

    // A valid project, then copies of it: truncated, from the future, and a foreign database.
    const auto good = dir / "good.tsnex";
    {
        auto project = ProjectFile::create(good);
        ASSERT_TRUE(project.ok());
        for (int i = 0; i < 3; ++i)
            ASSERT_TRUE((*project)->addRun(sampleRecord(3000, 3, 10 + i)).ok());
    }
    const std::string bytes = fileBytes(good);
    std::ofstream(dir / "truncated.tsnex", std::ios::binary).write(bytes.data(), bytes.size() / 2);
    const std::string truncatedBefore = fileBytes(dir / "truncated.tsnex");
    auto truncated = ProjectFile::open(dir / "truncated.tsnex");
    if (truncated.ok()) {
        // SQLite may open a cut file; reading what is missing must still fail cleanly.
        auto runs = (*truncated)->runs();
        bool anyFailure = !runs.ok();
        if (runs.ok())
            for (const auto& s : runs.value())
                anyFailure = anyFailure || !(*truncated)->loadRun(s.id).ok();
        EXPECT_TRUE(anyFailure || !runs.ok() || runs->size() < 3);
    } else {
        EXPECT_EQ(truncated.error().code, tse::ErrorCode::BadFormat) << truncated.error().message;
    }
    EXPECT_EQ(fileBytes(dir / "truncated.tsnex"), truncatedBefore);

    fs::copy_file(good, dir / "future.tsnex");
    {
        auto project = ProjectFile::open(dir / "future.tsnex");
        ASSERT_TRUE(project.ok());
    }
    // Rewrite the format version as a later program would.
    executeSql(dir / "future.tsnex", QStringLiteral("UPDATE meta SET value = '7' WHERE key = 'format_version'"));
    const std::string futureBefore = fileBytes(dir / "future.tsnex");
    auto future = ProjectFile::open(dir / "future.tsnex");
    ASSERT_FALSE(future.ok());
    EXPECT_NE(future.error().message.find("newer version"), std::string::npos) << future.error().message;
    EXPECT_EQ(fileBytes(dir / "future.tsnex"), futureBefore);

    executeSql(dir / "foreign.db", QStringLiteral("CREATE TABLE songs(title TEXT)"));
    auto foreign = ProjectFile::open(dir / "foreign.db");
    ASSERT_FALSE(foreign.ok());
    EXPECT_NE(foreign.error().message.find("not a t-SNE Explorer project"), std::string::npos);
}

TEST(ProjectFile, KilledInTheMiddleOfASaveKeepsThePreviousRuns)
{
    const auto path = freshDir("kill") / "p.tsnex";
    {
        auto project = ProjectFile::create(path);
        ASSERT_TRUE(project.ok());
        ASSERT_TRUE((*project)->addRun(sampleRecord(1000, 2, 20)).ok());
        ASSERT_TRUE((*project)->addRun(sampleRecord(1000, 3, 21)).ok());
    }
    const RunRecord big = sampleRecord(400000, 3, 22);  // a few MB per save
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto project = ProjectFile::open(path);
        if (!project.ok())
            _exit(3);
        for (;;)
            (void)(*project)->addRun(big);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child should have been saving when it was killed";

    auto project = ProjectFile::open(path);
    ASSERT_TRUE(project.ok()) << project.error().message;
    auto runs = (*project)->runs();
    ASSERT_TRUE(runs.ok());
    ASSERT_GE(runs->size(), 2u);
    // Every run that is there is complete.
    for (const auto& s : runs.value()) {
        auto r = (*project)->loadRun(s.id);
        ASSERT_TRUE(r.ok()) << r.error().message;
        EXPECT_EQ(static_cast<std::size_t>(r->coordinates.rows()), s.items);
    }
    EXPECT_EQ((*project)->loadRun(runs->front().id)->coordinates.rows(), 1000);
}

TEST(ProjectFile, SaveAppliesAllChangesAtOnce)
{
    const auto path = freshDir("save") / "p.tsnex";
    auto project = ProjectFile::create(path);
    ASSERT_TRUE(project.ok());
    const int keep = (*project)->addRun(sampleRecord(30, 2, 30)).value();
    const int drop = (*project)->addRun(sampleRecord(30, 2, 31)).value();
    const RunRecord fresh = sampleRecord(40, 3, 32);
    ProjectChanges changes;
    changes.added = {&fresh, &fresh};
    changes.renamed = {{keep, "kept"}};
    changes.notes = {{keep, "note"}};
    changes.deleted = {drop};
    auto ids = (*project)->save(changes);
    ASSERT_TRUE(ids.ok()) << ids.error().message;
    ASSERT_EQ(ids->size(), 2u);
    auto runs = (*project)->runs();
    ASSERT_EQ(runs->size(), 3u);
    EXPECT_EQ(runs->at(0).name, "kept");
    EXPECT_EQ((*project)->loadRun(keep)->notes, "note");
    EXPECT_EQ((*project)->loadRun(ids->at(1))->coordinates, fresh.coordinates);

    // A change that cannot be applied leaves everything as it was.
    RunRecord broken = sampleRecord(10, 2, 33);
    broken.labels.resize(3);  // wrong length: refused
    ProjectChanges bad;
    bad.renamed = {{keep, "should not stick"}};
    bad.added = {&broken};
    EXPECT_FALSE((*project)->save(bad).ok());
    EXPECT_EQ((*project)->runs()->at(0).name, "kept");
    EXPECT_EQ((*project)->runs()->size(), 3u);
}

// Issue 19: a run claiming 2^61 + 1 items passed the blob-size check by wrap-around (the
// product overflowed to the real size) and loadRun threw bad_alloc; dates outside 1678–2262
// overflowed inside std::chrono.
TEST(ProjectFile, HostileRunRowsAreRefusedOrClampedNeverThrown)
{
    const auto path = freshDir("hostile") / "p.tsnex";
    int id = 0;
    {
        auto project = ProjectFile::create(path);
        ASSERT_TRUE(project.ok());
        id = (*project)->addRun(sampleRecord(50, 2, 2)).value();
    }
    // 2^61 + 1 items × 2 dims × 4 bytes wraps to 8 bytes modulo 2^64: give the blob 8 bytes.
    executeSql(path, QStringLiteral("UPDATE runs SET items = 2305843009213693953, coordinates = zeroblob(8)"));
    {
        auto project = ProjectFile::open(path);
        ASSERT_TRUE(project.ok());
        auto run = (*project)->loadRun(id);
        ASSERT_FALSE(run.ok());
        EXPECT_NE(run.error().message.find("damaged coordinates"), std::string::npos) << run.error().message;
    }
    executeSql(path, QStringLiteral("UPDATE runs SET items = 50, coordinates = zeroblob(400), created = '1500-01-01T00:00:00.000Z'"));
    auto project = ProjectFile::open(path);
    ASSERT_TRUE(project.ok());
    auto run = (*project)->loadRun(id);
    ASSERT_TRUE(run.ok()) << run.error().message;
    EXPECT_LT(run->created, std::chrono::system_clock::time_point{}) << "kept at the earliest representable time";
}
