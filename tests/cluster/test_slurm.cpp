// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// On a real single-node Slurm cluster (scripts/slurm-test-cluster.sh): sharded extraction equals
// one process bit for bit (raw pixels and a tiny VGG), a full plan ends in a project the
// workbench opens, and a cancelled shard is named by status and completed by resubmit.

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "shards.h"
#include "slurmplan.h"
#include "tse/imageio/datasetlocator.h"
#include "tse/project/projectfile.h"

namespace fs = std::filesystem;
using namespace tse;
using namespace tse::cluster;

namespace {

fs::path clusterDir() { return fs::temp_directory_path() / "tse_test_slurm" / "cluster"; }

int shell(const std::string& command, std::string* output = nullptr)
{
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return -1;
    char buffer[4096];
    std::string text;
    while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe))
        text.append(buffer, n);
    const int status = pclose(pipe);
    if (output)
        *output = text;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string bytes(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The first `count` images of the bundled sample as an IDX pair (labels beside the images).
fs::path smallIdx(const fs::path& dir, std::size_t count)
{
    auto sample = imageio::openDataset("sample");
    EXPECT_TRUE(sample.ok());
    fs::create_directories(dir);
    const fs::path images = dir / "small-images-idx3-ubyte";
    std::ofstream img(images, std::ios::binary), lab(dir / "small-labels-idx1-ubyte", std::ios::binary);
    auto be32 = [](std::ofstream& out, std::uint32_t v) {
        const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        out.write(b, 4);
    };
    be32(img, 0x00000803);
    be32(img, std::uint32_t(count));
    be32(img, 28);
    be32(img, 28);
    img.write(reinterpret_cast<const char*>(sample->pixels.data()), std::streamsize(count * 784));
    be32(lab, 0x00000801);
    be32(lab, std::uint32_t(count));
    for (std::size_t i = 0; i < count; ++i)
        lab.put(char(sample->labels[i]));
    return images;
}

PlanOptions planIn(const fs::path& folder, PlanKind kind, const std::string& dataset)
{
    PlanOptions o;
    o.kind = kind;
    o.dataset = dataset;
    o.folder = folder;
    o.program = TSE_CLI_PATH;
    o.memory = "1G";
    return o;
}

// Polls the plan until every stage is done, or one failed, or the safety limit passed.
std::vector<StageStatus> waitForPlan(const fs::path& folder, bool stopAtFailure = true)
{
    std::vector<StageStatus> last;
    for (int i = 0; i < 1200; ++i) {
        auto status = planStatus(folder);
        if (!status.ok())
            return last;
        last = status.value();
        const bool done = std::all_of(last.begin(), last.end(), [](const auto& s) { return s.state == "done"; });
        const bool stuck = std::any_of(last.begin(), last.end(),
                                       [](const auto& s) { return s.state == "failed" || s.state == "blocked"; });
        if (done || (stuck && stopAtFailure))
            return last;
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    return last;
}

bool allDone(const std::vector<StageStatus>& status)
{
    return !status.empty() && std::all_of(status.begin(), status.end(), [](const auto& s) { return s.state == "done"; });
}

std::string logsOf(const fs::path& folder)
{
    std::string all;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder / "logs", ec))
        all += "--- " + e.path().filename().string() + "\n" + bytes(e.path());
    return all;
}

class Slurm : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        std::string output;
        const int code = shell(std::string(TSE_SOURCE_DIR) + "/scripts/slurm-test-cluster.sh start " +
                                   clusterDir().string(), &output);
        if (code == 0) {
            setenv("SLURM_CONF", (clusterDir() / "slurm.conf").c_str(), 1);
            running_ = true;
        } else {
            why_ = output;
        }
    }
    static void TearDownTestSuite()
    {
        if (running_)
            shell(std::string(TSE_SOURCE_DIR) + "/scripts/slurm-test-cluster.sh stop " + clusterDir().string());
    }
    void SetUp() override
    {
        if (!running_)
            GTEST_SKIP() << "no Slurm test cluster here: " << why_;
        work_ = fs::temp_directory_path() / "tse_test_slurm" /
                ::testing::UnitTest::GetInstance()->current_test_info()->name();
        fs::remove_all(work_);
        fs::create_directories(work_);
    }
    fs::path work_;
    static inline bool running_ = false;
    static inline std::string why_;
};

}  // namespace

