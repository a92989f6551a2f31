// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A module Progress that reports to, and is cancelled through, a QPromise: the one place the
// plain-C++ progress type meets Qt Concurrent.

#include <QPromise>
#include <QString>

#include "tse/common/progress.h"

namespace tse::gui {

// The promise's progress range is set to 0…1000; it must outlive the returned Progress.
template <class T>
Progress progressFor(QPromise<T>& promise)
{
    promise.setProgressRange(0, 1000);
    return Progress(
        [&promise](std::string_view stage, double fraction) {
            promise.setProgressValueAndText(static_cast<int>(fraction * 1000),
                                            QString::fromUtf8(stage.data(), static_cast<qsizetype>(stage.size())));
        },
        [&promise] { return promise.isCanceled(); });
}

}  // namespace tse::gui
