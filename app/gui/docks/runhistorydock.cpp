// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "runhistorydock.h"

#include <QFileInfo>

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>

#include <cmath>

namespace tse::gui {
namespace {

enum Column {
    Name, Created, Dataset, Features, PcaDims, Perplexity, LearningRate, Iterations, Dims, Seed, Seconds, Kl, Trust,
    Accuracy, Status, ColumnCount
};

// The value rounded to `decimals` places, stored as a number so the column sorts numerically.
QTableWidgetItem* numberItem(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    auto* item = new QTableWidgetItem();
    item->setData(Qt::DisplayRole, std::round(value * scale) / scale);
    item->setData(Qt::ToolTipRole, QString::number(value, 'g', 8));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* optionalItem(const std::optional<double>& value)
{
    return value ? numberItem(*value, 3) : new QTableWidgetItem();
}

}  // namespace

RunHistoryDock::RunHistoryDock(QWidget* parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("RunHistoryDock"));
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("runTable"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setSortingEnabled(true);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        updateActions();
        const auto runs = selectedRuns();
        if (runs.size() == 1)
            emit runSelected(runs.front());
    });
    connect(table_, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem* item) {
        if (item->column() == Name)
            emit renameRequested(table_->item(item->row(), Name)->data(Qt::UserRole).toInt());
    });

    auto single = [this](auto signal) {
        return [this, signal] {
            const auto runs = selectedRuns();
            if (runs.size() == 1)
                emit(this->*signal)(runs.front());
        };
    };
    rename_ = new QAction(this);
    rename_->setShortcut(QKeySequence(Qt::Key_F2));
    connect(rename_, &QAction::triggered, this, single(&RunHistoryDock::renameRequested));
    notes_ = new QAction(this);
    connect(notes_, &QAction::triggered, this, single(&RunHistoryDock::notesRequested));
    loadParameters_ = new QAction(this);
    connect(loadParameters_, &QAction::triggered, this, single(&RunHistoryDock::loadParametersRequested));
    rerun_ = new QAction(this);
    connect(rerun_, &QAction::triggered, this, single(&RunHistoryDock::rerunRequested));
    compare_ = new QAction(this);
    connect(compare_, &QAction::triggered, this, [this] {
        const auto runs = selectedRuns();
        if (runs.size() == 2)
            emit compareParametersRequested(runs[0], runs[1]);
    });
    compareMaps_ = new QAction(this);
    compareMaps_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(compareMaps_, &QAction::triggered, this, [this] {
        const auto runs = selectedRuns();
        if (runs.size() >= 2 && runs.size() <= 4)
            emit compareMapsRequested(runs);
    });
    delete_ = new QAction(this);
    delete_->setShortcut(QKeySequence::Delete);
    connect(delete_, &QAction::triggered, this, [this] {
        const auto runs = selectedRuns();
        if (!runs.empty())
            emit deleteRequested(runs);
    });
    for (QAction* action : {rename_, notes_, loadParameters_, rerun_, compareMaps_, compare_, delete_}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        table_->addAction(action);
    }
    setWidget(table_);
    retranslate();
    updateActions();
}

void RunHistoryDock::retranslate()
{
    setWindowTitle(tr("Run history"));
    table_->setHorizontalHeaderLabels({tr("Run"), tr("Date"), tr("Dataset"), tr("Features"), tr("PCA"), tr("Perplexity"),
                                       tr("Learning rate"), tr("Iterations"), tr("Dims"), tr("Seed"), tr("Seconds"),
                                       tr("KL"), tr("Trust."), tr("10-NN acc."), tr("Status")});
    rename_->setText(tr("&Rename…"));
    notes_->setText(tr("&Notes…"));
    loadParameters_->setText(tr("&Load parameters into the editor"));
    rerun_->setText(tr("Re-run &identically"));
    compare_->setText(tr("&Compare parameters"));
    compareMaps_->setText(tr("Compare &maps side by side"));
    delete_->setText(tr("&Delete"));
}

void RunHistoryDock::updateActions()
{
    const auto count = selectedRuns().size();
    for (QAction* action : {rename_, notes_, loadParameters_, rerun_})
        action->setEnabled(count == 1);
    compare_->setEnabled(count == 2);
    compareMaps_->setEnabled(count >= 2 && count <= 4);
    delete_->setEnabled(count >= 1);
}

void RunHistoryDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

