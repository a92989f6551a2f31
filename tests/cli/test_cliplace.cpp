// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// tsne-explorer-cli place: the real executable places images and matrices on a saved run, adds
// the placed run to the project, and leaves the project untouched when the input does not fit.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include "clioptions.h"
#include "clirunner.h"
#include "tse/common/npy.h"
#include "tse/project/projectfile.h"

namespace fs = std::filesystem;
using namespace tse;

namespace {

fs::path freshDir(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_cliplace" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string fileBytes(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Three blobs in `dims` dimensions as FEATURES.npy plus their labels.
void writeBlobs(const fs::path& features, const fs::path& labels, int per, int dims, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Matrix m(3 * per, dims);
    std::vector<std::int64_t> l;
    for (int b = 0; b < 3; ++b)
        for (int i = 0; i < per; ++i) {
            for (int d = 0; d < dims; ++d)
                m(b * per + i, d) = normal(rng) + (d == b ? 12.0f : 0.0f);
            l.push_back(b);
        }
    ASSERT_TRUE(npy::writeMatrix(features, m).ok());
    ASSERT_TRUE(npy::writeLabels(labels, l).ok());
}

}  // namespace

TEST(CliPlace, PlacesTheSampleOnItsOwnMap)
{
    const auto dir = freshDir("sample");
    const auto project = dir / "p.tsnex";
    auto embedded = runCliWith("", "embed sample --iterations 300 --project " + project.string() + " --name map --quiet");
    ASSERT_EQ(embedded.exitCode, 0) << embedded.output;
    const auto csv = dir / "placed.csv";
    const auto report = dir / "placed.json";
    auto placed = runCliWith("", "place " + project.string() + " --run map sample --name again --out " + csv.string() +
                                     " --report " + report.string());
    ASSERT_EQ(placed.exitCode, 0) << placed.output;
    EXPECT_NE(placed.output.find("placed 3000 items on run 1 (3000 points, 2D), features 784"), std::string::npos)
        << placed.output;
    EXPECT_NE(placed.output.find("saved as run 2"), std::string::npos);
    EXPECT_NE(placed.output.find("Placing 100%"), std::string::npos) << "progress when not a terminal";
    // The same images placed again land among their twins' classes.
    const auto at = placed.output.find("placed 10-NN accuracy against the map's labels ");
    ASSERT_NE(at, std::string::npos) << placed.output;
    EXPECT_GT(std::stod(placed.output.substr(at + 48)), 0.75);
    std::ifstream rows(csv);
    const auto lineCount = std::count(std::istreambuf_iterator<char>(rows), std::istreambuf_iterator<char>(), '\n');
    EXPECT_EQ(lineCount, 6001);
    EXPECT_NE(fileBytes(report).find("\"placed_items\": 3000"), std::string::npos);

    auto file = project::ProjectFile::open(project);
    ASSERT_TRUE(file.ok());
    auto first = (*file)->loadRun(1);
    auto second = (*file)->loadRun(2);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(second->name, "again");
    EXPECT_EQ(second->placedCount(), 3000u);
    EXPECT_EQ(second->placedOnto, 1);
    EXPECT_TRUE(second->coordinates.topRows(3000) == first->coordinates) << "the map's points are kept bit for bit";
    ASSERT_TRUE((*file)->loadReferenceSpace(2).ok()) << "a placed run can be placed on again";

    // Its images are the map's and the placed ones together: the image map can be drawn.
    const auto imageMap = dir / "placed-images.png";
    auto exported = runCliWith("", "export " + project.string() + " --run again --image-map " + imageMap.string() +
                                       " --size 800x600");
    ASSERT_EQ(exported.exitCode, 0) << exported.output;
    EXPECT_GT(fs::file_size(imageMap), 10000u);
}

TEST(CliPlace, AMismatchLeavesTheProjectUntouched)
{
    const auto dir = freshDir("mismatch");
    const auto project = dir / "p.tsnex";
    writeBlobs(dir / "ref.npy", dir / "ref.labels.npy", 50, 12, 1);
    writeBlobs(dir / "narrow.npy", dir / "narrow.labels.npy", 5, 9, 2);
    writeBlobs(dir / "new.npy", dir / "new.labels.npy", 10, 12, 3);
    auto embedded = runCliWith("", "embed " + (dir / "ref.npy").string() + " --labels " + (dir / "ref.labels.npy").string() +
                                       " --pca-dims 5 --perplexity 10 --iterations 300 --project " + project.string() +
                                       " --name blobs --quiet");
    ASSERT_EQ(embedded.exitCode, 0) << embedded.output;
    const std::string before = fileBytes(project);

    auto narrow = runCliWith("", "place " + project.string() + " --run blobs " + (dir / "narrow.npy").string());
    EXPECT_EQ(narrow.exitCode, 1);
    EXPECT_NE(narrow.output.find("9 features each but the map was made from 12"), std::string::npos) << narrow.output;
    auto noRun = runCliWith("", "place " + project.string() + " --run nothing " + (dir / "new.npy").string());
    EXPECT_EQ(noRun.exitCode, 1);
    EXPECT_NE(noRun.output.find("the project has no run 'nothing'; it has 1 (blobs)"), std::string::npos) << noRun.output;
    auto missing = runCliWith("", "place " + project.string() + " --run 1 " + (dir / "absent.npy").string());
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.output.find("absent.npy"), std::string::npos) << missing.output;
    EXPECT_EQ(fileBytes(project), before);

    auto good = runCliWith("", "place " + project.string() + " --run blobs " + (dir / "new.npy").string() + " --labels " +
                                   (dir / "new.labels.npy").string() + " --threads 2");
    ASSERT_EQ(good.exitCode, 0) << good.output;
    EXPECT_NE(good.output.find("placed 10-NN accuracy against the map's labels 1.0000"), std::string::npos)
        << good.output;
}

TEST(CliPlace, ParsesItsOptions)
{
    auto parsed = cli::parseCommandLine({"place", "p.tsnex", "--run", "3", "new", "--perplexity", "8", "--iterations",
                                         "100", "--name", "more", "--out-npy", "x.npy"});
    ASSERT_TRUE(parsed.command) << parsed.error;
    const auto& p = parsed.command->place;
    EXPECT_EQ(parsed.command->kind, cli::ParsedCommand::Kind::Place);
    EXPECT_EQ(p.project, "p.tsnex");
    EXPECT_EQ(p.run, "3");
    EXPECT_EQ(p.newData, "new");
    EXPECT_DOUBLE_EQ(p.perplexity, 8);
    EXPECT_EQ(p.iterations, 100);
    EXPECT_EQ(p.runName, "more");
    EXPECT_EQ(p.outNpy, "x.npy");
    auto noRun = cli::parseCommandLine({"place", "p.tsnex", "new"});
    ASSERT_FALSE(noRun.command);
    EXPECT_NE(noRun.error.find("--run ID|NAME"), std::string::npos);
    auto badPerplexity = cli::parseCommandLine({"place", "p.tsnex", "--run", "1", "new", "--perplexity", "0.5"});
    EXPECT_FALSE(badPerplexity.command);
}
