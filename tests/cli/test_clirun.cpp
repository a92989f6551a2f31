// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Runs the real tsne-explorer-cli executable on good and bad input.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "clirunner.h"
#include "tse/common/npy.h"

namespace fs = std::filesystem;

namespace {

CliOutcome runCli(const std::string& args) { return runCliWith("", args); }

fs::path tempDir()
{
    auto dir = fs::temp_directory_path() / "tse_test_cli";
    fs::create_directories(dir);
    return dir;
}

std::vector<std::string> lines(const fs::path& path)
{
    std::ifstream in(path);
    std::vector<std::string> result;
    for (std::string line; std::getline(in, line);)
        result.push_back(line);
    return result;
}

}  // namespace

TEST(CliRun, EmbedsTheSampleIn3D)
{
    const auto csv = tempDir() / "sample3d.csv";
    const auto report = tempDir() / "sample3d.json";
    fs::remove(csv);
    const auto outcome = runCli("embed sample --dims 3 --iterations 300 --out " + csv.string() + " --report " +
                                report.string());
    ASSERT_EQ(outcome.exitCode, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("KL divergence"), std::string::npos);
    EXPECT_NE(outcome.output.find("affinities"), std::string::npos);
    EXPECT_NE(outcome.output.find("optimise"), std::string::npos);
    const auto rows = lines(csv);
    ASSERT_EQ(rows.size(), 3001u);
    EXPECT_EQ(rows[0], "index,label,x,y,z");
    EXPECT_EQ(rows[1].rfind("0,", 0), 0u);
    std::ifstream json(report);
    std::stringstream text;
    text << json.rdbuf();
    EXPECT_NE(text.str().find("\"knn10_accuracy\""), std::string::npos);
    EXPECT_NE(text.str().find("\"peak_memory_mib\""), std::string::npos);
}

TEST(CliRun, EmbedsANpyMatrixWithLabels)
{
    const auto dir = tempDir();
    tse::Matrix features = tse::Matrix::Random(200, 8);
    std::vector<std::int64_t> labels;
    for (int i = 0; i < 200; ++i) {
        labels.push_back(i % 2);
        features(i, 0) += (i % 2) * 10.0f;
    }
    ASSERT_TRUE(tse::npy::writeMatrix(dir / "f.npy", features).ok());
    ASSERT_TRUE(tse::npy::writeLabels(dir / "l.npy", labels).ok());
    const auto outcome = runCli("embed " + (dir / "f.npy").string() + " --labels " + (dir / "l.npy").string() +
                                " --pca-dims 0 --iterations 200 --perplexity 10 --out-npy " +
                                (dir / "y.npy").string());
    ASSERT_EQ(outcome.exitCode, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("10-NN accuracy 1.0000"), std::string::npos) << outcome.output;
    auto y = tse::npy::readMatrix(dir / "y.npy");
    ASSERT_TRUE(y.ok());
    EXPECT_EQ(y->rows(), 200);
    EXPECT_EQ(y->cols(), 2);
}

TEST(CliRun, AddsRunsToAProjectAndListsThem)
{
    const auto dir = tempDir() / "project";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto project = (dir / "p.tsnex").string();
    auto first = runCli("embed sample --iterations 50 --project " + project + " --name first --quiet");
    ASSERT_EQ(first.exitCode, 0) << first.output;
    auto second = runCli("embed sample --iterations 60 --perplexity 20 --dims 3 --seed 7 --learning-rate 300 --project " +
                         project + " --quiet");
    ASSERT_EQ(second.exitCode, 0) << second.output;
    const auto listed = runCli("runs " + project);
    ASSERT_EQ(listed.exitCode, 0) << listed.output;
    std::istringstream text(listed.output);
    std::vector<std::string> rows;
    for (std::string line; std::getline(text, line);)
        rows.push_back(line);
    ASSERT_EQ(rows.size(), 3u) << listed.output;
    EXPECT_EQ(rows[0], "id\tname\tcreated\tfeatures\tpca dims\tperplexity\tlearning rate\titerations\tdims\tseed\tseconds\tKL");
    EXPECT_EQ(rows[1].rfind("1\tfirst\t", 0), 0u) << rows[1];
    EXPECT_NE(rows[1].find("\traw\t50\t30\tauto\t50\t2\t1\t"), std::string::npos) << rows[1];
    EXPECT_NE(rows[2].find("\traw\t50\t20\t300\t60\t3\t7\t"), std::string::npos) << rows[2];

    std::ofstream(dir / "text.tsnex") << "not a project";
    const auto bad = runCli("runs " + (dir / "text.tsnex").string());
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_NE(bad.output.find("not a t-SNE Explorer project"), std::string::npos) << bad.output;
}