int RunHistoryDock::rowOf(int runId) const
{
    for (int row = 0; row < table_->rowCount(); ++row)
        if (table_->item(row, Name) && table_->item(row, Name)->data(Qt::UserRole).toInt() == runId)
            return row;
    return -1;
}

std::vector<int> RunHistoryDock::selectedRuns() const
{
    std::vector<int> runs;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows())
        if (auto* item = table_->item(index.row(), Name))
            runs.push_back(item->data(Qt::UserRole).toInt());
    return runs;
}

void RunHistoryDock::setRun(const run::RunRecord& record)
{
    table_->setSortingEnabled(false);
    int row = rowOf(record.id);
    if (row < 0) {
        row = table_->rowCount();
        table_->insertRow(row);
    }
    const auto& p = record.parameters;
    auto* name = new QTableWidgetItem(QString::fromStdString(record.name));
    name->setData(Qt::UserRole, record.id);
    name->setToolTip(record.notes.empty() ? QString::fromStdString(run::describe(p))
                                          : QString::fromStdString(record.notes));
    table_->setItem(row, Name, name);
    const auto created = QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(record.created.time_since_epoch()).count());
    auto* date = new QTableWidgetItem(created.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    date->setData(Qt::UserRole + 1, created);
    table_->setItem(row, Created, date);
    const QString spec = QString::fromStdString(p.dataset);
    auto* dataset = new QTableWidgetItem(QFileInfo(spec).fileName().isEmpty() ? spec : QFileInfo(spec).fileName());
    dataset->setToolTip(spec);
    table_->setItem(row, Dataset, dataset);
    table_->setItem(row, Features, new QTableWidgetItem(QString::fromStdString(run::describe(p.features))));
    table_->setItem(row, PcaDims, numberItem(p.pcaDims, 0));
    table_->setItem(row, Perplexity, numberItem(p.tsne.perplexity, 1));
    table_->setItem(row, LearningRate,
                    p.tsne.learningRate > 0 ? numberItem(p.tsne.learningRate, 0) : new QTableWidgetItem(tr("auto")));
    // Iterations done; a cancelled run says of how many planned.
    QTableWidgetItem* iterations = numberItem(record.iterationsDone > 0 ? record.iterationsDone : p.tsne.iterations, 0);
    if (record.status == run::RunStatus::Cancelled)
        iterations->setData(Qt::DisplayRole, tr("%L1 of %L2").arg(record.iterationsDone).arg(p.tsne.iterations));
    table_->setItem(row, Iterations, iterations);
    table_->setItem(row, Dims, numberItem(p.tsne.dimensions, 0));
    table_->setItem(row, Seed, numberItem(static_cast<double>(p.tsne.seed), 0));
    table_->setItem(row, Seconds, numberItem(record.timings.total(), 1));
    table_->setItem(row, Kl, optionalItem(record.klDivergence));
    table_->setItem(row, Trust, optionalItem(record.trustworthiness));
    table_->setItem(row, Accuracy, optionalItem(record.knnAccuracy));
    // Small maps are scored with fewer neighbours: say which k the numbers are for.
    if (record.metricK > 0)
        for (int column : {int(Trust), int(Accuracy)})
            table_->item(row, column)->setToolTip(
                record.metricK < 10 ? tr("k = %1 (fewer than 10: the map has %2 items)")
                                          .arg(record.metricK)
                                          .arg(record.coordinates.rows())
                                    : tr("k = %1").arg(record.metricK));
    QString status;
    switch (record.status) {
    case run::RunStatus::Running: status = tr("running"); break;
    case run::RunStatus::Finished: status = tr("finished"); break;
    case run::RunStatus::Cancelled: status = tr("cancelled at %1").arg(record.iterationsDone); break;
    case run::RunStatus::Failed: status = tr("failed"); break;
    }
    table_->setItem(row, Status, new QTableWidgetItem(status));
    table_->setSortingEnabled(true);
    table_->resizeColumnsToContents();
}

void RunHistoryDock::removeRun(int runId)
{
    const int row = rowOf(runId);
    if (row >= 0)
        table_->removeRow(row);
}

void RunHistoryDock::selectRun(int runId)
{
    const int row = rowOf(runId);
    if (row >= 0)
        table_->selectRow(row);
}

void RunHistoryDock::clearRuns() { table_->setRowCount(0); }

int RunHistoryDock::runCount() const { return table_->rowCount(); }

void RunHistoryDock::setRuns(const std::map<int, run::RunRecord>& runs)
{
    clearRuns();
    for (const auto& [id, record] : runs)
        setRun(record);
}

}  // namespace tse::gui
