// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The title above a shown map, in the UI language: the run's name, its parameters, its KL,
// and for a cancelled run at which iteration of how many it stopped.

#include <QString>

#include "tse/run/runrecord.h"

namespace tse::gui {

QString mapTitle(const run::RunRecord& record);
// The status line when a run ends: finished (seconds, KL, and how long scoring took when it
// was noticeable), cancelled at an iteration, or failed with the reason.
QString runOutcomeText(const run::RunRecord& record, const QString& error);

}  // namespace tse::gui
