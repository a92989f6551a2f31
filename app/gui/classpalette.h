#pragma once

#include <QColor>

namespace tse::gui {

// Colour of class `index`: Paul Tol's colour-blind-safe "muted" scheme, then a second
// lighter round for datasets with more classes.
QColor classColor(int index);

}  // namespace tse::gui
