// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/tsne/metrics.h"

#include "lowdimknn.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace tse::tsne {
namespace {

int resolveThreads(int threads) { return threads > 0 ? threads : omp_get_num_procs(); }

}  // namespace

double knnAccuracy(const Matrix& y, const std::vector<int>& labels, int k, int threads)
{
    std::vector<char> labelled(labels.size(), 0);
    for (std::size_t i = 0; i < labels.size(); ++i)
        labelled[i] = labels[i] >= 0;
    return knnAccuracy(y, labels, labelled, labelled, k, threads);
}

double knnAccuracy(const Matrix& y, const std::vector<int>& labels, const std::vector<char>& voters,
                   const std::vector<char>& scored, int k, int threads)
{
    const int n = static_cast<int>(y.rows());
    if (n < 2 || static_cast<int>(labels.size()) != n || static_cast<int>(voters.size()) != n ||
        static_cast<int>(scored.size()) != n || k < 1 || y.cols() < 1 || y.cols() > 3)
        return 0.0;
    k = std::min(k, n - 1);
    // Neighbours among the voters, in the map's own 2 or 3 dimensions: a k-d tree.
    std::vector<char> usable(std::size_t(n), 0);
    for (int i = 0; i < n; ++i)
        usable[std::size_t(i)] = voters[std::size_t(i)] && labels[std::size_t(i)] >= 0;
    const std::vector<int> neighbours = lowDimensionalKnn(y, usable, k, resolveThreads(threads));
    int total = 0, hits = 0;
#pragma omp parallel for schedule(static) reduction(+ : total, hits) num_threads(resolveThreads(threads))
    for (int i = 0; i < n; ++i) {
        if (!scored[i] || labels[i] < 0 || neighbours[std::size_t(i) * std::size_t(k)] < 0)
            continue;
        // Majority label; ties go to the label of the nearest tied neighbour (neighbours are
        // nearest first).
        std::map<int, int> votes;
        for (int a = 0; a < k; ++a)
            if (const int j = neighbours[std::size_t(i) * std::size_t(k) + std::size_t(a)]; j >= 0)
                ++votes[labels[std::size_t(j)]];
        int best = -1, bestVotes = 0;
        for (int a = 0; a < k; ++a) {
            const int j = neighbours[std::size_t(i) * std::size_t(k) + std::size_t(a)];
            if (j >= 0 && votes[labels[std::size_t(j)]] > bestVotes) {
                bestVotes = votes[labels[std::size_t(j)]];
                best = labels[std::size_t(j)];
            }
        }
        ++total;
        hits += best == labels[i];
    }
    return total > 0 ? double(hits) / double(total) : 0.0;
}

NeighbourhoodMetrics neighbourhoodMetrics(const Matrix& input, const Matrix& embedding, int k,
                                          std::size_t maxQueries, int threads)
{
    NeighbourhoodMetrics result;
    const int n = static_cast<int>(input.rows());
    if (n < 3 || embedding.rows() != n || k < 1)
        return result;
    // The normalisation 2 / (N k (2N − 3k − 1)) needs k < N / 2 (as scikit-learn requires).
    k = std::max(1, std::min(k, (n - 1) / 2));
    const std::size_t queries = std::min<std::size_t>(n, std::max<std::size_t>(1, maxQueries));
    result.k = k;
    result.queries = queries;
    std::vector<double> trustSum(queries, 0.0), contSum(queries, 0.0), keptSum(queries, 0.0);
#pragma omp parallel for schedule(dynamic, 16) num_threads(resolveThreads(threads))
    for (std::int64_t q = 0; q < static_cast<std::int64_t>(queries); ++q) {
        const int i = static_cast<int>(q * n / static_cast<std::int64_t>(queries));
        std::vector<float> dIn(n), dOut(n);
        for (int j = 0; j < n; ++j) {
            dIn[j] = (input.row(i) - input.row(j)).squaredNorm();
            dOut[j] = (embedding.row(i) - embedding.row(j)).squaredNorm();
        }
        // k nearest by (distance, index), the item itself excluded.
        auto nearest = [&](const std::vector<float>& d) {
            std::vector<int> order;
            order.reserve(n - 1);
            for (int j = 0; j < n; ++j)
                if (j != i)
                    order.push_back(j);
            auto less = [&](int a, int b) { return d[a] < d[b] || (d[a] == d[b] && a < b); };
            std::partial_sort(order.begin(), order.begin() + k, order.end(), less);
            order.resize(k);
            std::sort(order.begin(), order.end());
            return order;
        };
        // 1-based rank of j among all others by distance (ties broken by index).
        auto rank = [&](const std::vector<float>& d, int j) {
            int r = 1;
            for (int l = 0; l < n; ++l)
                if (l != i && l != j && (d[l] < d[j] || (d[l] == d[j] && l < j)))
                    ++r;
            return r;
        };
        const auto inNn = nearest(dIn), outNn = nearest(dOut);
        int kept = 0;
        for (int j : outNn) {
            if (std::binary_search(inNn.begin(), inNn.end(), j))
                ++kept;
            else
                trustSum[q] += rank(dIn, j) - k;  // an intruder
        }
        for (int j : inNn)
            if (!std::binary_search(outNn.begin(), outNn.end(), j))
                contSum[q] += rank(dOut, j) - k;  // a neighbour that was lost
        keptSum[q] = double(kept) / k;
    }
    double trust = 0, cont = 0, kept = 0;
    for (std::size_t q = 0; q < queries; ++q) {
        trust += trustSum[q];
        cont += contSum[q];
        kept += keptSum[q];
    }
    const double norm = 2.0 / (double(queries) * k * (2.0 * n - 3.0 * k - 1.0));
    result.trustworthiness = 1.0 - norm * trust;
    result.continuity = 1.0 - norm * cont;
    result.knnPreservation = kept / double(queries);
    return result;
}

double exactKlDivergence(const SparseMatrix& p, const Matrix& y, int threads)
{
    const int n = p.n;
    const int dims = static_cast<int>(y.cols());
    std::vector<double> zRow(n, 0.0), pLogRow(n, 0.0);
#pragma omp parallel for schedule(dynamic, 64) num_threads(resolveThreads(threads))
    for (int i = 0; i < n; ++i) {
        double z = 0.0;
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            double d2 = 0.0;
            for (int c = 0; c < dims; ++c) {
                const double diff = double(y(i, c)) - double(y(j, c));
                d2 += diff * diff;
            }
            z += 1.0 / (1.0 + d2);
        }
        zRow[i] = z;
        double s = 0.0;
        for (std::int64_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
            const int j = p.columns[e];
            const double pij = p.values[e];
            if (pij <= 0)
                continue;
            double d2 = 0.0;
            for (int c = 0; c < dims; ++c) {
                const double diff = double(y(i, c)) - double(y(j, c));
                d2 += diff * diff;
            }
            s += pij * (std::log(pij) + std::log(1.0 + d2));  // p log(p / q̃)
        }
        pLogRow[i] = s;
    }
    double z = 0.0, s = 0.0;
    for (int i = 0; i < n; ++i) {
        z += zRow[i];
        s += pLogRow[i];
    }
    return s + std::log(z);  // Σ p log(p/q̃) + log Z · Σ p
}

}  // namespace tse::tsne
