// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Point colours shared by the workbench and exported figures.

#include <QColor>

#include <vector>

namespace tse::figure {

enum class Palette {
    Muted,   // Paul Tol's colour-blind-safe "muted" scheme (the default)
    Bright,  // Paul Tol's colour-blind-safe "bright" scheme: stronger colours for slides
};

// Colour of class `index` (−1 = unlabelled, light grey); more classes than colours get a second,
// lighter round.
QColor classColor(int index, Palette palette = Palette::Muted);

// A sequential colour-blind-safe scale (viridis) at t in [0, 1], for numeric values.
QColor scaleColor(double t);

}  // namespace tse::figure
