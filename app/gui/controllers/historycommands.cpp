// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "historycommands.h"
#include "runhistorydock.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

#include "comparisonwindow.h"
#include "projectcontroller.h"

namespace tse::gui {

namespace {

// Undoable deletion of runs: the records are kept by the command.
class DeleteRunsCommand : public QUndoCommand {
public:
    DeleteRunsCommand(ProjectController* projects, std::vector<int> ids, const QString& text)
        : projects_(projects), ids_(std::move(ids))
    {
        setText(text);
    }
    void redo() override
    {
        removed_.clear();
        for (int id : ids_)
            if (auto record = projects_->takeRun(id))
                removed_.push_back(std::move(*record));
    }
    void undo() override
    {
        for (auto& record : removed_)
            projects_->restoreRun(record);
    }

private:
    ProjectController* projects_;
    std::vector<int> ids_;
    std::vector<run::RunRecord> removed_;
};

class RenameRunCommand : public QUndoCommand {
public:
    RenameRunCommand(ProjectController* projects, int id, QString before, QString after, const QString& text)
        : projects_(projects), id_(id), before_(std::move(before)), after_(std::move(after))
    {
        setText(text);
    }
    void redo() override { projects_->renameRun(id_, after_); }
    void undo() override { projects_->renameRun(id_, before_); }

private:
    ProjectController* projects_;
    int id_;
    QString before_, after_;
};

}  // namespace

HistoryCommands::HistoryCommands(ProjectController* projects, QUndoStack* undoStack, QWidget* dialogParent)
    : QObject(dialogParent), projects_(projects), undoStack_(undoStack), dialogParent_(dialogParent)
{
}

void HistoryCommands::deleteRuns(const std::vector<int>& runIds)
{
    if (!runIds.empty())
        undoStack_->push(new DeleteRunsCommand(projects_, runIds,
                                               tr("Delete %n run(s)", nullptr, static_cast<int>(runIds.size()))));
}

void HistoryCommands::renameRun(int runId)
{
    const auto* record = projects_->run(runId);
    if (!record)
        return;
    const QString before = QString::fromStdString(record->name);
    bool ok = false;
    const QString name = QInputDialog::getText(dialogParent_, tr("Rename run"), tr("Name:"), QLineEdit::Normal, before, &ok);
    if (ok && !name.trimmed().isEmpty() && name != before)
        undoStack_->push(new RenameRunCommand(projects_, runId, before, name.trimmed(), tr("Rename run")));
}

void HistoryCommands::editNotes(int runId)
{
    const auto* record = projects_->run(runId);
    if (!record)
        return;
    bool ok = false;
    const QString notes = QInputDialog::getMultiLineText(dialogParent_, tr("Notes"), tr("Notes on %1:").arg(QString::fromStdString(record->name)),
                                                         QString::fromStdString(record->notes), &ok);
    if (ok)
        projects_->setNotes(runId, notes);
}

ComparisonWindow* HistoryCommands::compareRuns(const std::vector<int>& runIds)
{
    std::vector<const run::RunRecord*> runs;
    for (int id : runIds)
        runs.push_back(projects_->run(id));
    // Oldest first, so the earliest run is the reference the others are aligned to.
    std::sort(runs.begin(), runs.end(), [](const auto* a, const auto* b) {
        return a && b && a->created < b->created;
    });
    if (const QString reason = ComparisonWindow::cannotCompare(runs); !reason.isEmpty()) {
        emit message(reason);
        return nullptr;
    }
    auto* window = new ComparisonWindow(runs, dialogParent_);
    window->show();
    return window;
}

void HistoryCommands::compareParameters(int first, int second)
{
    const auto* a = projects_->run(first);
    const auto* b = projects_->run(second);
    if (!a || !b)
        return;
    const auto differences = run::parameterDifferences(a->parameters, b->parameters);
    QString text;
    if (differences.empty()) {
        text = tr("The two runs have the same parameters.");
    } else {
        text = QStringLiteral("<table><tr><th></th><th>%1</th><th>%2</th></tr>")
                   .arg(QString::fromStdString(a->name).toHtmlEscaped(), QString::fromStdString(b->name).toHtmlEscaped());
        for (const auto& d : differences)
            text += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(QString::fromStdString(d.field), QString::fromStdString(d.first).toHtmlEscaped(),
                             QString::fromStdString(d.second).toHtmlEscaped());
        text += QStringLiteral("</table>");
    }
    QMessageBox::information(dialogParent_, tr("Parameter differences"), text);
}

void HistoryCommands::attach(RunHistoryDock* dock)
{
    connect(dock, &RunHistoryDock::renameRequested, this, &HistoryCommands::renameRun);
    connect(dock, &RunHistoryDock::notesRequested, this, &HistoryCommands::editNotes);
    connect(dock, &RunHistoryDock::deleteRequested, this, &HistoryCommands::deleteRuns);
    connect(dock, &RunHistoryDock::compareParametersRequested, this, &HistoryCommands::compareParameters);
    connect(dock, &RunHistoryDock::compareMapsRequested, this, &HistoryCommands::compareRuns);
}

}  // namespace tse::gui
