#pragma once
// The runs so far: time, parameters, duration and final KL divergence. Selecting one shows it.

#include <QDockWidget>

#include <vector>

#include "tse/project/runrecord.h"

class QTableWidget;

namespace tse::gui {

class RunHistoryDock : public QDockWidget {
    Q_OBJECT
public:
    explicit RunHistoryDock(QWidget* parent = nullptr);

    // Adds or updates the row of a run (matched by id).
    void setRun(const project::RunRecord& record);
    void selectRun(int runId);
    void clearRuns();
    int runCount() const;

signals:
    void runSelected(int runId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    int rowOf(int runId) const;

    QTableWidget* table_ = nullptr;
};

}  // namespace tse::gui
