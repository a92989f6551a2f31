// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Every way run parameters can fail to fit the data, as values: the field to show it at, the
// kind of problem and the numbers involved. Front ends translate by kind (the workbench with
// tr() and the numbers); message() is the English text the CLI prints. This is the one place
// parameter rules live: the engine's own validate() guards its API with the same limits.

#include <cstddef>
#include <string>
#include <vector>

#include "tse/run/runrecord.h"

namespace tse::run {

enum class ParameterField { Items, Iterations, Perplexity, LearningRate, Dimensions, PcaDims, Method, Features };

enum class ProblemKind {
    TooFewItems,           // items < 4; limit = 4
    IterationsTooFew,      // value < 1
    PerplexityTooSmall,    // value < 1 (or not a number)
    PerplexityTooLarge,    // value > limit = maxPerplexity(items)
    LearningRateInvalid,   // not a number
    DimensionsInvalid,     // value not 2 or 3
    PcaDimsNegative,       // value < 0
    PcaDimsAboveFeatures,  // value > limit = feature count
    PcaDimsAboveItems,     // value > limit = item count
    ExactMethodTooLarge,   // exact gradient asked for items > limit
    ThetaOutOfRange,       // Barnes–Hut theta outside (0, 1]
    InputSizeOutOfRange,   // TorchScript input size outside [8, 4096]
    NormalisationInvalid,  // a standard deviation ≤ 0 or a mean not finite
    ModelUnavailable,      // the weights or model file cannot be used; detail says why and how to get it
    OtherOption,           // any other engine option out of range; detail is the engine's message
};

struct ParameterProblem {
    ParameterField field = ParameterField::Items;
    ProblemKind kind = ProblemKind::OtherOption;
    double value = 0.0;       // the value that does not fit
    double limit = 0.0;       // the bound it breaks
    std::size_t items = 0;    // N the check was made for
    std::string detail;       // for ModelUnavailable / OtherOption: the module's own sentence

    // English, one sentence, e.g. "perplexity 5000 is too large for 3000 items; at most 999.7".
    std::string message() const;
};

// Every problem of the parameters for itemCount items with featureCount features before PCA
// (0 = not known yet, e.g. CNN features before the model is loaded). Empty when a run can start.
// The model file's presence is checked by the pipeline (it needs the feature module).
std::vector<ParameterProblem> checkParameters(const RunParameters& parameters, std::size_t itemCount,
                                              std::size_t featureCount);

// A value changed so that the parameters fit the data.
struct Adjustment {
    ParameterField field;
    double from = 0.0;
    double to = 0.0;
    std::string message() const;  // e.g. "perplexity 30 -> 8.67 (at most (N-1)/3 for 27 items)"
};

// Changes the perplexity and PCA dimensions that cannot work for itemCount items with
// featureCount features (0 = not known) to the nearest values that can — except the fields in
// `fixed`, which the user chose and which are then refused by checkParameters instead. Returns
// what it changed (nothing when everything fits).
std::vector<Adjustment> fitToData(RunParameters& parameters, std::size_t itemCount, std::size_t featureCount,
                                  const std::vector<ParameterField>& fixed = {});

}  // namespace tse::run
