// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "contours.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tse::figure {
namespace {

// Blurs a G × G grid along x then y with a Gaussian of sigma cells (cut at 3 sigma).
void blur(std::vector<double>& grid, int g, double sigma)
{
    const int radius = std::max(1, int(std::ceil(3.0 * sigma)));
    std::vector<double> kernel(std::size_t(2 * radius + 1));
    for (int k = -radius; k <= radius; ++k)
        kernel[std::size_t(k + radius)] = std::exp(-0.5 * double(k * k) / (sigma * sigma));
    std::vector<double> out(grid.size());
    for (int pass = 0; pass < 2; ++pass) {
        std::fill(out.begin(), out.end(), 0.0);
        for (int y = 0; y < g; ++y)
            for (int x = 0; x < g; ++x) {
                const double v = grid[std::size_t(y) * std::size_t(g) + std::size_t(x)];
                if (v == 0.0)
                    continue;
                for (int k = -radius; k <= radius; ++k) {
                    const int tx = pass == 0 ? x + k : x, ty = pass == 0 ? y : y + k;
                    if (tx >= 0 && tx < g && ty >= 0 && ty < g)
                        out[std::size_t(ty) * std::size_t(g) + std::size_t(tx)] += v * kernel[std::size_t(k + radius)];
                }
            }
        grid.swap(out);
    }
}

}  // namespace

std::vector<std::vector<std::pair<QPointF, QPointF>>> densityContours(const Matrix& map, const ContourOptions& options)
{
    std::vector<std::vector<std::pair<QPointF, QPointF>>> levels;
    const Eigen::Index n = map.rows();
    const int g = std::clamp(options.grid, 16, 1024);
    if (map.cols() != 2 || n < 10 || !map.allFinite())
        return levels;
    // The grid covers the map with a margin of three bandwidths, so outer contours close.
    const Eigen::RowVector2f lo = map.colwise().minCoeff(), hi = map.colwise().maxCoeff();
    // A map holds many clusters: a bandwidth from its overall spread (Scott's rule) would melt
    // them together. A small share of the map's extent instead, shrinking slowly with N.
    const double span = std::max(double(hi[0] - lo[0]), double(hi[1] - lo[1]));
    const double bandwidth = options.bandwidth > 0
                                 ? options.bandwidth
                                 : std::max(span, 1e-9) * 0.025 * std::pow(double(n) / 1000.0, -1.0 / 6.0);
    const double margin = 3.0 * bandwidth;
    const double x0 = lo[0] - margin, y0 = lo[1] - margin;
    const double extent = std::max(double(hi[0] - lo[0]), double(hi[1] - lo[1])) + 2.0 * margin;
    const double cell = extent / double(g - 1);
    std::vector<double> density(std::size_t(g) * std::size_t(g), 0.0);
    for (Eigen::Index i = 0; i < n; ++i) {  // bilinear binning: smooth for any grid size
        const double fx = (map(i, 0) - x0) / cell, fy = (map(i, 1) - y0) / cell;
        const int cx = std::clamp(int(fx), 0, g - 2), cy = std::clamp(int(fy), 0, g - 2);
        const double tx = std::clamp(fx - cx, 0.0, 1.0), ty = std::clamp(fy - cy, 0.0, 1.0);
        const auto at = [&](int x, int y) -> double& { return density[std::size_t(y) * std::size_t(g) + std::size_t(x)]; };
        at(cx, cy) += (1 - tx) * (1 - ty);
        at(cx + 1, cy) += tx * (1 - ty);
        at(cx, cy + 1) += (1 - tx) * ty;
        at(cx + 1, cy + 1) += tx * ty;
    }
    blur(density, g, std::max(bandwidth / cell, 0.5));
    // The level holding a share of the mass: the densest cells first until the share is reached.
    std::vector<double> sorted = density;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    const double total = std::accumulate(sorted.begin(), sorted.end(), 0.0);
    for (double share : options.shares) {
        double sum = 0.0, level = sorted.front();
        for (double v : sorted) {
            sum += v;
            level = v;
            if (sum >= share * total)
                break;
        }
        // Marching squares: each cell's corners above or below the level, edges cut where the
        // density crosses it (linear interpolation); saddles are split by the centre's value.
        std::vector<std::pair<QPointF, QPointF>> segments;
        const auto point = [&](double gx, double gy) { return QPointF(x0 + gx * cell, y0 + gy * cell); };
        for (int y = 0; y + 1 < g; ++y)
            for (int x = 0; x + 1 < g; ++x) {
                const double v[4] = {density[std::size_t(y) * g + x], density[std::size_t(y) * g + x + 1],
                                     density[std::size_t(y + 1) * g + x + 1], density[std::size_t(y + 1) * g + x]};
                int code = 0;
                for (int c = 0; c < 4; ++c)
                    code |= (v[c] > level ? 1 : 0) << c;
                if (code == 0 || code == 15)
                    continue;
                // Corners 0 (x, y), 1 (x+1, y), 2 (x+1, y+1), 3 (x, y+1); edge e joins corners e and e+1.
                const auto cut = [&](int e) {
                    const int a = e, b = (e + 1) % 4;
                    const double t = (level - v[a]) / (v[b] - v[a]);
                    const double ax = (a == 1 || a == 2) ? 1 : 0, ay = a >= 2 ? 1 : 0;
                    const double bx = (b == 1 || b == 2) ? 1 : 0, by = b >= 2 ? 1 : 0;
                    return point(x + ax + (bx - ax) * t, y + ay + (by - ay) * t);
                };
                std::vector<int> crossed;
                for (int e = 0; e < 4; ++e)
                    if (((code >> e) & 1) != ((code >> ((e + 1) % 4)) & 1))
                        crossed.push_back(e);
                if (crossed.size() == 2) {
                    segments.emplace_back(cut(crossed[0]), cut(crossed[1]));
                } else if (crossed.size() == 4) {
                    const bool centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4.0 > level;
                    const bool corner0Above = (code & 1) != 0;
                    if (centreAbove == corner0Above) {
                        segments.emplace_back(cut(0), cut(1));
                        segments.emplace_back(cut(2), cut(3));
                    } else {
                        segments.emplace_back(cut(3), cut(0));
                        segments.emplace_back(cut(1), cut(2));
                    }
                }
            }
        levels.push_back(std::move(segments));
    }
    return levels;
}

}  // namespace tse::figure
