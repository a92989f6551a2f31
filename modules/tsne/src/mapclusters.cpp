// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/tsne/mapclusters.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "lowdimknn.h"

namespace tse::tsne {
namespace {

// Edges per point in the graph the spanning tree is built over: enough that points of one
// cluster stay connected by their own short edges, as in a map clusters are compact.
constexpr int kGraphNeighbours = 15;
// Above this many points a medoid is estimated: distances to an evenly spaced sample.
constexpr std::size_t kMedoidSample = 2000;
constexpr std::size_t kMedoidCandidates = 32;

int resolveThreads(int threads) { return threads > 0 ? threads : omp_get_num_procs(); }

double distance(const Matrix& m, int i, int j) { return std::sqrt(double((m.row(i) - m.row(j)).squaredNorm())); }

struct Edge {
    float weight;
    int a, b;
};

class DisjointSets {
public:
    explicit DisjointSets(int n) : parent_(static_cast<std::size_t>(n)) { std::iota(parent_.begin(), parent_.end(), 0); }
    int find(int x)
    {
        while (parent_[std::size_t(x)] != x) {
            parent_[std::size_t(x)] = parent_[std::size_t(parent_[std::size_t(x)])];  // path halving
            x = parent_[std::size_t(x)];
        }
        return x;
    }
    // The smaller root becomes the parent: which root survives depends only on the inputs.
    int unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a > b)
            std::swap(a, b);
        parent_[std::size_t(b)] = a;
        return a;
    }

private:
    std::vector<int> parent_;
};

// Single linkage over the spanning tree: merge k makes node n + k of left[k] and right[k].
struct Dendrogram {
    std::vector<int> left, right, size;
    std::vector<double> height;  // the merge's mutual reachability distance (∞: parts apart)
};

Dendrogram singleLinkage(int n, std::vector<Edge>& edges)
{
    std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
        if (x.weight != y.weight)
            return x.weight < y.weight;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    Dendrogram tree;
    tree.left.reserve(std::size_t(n) - 1);
    tree.right.reserve(std::size_t(n) - 1);
    tree.size.reserve(std::size_t(n) - 1);
    tree.height.reserve(std::size_t(n) - 1);
    DisjointSets sets(n);
    std::vector<int> nodeOfRoot(static_cast<std::size_t>(n));
    std::iota(nodeOfRoot.begin(), nodeOfRoot.end(), 0);
    const auto sizeOf = [&](int node) { return node < n ? 1 : tree.size[std::size_t(node - n)]; };
    const auto merge = [&](int ra, int rb, double height) {
        const int l = nodeOfRoot[std::size_t(ra)], r = nodeOfRoot[std::size_t(rb)];
        tree.left.push_back(l);
        tree.right.push_back(r);
        tree.size.push_back(sizeOf(l) + sizeOf(r));
        tree.height.push_back(height);
        nodeOfRoot[std::size_t(sets.unite(ra, rb))] = n + int(tree.left.size()) - 1;
    };
    for (const Edge& e : edges) {
        const int ra = sets.find(e.a), rb = sets.find(e.b);
        if (ra != rb)
            merge(ra, rb, e.weight);
    }
    edges.clear();
    edges.shrink_to_fit();
    // Parts the neighbour graph left apart join last, at infinite distance, in index order.
    int first = -1;
    for (int i = 0; i < n; ++i)
        if (sets.find(i) == i) {
            if (first < 0)
                first = i;
            else
                merge(sets.find(first), i, std::numeric_limits<double>::infinity());
        }
    return tree;
}

// The condensed tree: clusters of at least m points, each born at the λ = 1/distance where it
// split off its parent; points leave the cluster they are in when they fall away from it.
struct Condensed {
    std::vector<int> parent;  // per cluster (−1 for the root, cluster 0)
    std::vector<double> birth, stability;
    std::vector<int> size;            // per cluster, at its birth
    std::vector<int> clusterOfPoint;  // the cluster each point fell out of
};

