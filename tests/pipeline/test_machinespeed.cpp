// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// This machine's speed for the cost estimate (issue 13: "measured once and remembered"): the
// workload runs, a measurement is written and read back instead of measuring again, a damaged
// or foreign file is not believed, and the estimate's stages scale with the slowdown. No time
// is asserted: the workload is replaced by a counter where the mechanism is tested.

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "pipeline/costestimate.h"
#include "pipeline/machinespeed.h"

namespace fs = std::filesystem;
using namespace tse::app;

namespace {

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("tse-machinespeed-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                                 "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

void writeFile(const fs::path& file, const std::string& text)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
}

tse::run::RunParameters benchmarkRun()
{
    tse::run::RunParameters p;
    p.pcaDims = 20;
    p.tsne.iterations = 750;
    p.tsne.threads = 2;
    return p;
}

}  // namespace

TEST(MachineSpeed, MeasuredOnceThenRemembered)
{
    TempDir dir;
    const fs::path file = dir.path / "sub" / "machine-speed";
    int measurements = 0;
    const auto workload = [&]() -> std::optional<double> {
        ++measurements;
        return 2.5 * kReferenceWorkloadSeconds;
    };
    bool measured = false;
    EXPECT_DOUBLE_EQ(machineSlowdown(file, "CPU A, 2 cores", workload, &measured), 2.5);
    EXPECT_TRUE(measured);
    EXPECT_EQ(measurements, 1);
    ASSERT_TRUE(fs::exists(file)) << "the measurement is remembered";
    EXPECT_DOUBLE_EQ(machineSlowdown(file, "CPU A, 2 cores", workload, &measured), 2.5);
    EXPECT_FALSE(measured);
    EXPECT_EQ(measurements, 1) << "read back, not measured again";
    ASSERT_TRUE(rememberedSlowdown(file, "CPU A, 2 cores").has_value());
    EXPECT_DOUBLE_EQ(*rememberedSlowdown(file, "CPU A, 2 cores"), 2.5);

    // Another machine (a new CPU, a changed core count) measures again and replaces the file.
    EXPECT_FALSE(rememberedSlowdown(file, "CPU A, 4 cores").has_value());
    EXPECT_DOUBLE_EQ(machineSlowdown(file, "CPU A, 4 cores", [] { return std::optional(0.5 * kReferenceWorkloadSeconds); }), 0.5);
    EXPECT_DOUBLE_EQ(*rememberedSlowdown(file, "CPU A, 4 cores"), 0.5);
    for (const auto& entry : fs::directory_iterator(file.parent_path()))
        EXPECT_EQ(entry.path().filename(), "machine-speed") << "no temporary file is left";
}

TEST(MachineSpeed, AFailedMeasurementAssumesTheReferenceAndRemembersNothing)
{
    TempDir dir;
    const fs::path file = dir.path / "machine-speed";
    bool measured = true;
    EXPECT_DOUBLE_EQ(machineSlowdown(file, "CPU", [] { return std::optional<double>(); }, &measured), 1.0);
    EXPECT_FALSE(measured);
    EXPECT_FALSE(fs::exists(file));
    for (double bad : {0.0, -1.0, std::nan(""), double(INFINITY)})
        EXPECT_FALSE(slowdownFromSeconds(bad).has_value()) << bad;
    EXPECT_DOUBLE_EQ(*slowdownFromSeconds(1e9), 50.0) << "clamped";
    // A file that cannot be written (its folder is a file) is only a measurement next time.
    writeFile(dir.path / "blocker", "x");
    EXPECT_FALSE(rememberSlowdown(dir.path / "blocker" / "machine-speed", "CPU", 2.0));
    EXPECT_FALSE(rememberSlowdown(file, "CPU\twith a tab", 2.0)) << "an identity that would break the line";
}