TEST(CliRun, EmbedsACsvFeatureTableWithTextLabels)
{
    const auto dir = tempDir();
    {
        std::ofstream csv(dir / "features.csv");
        csv << "a,b,c,label\n";
        for (int i = 0; i < 120; ++i) {
            const bool big = i % 2;
            csv << (big ? 20 : 0) + (i % 7) * 0.1 << ',' << (i % 5) * 0.2 << ',' << (i % 3) * 0.3 << ','
                << (big ? "large" : "small") << '\n';
        }
    }
    const auto out = dir / "features-map.csv";
    const auto outcome = runCli("embed " + (dir / "features.csv").string() + " --pca-dims 0 --perplexity 10 "
                                "--iterations 200 --out " + out.string());
    ASSERT_EQ(outcome.exitCode, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("10-NN accuracy 1.0000"), std::string::npos) << outcome.output;
    const auto rows = lines(out);
    ASSERT_EQ(rows.size(), 121u);
    EXPECT_EQ(rows[1].rfind("0,small,", 0), 0u) << rows[1];
    EXPECT_EQ(rows[2].rfind("1,large,", 0), 0u) << rows[2];
}

TEST(CliRun, EvaluatesAnEmbedding)
{
    const auto dir = tempDir();
    tse::Matrix features = tse::Matrix::Random(150, 6);
    std::vector<std::int64_t> labels;
    for (int i = 0; i < 150; ++i) {
        labels.push_back(i % 3);
        features(i, i % 3) += 8.0f;
    }
    ASSERT_TRUE(tse::npy::writeMatrix(dir / "ef.npy", features).ok());
    ASSERT_TRUE(tse::npy::writeLabels(dir / "el.npy", labels).ok());
    // The first two features are a fair 2D view of the data.
    ASSERT_TRUE(tse::npy::writeMatrix(dir / "ey.npy", features.leftCols(2)).ok());
    const auto outcome = runCli("evaluate " + (dir / "ef.npy").string() + " " + (dir / "ey.npy").string() +
                                " --labels " + (dir / "el.npy").string() + " --perplexity 10");
    ASSERT_EQ(outcome.exitCode, 0) << outcome.output;
    for (const char* key : {"kl_divergence_exact", "knn_accuracy", "trustworthiness", "continuity", "knn_preservation"})
        EXPECT_NE(outcome.output.find(key), std::string::npos) << key << "\n" << outcome.output;

    ASSERT_TRUE(tse::npy::writeMatrix(dir / "short.npy", tse::Matrix::Random(10, 2)).ok());
    const auto mismatch = runCli("evaluate " + (dir / "ef.npy").string() + " " + (dir / "short.npy").string());
    EXPECT_NE(mismatch.exitCode, 0);
    EXPECT_NE(mismatch.output.find("rows"), std::string::npos) << mismatch.output;
}

TEST(CliRun, BadInputExitsNonZeroWithOneLineReason)
{
    const auto dir = tempDir();
    std::ofstream(dir / "not-idx.bin") << "garbage";
    tse::Matrix withNan = tse::Matrix::Random(100, 5);
    withNan(17, 3) = std::numeric_limits<float>::quiet_NaN();
    ASSERT_TRUE(tse::npy::writeMatrix(dir / "nan.npy", withNan).ok());
    struct Case {
        std::string args;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"embed /no/such/file --out x.csv", "does not exist"},
        {"embed " + (dir / "not-idx.bin").string() + " --out x.csv", "neither an IDX"},
        {"embed sample --perplexity 5000 --out x.csv", "too large for 3000 items"},
        {"embed sample --pca-dims 900 --out x.csv", "exceed the number of features (784)"},
        {"embed sample --dims 5 --out x.csv", "--dims"},
        {"embed sample --out /no/such/dir/x.csv --iterations 1", "cannot write"},
        {"embed " + (dir / "nan.npy").string() + " --pca-dims 0 --perplexity 5 --out x.csv", "NaN"},
        {"embed " + (dir / "nan.npy").string() + " --pca-dims 0 --perplexity 40 --out x.csv", "too large for 100 items"},
    };
    for (const auto& c : cases) {
        const auto outcome = runCli(c.args);
        EXPECT_NE(outcome.exitCode, 0) << c.args;
        EXPECT_NE(outcome.output.find(c.expected), std::string::npos) << c.args << "\n" << outcome.output;
        EXPECT_EQ(outcome.output.rfind("error: ", 0), 0u) << outcome.output;
    }
}

TEST(CliRun, VersionAndHelp)
{
    EXPECT_EQ(runCli("--version").exitCode, 0);
    const auto help = runCli("--help");
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.output.find("--perplexity"), std::string::npos);
}