TEST_F(Slurm, ShardedExtractionEqualsOneProcessBitForBit)
{
    const fs::path idx = smallIdx(work_ / "data", 200);
    for (const std::string features : {std::string("raw"), std::string(TSE_FEATURE_FIXTURES) + "/tiny-vgg.pth"}) {
        const fs::path folder = work_ / ("plan-" + std::to_string(features.size()));
        PlanOptions o = planIn(folder, PlanKind::Extract, idx.string());
        o.featureArgs = {"--features", features};
        auto plan = submitPlan(o);
        ASSERT_TRUE(plan.ok()) << plan.error().message;
        const auto status = waitForPlan(folder);
        ASSERT_TRUE(allDone(status)) << describeStatus(status) << logsOf(folder);
        const fs::path single = work_ / "single.npy";
        std::string output;
        ASSERT_EQ(shell(std::string(TSE_CLI_PATH) + " features " + idx.string() + " --features " + features + " --out " +
                            single.string() + " --quiet",
                        &output),
                  0)
            << output;
        EXPECT_EQ(bytes(folder / "features.npy"), bytes(single)) << features;
        EXPECT_EQ(bytes(folder / "features.labels.npy"), bytes(work_ / "single.labels.npy"));
        EXPECT_EQ(bytes(folder / "features.files.txt"), bytes(work_ / "single.files.txt"));
    }
}

TEST_F(Slurm, AFullPlanEndsInAProjectTheWorkbenchOpens)
{
    const fs::path project = work_ / "maps.tsnex";
    PlanOptions o = planIn(work_ / "plan", PlanKind::Place, "sample");
    o.shards = 4;
    o.sample = 1000;
    o.placeShards = 2;
    o.project = project;
    o.runName = "cluster map";
    o.embedArgs = {"--iterations", "300"};
    auto plan = submitPlan(o);
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    const auto status = waitForPlan(o.folder);
    ASSERT_TRUE(allDone(status)) << describeStatus(status) << logsOf(o.folder);
    // As the workbench opens a project: editing mode, every run loaded, its feature space too.
    auto file = project::ProjectFile::open(project, project::OpenMode::Editing);
    ASSERT_TRUE(file.ok()) << file.error().message;
    auto runs = (*file)->runs();
    ASSERT_TRUE(runs.ok());
    ASSERT_EQ(runs->size(), 2u);
    EXPECT_EQ((*runs)[0].name, "cluster map");
    EXPECT_EQ((*runs)[0].items, 1000u);
    EXPECT_EQ((*runs)[1].name, "cluster map + placed");
    auto placed = (*file)->loadRun((*runs)[1].id);
    ASSERT_TRUE(placed.ok()) << placed.error().message;
    EXPECT_EQ(placed->coordinates.rows(), 3000);
    ASSERT_GE(placed->classNames.size(), 10u);
    EXPECT_EQ(placed->classNames[0], "T-shirt/top") << "class names travel with the merged matrix";
    EXPECT_EQ(placed->placedCount(), 2000u);
    EXPECT_EQ(placed->placedOnto, (*runs)[0].id);
    auto map = (*file)->loadRun((*runs)[0].id);
    ASSERT_TRUE(map.ok());
    EXPECT_TRUE(placed->coordinates.topRows(1000) == map->coordinates);
    EXPECT_TRUE((*file)->loadReferenceSpace((*runs)[1].id).ok());
    EXPECT_NE(placed->notes.find("10-NN accuracy"), std::string::npos);
}

TEST_F(Slurm, ACancelledShardIsNamedAndResubmitted)
{
    const fs::path idx = smallIdx(work_ / "data", 300);
    PlanOptions o = planIn(work_ / "plan", PlanKind::Extract, idx.string());
    o.hold = true;  // nothing starts until released, so the shard is cancelled before it runs
    auto plan = submitPlan(o);
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    const std::string array = plan->stages[0].job;
    std::string output;
    ASSERT_EQ(shell("scancel " + array + "_2", &output), 0) << output;
    ASSERT_EQ(shell("scontrol release " + array + " " + plan->stages[1].job, &output), 0) << output;
    const auto stuck = waitForPlan(o.folder);
    ASSERT_FALSE(stuck.empty());
    EXPECT_EQ(stuck[0].state, "failed") << describeStatus(stuck);
    EXPECT_EQ(stuck[0].failedShards, std::vector<int>{2});
    EXPECT_NE(describeStatus(stuck).find("failed or cancelled: shard 2"), std::string::npos) << describeStatus(stuck);
    EXPECT_FALSE(fs::exists(o.folder / "features.npy")) << "the merge never ran on a missing shard";

    auto again = resubmitPlan(o.folder);
    ASSERT_TRUE(again.ok()) << again.error().message;
    const auto status = waitForPlan(o.folder);
    ASSERT_TRUE(allDone(status)) << describeStatus(status) << logsOf(o.folder);
    ASSERT_EQ(shell(std::string(TSE_CLI_PATH) + " features " + idx.string() + " --out " + (work_ / "single.npy").string() +
                        " --quiet",
                    &output),
              0)
        << output;
    EXPECT_EQ(bytes(o.folder / "features.npy"), bytes(work_ / "single.npy"));
}
