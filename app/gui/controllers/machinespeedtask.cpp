// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "machinespeedtask.h"

#include <QtConcurrent/QtConcurrent>

#include "pipeline/machinespeed.h"

namespace tse::gui {

MachineSpeedTask::MachineSpeedTask(QObject* parent) : QObject(parent), identity_(app::machineIdentity())
{
    slowdown_ = app::rememberedSlowdown(app::machineSpeedFile(), identity_);
    connect(&watcher_, &QFutureWatcher<std::optional<double>>::finished, this, [this] {
        const auto future = watcher_.future();
        const bool overlapped = std::exchange(overlapped_, false);
        if (future.resultCount() == 0 || overlapped)
            return;
        const auto slowdown = app::slowdownFromSeconds(future.result());
        if (!slowdown)
            return;
        slowdown_ = slowdown;
        app::rememberSlowdown(app::machineSpeedFile(), identity_, *slowdown);
        emit ready(*slowdown);
    });
}

MachineSpeedTask::~MachineSpeedTask() { watcher_.waitForFinished(); }

void MachineSpeedTask::measureIfUnknown()
{
    if (slowdown_ || watcher_.isRunning())
        return;
    overlapped_ = false;
    watcher_.setFuture(QtConcurrent::run([] { return app::timeReferenceWorkload(); }));
}

}  // namespace tse::gui
