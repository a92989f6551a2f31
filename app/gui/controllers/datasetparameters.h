// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Which parameters the editor shows for a dataset just opened: what the user last ran or
// edited on that dataset, or else the workbench's defaults with the values that cannot work for
// its size adapted (run::fitToData), saying what changed. Values chosen for another dataset
// never carry over.

#include <QString>

#include "tse/imageio/dataset.h"
#include "tse/run/runrecord.h"

namespace tse::gui {

struct DatasetParameters {
    run::RunParameters parameters;
    bool remembered = false;  // the user's own for this dataset
    QString adjusted;         // what was changed to fit, in the UI language; empty when nothing
    // The user chose these (or they are the defaults as they are): fit to start a run unasked.
    bool chosen() const { return remembered || adjusted.isEmpty(); }
};

DatasetParameters parametersForDataset(const QString& spec, const imageio::Dataset& dataset);

}  // namespace tse::gui
