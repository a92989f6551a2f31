// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Parameter sweeps: one or two parameters over a few values each (perplexity 5, 15, 30, 50 ×
// learning rate auto, 200), every combination a run of its own, run one after another on one
// input so that features, PCA and, where the perplexity repeats, the affinities are computed
// once (StageCache). The CLI's `embed … --sweep` and the workbench's sweep use it.

#include <functional>
#include <string>
#include <vector>

#include "executerun.h"
#include "tse/common/result.h"
#include "tse/run/runrecord.h"

namespace tse::app {

enum class SweepParameter { Perplexity, LearningRate, Iterations, Seed, PcaDims, Exaggeration };

struct SweepAxis {
    SweepParameter parameter = SweepParameter::Perplexity;
    std::vector<double> values;  // learning rate 0 = auto
};

// "perplexity=5,15,30,50", "learning-rate=auto,200", "iterations=500,1000", "seed=1,2,3",
// "pca-dims=20,50", "exaggeration=4,12": 1–12 distinct values. The error says what is wrong.
Result<SweepAxis> parseSweepAxis(const std::string& text);
// The CLI spelling of a parameter ("learning-rate").
std::string sweepParameterName(SweepParameter parameter);

struct SweepMember {
    run::RunParameters parameters;
    std::string label;  // "perplexity 5, learning rate auto"
};

// Every combination of one or two axes (the second varying fastest), in order.
Result<std::vector<SweepMember>> sweepMembers(const run::RunParameters& base, const std::vector<SweepAxis>& axes);

// Each member checked against the input (n items, d features before PCA; 0 = not known yet):
// the first member that cannot run, with the reason ("perplexity 50: …"); success otherwise.
Status checkSweep(const std::vector<SweepMember>& members, std::size_t n, std::size_t d);

// Runs the members one after another (hooks.cache is used and kept; one is made when null).
// onMember(k) is called before member k starts. Stops at the first failure or a cancel; the
// results so far are returned with the error.
struct SweepOutcome {
    std::vector<RunResult> results;  // one per member that finished, in order
    std::optional<Error> error;
};
SweepOutcome executeSweep(const RunInput& input, const std::vector<SweepMember>& members, RunHooks hooks,
                          const std::function<void(std::size_t member)>& onMember = {});

}  // namespace tse::app
