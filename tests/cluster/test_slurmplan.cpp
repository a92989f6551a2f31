// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Plans without a cluster: what is written and handed to sbatch, how squeue's answers and the
// outputs become stage states, and what a resubmission submits (a recording stand-in for the
// Slurm commands; test_slurm.cpp runs the same on a real cluster).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "shards.h"
#include "slurmplan.h"
#include "tse/common/npy.h"

namespace fs = std::filesystem;
using namespace tse;
using namespace tse::cluster;

namespace {

struct FakeSlurm {
    std::vector<std::vector<std::string>> calls;  // program first
    std::string queue;                           // what squeue answers
    int nextJob = 100;
    CommandRunner runner()
    {
        return [this](const std::string& program, const std::vector<std::string>& args) {
            std::vector<std::string> call = {program};
            call.insert(call.end(), args.begin(), args.end());
            calls.push_back(call);
            if (program == "sbatch")
                return CommandOutcome{0, std::to_string(nextJob++) + "\n"};
            if (program == "squeue")
                return CommandOutcome{0, queue};
            return CommandOutcome{0, ""};
        };
    }
};

fs::path freshDir(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_slurmplan" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

PlanOptions extractPlan(const fs::path& folder)
{
    PlanOptions o;
    o.kind = PlanKind::Extract;
    o.dataset = "sample";
    o.shards = 4;
    o.folder = folder;
    o.program = "/usr/bin/tsne-explorer-cli";
    o.partition = "gpu";
    o.time = "02:00:00";
    o.memory = "8G";
    o.cpusPerTask = 2;
    o.limit = 2;
    o.featureArgs = {"--features", "vgg16"};
    return o;
}

// Shard k of 4 of a 20-row extraction, as a finished task leaves it.
Status writeFiveRows(const fs::path& dir, int k)
{
    ShardManifest m;
    m.shard = k;
    m.shards = 4;
    m.first = std::size_t(k) * 5;
    m.rows = 5;
    m.total = 20;
    m.columns = 1;
    ShardData d;
    d.rows = Matrix::Zero(5, 1);
    d.labels.assign(5, 0);
    d.items.assign(5, "x");
    return writeShard(dir, m, d);
}

std::string text(const fs::path& p)
{
    std::ifstream in(p);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST(SlurmPlan, WritesReadableScriptsAndChainsThemWithAfterok)
{
    const auto dir = freshDir("submit");
    FakeSlurm slurm;
    auto plan = submitPlan(extractPlan(dir / "plan"), slurm.runner());
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    ASSERT_EQ(plan->stages.size(), 2u);
    EXPECT_EQ(plan->stages[0].job, "100");
    EXPECT_EQ(plan->stages[1].job, "101");
    ASSERT_EQ(slurm.calls.size(), 2u);
    EXPECT_EQ(slurm.calls[1][2], "--dependency=afterok:100");
    const std::string script = text(dir / "plan" / "extract.sbatch");
    for (const char* line : {"#SBATCH --array=0-3%2", "#SBATCH --cpus-per-task=2", "#SBATCH --mem=8G",
                             "#SBATCH --time=02:00:00", "#SBATCH --partition=gpu",
                             "exec /usr/bin/tsne-explorer-cli features sample --shard 4 --out"})
        EXPECT_NE(script.find(line), std::string::npos) << line << "\n" << script;
    EXPECT_NE(script.find("--features vgg16"), std::string::npos);
    // Two plans in one folder would mix their shards.
    auto second = submitPlan(extractPlan(dir / "plan"), slurm.runner());
    ASSERT_FALSE(second.ok());
    EXPECT_NE(second.error().message.find("holds a plan already"), std::string::npos);
    auto loaded = loadPlan(dir / "plan");
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->stages[1].job, "101");
    EXPECT_EQ(loaded->options.featureArgs, (std::vector<std::string>{"--features", "vgg16"}));
}

TEST(SlurmPlan, StatusFromOutputsAndTheQueueThenResubmitOnlyWhatFailed)
{
    const auto dir = freshDir("status") / "plan";
    FakeSlurm slurm;
    ASSERT_TRUE(submitPlan(extractPlan(dir), slurm.runner()).ok());
    // Shards 0 and 3 wrote their output, 1 is running, 2 left the queue without output; the
    // merge waits on a dependency that can no longer be met.
    for (int k : {0, 3})
        ASSERT_TRUE(writeFiveRows(dir / "features", k).ok());
    slurm.queue = "100|100|1|RUNNING|None\n101|101|N/A|PENDING|DependencyNeverSatisfied\n";
    auto status = planStatus(dir, slurm.runner());
    ASSERT_TRUE(status.ok()) << status.error().message;
    ASSERT_EQ(status->size(), 2u);
    const auto& extract = (*status)[0];
    EXPECT_EQ(extract.state, "running");
    EXPECT_EQ(extract.done, 2);
    EXPECT_EQ(extract.running, 1);
    EXPECT_EQ(extract.failedShards, std::vector<int>{2});
    EXPECT_EQ((*status)[1].state, "blocked");
    const std::string lines = describeStatus(*status);
    EXPECT_NE(lines.find("failed or cancelled: shard 2"), std::string::npos) << lines;

    // Once shard 1 is done too, resubmit cancels the stale merge and submits shard 2 and the merge.
    slurm.queue = "101|101|N/A|PENDING|DependencyNeverSatisfied\n";
    ASSERT_TRUE(writeFiveRows(dir / "features", 1).ok());
    slurm.calls.clear();
    auto again = resubmitPlan(dir, slurm.runner());
    ASSERT_TRUE(again.ok()) << again.error().message;
    std::vector<std::string> programs;
    for (const auto& c : slurm.calls)
        programs.push_back(c[0]);
    EXPECT_EQ(programs, (std::vector<std::string>{"squeue", "scancel", "sbatch", "sbatch"}));
    EXPECT_EQ(slurm.calls[1][1], "101");
    EXPECT_NE(std::find(slurm.calls[2].begin(), slurm.calls[2].end(), "--array=2"), slurm.calls[2].end());
    EXPECT_EQ(again->stages[0].job, "102");
    EXPECT_EQ(slurm.calls[3][2], "--dependency=afterok:102");
}

TEST(SlurmPlan, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(shellQuote("/data/set-1/x.npy"), "/data/set-1/x.npy");
    EXPECT_EQ(shellQuote("my images"), "'my images'");
    EXPECT_EQ(shellQuote("it's"), "'it'\\''s'");
    EXPECT_EQ(shellQuote(""), "''");
}
