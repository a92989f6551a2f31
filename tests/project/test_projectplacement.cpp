// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// What placement needs from a project: the feature space saved with a run (one copy per distinct
// space), the placed flags of a placed run, both surviving a round trip, and damaged or missing
// ones refused with the reason.

#include <gtest/gtest.h>

#include <filesystem>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "rawsql.h"
#include "tse/project/projectfile.h"

namespace fs = std::filesystem;
using namespace tse::project;
using namespace tse::run;

namespace {

fs::path freshProject(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_placement" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir / "p.tsnex";
}

std::shared_ptr<const ReferenceSpace> space(int n, int d, int k, unsigned seed)
{
    std::srand(seed);
    auto s = std::make_shared<ReferenceSpace>();
    s->featureCount = std::size_t(d);
    s->pcaMean = Eigen::VectorXf::Random(d);
    s->pcaComponents = tse::Matrix::Random(k, d);
    s->features = std::make_shared<tse::Matrix>(tse::Matrix::Random(n, k));
    return s;
}

RunRecord runWith(std::shared_ptr<const ReferenceSpace> s, const std::string& name)
{
    RunRecord r;
    r.name = name;
    r.status = RunStatus::Finished;
    r.coordinates = tse::Matrix::Random(Eigen::Index(s->items()), 2);
    r.referenceSpace = std::move(s);
    return r;
}

int countRows(const fs::path& file, const QString& table)
{
    const QString name = QStringLiteral("tse-test-count");
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QString::fromStdString(file.string()));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
                count = q.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

}  // namespace

TEST(ProjectPlacement, FeatureSpaceAndPlacedFlagsRoundTrip)
{
    const auto path = freshProject("roundtrip");
    const auto reference = space(300, 40, 6, 1);
    RunRecord placed = runWith(space(320, 40, 6, 2), "placed");
    placed.placed.assign(300, 0);
    placed.placed.resize(320, 1);
    placed.placedOnto = 1;
    placed.placedDataset = "/data/new images";
    int referenceId = 0, placedId = 0;
    {
        auto project = ProjectFile::create(path);
        ASSERT_TRUE(project.ok());
        referenceId = (*project)->addRun(runWith(reference, "reference")).value();
        placedId = (*project)->addRun(placed).value();
    }
    auto project = ProjectFile::open(path);
    ASSERT_TRUE(project.ok());
    auto loaded = (*project)->loadRun(placedId);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->placed, placed.placed);
    EXPECT_EQ(loaded->placedCount(), 20u);
    EXPECT_EQ(loaded->placedOnto, 1);
    EXPECT_EQ(loaded->placedDataset, "/data/new images");
    EXPECT_FALSE(loaded->referenceSpace) << "loaded only when asked";
    auto first = (*project)->loadRun(referenceId);
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first->placed.empty());
    EXPECT_EQ(first->placedOnto, 0);

    auto s = (*project)->loadReferenceSpace(referenceId);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ((*s)->featureCount, 40u);
    EXPECT_TRUE((*s)->pcaMean == reference->pcaMean);
    EXPECT_TRUE((*s)->pcaComponents == reference->pcaComponents);
    EXPECT_TRUE(*(*s)->features == *reference->features);
    EXPECT_EQ((*s)->contentKey(), reference->contentKey());
}

TEST(ProjectPlacement, RunsWithTheSameSpaceShareOneCopyAndDeletingTheLastRemovesIt)
{
    const auto path = freshProject("shared");
    const auto shared = space(200, 30, 5, 3);
    auto project = ProjectFile::create(path);
    ASSERT_TRUE(project.ok());
    const int a = (*project)->addRun(runWith(shared, "perplexity 10")).value();
    const int b = (*project)->addRun(runWith(shared, "perplexity 30")).value();
    EXPECT_EQ(countRows(path, QStringLiteral("reference_spaces")), 1);
    ASSERT_TRUE((*project)->deleteRun(a).ok());
    EXPECT_EQ(countRows(path, QStringLiteral("reference_spaces")), 1);
    ASSERT_TRUE((*project)->loadReferenceSpace(b).ok());
    ProjectChanges changes;
    changes.deleted.push_back(b);
    ASSERT_TRUE((*project)->save(changes).ok());
    EXPECT_EQ(countRows(path, QStringLiteral("reference_spaces")), 0);
    EXPECT_EQ(countRows(path, QStringLiteral("run_placement")), 0);
}

TEST(ProjectPlacement, RunsWithoutASpaceAndDamagedSpacesAreRefusedWithTheReason)
{
    const auto path = freshProject("refused");
    auto project = ProjectFile::create(path);
    ASSERT_TRUE(project.ok());
    RunRecord old = runWith(space(50, 8, 3, 4), "before placement");
    old.referenceSpace.reset();
    const int oldId = (*project)->addRun(old).value();
    auto missing = (*project)->loadReferenceSpace(oldId);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("run " + std::to_string(oldId) + " was saved without its feature space"),
              std::string::npos)
        << missing.error().message;
    EXPECT_FALSE((*project)->loadReferenceSpace(999).ok());

    const int id = (*project)->addRun(runWith(space(50, 8, 3, 5), "damaged")).value();
    project->reset();
    executeSql(path, QStringLiteral("UPDATE reference_spaces SET rows = 4611686018427387904"));
    project = ProjectFile::open(path);
    ASSERT_TRUE(project.ok());
    auto wrongRows = (*project)->loadReferenceSpace(id);
    ASSERT_FALSE(wrongRows.ok());
    EXPECT_NE(wrongRows.error().message.find("is damaged"), std::string::npos) << wrongRows.error().message;
    project->reset();
    executeSql(path, QStringLiteral("UPDATE reference_spaces SET rows = 50, features = X'00112233'"));
    project = ProjectFile::open(path);
    auto truncated = (*project)->loadReferenceSpace(id);
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.error().code, tse::ErrorCode::BadFormat);
    project->reset();
    executeSql(path, QStringLiteral("UPDATE run_placement SET placed = X'0101'"));
    project = ProjectFile::open(path);
    auto flags = (*project)->loadRun(id);
    ASSERT_FALSE(flags.ok());
    EXPECT_NE(flags.error().message.find("damaged placement flags"), std::string::npos) << flags.error().message;
    // The rest of the project still opens.
    EXPECT_TRUE((*project)->loadRun(oldId).ok());
}
