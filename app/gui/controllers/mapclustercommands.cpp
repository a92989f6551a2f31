// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "mapclustercommands.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrent>

#include "preferences.h"
#include "projectcontroller.h"

namespace tse::gui {

MapClusterCommands::MapClusterCommands(ProjectController* projects, QWidget* window, std::function<int()> shownRun)
    : QObject(window), projects_(projects), window_(window), shownRun_(std::move(shownRun))
{
    find_ = new QAction(this);
    find_->setObjectName(QStringLiteral("findClustersAction"));
    find_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(find_, &QAction::triggered, this, &MapClusterCommands::askAndFind);
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this, &MapClusterCommands::finish);
    retranslate();
}

MapClusterCommands::~MapClusterCommands() { watcher_.waitForFinished(); }

void MapClusterCommands::addActions(QMenu* runMenu) { runMenu->addAction(find_); }

void MapClusterCommands::retranslate()
{
    find_->setText(tr("Find &clusters…"));
    find_->setToolTip(tr("Density clusters of the shown map, each named by its majority class"));
}

void MapClusterCommands::askAndFind()
{
    const run::RunRecord* run = projects_->run(shownRun_());
    if (!run || run->coordinates.rows() == 0) {
        emit failed(tr("Show a finished run first: clusters are found on its map."));
        return;
    }
    const int n = int(run->coordinates.rows());
    const preferences::ClusterSettings remembered = preferences::clusterSettings();
    QDialog dialog(window_);
    dialog.setObjectName(QStringLiteral("findClustersDialog"));
    dialog.setWindowTitle(tr("Find clusters"));
    auto* minimum = new QSpinBox(&dialog);
    minimum->setObjectName(QStringLiteral("minClusterSize"));
    minimum->setRange(1, std::max(2, n / 2));
    minimum->setSpecialValueText(tr("Automatic (%1)").arg(tsne::defaultMinClusterSize(std::size_t(n))));
    minimum->setValue(remembered.minClusterSize >= 2 ? std::min(remembered.minClusterSize, n / 2) : 1);
    minimum->setToolTip(tr("Fewer points than this never make a cluster of their own"));
    auto* largest = new QSpinBox(&dialog);
    largest->setObjectName(QStringLiteral("largestClusterShare"));
    largest->setRange(1, 100);
    largest->setSuffix(tr(" % of the map"));
    largest->setValue(remembered.largestSharePercent);
    largest->setToolTip(tr("Larger groups are shown as their parts (100 %: no limit)"));
    auto* leaves = new QCheckBox(tr("&Finest clusters (the hierarchy's leaves)"), &dialog);
    leaves->setChecked(remembered.leaves);
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Clusters are found in the map's density (HDBSCAN): no number of clusters "
                               "to choose. Points in no cluster stay grey."),
                            &dialog));
    form->addRow(tr("&Minimum cluster size:"), minimum);
    form->addRow(tr("&Largest cluster:"), largest);
    form->addRow(leaves);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Find"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    preferences::ClusterSettings chosen;
    chosen.minClusterSize = minimum->value() >= 2 ? minimum->value() : 0;
    chosen.largestSharePercent = largest->value();
    chosen.leaves = leaves->isChecked();
    preferences::setClusterSettings(chosen);
    app::ClusterRequest request;
    request.minClusterSize = chosen.minClusterSize;
    request.maxClusterShare = chosen.largestSharePercent / 100.0;
    request.leaves = chosen.leaves;
    findOnShownRun(request);
}

bool MapClusterCommands::findOnShownRun(const app::ClusterRequest& request)
{
    if (watcher_.isRunning()) {
        emit failed(tr("Clusters are being found already."));
        return false;
    }
    const run::RunRecord* run = projects_->run(shownRun_());
    if (!run || run->coordinates.rows() == 0) {
        emit failed(tr("Show a finished run first: clusters are found on its map."));
        return false;
    }
    runId_ = shownRun_();
    find_->setEnabled(false);
    emit message(tr("Finding clusters of %Ln point(s)…", nullptr, int(run->coordinates.rows())), 0);
    // A copy of what the task reads: the run may be renamed, replaced or removed meanwhile.
    run::RunRecord map;
    map.coordinates = run->coordinates;
    watcher_.setFuture(QtConcurrent::run([map = std::move(map), request] {
        Outcome outcome;
        auto found = app::findRunClusters(map, request);
        if (found)
            outcome.clusters = std::move(found.value());
        else
            outcome.error = QString::fromStdString(found.error().message);
        return outcome;
    }));
    return true;
}

void MapClusterCommands::finish()
{
    find_->setEnabled(true);
    const Outcome outcome = watcher_.result();
    if (!outcome.error.isEmpty()) {
        emit message(QString(), 0);
        emit failed(tr("Could not find clusters: %1").arg(outcome.error));
        return;
    }
    const int count = outcome.clusters.count;
    if (!projects_->setClusters(runId_, outcome.clusters)) {
        emit message(tr("The run was closed before its clusters were found."), 6000);
        return;
    }
    if (count == 0)
        emit message(tr("No clusters in this map at these settings: try a smaller minimum size, "
                        "a smaller largest share, or the finest clusters."),
                     10000);
    else
        emit message(tr("Found %Ln cluster(s).", nullptr, count), 6000);
    emit found(runId_);
}

}  // namespace tse::gui