Condensed condense(int n, const Dendrogram& tree, int m, double smallestDistance)
{
    Condensed c;
    c.parent = {-1};
    c.birth = {0.0};
    c.stability = {0.0};
    c.size = {n};
    c.clusterOfPoint.assign(std::size_t(n), 0);
    const auto lambdaOf = [&](double height) {
        return std::isinf(height) ? 0.0 : 1.0 / std::max(height, smallestDistance);
    };
    const auto sizeOf = [&](int node) { return node < n ? 1 : tree.size[std::size_t(node - n)]; };
    std::vector<int> clusterOfNode(std::size_t(2 * n - 1), -1);
    clusterOfNode.back() = 0;
    std::vector<int> stack;
    // Every point of a subtree leaves cluster `from` at λ (iteratively: trees may be deep).
    const auto fallOut = [&](int node, int from, double lambda) {
        stack.assign(1, node);
        while (!stack.empty()) {
            const int x = stack.back();
            stack.pop_back();
            if (x < n) {
                c.clusterOfPoint[std::size_t(x)] = from;
                c.stability[std::size_t(from)] += lambda - c.birth[std::size_t(from)];
            } else {
                stack.push_back(tree.left[std::size_t(x - n)]);
                stack.push_back(tree.right[std::size_t(x - n)]);
            }
        }
    };
    // Parents have larger node numbers than their children: one pass from the root down.
    for (int node = 2 * n - 2; node >= n; --node) {
        const int cluster = clusterOfNode[std::size_t(node)];
        if (cluster < 0)
            continue;  // inside a subtree that already fell out
        const std::size_t k = std::size_t(node - n);
        const double lambda = lambdaOf(tree.height[k]);
        const int children[2] = {tree.left[k], tree.right[k]};
        const bool big[2] = {sizeOf(children[0]) >= m, sizeOf(children[1]) >= m};
        if (big[0] && big[1]) {
            for (int child : children) {
                const int id = int(c.parent.size());
                c.parent.push_back(cluster);
                c.birth.push_back(lambda);
                c.stability.push_back(0.0);
                c.size.push_back(sizeOf(child));
                c.stability[std::size_t(cluster)] += double(sizeOf(child)) * (lambda - c.birth[std::size_t(cluster)]);
                clusterOfNode[std::size_t(child)] = id;
            }
        } else {
            for (int s = 0; s < 2; ++s) {
                if (big[s])
                    clusterOfNode[std::size_t(children[s])] = cluster;  // the cluster goes on, smaller
                else
                    fallOut(children[s], cluster, lambda);
            }
        }
    }
    return c;
}

// Excess of mass: a cluster is kept when it is at least as stable as the clusters kept below
// it; leaves: only clusters without children are. The root (the whole map) never is.
std::vector<int> selectedLabelOfCluster(const Condensed& c, ClusterSelection selection, int maxSize)
{
    const std::size_t clusters = c.parent.size();
    std::vector<double> belowValue(clusters, 0.0);
    std::vector<char> hasChildren(clusters, 0), chosen(clusters, 0);
    for (std::size_t id = clusters; id-- > 1;) {
        double value = c.stability[id];
        const bool allowed = maxSize <= 0 || c.size[id] <= maxSize || !hasChildren[id];
        if (allowed &&
            (!hasChildren[id] || (selection == ClusterSelection::ExcessOfMass && c.stability[id] >= belowValue[id])))
            chosen[id] = 1;
        else
            value = belowValue[id];
        const auto parent = std::size_t(c.parent[id]);
        belowValue[parent] += value;
        hasChildren[parent] = 1;
    }
    // Top down: the highest chosen cluster on each path wins; points below it join it.
    std::vector<int> label(clusters, -1);
    std::vector<char> underChosen(clusters, 0);
    int next = 0;
    for (std::size_t id = 1; id < clusters; ++id) {
        const auto parent = std::size_t(c.parent[id]);
        underChosen[id] = underChosen[parent] || (parent > 0 && chosen[parent] && !underChosen[parent]);
        if (underChosen[id])
            label[id] = label[parent];
        else if (chosen[id])
            label[id] = next++;
    }
    return label;
}

}  // namespace

int defaultMinClusterSize(std::size_t n) { return int(std::clamp<std::size_t>(n / 100, 5, 5000)); }

