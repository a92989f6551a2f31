// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The approximate k-nearest-neighbour graph of a set against itself, on all cores and the same
// for any thread count:
//   1. a forest of random projection trees (each split at the median of the projections on the
//      line through two seeded random members, so leaves hold between L/2 and L rows and depth is
//      log2(N/L)); within every leaf all pairs are compared with one matrix product, and each row
//      keeps its k nearest. A row sits in one leaf per tree, so leaves of one tree update
//      disjoint rows and run in parallel without locks;
//   2. rounds of neighbour-of-neighbour refinement (NN-descent, "pull" form): each row looks at
//      the neighbours of its nearest neighbours and at the rows that list it, in the previous
//      round's graph, which is only read; the new graph is written row by row.
// Every row's result is a function of the data and the seed alone, computed in a fixed order, so
// the graph does not depend on the thread count or on scheduling. Ties are broken by index.
// Unlike one HNSW graph, whose insertion is sequential, every stage here is parallel; at
// 1,000,000 Fashion-MNIST PCA-50 rows it is 6–7× faster on two cores (bench/bench_knn).

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>

#include "knn.h"

namespace tse::tsne {
namespace {

// Chosen with bench/bench_knn on Fashion-MNIST PCA-50, k = 90, 2 cores: recall@90 0.991 in
// 3.5 s at 70,000 rows (one HNSW graph: 0.993 in 5.5 s) and 0.978 in 68 s at 1,000,000 rows
// (HNSW: about 450 s). Two rounds or a width of 24 lose a point of recall for 15 % less time.
// Since the distance loop was fixed: 2.6–2.9 s at 70,000 and 52–61 s at 1,000,000 rows.
constexpr int kTrees = 4;
constexpr int kRefinementRounds = 3;
// How many of a row's nearest neighbours, and of theirs, a refinement round looks at.
constexpr int kRefinementWidth = 30;
// How many candidates ahead of the one being measured the refinement fetches the row of
// (bench/bench_knn at 1,000,000 rows: 8 and 16 beat none by 7–10 %, 32 was no better).
constexpr std::size_t kPrefetchAhead = 16;

// A row's k best candidates, kept in its slots of the graph's arrays as a max-heap on
// (distance, index), so the kept set does not depend on the order candidates arrive in when
// distances tie. Unused slots hold index −1 at infinite distance, which any candidate beats.
class NearestList {
public:
    NearestList(int* indices, float* distances, int k) : indices_(indices), distances_(distances), k_(k) {}

    bool wouldKeep(float distance, int j) const
    {
        return distance < distances_[0] || (distance == distances_[0] && j < indices_[0]);
    }
    // Replaces the farthest by a candidate the caller checked with wouldKeep and knows is new.
    void replaceTop(float distance, int j)
    {
        indices_[0] = j;
        distances_[0] = distance;
        siftDown(0);
    }
    // Rebuilds the heap after the slots were rewritten in any order.
    void heapify()
    {
        for (int at = k_ / 2 - 1; at >= 0; --at)
            siftDown(at);
    }
    // Nearest first, ties by index (no longer a heap: call heapify before offering again).
    void sort()
    {
        entries_.resize(std::size_t(k_));
        for (int m = 0; m < k_; ++m)
            entries_[std::size_t(m)] = {distances_[m], indices_[m]};
        std::sort(entries_.begin(), entries_.end());
        for (int m = 0; m < k_; ++m) {
            distances_[m] = entries_[std::size_t(m)].first;
            indices_[m] = entries_[std::size_t(m)].second;
        }
    }

private:
    bool farther(int a, int b) const
    {
        return distances_[a] > distances_[b] || (distances_[a] == distances_[b] && indices_[a] > indices_[b]);
    }
    void siftDown(int at)
    {
        for (;;) {
            int top = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < k_; ++child)
                if (farther(child, top))
                    top = child;
            if (top == at)
                return;
            std::swap(indices_[at], indices_[top]);
            std::swap(distances_[at], distances_[top]);
            at = top;
        }
    }

