// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "sweep.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "pipeline.h"

namespace tse::app {
namespace {

constexpr std::size_t kMaxValues = 12;

struct Known {
    const char* name;
    SweepParameter parameter;
    bool whole;  // whole numbers only
    double lo, hi;  // (lo, hi]
};

const Known kParameters[] = {
    {"perplexity", SweepParameter::Perplexity, false, 0.0, 1e6},
    {"learning-rate", SweepParameter::LearningRate, false, 0.0, 1e9},
    {"iterations", SweepParameter::Iterations, true, 0.0, 1e6},
    {"seed", SweepParameter::Seed, true, -1.0, 2147483647.0},
    {"pca-dims", SweepParameter::PcaDims, true, -1.0, 100000.0},
    {"exaggeration", SweepParameter::Exaggeration, false, 0.0, 1000.0},
};

const Known* find(SweepParameter parameter)
{
    for (const Known& k : kParameters)
        if (k.parameter == parameter)
            return &k;
    return nullptr;
}

std::string number(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

std::string valueText(SweepParameter parameter, double v)
{
    return parameter == SweepParameter::LearningRate && v <= 0.0 ? "auto" : number(v);
}

void apply(run::RunParameters& p, SweepParameter parameter, double v)
{
    switch (parameter) {
    case SweepParameter::Perplexity: p.tsne.perplexity = v; break;
    case SweepParameter::LearningRate: p.tsne.learningRate = v; break;
    case SweepParameter::Iterations: p.tsne.iterations = int(v); break;
    case SweepParameter::Seed: p.tsne.seed = std::uint64_t(v); break;
    case SweepParameter::PcaDims: p.pcaDims = int(v); break;
    case SweepParameter::Exaggeration: p.tsne.earlyExaggeration = v; break;
    }
}

}  // namespace

std::string sweepParameterName(SweepParameter parameter)
{
    const Known* k = find(parameter);
    return k ? k->name : "?";
}

Result<SweepAxis> parseSweepAxis(const std::string& text)
{
    const auto equals = text.find('=');
    const std::string name = text.substr(0, equals);
    const Known* known = nullptr;
    for (const Known& k : kParameters)
        if (name == k.name)
            known = &k;
    std::string names;
    for (const Known& k : kParameters)
        names += std::string(names.empty() ? "" : ", ") + k.name;
    if (!known || equals == std::string::npos)
        return makeError(ErrorCode::InvalidArgument, "--sweep takes PARAMETER=V1,V2,… with a parameter of " + names +
                                                         ", got '" + text + "'");
    SweepAxis axis;
    axis.parameter = known->parameter;
    std::stringstream values(text.substr(equals + 1));
    for (std::string item; std::getline(values, item, ',');) {
        double v = 0.0;
        if (known->parameter == SweepParameter::LearningRate && item == "auto") {
            v = 0.0;
        } else {
            char* end = nullptr;
            v = std::strtod(item.c_str(), &end);
            if (item.empty() || end != item.c_str() + item.size() || !std::isfinite(v) || !(v > known->lo) ||
                v > known->hi || (known->whole && v != std::floor(v)))
                return makeError(ErrorCode::InvalidArgument,
                                 std::string("--sweep ") + known->name + ": '" + item + "' is not " +
                                     (known->whole ? "a whole number" : "a number") + " in range" +
                                     (known->parameter == SweepParameter::LearningRate ? " (or auto)" : ""));
        }
        if (std::find(axis.values.begin(), axis.values.end(), v) != axis.values.end())
            return makeError(ErrorCode::InvalidArgument, std::string("--sweep ") + known->name + ": " +
                                                             valueText(known->parameter, v) + " is given twice");
        axis.values.push_back(v);
    }
    if (axis.values.empty() || axis.values.size() > kMaxValues)
        return makeError(ErrorCode::InvalidArgument, std::string("--sweep ") + known->name + " needs 1 to " +
                                                         std::to_string(kMaxValues) + " values");
    return axis;
}

Result<std::vector<SweepMember>> sweepMembers(const run::RunParameters& base, const std::vector<SweepAxis>& axes)
{
    if (axes.empty() || axes.size() > 2)
        return makeError(ErrorCode::InvalidArgument, "a sweep varies one or two parameters");
    if (axes.size() == 2 && axes[0].parameter == axes[1].parameter)
        return makeError(ErrorCode::InvalidArgument,
                         "a sweep varies two different parameters, not " + sweepParameterName(axes[0].parameter) + " twice");
    std::vector<SweepMember> members;
    const std::vector<double> none = {std::nan("")};
    const std::vector<double>& second = axes.size() == 2 ? axes[1].values : none;
    for (double a : axes[0].values)
        for (double b : second) {
            SweepMember m;
            m.parameters = base;
            apply(m.parameters, axes[0].parameter, a);
            m.label = sweepParameterName(axes[0].parameter) + " " + valueText(axes[0].parameter, a);
            if (axes.size() == 2) {
                apply(m.parameters, axes[1].parameter, b);
                m.label += ", " + sweepParameterName(axes[1].parameter) + " " + valueText(axes[1].parameter, b);
            }
            members.push_back(std::move(m));
        }
    return members;
}

Status checkSweep(const std::vector<SweepMember>& members, std::size_t n, std::size_t d)
{
    for (const SweepMember& m : members) {
        auto problems = checkRunParameters(m.parameters, n, d);
        if (!problems.empty())
            return makeError(ErrorCode::InvalidArgument,
                             "sweep member '" + m.label + "' cannot run: " + problems.front().message());
    }
    return Status::success();
}

SweepOutcome executeSweep(const RunInput& input, const std::vector<SweepMember>& members, RunHooks hooks,
                          const std::function<void(std::size_t member)>& onMember)
{
    SweepOutcome outcome;
    StageCache own;
    StageCache* cache = hooks.cache ? hooks.cache : &own;
    hooks.cache = cache;
    const bool kept = cache->keepsAffinities();
    cache->setKeepAffinities(true);
    for (std::size_t k = 0; k < members.size(); ++k) {
        if (onMember)
            onMember(k);
        auto result = executeRun(input, members[k].parameters, hooks);
        if (!result) {
            outcome.error = result.error();
            break;
        }
        const bool cancelled = result->record.status == run::RunStatus::Cancelled;
        outcome.results.push_back(std::move(result.value()));
        if (cancelled) {
            outcome.error = makeError(ErrorCode::Cancelled, "the sweep was cancelled");
            break;
        }
    }
    cache->setKeepAffinities(kept);
    return outcome;
}

}  // namespace tse::app