Result<MapClusters> findClusters(const Matrix& map, const ClusterOptions& options)
{
    const std::size_t rows = std::size_t(map.rows());
    if (map.cols() < 1 || map.cols() > 3)
        return makeError(ErrorCode::InvalidArgument,
                         "clusters are found on a map of 1 to 3 columns, not " + std::to_string(map.cols()));
    if (!map.allFinite())
        return makeError(ErrorCode::InvalidArgument, "the map has coordinates that are not finite numbers");
    if (rows > std::size_t(std::numeric_limits<int>::max() / 2))
        return makeError(ErrorCode::InvalidArgument, "the map has too many points to cluster");
    const int n = int(rows);
    const int m = options.minClusterSize > 0 ? options.minClusterSize : defaultMinClusterSize(rows);
    if (m < 2)
        return makeError(ErrorCode::InvalidArgument, "the minimum cluster size must be at least 2");
    if (n < 2 * m)
        return makeError(ErrorCode::InvalidArgument,
                         "a map of " + std::to_string(n) + " points cannot hold two clusters of at least " +
                             std::to_string(m) + " points; lower the minimum cluster size");
    const int minSamples = options.minSamples > 0 ? options.minSamples : std::min(m, 10);
    if (minSamples >= n)
        return makeError(ErrorCode::InvalidArgument, "min samples must be below the number of points");
    const int threads = resolveThreads(options.threads);
    const int maxSize = options.maxClusterSize > 0 ? std::max(options.maxClusterSize, m) : 0;

    // Neighbours, core distances, and the graph's mutual reachability edges.
    const int k = std::min(n - 1, std::max(minSamples, kGraphNeighbours));
    const std::vector<int> neighbours = lowDimensionalKnn(map, std::vector<char>(rows, 1), k, threads);
    std::vector<double> core(rows);
#pragma omp parallel for schedule(static) num_threads(threads)
    for (int i = 0; i < n; ++i)
        core[std::size_t(i)] = distance(map, i, neighbours[std::size_t(i) * std::size_t(k) + std::size_t(minSamples - 1)]);
    std::vector<Edge> edges(rows * std::size_t(k));
#pragma omp parallel for schedule(static) num_threads(threads)
    for (int i = 0; i < n; ++i)
        for (int q = 0; q < k; ++q) {
            const int j = neighbours[std::size_t(i) * std::size_t(k) + std::size_t(q)];
            const double reach = std::max({core[std::size_t(i)], core[std::size_t(j)], distance(map, i, j)});
            edges[std::size_t(i) * std::size_t(k) + std::size_t(q)] = Edge{float(reach), std::min(i, j), std::max(i, j)};
        }
    // The scale below which distances count as equal (duplicate points): λ stays finite.
    const double extent = double((map.colwise().maxCoeff() - map.colwise().minCoeff()).maxCoeff());
    const double smallest = std::max(extent, 1e-30) * 1e-9;

    Dendrogram tree = singleLinkage(n, edges);
    const Condensed condensed = condense(n, tree, m, smallest);
    const std::vector<int> labelOfCluster = selectedLabelOfCluster(condensed, options.selection, maxSize);

    // Labels by size, largest first (ties: the cluster with the smaller first point).
    std::vector<int> provisional(rows);
    int found = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        provisional[i] = labelOfCluster[std::size_t(condensed.clusterOfPoint[i])];
        found = std::max(found, provisional[i] + 1);
    }
    std::vector<int> sizes(std::size_t(found), 0), firstPoint(std::size_t(found), n);
    std::vector<double> stability(std::size_t(found), 0.0);
    for (std::size_t i = 0; i < rows; ++i)
        if (const int l = provisional[i]; l >= 0) {
            ++sizes[std::size_t(l)];
            firstPoint[std::size_t(l)] = std::min(firstPoint[std::size_t(l)], int(i));
        }
    for (std::size_t id = 0; id < labelOfCluster.size(); ++id)
        if (const int l = labelOfCluster[id]; l >= 0 && (id == 0 || labelOfCluster[std::size_t(condensed.parent[id])] != l))
            stability[std::size_t(l)] = condensed.stability[id];
    std::vector<int> order(static_cast<std::size_t>(found));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (sizes[std::size_t(a)] != sizes[std::size_t(b)])
            return sizes[std::size_t(a)] > sizes[std::size_t(b)];
        return firstPoint[std::size_t(a)] < firstPoint[std::size_t(b)];
    });
    std::vector<int> rank(static_cast<std::size_t>(found));
    for (int r = 0; r < found; ++r)
        rank[std::size_t(order[std::size_t(r)])] = r;

    MapClusters result;
    result.count = found;
    result.minClusterSize = m;
    result.minSamples = minSamples;
    result.maxClusterSize = maxSize;
    result.labels.resize(rows);
    for (std::size_t i = 0; i < rows; ++i)
        result.labels[i] = provisional[i] < 0 ? -1 : rank[std::size_t(provisional[i])];
    for (int r = 0; r < found; ++r) {
        result.sizes.push_back(sizes[std::size_t(order[std::size_t(r)])]);
        result.stability.push_back(stability[std::size_t(order[std::size_t(r)])]);
    }
    return result;
}

