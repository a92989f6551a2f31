// Barnes–Hut repulsion on a 2^D-ary space-partitioning tree (quadtree in 2D, octree in 3D).
// Leaves hold up to kLeafSize points and are always evaluated exactly, which keeps duplicate
// points from recursing without end and avoids the self-interaction of summarised cells.

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

#include "gradient.h"

namespace tse::tsne::detail {
namespace {

constexpr int kLeafSize = 8;
constexpr int kMaxDepth = 40;

template <int D>
class SpaceTree {
public:
    static constexpr int kChildren = 1 << D;

    struct Node {
        double center[D];
        double centerOfMass[D];
        double halfWidth;
        int count;
        int firstChild;  // index of the first of kChildren consecutive children, −1 for a leaf
        int begin, end;  // range in order()
    };

    SpaceTree(const double* y, int n) : y_(y)
    {
        order_.resize(n);
        for (int i = 0; i < n; ++i)
            order_[i] = i;
        scratch_.resize(n);
        double lo[D], hi[D];
        for (int c = 0; c < D; ++c) {
            lo[c] = std::numeric_limits<double>::max();
            hi[c] = std::numeric_limits<double>::lowest();
        }
        for (int i = 0; i < n; ++i)
            for (int c = 0; c < D; ++c) {
                lo[c] = std::min(lo[c], y[std::size_t(i) * D + c]);
                hi[c] = std::max(hi[c], y[std::size_t(i) * D + c]);
            }
        Node root{};
        double half = 0.0;
        for (int c = 0; c < D; ++c) {
            root.center[c] = 0.5 * (lo[c] + hi[c]);
            half = std::max(half, 0.5 * (hi[c] - lo[c]));
        }
        root.halfWidth = half * (1.0 + 1e-6) + 1e-12;
        root.begin = 0;
        root.end = n;
        nodes_.reserve(std::size_t(n) / 2 + 16);
        nodes_.push_back(root);
        build(0, 0);
    }

    const std::vector<int>& order() const { return order_; }

    // Repulsive force on point i and its share of Z.
    void repulsion(int i, double theta2, double* force, double& z) const
    {
        const double* yi = y_ + std::size_t(i) * D;
        double f[D] = {};
        double zi = 0.0;
        int stack[kMaxDepth * kChildren + 8];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Node& node = nodes_[stack[--top]];
            if (node.count == 0)
                continue;
            if (node.firstChild < 0) {
                for (int k = node.begin; k < node.end; ++k) {
                    const int j = order_[k];
                    if (j == i)
                        continue;
                    const double* yj = y_ + std::size_t(j) * D;
                    double diff[D], d2 = 0.0;
                    for (int c = 0; c < D; ++c) {
                        diff[c] = yi[c] - yj[c];
                        d2 += diff[c] * diff[c];
                    }
                    const double q = 1.0 / (1.0 + d2);
                    zi += q;
                    const double q2 = q * q;
                    for (int c = 0; c < D; ++c)
                        f[c] += q2 * diff[c];
                }
                continue;
            }
            double diff[D], d2 = 0.0;
            for (int c = 0; c < D; ++c) {
                diff[c] = yi[c] - node.centerOfMass[c];
                d2 += diff[c] * diff[c];
            }
            const double width = 2.0 * node.halfWidth;
            if (width * width < theta2 * d2) {
                const double q = 1.0 / (1.0 + d2);
                const double mq = node.count * q;
                zi += mq;
                for (int c = 0; c < D; ++c)
                    f[c] += mq * q * diff[c];
            } else {
                for (int child = 0; child < kChildren; ++child)
                    stack[top++] = node.firstChild + child;
            }
        }
        for (int c = 0; c < D; ++c)
            force[c] = f[c];
        z = zi;
    }

private:
    void build(int index, int depth)
    {
        const int begin = nodes_[index].begin, end = nodes_[index].end;
        nodes_[index].count = end - begin;
        nodes_[index].firstChild = -1;
        if (end - begin <= kLeafSize || depth >= kMaxDepth) {
            double com[D] = {};
            for (int k = begin; k < end; ++k)
                for (int c = 0; c < D; ++c)
                    com[c] += y_[std::size_t(order_[k]) * D + c];
            for (int c = 0; c < D; ++c)
                nodes_[index].centerOfMass[c] = end > begin ? com[c] / (end - begin) : nodes_[index].center[c];
            return;
        }
        // Counting sort of the node's points by child cell; order is stable, so the tree is
        // a deterministic function of the coordinates.
        const Node parent = nodes_[index];
        std::array<int, kChildren> counts{};
        auto cellOf = [&](int point) {
            int cell = 0;
            for (int c = 0; c < D; ++c)
                if (y_[std::size_t(point) * D + c] >= parent.center[c])
                    cell |= 1 << c;
            return cell;
        };
        for (int k = begin; k < end; ++k)
            ++counts[cellOf(order_[k])];
        std::array<int, kChildren> offsets{};
        for (int cell = 1; cell < kChildren; ++cell)
            offsets[cell] = offsets[cell - 1] + counts[cell - 1];
        std::array<int, kChildren> fill = offsets;
        for (int k = begin; k < end; ++k) {
            const int point = order_[k];
            scratch_[begin + fill[cellOf(point)]++] = point;
        }
        std::copy(scratch_.begin() + begin, scratch_.begin() + end, order_.begin() + begin);

        const int first = static_cast<int>(nodes_.size());
        nodes_[index].firstChild = first;
        const double half = parent.halfWidth * 0.5;
        for (int cell = 0; cell < kChildren; ++cell) {
            Node child{};
            for (int c = 0; c < D; ++c)
                child.center[c] = parent.center[c] + ((cell >> c) & 1 ? half : -half);
            child.halfWidth = half;
            child.begin = begin + offsets[cell];
            child.end = child.begin + counts[cell];
            child.count = counts[cell];
            child.firstChild = -1;
            nodes_.push_back(child);
        }
        double com[D] = {};
        for (int cell = 0; cell < kChildren; ++cell) {
            if (counts[cell] == 0)
                continue;
            build(first + cell, depth + 1);
            for (int c = 0; c < D; ++c)
                com[c] += nodes_[first + cell].centerOfMass[c] * nodes_[first + cell].count;
        }
        for (int c = 0; c < D; ++c)
            nodes_[index].centerOfMass[c] = com[c] / (end - begin);
    }

    const double* y_;
    std::vector<Node> nodes_;
    std::vector<int> order_;
    std::vector<int> scratch_;
};

template <int D>
double barnesHutImpl(const double* y, int n, double theta, int threads, double* forces)
{
    SpaceTree<D> tree(y, n);
    const auto& order = tree.order();
    std::vector<double> z(n, 0.0);
    const double theta2 = theta * theta;
    // Visiting points in tree order keeps neighbouring traversals on the same cache lines.
#pragma omp parallel for schedule(dynamic, 128) num_threads(threads)
    for (int k = 0; k < n; ++k) {
        const int i = order[k];
        tree.repulsion(i, theta2, forces + std::size_t(i) * D, z[i]);
    }
    double total = 0.0;
    for (double v : z)
        total += v;
    return total;
}

}  // namespace

double barnesHutRepulsion(const double* y, int n, int dims, double theta, int threads, double* forces)
{
    return dims == 2 ? barnesHutImpl<2>(y, n, theta, threads, forces) : barnesHutImpl<3>(y, n, theta, threads, forces);
}

}  // namespace tse::tsne::detail
