// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "clustercommands.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrent>

#include "projectcontroller.h"
#include "runhistorydock.h"

namespace tse::gui {
namespace fs = std::filesystem;
namespace {

// squeue is asked this often while a plan is out.
constexpr int kPollMilliseconds = 3000;

fs::path defaultProgram()
{
    if (const QByteArray env = qgetenv("TSE_CLI_PROGRAM"); !env.isEmpty())
        return env.toStdString();
    const fs::path here = QCoreApplication::applicationDirPath().toStdString();
    // The build keeps the workbench in app/gui/libexec and the CLI in app; a package keeps both in /usr/bin.
    for (const fs::path& candidate : {here / "tsne-explorer-cli", here / ".." / ".." / "tsne-explorer-cli",
                                      here / ".." / ".." / "bin" / "tsne-explorer-cli"}) {
        std::error_code ec;
        if (fs::is_regular_file(candidate, ec))
            return fs::weakly_canonical(candidate, ec);
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("tsne-explorer-cli"));
    return onPath.isEmpty() ? fs::path("tsne-explorer-cli") : fs::path(onPath.toStdString());
}

QString stateText(const std::vector<cluster::StageStatus>& stages)
{
    for (const auto& s : stages) {
        if (s.state == "done")
            continue;
        QString text = QString::fromStdString(s.name) + QStringLiteral(": ") + QString::fromStdString(s.state);
        if (s.total > 1)
            text += QStringLiteral(" %1/%2").arg(s.done).arg(s.total);
        if (!s.failedShards.empty() && (s.state == "failed" || s.state == "blocked")) {
            QStringList shards;
            for (int k : s.failedShards)
                shards << QString::number(k);
            text += QCoreApplication::translate("tse::gui::ClusterCommands", ", failed shards %1").arg(shards.join(", "));
        }
        return text;
    }
    return QCoreApplication::translate("tse::gui::ClusterCommands", "done");
}

}  // namespace

ClusterCommands::ClusterCommands(ProjectController* projects, RunHistoryDock* history, QWidget* window, CurrentRun current)
    : QObject(window), projects_(projects), history_(history), window_(window), current_(std::move(current)),
      program_(defaultProgram())
{
    timer_.setInterval(kPollMilliseconds);
    connect(&timer_, &QTimer::timeout, this, &ClusterCommands::poll);
    connect(&watcher_, &QFutureWatcher<void>::finished, this, [this] {
        if (watcher_.future().resultCount() == 0)
            return;
        const auto results = watcher_.result();
        std::vector<std::size_t> finished;
        for (const auto& [index, stages] : results) {
            if (index >= plans_.size())
                continue;
            const ActivePlan& plan = plans_[index];
            const bool done = !stages.empty() && std::all_of(stages.begin(), stages.end(),
                                                              [](const auto& s) { return s.state == "done"; });
            const bool failed = std::any_of(stages.begin(), stages.end(),
                                            [](const auto& s) { return s.state == "failed" || s.state == "blocked"; });
            if (!done) {
                showPlan(plan, stateText(stages), failed ? run::RunStatus::Failed : run::RunStatus::Running);
                continue;
            }
            auto id = projects_->loadSavedRun(plan.runName);
            if (!id) {
                showPlan(plan, QString::fromStdString(id.error().message), run::RunStatus::Failed);
                continue;
            }
            history_->removeRun(plan.rowId);
            finished.push_back(index);
            emit message(tr("%1 is done on the cluster").arg(QString::fromStdString(plan.runName)), 10000);
            emit runArrived(id.value());
        }
        for (auto it = finished.rbegin(); it != finished.rend(); ++it)
            plans_.erase(plans_.begin() + std::ptrdiff_t(*it));
        if (plans_.empty())
            timer_.stop();
    });
}

bool ClusterCommands::slurmAvailable() { return !QStandardPaths::findExecutable(QStringLiteral("sbatch")).isEmpty(); }

void ClusterCommands::addActions(QMenu* runMenu)
{
    action_ = runMenu->addAction(QString());
    action_->setObjectName(QStringLiteral("runOnCluster"));
    connect(action_, &QAction::triggered, this, &ClusterCommands::chooseAndSubmit);
    connect(runMenu, &QMenu::aboutToShow, this, [this] { action_->setVisible(slurmAvailable()); });
    action_->setVisible(slurmAvailable());
    retranslate();
}

void ClusterCommands::retranslate()
{
    if (!action_)
        return;
    action_->setText(tr("Run on cl&uster…"));
    action_->setStatusTip(tr("The same run as array jobs on a Slurm cluster; its map joins the project when done"));
}

void ClusterCommands::chooseAndSubmit()
{
    QDialog dialog(window_);
    dialog.setWindowTitle(tr("Run on cluster"));
    auto* form = new QFormLayout(&dialog);
    auto* shards = new QSpinBox(&dialog);
    shards->setRange(1, 10000);
    shards->setValue(4);
    auto* partition = new QLineEdit(&dialog);
    partition->setPlaceholderText(tr("the cluster's default"));
    auto* time = new QLineEdit(QStringLiteral("01:00:00"), &dialog);
    auto* memory = new QLineEdit(QStringLiteral("4G"), &dialog);
    auto* cpus = new QSpinBox(&dialog);
    cpus->setRange(1, 256);
    auto* gpus = new QSpinBox(&dialog);
    gpus->setRange(0, 16);
    form->addRow(tr("Extraction shards:"), shards);
    form->addRow(tr("Partition:"), partition);
    form->addRow(tr("Time per task:"), time);
    form->addRow(tr("Memory per task:"), memory);
    form->addRow(tr("CPUs per task:"), cpus);
    form->addRow(tr("GPUs per extraction task:"), gpus);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Submit"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    submit({shards->value(), partition->text(), time->text(), memory->text(), cpus->value(), gpus->value()});
}

bool ClusterCommands::submit(const Resources& r)
{
    if (projects_->path().isEmpty() || projects_->readOnly()) {
        emit message(tr("Save the project first: the cluster's jobs write the run into the project file."), 10000);
        return false;
    }
    const auto [spec, parameters] = current_();
    if (spec.isEmpty()) {
        emit message(tr("Open a dataset first."), 10000);
        return false;
    }
    cluster::PlanOptions o;
    o.kind = cluster::PlanKind::Embed;
    o.dataset = spec.toStdString();
    cluster::setRunArguments(o, parameters);
    o.shards = r.shards;
    o.partition = r.partition.toStdString();
    o.time = r.time.toStdString();
    o.memory = r.memory.toStdString();
    o.cpusPerTask = r.cpus;
    o.gpus = r.gpus;
    o.project = projects_->path().toStdString();
    o.program = program_;
    // A name no run or earlier plan of the project has.
    const QString name = projects_->uniqueName(tr("Cluster run"));
    o.runName = name.toStdString();
    std::string folderName;
    for (QChar c : name)
        folderName += c.isLetterOrNumber() && c.unicode() < 128 ? char(c.unicode()) : '-';
    o.folder = fs::path(o.project).parent_path() / ("cluster-" + folderName);
    for (int n = 2; fs::exists(o.folder / "plan.json"); ++n)
        o.folder = fs::path(o.project).parent_path() / ("cluster-" + folderName + "-" + std::to_string(n));
    auto plan = cluster::submitPlan(o);
    if (!plan) {
        emit message(QString::fromStdString(plan.error().message), 15000);
        return false;
    }
    ActivePlan active{plan->options.folder, o.runName, parameters, nextRowId_--};
    active.parameters.dataset = o.dataset;
    plans_.push_back(active);
    showPlan(active, tr("submitted"), run::RunStatus::Running);
    emit message(tr("Submitted %1 to the cluster (%2)").arg(name, QString::fromStdString(plan->options.folder.string())), 10000);
    timer_.start();
    return true;
}

void ClusterCommands::showPlan(const ActivePlan& plan, const QString& state, run::RunStatus status)
{
    // A row of its own in the history, until the run itself arrives.
    run::RunRecord row;
    row.id = plan.rowId;
    row.name = tr("%1 — on the cluster: %2").arg(QString::fromStdString(plan.runName), state).toStdString();
    row.parameters = plan.parameters;
    row.status = status;
    row.notes = plan.folder.string();
    history_->setRun(row);
}

void ClusterCommands::poll()
{
    if (watcher_.isRunning() || plans_.empty())
        return;
    std::vector<fs::path> folders;
    for (const auto& p : plans_)
        folders.push_back(p.folder);
    // squeue and the outputs are read off the UI thread.
    watcher_.setFuture(QtConcurrent::run([folders] {
        std::vector<std::pair<std::size_t, std::vector<cluster::StageStatus>>> out;
        for (std::size_t i = 0; i < folders.size(); ++i)
            if (auto status = cluster::planStatus(folders[i]))
                out.emplace_back(i, status.value());
        return out;
    }));
}

}  // namespace tse::gui
