// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The runs of the project: a sortable table of parameters, duration and quality; selecting a
// row shows that run. Editing commands are offered here and carried out by the main window.

#include <QDockWidget>

#include <map>

#include <vector>

#include "tse/run/runrecord.h"

class QAction;
class QTableWidget;

namespace tse::gui {

class RunHistoryDock : public QDockWidget {
    Q_OBJECT
public:
    explicit RunHistoryDock(QWidget* parent = nullptr);

    // Adds or updates the row of a run (matched by id).
    void setRun(const run::RunRecord& record);
    void removeRun(int runId);
    void selectRun(int runId);
    void clearRuns();
    // Shows exactly these runs.
    void setRuns(const std::map<int, run::RunRecord>& runs);
    int runCount() const;
    std::vector<int> selectedRuns() const;

signals:
    void runSelected(int runId);
    void renameRequested(int runId);
    void notesRequested(int runId);
    void deleteRequested(const std::vector<int>& runIds);
    void loadParametersRequested(int runId);
    void rerunRequested(int runId);
    void compareParametersRequested(int first, int second);
    void compareMapsRequested(const std::vector<int>& runIds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    int rowOf(int runId) const;

    QTableWidget* table_ = nullptr;
    QAction* rename_ = nullptr;
    QAction* notes_ = nullptr;
    QAction* delete_ = nullptr;
    QAction* loadParameters_ = nullptr;
    QAction* rerun_ = nullptr;
    QAction* compare_ = nullptr;
    QAction* compareMaps_ = nullptr;
};

}  // namespace tse::gui
