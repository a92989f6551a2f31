// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The launcher in front of the CLI (app/launcher): the OpenMP wait policy set before libgomp
// starts, a policy the user chose left alone, and arguments and exit codes passed through.
// libgomp prints what it read with OMP_DISPLAY_ENV=verbose (GOMP_SPINCOUNT 0 = passive).

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "clirunner.h"

TEST(CliLauncher, SetsThePassiveWaitPolicyUnlessTheUserChoseOne)
{
    const auto passive = runCliWith("env -u OMP_WAIT_POLICY -u GOMP_SPINCOUNT OMP_DISPLAY_ENV=verbose ", "--version");
    ASSERT_EQ(passive.exitCode, 0) << passive.output;
    EXPECT_NE(passive.output.find("GOMP_SPINCOUNT = '0'"), std::string::npos) << passive.output;
    EXPECT_NE(passive.output.find("tsne-explorer-cli "), std::string::npos) << passive.output;

    const auto active = runCliWith("env -u GOMP_SPINCOUNT OMP_WAIT_POLICY=active OMP_DISPLAY_ENV=verbose ", "--version");
    EXPECT_NE(active.output.find("OMP_WAIT_POLICY = 'ACTIVE'"), std::string::npos) << active.output;

    const auto spins = runCliWith("env -u OMP_WAIT_POLICY GOMP_SPINCOUNT=1234 OMP_DISPLAY_ENV=verbose ", "--version");
    EXPECT_NE(spins.output.find("GOMP_SPINCOUNT = '1234'"), std::string::npos) << spins.output;
}

TEST(CliLauncher, KeepsOpenBlasToOneThreadUnlessTheUserChoseACount)
{
    // libtorch's layers run on its OpenMP threads; OpenBLAS's own pool would only compete.
    const auto probe = [](const std::string& environment) {
        return runShell(environment + " " + std::string(TSE_LAUNCHER_PROBE_PATH)).output;
    };
    const std::string clean = "env -u OPENBLAS_NUM_THREADS -u GOTO_NUM_THREADS -u OMP_NUM_THREADS -u OMP_WAIT_POLICY "
                              "-u GOMP_SPINCOUNT";
    const std::string defaults = probe(clean);
    EXPECT_NE(defaults.find("OPENBLAS_NUM_THREADS=1\n"), std::string::npos) << defaults;
    EXPECT_NE(defaults.find("OMP_WAIT_POLICY=PASSIVE\n"), std::string::npos) << defaults;
    EXPECT_NE(probe(clean + " OPENBLAS_NUM_THREADS=3").find("OPENBLAS_NUM_THREADS=3\n"), std::string::npos);
    // OpenBLAS falls back to these when its own variable is unset: a count given there is the user's.
    EXPECT_NE(probe(clean + " OMP_NUM_THREADS=2").find("OPENBLAS_NUM_THREADS=(unset)"), std::string::npos);
    EXPECT_NE(probe(clean + " GOTO_NUM_THREADS=2").find("OPENBLAS_NUM_THREADS=(unset)"), std::string::npos);
}

TEST(CliLauncher, ArgumentsAndExitCodesPassThrough)
{
    const auto missing = runCliWith("", "embed '/nonexistent folder/with spaces.npy' --out /tmp/x.csv");
    EXPECT_EQ(missing.exitCode, 1) << missing.output;
    EXPECT_NE(missing.output.find("/nonexistent folder/with spaces.npy"), std::string::npos) << missing.output;
    const auto usage = runCliWith("", "no-such-command");
    EXPECT_EQ(usage.exitCode, 2) << usage.output;
}

TEST(CliEstimate, PrintsTheCostAndRunsNothing)
{
    const std::string out = "/tmp/tse-estimate-should-not-exist.csv";
    std::remove(out.c_str());
    const auto estimate = runCliWith("", "embed sample --dims 3 --estimate --out " + out);
    ASSERT_EQ(estimate.exitCode, 0) << estimate.output;
    EXPECT_NE(estimate.output.find("estimate for 3000 items: about "), std::string::npos) << estimate.output;
    EXPECT_NE(estimate.output.find("optimisation "), std::string::npos) << estimate.output;
    EXPECT_NE(estimate.output.find(" MB"), std::string::npos) << estimate.output;
    FILE* f = std::fopen(out.c_str(), "r");
    EXPECT_EQ(f, nullptr) << "--estimate ran the embedding";
    if (f)
        std::fclose(f);
}

TEST(CliEstimate, MeasuresThisMachineOnceAndScalesToIt)
{
    // Issue 13: the estimate is scaled to this machine's speed, measured once and remembered
    // (pipeline/machinespeed.h). A private cache folder stands for a new user.
    namespace fs = std::filesystem;
    const fs::path cache = fs::temp_directory_path() / ("tse-estimate-speed-" + std::to_string(::getpid()));
    fs::remove_all(cache);
    const std::string environment = "TSE_CACHE_DIR=" + cache.string() + " ";
    const auto first = runCliWith(environment, "embed sample --dims 2 --estimate");
    ASSERT_EQ(first.exitCode, 0) << first.output;
    EXPECT_NE(first.output.find("measuring this machine's speed once"), std::string::npos) << first.output;
    EXPECT_NE(first.output.find("this machine takes "), std::string::npos) << first.output;
    const fs::path file = cache / "machine-speed";
    ASSERT_TRUE(fs::exists(file)) << first.output;

    const auto second = runCliWith(environment, "embed sample --dims 2 --estimate");
    ASSERT_EQ(second.exitCode, 0) << second.output;
    EXPECT_EQ(second.output.find("measuring this machine's speed"), std::string::npos) << "remembered: " << second.output;
    const auto estimateOf = [](const std::string& output) { return output.substr(std::min(output.find("estimate for "), output.size())); };
    EXPECT_EQ(estimateOf(second.output), estimateOf(first.output)) << "the same estimate";

    // The remembered speed is the one used: a machine 40× slower than the reference is told so.
    std::string line;
    {
        std::ifstream in(file);
        std::getline(in, line);
    }
    ASSERT_NE(line.rfind('\t'), std::string::npos) << line;
    {
        std::ofstream out(file, std::ios::trunc);
        out << line.substr(0, line.rfind('\t')) << "\t40\n";
    }
    const auto slow = runCliWith(environment, "embed sample --dims 2 --estimate");
    ASSERT_EQ(slow.exitCode, 0) << slow.output;
    EXPECT_NE(slow.output.find("this machine takes 40.00×"), std::string::npos) << slow.output;
    const auto firstLine = [&](const std::string& output) {
        const std::string estimate = estimateOf(output);
        return estimate.substr(0, estimate.find('\n'));
    };
    EXPECT_NE(firstLine(slow.output), firstLine(second.output)) << "a slower machine, a longer estimate";
    fs::remove_all(cache);
}