std::vector<ClusterSummary> summariseClusters(const Matrix& map, const std::vector<int>& clusterLabels, int count,
                                              const std::vector<int>& categories, int representatives)
{
    std::vector<ClusterSummary> out(std::size_t(std::max(count, 0)));
    std::vector<std::vector<int>> members(out.size());
    const std::size_t n = std::min(clusterLabels.size(), std::size_t(map.rows()));
    for (std::size_t i = 0; i < n; ++i)
        if (const int l = clusterLabels[i]; l >= 0 && l < count)
            members[std::size_t(l)].push_back(int(i));
    for (std::size_t c = 0; c < out.size(); ++c) {
        const std::vector<int>& points = members[c];
        ClusterSummary& s = out[c];
        s.size = int(points.size());
        if (points.empty())
            continue;
        // The majority category (ties: the smaller category).
        std::vector<int> values;
        for (int p : points)
            if (std::size_t(p) < categories.size() && categories[std::size_t(p)] >= 0)
                values.push_back(categories[std::size_t(p)]);
        std::sort(values.begin(), values.end());
        int bestCount = 0;
        for (std::size_t a = 0, b = 0; a < values.size(); a = b) {
            while (b < values.size() && values[b] == values[a])
                ++b;
            if (int(b - a) > bestCount) {
                bestCount = int(b - a);
                s.majority = values[a];
            }
        }
        s.share = values.empty() ? 0.0 : double(bestCount) / double(values.size());
        // The medoid among the points nearest the centroid, scored on an even sample.
        const Eigen::RowVectorXf centroid = [&] {
            Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(map.cols());
            for (int p : points)
                sum += map.row(p).cast<double>();
            return Eigen::RowVectorXf((sum / double(points.size())).cast<float>());
        }();
        const auto byDistanceTo = [&](const Eigen::RowVectorXf& centre) {
            return [&map, centre](int a, int b) {
                const float da = (map.row(a) - centre).squaredNorm(), db = (map.row(b) - centre).squaredNorm();
                return da != db ? da < db : a < b;
            };
        };
        std::vector<int> candidates = points;
        const std::size_t keep = std::min(kMedoidCandidates, candidates.size());
        std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(keep), candidates.end(),
                          byDistanceTo(centroid));
        candidates.resize(keep);
        const std::size_t stride = (points.size() + kMedoidSample - 1) / kMedoidSample;
        int medoid = candidates.front();
        double bestTotal = std::numeric_limits<double>::max();
        for (int candidate : candidates) {
            double total = 0.0;
            for (std::size_t q = 0; q < points.size(); q += stride)
                total += distance(map, candidate, points[q]);
            if (total < bestTotal) {
                bestTotal = total;
                medoid = candidate;
            }
        }
        std::vector<int> nearest = points;
        const std::size_t want = std::min<std::size_t>(std::size_t(std::max(representatives, 0)), nearest.size());
        const Eigen::RowVectorXf at = map.row(medoid);
        const auto closer = byDistanceTo(at);
        std::partial_sort(nearest.begin(), nearest.begin() + std::ptrdiff_t(want), nearest.end(),
                          [&](int a, int b) { return a == medoid ? b != medoid : (b == medoid ? false : closer(a, b)); });
        s.representatives.assign(nearest.begin(), nearest.begin() + std::ptrdiff_t(want));
    }
    return out;
}

}  // namespace tse::tsne
