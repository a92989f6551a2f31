// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Clusters saved with a run: a round trip with the settings that found them, clusters found
// later for a saved run (ProjectChanges::clusters), removal with the run, projects without the
// table, and damaged rows refused with the reason.

#include <gtest/gtest.h>

#include <filesystem>

#include "rawsql.h"
#include "tse/project/projectfile.h"

namespace fs = std::filesystem;
using namespace tse::project;
using namespace tse::run;

namespace {

fs::path freshProject(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_clusters" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir / "p.tsnex";
}

RunRecord mapOf(int n, const std::string& name)
{
    RunRecord r;
    r.name = name;
    r.status = RunStatus::Finished;
    r.coordinates = tse::Matrix::Random(n, 2);
    return r;
}

ClusterLabels clustersOf(int n, int count)
{
    ClusterLabels c;
    for (int i = 0; i < n; ++i)
        c.labels.push_back(i % (count + 1) - 1);  // −1 (noise), 0, …, count−1
    c.count = count;
    c.minClusterSize = 7;
    c.maxClusterSize = 40;
    c.leaves = true;
    return c;
}

}  // namespace

TEST(ProjectClusters, SavedWithTheRunAndFoundLater)
{
    const auto path = freshProject("roundtrip");
    RunRecord with = mapOf(120, "with"), without = mapOf(80, "without");
    with.clusters = clustersOf(120, 3);
    int withId = 0, withoutId = 0;
    {
        auto project = ProjectFile::create(path);
        ASSERT_TRUE(project) << project.error().message;
        withId = (*project)->addRun(with).value();
        withoutId = (*project)->addRun(without).value();
    }
    auto project = ProjectFile::open(path);
    ASSERT_TRUE(project);
    EXPECT_EQ((*project)->loadRun(withId)->clusters, with.clusters);
    EXPECT_TRUE((*project)->loadRun(withoutId)->clusters.empty());
    // Clusters found for a run already saved, and the first run's cleared.
    ProjectChanges changes;
    changes.clusters.emplace_back(withoutId, clustersOf(80, 5));
    changes.clusters.emplace_back(withId, ClusterLabels{});
    ASSERT_TRUE((*project)->save(changes));
    EXPECT_EQ((*project)->loadRun(withoutId)->clusters, clustersOf(80, 5));
    EXPECT_TRUE((*project)->loadRun(withId)->clusters.empty());
    // Deleting the run deletes its clusters.
    ASSERT_TRUE((*project)->deleteRun(withoutId));
    project = ProjectFile::open(path);
    ASSERT_TRUE(project);
    const auto again = (*project)->addRun(mapOf(80, "new"));
    ASSERT_TRUE(again);
    EXPECT_TRUE((*project)->loadRun(*again)->clusters.empty()) << "no stale row under a reused id";
}

TEST(ProjectClusters, ClustersOfAnotherMapAreNotSaved)
{
    const auto path = freshProject("mismatch");
    auto project = ProjectFile::create(path);
    ASSERT_TRUE(project);
    RunRecord r = mapOf(50, "r");
    r.clusters = clustersOf(49, 2);
    const auto id = (*project)->addRun(r);
    ASSERT_FALSE(id);
    EXPECT_NE(id.error().message.find("clusters"), std::string::npos);
    EXPECT_TRUE((*project)->runs()->empty()) << "nothing half-saved";
}

TEST(ProjectClusters, DamagedRowsAreRefusedWithTheReason)
{
    const auto path = freshProject("damaged");
    int id = 0;
    {
        auto project = ProjectFile::create(path);
        ASSERT_TRUE(project);
        RunRecord r = mapOf(10, "r");
        r.clusters = clustersOf(10, 2);
        id = (*project)->addRun(r).value();
    }
    const auto damaged = [&](const QString& sql) {
        executeSql(path, sql);
        auto project = ProjectFile::open(path);
        EXPECT_TRUE(project);
        if (!project)
            return;
        const auto run = (*project)->loadRun(id);
        ASSERT_FALSE(run) << sql.toStdString();
        EXPECT_EQ(run.error().code, tse::ErrorCode::BadFormat);
        EXPECT_NE(run.error().message.find("clusters of run"), std::string::npos) << run.error().message;
        EXPECT_NE(run.error().message.find(path.string()), std::string::npos) << "names the file";
    };
    damaged(QStringLiteral("UPDATE run_clusters SET labels = X'0000000001000000'"));   // 2 labels for 10 items
    damaged(QStringLiteral("UPDATE run_clusters SET labels = zeroblob(40), count = 11")); // more clusters than items
    damaged(QStringLiteral("UPDATE run_clusters SET count = -3"));
    damaged(QStringLiteral("UPDATE run_clusters SET count = 1, labels = X'") + QStringLiteral("05000000").repeated(10) +
            QStringLiteral("'"));  // label 5 of 1 cluster
    // The other runs of the project are still there.
    auto project = ProjectFile::open(path);
    ASSERT_TRUE(project);
    EXPECT_EQ((*project)->runs()->size(), 1u);
}