    int* indices_;
    float* distances_;
    int k_;
    std::vector<std::pair<float, int>> entries_;
};

// One random projection tree as its leaves: a permutation of the rows and where each leaf starts.
struct TreeLeaves {
    std::vector<int> rows;
    std::vector<std::int64_t> leafStart;  // leaves + 1 offsets into rows
};

// A seeded generator for one node of one tree, so a tree's shape is fixed by (seed, tree, node).
std::mt19937_64 nodeGenerator(std::uint64_t seed, int tree, std::uint64_t node)
{
    std::seed_seq sequence{std::uint32_t(seed), std::uint32_t(seed >> 32), std::uint32_t(tree),
                           std::uint32_t(node), std::uint32_t(node >> 32)};
    return std::mt19937_64(sequence);
}

TreeLeaves buildTree(const Matrix& data, int leafSize, std::uint64_t seed, int tree)
{
    const auto n = static_cast<std::int64_t>(data.rows());
    const Eigen::Index d = data.cols();
    TreeLeaves leaves;
    leaves.rows.resize(std::size_t(n));
    std::iota(leaves.rows.begin(), leaves.rows.end(), 0);
    // Splits are made breadth-first from an explicit list of ranges (no recursion); node ids
    // follow the heap numbering, so they do not depend on the order ranges are processed in.
    struct Range {
        std::int64_t first, last;
        std::uint64_t node;
    };
    std::vector<Range> pending{{0, n, 1}}, done;
    std::vector<std::pair<float, int>> projected;
    Eigen::VectorXf direction(d);
    while (!pending.empty()) {
        const Range range = pending.back();
        pending.pop_back();
        const std::int64_t size = range.last - range.first;
        if (size <= leafSize || range.node > (std::uint64_t(1) << 60)) {
            done.push_back(range);
            continue;
        }
        auto generator = nodeGenerator(seed, tree, range.node);
        std::uniform_int_distribution<std::int64_t> pick(range.first, range.last - 1);
        const int a = leaves.rows[std::size_t(pick(generator))];
        int b = leaves.rows[std::size_t(pick(generator))];
        for (int attempt = 0; attempt < 8 && b == a; ++attempt)
            b = leaves.rows[std::size_t(pick(generator))];
        direction = (data.row(a) - data.row(b)).transpose();
        projected.resize(std::size_t(size));
        for (std::int64_t m = 0; m < size; ++m) {
            const int row = leaves.rows[std::size_t(range.first + m)];
            projected[std::size_t(m)] = {data.row(row).dot(direction), row};
        }
        // The median split by (projection, index): balanced even when all projections tie.
        const std::int64_t half = size / 2;
        std::nth_element(projected.begin(), projected.begin() + half, projected.end());
        for (std::int64_t m = 0; m < size; ++m)
            leaves.rows[std::size_t(range.first + m)] = projected[std::size_t(m)].second;
        pending.push_back({range.first + half, range.last, 2 * range.node + 1});
        pending.push_back({range.first, range.first + half, 2 * range.node});
    }
    std::sort(done.begin(), done.end(), [](const Range& x, const Range& y) { return x.first < y.first; });
    leaves.leafStart.reserve(done.size() + 1);
    for (const Range& range : done)
        leaves.leafStart.push_back(range.first);
    leaves.leafStart.push_back(n);
    return leaves;
}

// Every pair within each leaf of one tree, offered to both rows' lists. A row first keeps the
// leaf's candidates that beat its current k-th (duplicates of what it holds dropped by a stamp),
// so most of a leaf costs one comparison per pair.
void compareWithinLeaves(const Matrix& data, const Eigen::VectorXf& norms, const TreeLeaves& tree,
                         std::vector<int>& indices, std::vector<float>& distances, int k, int threads)
{
    const auto leafCount = static_cast<std::int64_t>(tree.leafStart.size()) - 1;
    const auto n = static_cast<int>(data.rows());
#pragma omp parallel num_threads(threads)
    {
        Matrix members;
        Eigen::MatrixXf dots;
        std::vector<int> heldBy(std::size_t(n), -1);
#pragma omp for schedule(dynamic, 16)
        for (std::int64_t leaf = 0; leaf < leafCount; ++leaf) {
            const std::int64_t first = tree.leafStart[std::size_t(leaf)];
            const auto size = static_cast<int>(tree.leafStart[std::size_t(leaf) + 1] - first);
            members.resize(size, data.cols());
            for (int m = 0; m < size; ++m)
                members.row(m) = data.row(tree.rows[std::size_t(first + m)]);
            dots.noalias() = members * members.transpose();
            for (int a = 0; a < size; ++a) {
                const int i = tree.rows[std::size_t(first + a)];
                int* held = indices.data() + std::size_t(i) * k;
                NearestList list(held, distances.data() + std::size_t(i) * k, k);
                for (int m = 0; m < k; ++m)
                    if (held[m] >= 0)
                        heldBy[std::size_t(held[m])] = i;
                const float* dot = dots.col(a).data();
                for (int b = 0; b < size; ++b) {
                    const int j = tree.rows[std::size_t(first + b)];
                    const float distance = std::max(0.0f, norms[i] + norms[j] - 2.0f * dot[b]);
                    if (b == a || !list.wouldKeep(distance, j) || heldBy[std::size_t(j)] == i)
                        continue;
                    heldBy[std::size_t(j)] = i;
                    list.replaceTop(distance, j);
                }
            }
        }
    }
}

// The forest and its refinement on rows already in a local order (see forestNeighboursOf).
Result<NeighbourGraph> localForestGraph(const Matrix& data, int k, int threads, std::uint64_t seed,
                                        const Progress& progress)
{
    const auto n = static_cast<int>(data.rows());
    const Eigen::Index d = data.cols();
    threads = std::max(1, threads);
    // Leaves of L/2..L rows: at least k + 1 so that one tree already fills every list.
    const int leafSize = std::max(64, 2 * (k + 1));
    const Eigen::VectorXf norms = data.rowwise().squaredNorm();

    // Every row's k slots start empty (index −1 at infinite distance; see NearestList).
    std::vector<int> indices(std::size_t(n) * k, -1);
    std::vector<float> distances(std::size_t(n) * k, std::numeric_limits<float>::infinity());

    // 1. The forest. Trees are built in parallel (each on one thread) and compared leaf by leaf.
    std::vector<TreeLeaves> forest(kTrees);
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (int t = 0; t < kTrees; ++t)
        forest[std::size_t(t)] = buildTree(data, leafSize, seed, t);
    progress.report("Nearest neighbours", 0.15);
    for (int t = 0; t < kTrees; ++t) {
        compareWithinLeaves(data, norms, forest[std::size_t(t)], indices, distances, k, threads);
        forest[std::size_t(t)] = {};
        progress.report("Nearest neighbours", 0.15 + 0.35 * double(t + 1) / kTrees);
        if (progress.cancelled())
            return makeError(ErrorCode::Cancelled, "the neighbour search was cancelled");
    }

    // 2. Refinement. Each round reads a snapshot of every row's nearest few (and who lists whom
    // among them) and updates each row's own list only, so rows can be done in any order.
    const int width = std::min(k, kRefinementWidth);
    std::vector<int> nearest(std::size_t(n) * width);
    std::vector<char> freshNow(std::size_t(n) * width, 1);
    std::vector<std::int64_t> reverseStart(std::size_t(n) + 1);
    std::vector<int> reverse;
    std::atomic<bool> cancelled{false};
    for (int round = 0; round < kRefinementRounds; ++round) {
#pragma omp parallel for schedule(static) num_threads(threads)
        for (int i = 0; i < n; ++i) {
            NearestList list(indices.data() + std::size_t(i) * k, distances.data() + std::size_t(i) * k, k);
            if (round == 0) {  // leaf distances came from products: recompute them exactly
                for (int m = 0; m < k; ++m) {
                    const int j = indices[std::size_t(i) * k + m];
                    distances[std::size_t(i) * k + m] = detail::squaredDistance(data.row(i).data(), data.row(j).data(), d);
                }
            }
            list.sort();
            // An entry is fresh when it was not among the row's nearest in the last snapshot:
            // pairs of two stale entries were compared in an earlier round already.
            int* snapshot = nearest.data() + std::size_t(i) * width;
            const int* now = indices.data() + std::size_t(i) * k;
            for (int m = 0; m < width; ++m)
                freshNow[std::size_t(i) * width + m] =
                    round == 0 || std::find(snapshot, snapshot + width, now[m]) == snapshot + width;
            std::copy_n(now, width, snapshot);
        }
        // Who lists i among their nearest, in increasing order of the lister.
        std::fill(reverseStart.begin(), reverseStart.end(), 0);
        for (const int j : nearest)
            ++reverseStart[std::size_t(j) + 1];
        std::partial_sum(reverseStart.begin(), reverseStart.end(), reverseStart.begin());
        reverse.resize(nearest.size());
        {
            std::vector<std::int64_t> fill(reverseStart.begin(), reverseStart.end() - 1);
            for (int i = 0; i < n; ++i)
                for (int m = 0; m < width; ++m)
                    reverse[std::size_t(fill[std::size_t(nearest[std::size_t(i) * width + m])]++)] = i;
        }
        int rowsDone = 0;
#pragma omp parallel num_threads(threads)
        {
            std::vector<int> seenBy(std::size_t(n), -1);
            std::vector<int> sources, candidates;
#pragma omp for schedule(dynamic, 1024)
            for (int i = 0; i < n; ++i) {
                if (cancelled)
                    continue;
                NearestList list(indices.data() + std::size_t(i) * k, distances.data() + std::size_t(i) * k, k);
                list.heapify();
                for (int m = 0; m < k; ++m)
                    seenBy[std::size_t(indices[std::size_t(i) * k + m])] = i;
                seenBy[std::size_t(i)] = i;
                // The rows whose nearest are looked at: i's own nearest and (up to as many) rows
                // that list i; their nearest, and those listers themselves, are the candidates.
                sources.assign(nearest.begin() + std::ptrdiff_t(i) * width,
                               nearest.begin() + std::ptrdiff_t(i + 1) * width);
                const std::int64_t from = reverseStart[std::size_t(i)];
                const std::int64_t to = std::min(reverseStart[std::size_t(i) + 1], from + width);
                sources.insert(sources.end(), reverse.begin() + from, reverse.begin() + to);
                // Candidates are collected first (each once: seenBy holds i's list and what was
                // already taken), then measured, so that the rows about to be read can be
                // fetched ahead: they lie all over the matrix and their loads were a third of
                // the refinement's time.
                candidates.clear();
                auto consider = [&](int c) {
                    if (seenBy[std::size_t(c)] == i)
                        return;
                    seenBy[std::size_t(c)] = i;
                    candidates.push_back(c);
                };
                const char* iFresh = freshNow.data() + std::size_t(i) * width;
                for (std::size_t s = 0; s < sources.size(); ++s) {
                    const int j = sources[s];
                    consider(j);
                    // From a fresh link every neighbour of j is new to i; from a stale one only
                    // j's fresh neighbours are (a listing row counts as fresh).
                    const bool linkFresh = s >= std::size_t(width) || iFresh[s];
                    const char* jFresh = freshNow.data() + std::size_t(j) * width;
                    for (int m = 0; m < width; ++m)
                        if (linkFresh || jFresh[m])
                            consider(nearest[std::size_t(j) * width + m]);
                }
                const float* row = data.row(i).data();
                const auto rowBytes = std::size_t(d) * sizeof(float);
                for (std::size_t t = 0; t < candidates.size(); ++t) {
                    if (t + kPrefetchAhead < candidates.size()) {
                        const char* ahead = reinterpret_cast<const char*>(data.row(candidates[t + kPrefetchAhead]).data());
                        for (std::size_t byte = 0; byte < rowBytes; byte += 64)
                            __builtin_prefetch(ahead + byte);
                    }
                    const int c = candidates[t];
                    // Never already in the list (see consider), so no membership test.
                    const float distance = detail::squaredDistance(row, data.row(c).data(), d);
                    if (list.wouldKeep(distance, c))
                        list.replaceTop(distance, c);
                }
                if ((i & 4095) == 0) {
#pragma omp atomic
                    rowsDone += 4096;
                    if (omp_get_thread_num() == 0) {
                        progress.report("Nearest neighbours",
                                        0.5 + 0.5 * (round + std::min(1.0, double(rowsDone) / n)) / kRefinementRounds);
                        if (progress.cancelled())
                            cancelled = true;
                    }
                }
            }
        }
        if (cancelled)
            return makeError(ErrorCode::Cancelled, "the neighbour search was cancelled");
    }

    NeighbourGraph graph;
    graph.n = n;
    graph.k = k;
#pragma omp parallel for schedule(static) num_threads(threads)
    for (int i = 0; i < n; ++i)
        NearestList(indices.data() + std::size_t(i) * k, distances.data() + std::size_t(i) * k, k).sort();
    graph.indices = std::move(indices);
    graph.squaredDistances = std::move(distances);
    return graph;
}

}  // namespace

