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
    double minDistance = std::numeric_limits<double>::max();
    for (int j = 0; j < count; ++j)
        minDistance = std::min(minDistance, double(squaredDistances[j]));
    double beta = 1.0, lo = 0.0, hi = std::numeric_limits<double>::infinity();
    std::vector<double> p(count);
    double entropy = 0.0;
    for (int step = 0; step < maxSteps; ++step) {
        double sum = 0.0, weighted = 0.0;
        for (int j = 0; j < count; ++j) {
            const double d = double(squaredDistances[j]) - minDistance;
            p[j] = std::exp(-beta * d);
            sum += p[j];
            weighted += d * p[j];
        }
        // H = log Σ + β·E[d] for p ∝ exp(−β d).
        entropy = std::log(sum) + beta * weighted / sum;
        for (int j = 0; j < count; ++j)
            p[j] /= sum;
        const double diff = entropy - target;
        if (std::abs(diff) < tolerance)
            break;
        if (diff > 0) {  // too flat: sharpen
            lo = beta;
            beta = std::isinf(hi) ? beta * 2.0 : 0.5 * (beta + hi);
        } else {
            hi = beta;
            beta = 0.5 * (beta + lo);
        }
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

SparseMatrix symmetrise(const NeighbourGraph& graph, const std::vector<float>& conditional)
{
    const int n = graph.n, k = graph.k;
    // Count row lengths of P + Pᵀ (before merging duplicates), then fill and merge per row.
    std::vector<std::int64_t> start(n + 1, 0);
    for (int i = 0; i < n; ++i)
        for (int m = 0; m < k; ++m) {
            ++start[i + 1];
            ++start[graph.indices[std::size_t(i) * k + m] + 1];
        }
    for (int i = 0; i < n; ++i)
        start[i + 1] += start[i];
    std::vector<std::pair<int, float>> entries(static_cast<std::size_t>(start[n]));
    std::vector<std::int64_t> fill(start.begin(), start.end() - 1);
    for (int i = 0; i < n; ++i)
        for (int m = 0; m < k; ++m) {
            const int j = graph.indices[std::size_t(i) * k + m];
            const float p = conditional[std::size_t(i) * k + m];
            entries[fill[i]++] = {j, p};
            entries[fill[j]++] = {i, p};
        }
    SparseMatrix result;
    result.n = n;
    result.rowStart.assign(n + 1, 0);
    std::vector<std::vector<std::pair<int, float>>> merged(n);
#pragma omp parallel for schedule(dynamic, 256)
    for (int i = 0; i < n; ++i) {
        auto first = entries.begin() + start[i], last = entries.begin() + start[i + 1];
        std::sort(first, last, [](const auto& a, const auto& b) { return a.first < b.first; });
        auto& row = merged[i];
        for (auto it = first; it != last; ++it) {
            if (!row.empty() && row.back().first == it->first)
                row.back().second += it->second;
            else
                row.push_back(*it);
        }
    }
    for (int i = 0; i < n; ++i)
        result.rowStart[i + 1] = result.rowStart[i] + static_cast<std::int64_t>(merged[i].size());
    result.columns.resize(result.rowStart[n]);
    result.values.resize(result.rowStart[n]);
    const double scale = 1.0 / (2.0 * n);
    for (int i = 0; i < n; ++i) {
        std::int64_t at = result.rowStart[i];
        for (const auto& [j, p] : merged[i]) {
            result.columns[at] = j;
            result.values[at] = static_cast<float>(p * scale);
            ++at;
        }
    }
    return result;
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
    std::vector<float> conditional(n * k);
#pragma omp parallel for schedule(dynamic, 256) num_threads(threads)
    for (std::int64_t i = 0; i < static_cast<std::int64_t>(n); ++i)
        calibrateRow(graph->squaredDistances.data() + i * k, k, perplexity, conditional.data() + i * k);
    if (progress.cancelled())
        return makeError(ErrorCode::Cancelled, "computing affinities was cancelled");
    progress.report("Affinities", 0.9);
    auto p = symmetrise(graph.value(), conditional);
    progress.report("Affinities", 1.0);
    return p;
}

}  // namespace tse::tsne
