// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The benchmarks' Z-order renumbering of a map (N × dims doubles, row-major), as the engine
// renumbers its points for memory locality.

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace tse::bench {

// Z-order position of every point of the map (coarse grid: enough for memory locality).
inline std::vector<int> zOrder(const std::vector<double>& y, int n, int dims)
{
    double lo[3] = {1e300, 1e300, 1e300}, hi[3] = {-1e300, -1e300, -1e300};
    for (int i = 0; i < n; ++i)
        for (int c = 0; c < dims; ++c) {
            lo[c] = std::min(lo[c], y[std::size_t(i) * dims + c]);
            hi[c] = std::max(hi[c], y[std::size_t(i) * dims + c]);
        }
    const int bits = dims == 2 ? 16 : 10;
    std::vector<std::pair<std::uint64_t, int>> keys(n);
    for (int i = 0; i < n; ++i) {
        std::uint64_t q[3] = {0, 0, 0}, code = 0;
        for (int c = 0; c < dims; ++c)
            q[c] = std::uint64_t((y[std::size_t(i) * dims + c] - lo[c]) / (hi[c] - lo[c] + 1e-300) * ((1 << bits) - 1));
        for (int b = bits - 1; b >= 0; --b)
            for (int c = 0; c < dims; ++c)
                code = (code << 1) | ((q[c] >> b) & 1u);
        keys[i] = {code, i};
    }
    std::sort(keys.begin(), keys.end());
    std::vector<int> order(n);
    for (int r = 0; r < n; ++r)
        order[r] = keys[r].second;
    return order;
}

}  // namespace tse::bench
