// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "lowdimknn.h"

#include <omp.h>

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>

namespace tse::tsne {
namespace {

constexpr int kLeafSize = 16;

struct Node {
    int begin = 0, end = 0;      // range of `order` this node holds
    int left = -1, right = -1;   // children (−1: leaf)
    std::array<float, 3> lo{}, hi{};
};

// A k-d tree over the usable points, split at the median of the widest side.
class KdTree {
public:
    KdTree(const Matrix& points, const std::vector<char>& usable) : points_(points), dims_(int(points.cols()))
    {
        for (int i = 0; i < int(points.rows()); ++i)
            if (usable[std::size_t(i)])
                order_.push_back(i);
        if (!order_.empty())
            build(0, int(order_.size()));
    }

    // The k nearest to `query` other than itself, by (distance, index), into `out` (sorted).
    void nearest(int query, int k, std::vector<std::pair<float, int>>& out) const
    {
        out.clear();
        if (!nodes_.empty())
            visit(0, query, k, out);
        std::sort_heap(out.begin(), out.end());
    }

private:
    int build(int begin, int end)
    {
        const int id = int(nodes_.size());
        nodes_.push_back({});
        Node node;
        node.begin = begin;
        node.end = end;
        node.lo.fill(std::numeric_limits<float>::max());
        node.hi.fill(std::numeric_limits<float>::lowest());
        for (int r = begin; r < end; ++r)
            for (int c = 0; c < dims_; ++c) {
                node.lo[c] = std::min(node.lo[c], points_(order_[r], c));
                node.hi[c] = std::max(node.hi[c], points_(order_[r], c));
            }
        if (end - begin > kLeafSize) {
            int axis = 0;
            for (int c = 1; c < dims_; ++c)
                if (node.hi[c] - node.lo[c] > node.hi[axis] - node.lo[axis])
                    axis = c;
            const int mid = (begin + end) / 2;
            std::nth_element(order_.begin() + begin, order_.begin() + mid, order_.begin() + end,
                             [&](int a, int b) { return points_(a, axis) < points_(b, axis); });
            node.left = build(begin, mid);
            node.right = build(mid, end);
        }
        nodes_[std::size_t(id)] = node;
        return id;
    }

    float boxDistance(const Node& node, int query) const
    {
        float d = 0.0f;
        for (int c = 0; c < dims_; ++c) {
            const float v = points_(query, c);
            const float gap = v < node.lo[c] ? node.lo[c] - v : v > node.hi[c] ? v - node.hi[c] : 0.0f;
            d += gap * gap;
        }
        return d;
    }

    // `best` is a max-heap on (distance, index) of at most k entries.
    void visit(int id, int query, int k, std::vector<std::pair<float, int>>& best) const
    {
        const Node& node = nodes_[std::size_t(id)];
        if (int(best.size()) == k && boxDistance(node, query) > best.front().first)
            return;
        if (node.left < 0) {
            for (int r = node.begin; r < node.end; ++r) {
                const int j = order_[std::size_t(r)];
                if (j == query)
                    continue;
                float d = 0.0f;
                for (int c = 0; c < dims_; ++c) {
                    const float diff = points_(query, c) - points_(j, c);
                    d += diff * diff;
                }
                const std::pair<float, int> entry{d, j};
                if (int(best.size()) < k) {
                    best.push_back(entry);
                    std::push_heap(best.begin(), best.end());
                } else if (entry < best.front()) {
                    std::pop_heap(best.begin(), best.end());
                    best.back() = entry;
                    std::push_heap(best.begin(), best.end());
                }
            }
            return;
        }
        // Nearer child first, so the far one is usually pruned.
        const bool leftFirst = boxDistance(nodes_[std::size_t(node.left)], query) <=
                               boxDistance(nodes_[std::size_t(node.right)], query);
        visit(leftFirst ? node.left : node.right, query, k, best);
        visit(leftFirst ? node.right : node.left, query, k, best);
    }

    const Matrix& points_;
    int dims_;
    std::vector<int> order_;
    std::vector<Node> nodes_;
};

}  // namespace

std::vector<int> lowDimensionalKnn(const Matrix& points, const std::vector<char>& usable, int k, int threads)
{
    const int n = int(points.rows());
    std::vector<int> result(std::size_t(n) * std::size_t(k), -1);
    const KdTree tree(points, usable);
#pragma omp parallel num_threads(threads)
    {
        std::vector<std::pair<float, int>> best;
        best.reserve(std::size_t(k) + 1);
#pragma omp for schedule(dynamic, 256)
        for (int i = 0; i < n; ++i) {
            tree.nearest(i, k, best);
            for (std::size_t a = 0; a < best.size(); ++a)
                result[std::size_t(i) * std::size_t(k) + a] = best[a].second;
        }
    }
    return result;
}

}  // namespace tse::tsne
