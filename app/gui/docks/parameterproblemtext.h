// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A parameter problem in the UI language: worded from its kind and numbers with tr(), so every
// problem the run layer can report is shown as itself (not rewritten into another message).

#include <QString>

#include "tse/run/parameterproblem.h"

namespace tse::gui {

QString parameterProblemText(const run::ParameterProblem& problem);
// The field's name as the editor labels it ("Perplexity", "Initial PCA dimensions", …).
QString parameterFieldName(run::ParameterField field);

}  // namespace tse::gui
