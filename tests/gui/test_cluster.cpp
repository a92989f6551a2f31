// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Run ▸ Run on cluster on a real single-node Slurm cluster: the plan shows in the history while it
// runs, and its run is loaded from the project and shown when it is done.

#include <QTemporaryDir>

#include <cstdio>
#include <sys/wait.h>

#include "clustercommands.h"
#include "projectcontroller.h"
#include "runhistorydock.h"
#include "scatterview.h"
#include "workbenchtest.h"

using tse::gui::ClusterCommands;

namespace {

int shell(const std::string& command, std::string* output)
{
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return -1;
    char buffer[4096];
    while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe))
        output->append(buffer, n);
    const int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST(ClusterRun, SubmitsThePlanShowsItAndOpensTheResult)
{
    QTemporaryDir dir;
    const std::string cluster = dir.filePath(QStringLiteral("cluster")).toStdString();
    const std::string script = std::string(TSE_SOURCE_DIR) + "/scripts/slurm-test-cluster.sh";
    std::string output;
    if (shell(script + " start " + cluster, &output) != 0)
        GTEST_SKIP() << "no Slurm test cluster here: " << output;
    struct Stop {
        std::string command;
        ~Stop()
        {
            std::string ignored;
            shell(command, &ignored);
        }
    } stop{script + " stop " + cluster};
    qputenv("SLURM_CONF", QByteArray::fromStdString(cluster + "/slurm.conf"));
    ASSERT_TRUE(ClusterCommands::slurmAvailable());

    auto window = openWorkbench();
    setSmallRun(window->parameterDock(), 120, 2);
    ClusterCommands* commands = window->clusterCommands();
    commands->setProgram(TSE_CLI_PATH);
    EXPECT_FALSE(commands->submit({2, {}, {}, QStringLiteral("1G"), 1, 0})) << "an untitled project cannot take the run";
    ASSERT_TRUE(window->saveProjectAs(dir.filePath(QStringLiteral("maps.tsnex"))).ok());
    ASSERT_TRUE(commands->submit({2, {}, {}, QStringLiteral("1G"), 1, 0}));
    EXPECT_EQ(window->historyDock()->runCount(), 1) << "the plan has a row while it runs";
    EXPECT_EQ(commands->activePlans(), 1);

    QSignalSpy arrived(commands, &ClusterCommands::runArrived);
    ASSERT_TRUE(arrived.wait(300000)) << "the plan did not finish";
    const int id = arrived.takeFirst().at(0).toInt();
    EXPECT_GT(id, 0) << "a saved run of the project";
    ASSERT_EQ(window->runRecords().count(id), 1u);
    const auto& record = window->runRecords().at(id);
    EXPECT_EQ(record.name, "Cluster run");
    EXPECT_EQ(record.coordinates.rows(), 3000);
    EXPECT_EQ(record.parameters.tsne.iterations, 120);
    EXPECT_EQ(window->scatterView()->pointCount(), 3000) << "shown when it arrives";
    EXPECT_EQ(window->historyDock()->runCount(), 1) << "the plan's row gave way to the run";
    EXPECT_EQ(commands->activePlans(), 0);
    saveScreenshot(window.get(), QStringLiteral("cluster-run.png"));
}