TEST(MachineSpeed, ADamagedOrForeignFileIsNotBelieved)
{
    TempDir dir;
    const fs::path file = dir.path / "machine-speed";
    ASSERT_TRUE(rememberSlowdown(file, "CPU", 1.75));
    ASSERT_TRUE(rememberedSlowdown(file, "CPU").has_value());
    const std::string cases[] = {
        "",
        "tse-machine-speed-1\tCPU\n",
        "tse-machine-speed-1\tCPU\t\n",
        "tse-machine-speed-1\tCPU\tabc\n",
        "tse-machine-speed-1\tCPU\t1.5 trailing\n",
        "tse-machine-speed-1\tCPU\tnan\n",
        "tse-machine-speed-1\tCPU\t-3\n",
        "tse-machine-speed-1\tCPU\t1e300\n",
        "tse-machine-speed-1\tCPU\t0.0001\n",
        "tse-machine-speed-2\tCPU\t1.5\n",
        "tse-machine-speed-1\tOther CPU\t1.5\n",
        std::string("tse-machine-speed-1\tCPU\t1.5\n") + std::string(10000, ' '),
        std::string(5000, '\t'),
        std::string("\0\0\0\0", 4),
    };
    for (const auto& text : cases) {
        writeFile(file, text);
        EXPECT_FALSE(rememberedSlowdown(file, "CPU").has_value()) << "\"" << text.substr(0, 60) << "\"";
        int measurements = 0;
        EXPECT_DOUBLE_EQ(machineSlowdown(file, "CPU", [&] { ++measurements; return std::optional(3 * kReferenceWorkloadSeconds); }), 3.0);
        EXPECT_EQ(measurements, 1) << "measured again and rewritten";
        EXPECT_DOUBLE_EQ(*rememberedSlowdown(file, "CPU"), 3.0);
    }
    fs::create_directories(dir.path / "a-folder");
    EXPECT_FALSE(rememberedSlowdown(dir.path / "a-folder", "CPU").has_value());
    EXPECT_FALSE(rememberedSlowdown(dir.path / "absent", "CPU").has_value());
}

TEST(MachineSpeed, TheWorkloadRunsAndTheFileLivesWithTheCache)
{
    // The real workload: a time is measured (how long is not asserted), and the identity names
    // the core count.
    const auto seconds = timeReferenceWorkload();
    ASSERT_TRUE(seconds.has_value());
    EXPECT_GT(*seconds, 0.0);
    EXPECT_NE(machineIdentity().find(" cores"), std::string::npos) << machineIdentity();
    TempDir dir;
    const char* before = std::getenv("TSE_CACHE_DIR");
    const std::string kept = before ? before : "";
    ASSERT_EQ(::setenv("TSE_CACHE_DIR", dir.path.c_str(), 1), 0);
    EXPECT_EQ(machineSpeedFile(), dir.path / "machine-speed");
    if (before)
        ::setenv("TSE_CACHE_DIR", kept.c_str(), 1);
    else
        ::unsetenv("TSE_CACHE_DIR");
}

TEST(MachineSpeed, EveryStageOfTheEstimateScalesWithTheSlowdownNotTheMemory)
{
    auto parameters = benchmarkRun();
    parameters.features.extractor = tse::run::Extractor::Vgg16;
    const auto here = estimateCost(parameters, 10000, 0, 2, true, InputRows::InMemory, 1.0);
    const auto slower = estimateCost(parameters, 10000, 0, 2, true, InputRows::InMemory, 3.0);
    EXPECT_GT(here.featureSeconds, 0.0);
    EXPECT_GT(here.pcaSeconds, 0.0);
    EXPECT_NEAR(slower.featureSeconds, 3 * here.featureSeconds, 1e-9);
    EXPECT_NEAR(slower.pcaSeconds, 3 * here.pcaSeconds, 1e-9);
    EXPECT_NEAR(slower.affinitySeconds, 3 * here.affinitySeconds, 1e-9);
    EXPECT_NEAR(slower.optimisationSeconds, 3 * here.optimisationSeconds, 1e-9);
    EXPECT_NEAR(slower.metricsSeconds, 3 * here.metricsSeconds, 1e-9);
    EXPECT_EQ(slower.peakBytes, here.peakBytes);
    EXPECT_GT(slower.totalSeconds(), 2.9 * here.totalSeconds()) << "only the start-up is not scaled";
    for (double bad : {0.0, -2.0, std::nan("")})
        EXPECT_EQ(estimateCost(parameters, 10000, 0, 2, true, InputRows::InMemory, bad).optimisationSeconds,
                  here.optimisationSeconds)
            << "a slowdown that is not a positive number is the reference's";
}
