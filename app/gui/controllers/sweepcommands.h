// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Run ▸ Parameter sweep… and the parameter editor's Sweep button: a dialog for one or two
// parameters and their values (checked against the dataset before anything runs), the members
// run one after another through the window's own run (live map, progress, cancel) with the
// affinities kept between members of one perplexity, each saved as a run named after what it
// varies, and at the end the sweep's small multiples (SweepWindow).

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

#include "pipeline/sweep.h"

class QAction;
class QMenu;
class QWidget;

namespace tse::gui {

class ProjectController;
class RunController;
class SweepWindow;

class SweepCommands : public QObject {
    Q_OBJECT
public:
    struct Hooks {
        std::function<run::RunParameters()> parameters;     // the parameter editor's, for the current dataset
        std::function<std::size_t()> itemCount;             // items of the current dataset (0: none)
        // Starts a run on the dataset parameters.dataset names; false when it cannot.
        std::function<bool(const run::RunParameters&)> launch;
    };
    SweepCommands(ProjectController* projects, RunController* runs, QWidget* window, Hooks hooks);

    void addActions(QMenu* runMenu);
    void retranslate();
    void askAndSweep();
    // Starts a sweep without the dialog; false (the reason to failed()) when it cannot start.
    bool startSweep(const std::vector<app::SweepAxis>& axes);
    bool isSweeping() const { return active_; }
    // The window's run ended (storedId: the run kept in the project; 0 when none was kept).
    void runEnded(int storedId);
    SweepWindow* lastWindow() const { return window_.data(); }

signals:
    void message(const QString& text, int milliseconds);
    void failed(const QString& reason);
    // Every member ran; their runs, in order.
    void finished(const std::vector<int>& runIds);
    // A tile of the sweep's window was clicked.
    void runChosen(int runId);

private:
    void launchNext();
    void showWindow();

    ProjectController* projects_;
    RunController* runs_;
    QWidget* parentWindow_;
    Hooks hooks_;
    QAction* sweep_ = nullptr;
    std::vector<app::SweepMember> members_;
    std::vector<int> runIds_;
    QString title_;
    std::size_t next_ = 0;  // members launched so far
    bool active_ = false;
    QPointer<SweepWindow> window_;
};

}  // namespace tse::gui
