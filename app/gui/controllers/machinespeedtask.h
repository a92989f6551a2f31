// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// This machine's speed for the cost estimate (pipeline/machinespeed.h): read from where it was
// remembered, or measured once in the background (about a second) while the workbench has
// nothing else to do. A measurement that a run overlapped is thrown away and taken again later,
// so the remembered speed is never that of a machine busy with our own run.

#include <QFutureWatcher>
#include <QObject>

#include <optional>
#include <string>

namespace tse::gui {

class MachineSpeedTask : public QObject {
    Q_OBJECT
public:
    explicit MachineSpeedTask(QObject* parent = nullptr);
    ~MachineSpeedTask() override;

    // The remembered slowdown, if any (read when the task is made).
    std::optional<double> slowdown() const { return slowdown_; }
    bool measuring() const { return watcher_.isRunning(); }
    // Measures when nothing is remembered and no measurement is under way; call it when the
    // workbench is idle.
    void measureIfUnknown();
    // The workbench started heavy work: a measurement under way is not remembered.
    void noteBusy() { overlapped_ = watcher_.isRunning(); }

signals:
    // The slowdown became known (read or measured).
    void ready(double slowdown);

private:
    QFutureWatcher<std::optional<double>> watcher_;
    std::optional<double> slowdown_;
    bool overlapped_ = false;
    std::string identity_;
};

}  // namespace tse::gui
