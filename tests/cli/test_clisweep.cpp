// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// embed --sweep through the real executable: every member equals the run made on its own with
// the same parameters (shared features, PCA and affinities change nothing), members are saved to
// the project and the report, and a value that cannot work stops the sweep before it starts.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "clirunner.h"
#include "sweepcommand.h"
#include "pipeline/sweep.h"
#include "tse/common/npy.h"
#include "tse/project/projectfile.h"

namespace fs = std::filesystem;

namespace {

CliOutcome runCli(const std::string& args) { return runCliWith("", args); }

fs::path scratch()
{
    static const fs::path dir = [] {
        auto d = fs::temp_directory_path() / ("tse_test_cli_sweep_" + std::to_string(getpid()));
        fs::remove_all(d);
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

}  // namespace

TEST(CliSweep, MembersEqualSeparateRunsAndAreSaved)
{
    const auto d = scratch();
    const std::string common = "embed sample --dims 2 --iterations 200 --threads 2 ";
    const auto sweep = runCli(common + "--sweep perplexity=10,20 --sweep learning-rate=auto,100 --out-npy " +
                              (d / "m.npy").string() + " --project " + (d / "s.tsnex").string() + " --report " +
                              (d / "s.json").string() + " --name trial");
    ASSERT_EQ(sweep.exitCode, 0) << sweep.output;
    EXPECT_NE(sweep.output.find("sweep member 4 of 4: perplexity 20, learning-rate 100"), std::string::npos)
        << "progress names each member";
    // The member that reused the affinities of the one before equals a run of its own.
    const auto alone = runCli(common + "--perplexity 20 --learning-rate 100 --out-npy " + (d / "alone.npy").string());
    ASSERT_EQ(alone.exitCode, 0) << alone.output;
    const auto member = tse::npy::readMatrix(d / "m-perplexity20-learning-rate100.npy");
    ASSERT_TRUE(member) << member.error().message;
    EXPECT_EQ(member.value(), tse::npy::readMatrix(d / "alone.npy").value());
    const auto first = runCli(common + "--perplexity 10 --out-npy " + (d / "first.npy").string());
    ASSERT_EQ(first.exitCode, 0);
    EXPECT_EQ(tse::npy::readMatrix(d / "m-perplexity10-learning-rate-auto.npy").value(),
              tse::npy::readMatrix(d / "first.npy").value());
    // Every member is a run of the project, named after what it varies.
    auto project = tse::project::ProjectFile::open(d / "s.tsnex");
    ASSERT_TRUE(project);
    const auto runs = (*project)->runs();
    ASSERT_TRUE(runs);
    ASSERT_EQ(runs->size(), 4u);
    EXPECT_EQ(runs->front().name, "trial: perplexity 10, learning-rate auto");
    std::ifstream report(d / "s.json");
    const std::string text((std::istreambuf_iterator<char>(report)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("\"members\""), std::string::npos);
    EXPECT_NE(text.find("\"knn10_accuracy\""), std::string::npos);
}

TEST(CliSweep, ValuesThatCannotWorkStopItBeforeItStarts)
{
    const auto d = scratch();
    const auto tooLarge = runCli("embed sample --iterations 50 --sweep perplexity=5,2000 --out " + (d / "x.csv").string());
    EXPECT_NE(tooLarge.exitCode, 0);
    EXPECT_NE(tooLarge.output.find("sweep member 'perplexity 2000' cannot run"), std::string::npos) << tooLarge.output;
    EXPECT_FALSE(fs::exists(d / "x-perplexity5.csv")) << "not even the first member ran";
    const auto unknown = runCli("embed sample --sweep colour=1,2 --out " + (d / "x.csv").string());
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_NE(unknown.output.find("with a parameter of perplexity, learning-rate"), std::string::npos) << unknown.output;
    const auto twice = runCli("embed sample --sweep seed=1,2 --sweep seed=3 --out " + (d / "x.csv").string());
    EXPECT_NE(twice.exitCode, 0);
    EXPECT_NE(twice.output.find("not seed twice"), std::string::npos) << twice.output;
    const auto three = runCli("embed sample --sweep seed=1 --sweep iterations=5 --sweep perplexity=3 --out " +
                              (d / "x.csv").string());
    EXPECT_NE(three.exitCode, 0);
    EXPECT_NE(three.output.find("at most twice"), std::string::npos) << three.output;
}

TEST(SweepAxes, ParsedCombinedAndNamed)
{
    const auto axis = tse::app::parseSweepAxis("learning-rate=auto,200");
    ASSERT_TRUE(axis);
    EXPECT_EQ(axis->values, (std::vector<double>{0.0, 200.0}));
    for (const char* bad : {"perplexity=", "perplexity=5,5", "perplexity=-1", "iterations=1.5", "seed=x", "perplexity"})
        EXPECT_FALSE(tse::app::parseSweepAxis(bad)) << bad;
    tse::run::RunParameters base;
    const auto members = tse::app::sweepMembers(
        base, {tse::app::parseSweepAxis("perplexity=5,50").value(), tse::app::parseSweepAxis("iterations=300,600").value()});
    ASSERT_TRUE(members);
    ASSERT_EQ(members->size(), 4u);
    EXPECT_EQ((*members)[1].label, "perplexity 5, iterations 600") << "the second axis varies fastest";
    EXPECT_EQ((*members)[1].parameters.tsne.iterations, 600);
    EXPECT_EQ((*members)[2].parameters.tsne.perplexity, 50.0);
    EXPECT_EQ(tse::cli::memberPath("/a/b/m.csv", "perplexity 5, learning-rate auto"), "/a/b/m-perplexity5-learning-rate-auto.csv");
    // A value that is invalid for N is named.
    const auto check = tse::app::checkSweep(*members, 100, 784);
    ASSERT_FALSE(check);
    EXPECT_NE(check.error().message.find("perplexity 50"), std::string::npos) << check.error().message;
}