Result<NeighbourGraph> detail::forestNeighboursOf(const Matrix& data, int k, int threads, std::uint64_t seed,
                                                  const Progress& progress)
{
    if (auto valid = checkNeighbourQuery(data, data, k); !valid)
        return valid.error();
    const auto n = static_cast<int>(data.rows());
    // The refinement reads the rows of neighbours of neighbours, all over the matrix: in the
    // order of one tree's leaves those are mostly rows near the one at hand, which the caches
    // still hold (at 1,000,000 rows this halves the time). The work is done on a copy in that
    // order (N × D floats, freed on return) and the graph mapped back.
    const std::vector<int> order = buildTree(data, std::max(64, 2 * (k + 1)), ~seed, 0).rows;
    Matrix local(data.rows(), data.cols());
#pragma omp parallel for schedule(static) num_threads(std::max(1, threads))
    for (int p = 0; p < n; ++p)
        local.row(p) = data.row(order[std::size_t(p)]);
    auto found = localForestGraph(local, k, threads, seed, progress);
    if (!found)
        return found.error();
    local = Matrix();
    NeighbourGraph graph;
    graph.n = n;
    graph.k = k;
    graph.indices.resize(std::size_t(n) * k);
    graph.squaredDistances.resize(std::size_t(n) * k);
#pragma omp parallel for schedule(static) num_threads(std::max(1, threads))
    for (int p = 0; p < n; ++p) {
        const std::size_t to = std::size_t(order[std::size_t(p)]) * k, from = std::size_t(p) * k;
        for (int m = 0; m < k; ++m) {
            graph.indices[to + m] = order[std::size_t(found->indices[from + m])];
            graph.squaredDistances[to + m] = found->squaredDistances[from + m];
        }
        // Ties by the original index again.
        NearestList(graph.indices.data() + to, graph.squaredDistances.data() + to, k).sort();
    }
    progress.report("Nearest neighbours", 1.0);
    return graph;
}

Result<NeighbourGraph> approximateNeighbours(const Matrix& data, int k, int threads, std::uint64_t seed,
                                             const Progress& progress)
{
    return detail::forestNeighboursOf(data, k, threads, seed, progress);
}

}  // namespace tse::tsne
