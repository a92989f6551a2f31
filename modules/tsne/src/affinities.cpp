// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/tsne/affinities.h"
#include "tse/tsne/options.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "knn.h"

namespace tse::tsne {
namespace {

// Above this many items the approximate search is several times faster than the exact one.
constexpr std::size_t kExactNeighbourLimit = 20000;
// Queries against a reference: the exact search costs M·N distance evaluations, the HNSW graph
// about N·log N to build plus M·log N to query. Exact up to this many pairs (10,000 × 60,000
// Fashion-MNIST PCA-50 rows take about 2 s exactly on 2 cores).
constexpr double kExactReferencePairs = 2e9;

}  // namespace

double calibrateRow(const float* squaredDistances, int count, double perplexity, float* probabilities,
                    double tolerance, int maxSteps)
{
    const double target = std::log(perplexity);
    // Distances are shifted by the smallest one: it cancels in the normalisation and keeps
    // exp() from underflowing for far-away points.
    double minDistance = std::numeric_limits<double>::max(), meanShift = 0.0;
    for (int j = 0; j < count; ++j)
        minDistance = std::min(minDistance, double(squaredDistances[j]));
    for (int j = 0; j < count; ++j)
        meanShift += (double(squaredDistances[j]) - minDistance) / count;
    // Newton's method on H(β) − log(perplexity), dH/dβ = −β·Var(d), kept inside the bracket that
    // bisection would keep (a step leaving it is replaced by a bisection step): 4–6 evaluations
    // a row where bisection from β = 1 took 20–50 (at 1,000,000 rows: 90 million exp() each).
    // The first guess puts the mean shifted distance at one bandwidth.
    double beta = meanShift > 0.0 ? 1.0 / meanShift : 1.0, lo = 0.0, hi = std::numeric_limits<double>::infinity();
    std::vector<double> p(count);
    double entropy = 0.0;
    for (int step = 0; step < maxSteps; ++step) {
        double sum = 0.0, weighted = 0.0, weightedSquares = 0.0;
        for (int j = 0; j < count; ++j) {
            const double d = double(squaredDistances[j]) - minDistance;
            p[j] = std::exp(-beta * d);
            sum += p[j];
            weighted += d * p[j];
            weightedSquares += d * d * p[j];
        }
        // H = log Σ + β·E[d] for p ∝ exp(−β d).
        const double mean = weighted / sum;
        entropy = std::log(sum) + beta * mean;
        for (int j = 0; j < count; ++j)
            p[j] /= sum;
        const double diff = entropy - target;
        if (std::abs(diff) < tolerance)
            break;
        if (diff > 0)  // too flat: sharpen
            lo = beta;
        else
            hi = beta;
        const double variance = weightedSquares / sum - mean * mean;
        const double newton = variance > 0.0 ? beta + diff / (beta * variance) : -1.0;
        if (newton > lo && newton < hi && std::isfinite(newton))
            beta = newton;
        else
            beta = std::isinf(hi) ? beta * 2.0 : 0.5 * (lo + hi);
    }
    for (int j = 0; j < count; ++j)
        probabilities[j] = static_cast<float>(p[j]);
    return entropy;
}

NeighbourSearch resolveReferenceSearch(NeighbourSearch search, std::size_t referenceCount, std::size_t queryCount)
{
    if (search != NeighbourSearch::Auto)
        return search;
    const double pairs = double(referenceCount) * double(queryCount);
    return referenceCount > kExactNeighbourLimit && pairs > kExactReferencePairs ? NeighbourSearch::Approximate
                                                                                 : NeighbourSearch::Exact;
}

Result<NeighbourGraph> neighboursInReference(const Matrix& reference, const Matrix& queries, int k, int threads,
                                             NeighbourSearch search, std::uint64_t seed, const Progress& progress)
{
    if (reference.rows() < 1 || queries.rows() < 1)
        return makeError(ErrorCode::InvalidArgument, "a neighbour search needs a reference and queries");
    if (!reference.allFinite() || !queries.allFinite())
        return makeError(ErrorCode::InvalidArgument, "the input contains NaN or infinite values");
    if (&reference == &queries) {  // the detail searches would take it for a self-search
        const Matrix copy = queries;
        return neighboursInReference(reference, copy, k, threads, search, seed, progress);
    }
    const bool approximate = resolveReferenceSearch(search, std::size_t(reference.rows()), std::size_t(queries.rows())) ==
                             NeighbourSearch::Approximate;
    return approximate ? detail::approximateNeighboursOf(reference, queries, k, threads, seed, progress)
                       : detail::exactNeighboursOf(reference, queries, k, threads, progress);
}

namespace {

// P + Pᵀ for the graph's rows, scaled by 1/2N. Memory is what the result needs before merging
// (2·N·k column/value pairs, the rows' own entries and their mirrors) and nothing more: every
// row is filled, sorted and merged in place, then the rows are moved down over the gaps. At
// 1,000,000 rows and k = 90 that is 1.4 GB, where per-row vectors and a separate pair list took
// three times as much.
SparseMatrix symmetriseRows(const NeighbourGraph& graph, const float* conditional)
{
    const int n = graph.n, k = graph.k;
    std::vector<std::int64_t> start(std::size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        start[std::size_t(i) + 1] += k;
        for (int m = 0; m < k; ++m)
            ++start[std::size_t(graph.indices[std::size_t(i) * k + m]) + 1];
    }
    for (int i = 0; i < n; ++i)
        start[std::size_t(i) + 1] += start[std::size_t(i)];
    SparseMatrix result;
    result.n = n;
    result.columns.resize(std::size_t(start[std::size_t(n)]));
    result.values.resize(std::size_t(start[std::size_t(n)]));
    {
        std::vector<std::int64_t> fill(start.begin(), start.end() - 1);
        for (int i = 0; i < n; ++i)
            for (int m = 0; m < k; ++m) {
                const int j = graph.indices[std::size_t(i) * k + m];
                const float p = conditional[std::size_t(i) * k + m];
                result.columns[std::size_t(fill[std::size_t(i)])] = j;
                result.values[std::size_t(fill[std::size_t(i)]++)] = p;
                result.columns[std::size_t(fill[std::size_t(j)])] = i;
                result.values[std::size_t(fill[std::size_t(j)]++)] = p;
            }
    }
    // Sort each row by column and add up duplicates (i lists j and j lists i); the merged row
    // stays at the front of its slot and its length is kept.
    std::vector<std::int64_t> length(static_cast<std::size_t>(n));
    const double scale = 1.0 / (2.0 * n);
#pragma omp parallel
    {
        std::vector<std::pair<int, float>> row;
#pragma omp for schedule(dynamic, 256)
        for (int i = 0; i < n; ++i) {
            const std::int64_t first = start[std::size_t(i)], last = start[std::size_t(i) + 1];
            row.clear();
            for (std::int64_t at = first; at < last; ++at)
                row.emplace_back(result.columns[std::size_t(at)], result.values[std::size_t(at)]);
            std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            std::int64_t out = first - 1;
            for (std::size_t e = 0; e < row.size(); ++e) {
                if (e > 0 && row[e].first == row[e - 1].first) {
                    result.values[std::size_t(out)] += row[e].second;
                    continue;
                }
                ++out;
                result.columns[std::size_t(out)] = row[e].first;
                result.values[std::size_t(out)] = row[e].second;
            }
            length[std::size_t(i)] = out + 1 - first;
            for (std::int64_t at = first; at <= out; ++at)
                result.values[std::size_t(at)] = static_cast<float>(result.values[std::size_t(at)] * scale);
        }
    }
    // Close the gaps the duplicates left: rows only move towards the front.
    result.rowStart.assign(std::size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        const std::int64_t to = result.rowStart[std::size_t(i)], from = start[std::size_t(i)];
        const std::int64_t count = length[std::size_t(i)];
        if (to != from) {
            std::copy_n(result.columns.begin() + from, count, result.columns.begin() + to);
            std::copy_n(result.values.begin() + from, count, result.values.begin() + to);
        }
        result.rowStart[std::size_t(i) + 1] = to + count;
    }
    result.columns.resize(std::size_t(result.rowStart[std::size_t(n)]));
    result.values.resize(std::size_t(result.rowStart[std::size_t(n)]));
    return result;
}

}  // namespace

SparseMatrix symmetrise(const NeighbourGraph& graph, const std::vector<float>& conditional)
{
    return symmetriseRows(graph, conditional.data());
}

Result<SparseMatrix> computeAffinities(const Matrix& data, double perplexity, bool allNeighbours, int threads,
                                       const Progress& progress, NeighbourSearch search, std::uint64_t seed)
{
    const auto n = static_cast<std::size_t>(data.rows());
    if (n < 2)
        return makeError(ErrorCode::InvalidArgument, "affinities need at least 2 items");
    if (!data.allFinite())
        return makeError(ErrorCode::InvalidArgument, "the input contains NaN or infinite values");
    const int k = allNeighbours ? static_cast<int>(n - 1) : neighbourCount(perplexity, n);
    const bool approximate =
        !allNeighbours && (search == NeighbourSearch::Approximate ||
                           (search == NeighbourSearch::Auto && n > kExactNeighbourLimit));
    auto graph = approximate ? approximateNeighbours(data, k, threads, seed, progress.subRange(0.0, 0.85))
                             : exactNeighbours(data, k, threads, progress.subRange(0.0, 0.85));
    if (!graph)
        return graph.error();
    // The conditional probabilities replace the distances they come from (calibrateRow reads
    // a row's distances before it writes its probabilities).
    float* conditional = graph->squaredDistances.data();
#pragma omp parallel for schedule(dynamic, 256) num_threads(threads)
    for (std::int64_t i = 0; i < static_cast<std::int64_t>(n); ++i)
        calibrateRow(conditional + i * k, k, perplexity, conditional + i * k);
    if (progress.cancelled())
        return makeError(ErrorCode::Cancelled, "computing affinities was cancelled");
    progress.report("Affinities", 0.9);
    SparseMatrix p = symmetriseRows(graph.value(), conditional);
    graph = NeighbourGraph{};
    // The merged rows are a third shorter than the space filled before merging: give it back
    // now that the graph is gone.
    p.columns.shrink_to_fit();
    p.values.shrink_to_fit();
    progress.report("Affinities", 1.0);
    return p;
}

}  // namespace tse::tsne
