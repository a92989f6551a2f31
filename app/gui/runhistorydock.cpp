#include "runhistorydock.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QTableWidget>

namespace tse::gui {
namespace {

enum Column { Name, Time, Parameters, Duration, Kl, Accuracy, Status, ColumnCount };

QTableWidgetItem* numberItem(double value, int decimals)
{
    auto* item = new QTableWidgetItem();
    item->setData(Qt::DisplayRole, QString::number(value, 'f', decimals));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

RunHistoryDock::RunHistoryDock(QWidget* parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("RunHistoryDock"));
    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("runTable"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setSortingEnabled(true);
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = table_->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit runSelected(table_->item(rows.first().row(), Name)->data(Qt::UserRole).toInt());
    });
    setWidget(table_);
    retranslate();
}

void RunHistoryDock::retranslate()
{
    setWindowTitle(tr("Run history"));
    table_->setHorizontalHeaderLabels({tr("Run"), tr("Time"), tr("Parameters"), tr("Seconds"), tr("KL"),
                                       tr("10-NN acc."), tr("Status")});
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

void RunHistoryDock::setRun(const project::RunRecord& record)
{
    table_->setSortingEnabled(false);
    int row = rowOf(record.id);
    if (row < 0) {
        row = table_->rowCount();
        table_->insertRow(row);
    }
    auto* name = new QTableWidgetItem(QString::fromStdString(record.name));
    name->setData(Qt::UserRole, record.id);
    table_->setItem(row, Name, name);
    const auto created = QDateTime::fromSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::seconds>(record.created.time_since_epoch()).count());
    table_->setItem(row, Time, new QTableWidgetItem(created.toString(QStringLiteral("HH:mm:ss"))));
    table_->setItem(row, Parameters, new QTableWidgetItem(QString::fromStdString(project::describe(record.parameters))));
    table_->setItem(row, Duration, numberItem(record.timings.total(), 1));
    table_->setItem(row, Kl, record.klDivergence ? numberItem(*record.klDivergence, 3) : new QTableWidgetItem());
    table_->setItem(row, Accuracy, record.knnAccuracy ? numberItem(*record.knnAccuracy, 3) : new QTableWidgetItem());
    QString status;
    switch (record.status) {
    case project::RunStatus::Running: status = tr("running"); break;
    case project::RunStatus::Finished: status = tr("finished"); break;
    case project::RunStatus::Cancelled: status = tr("cancelled at %1").arg(record.iterationsDone); break;
    case project::RunStatus::Failed: status = tr("failed"); break;
    }
    table_->setItem(row, Status, new QTableWidgetItem(status));
    table_->setSortingEnabled(true);
    table_->resizeColumnsToContents();
}

void RunHistoryDock::selectRun(int runId)
{
    const int row = rowOf(runId);
    if (row >= 0)
        table_->selectRow(row);
}

void RunHistoryDock::clearRuns() { table_->setRowCount(0); }

int RunHistoryDock::runCount() const { return table_->rowCount(); }

}  // namespace tse::gui
