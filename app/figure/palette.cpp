// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "palette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tse::figure {

QColor classColor(int index, Palette palette)
{
    static const std::array<QRgb, 10> muted = {0x332288, 0x88CCEE, 0x44AA99, 0x117733, 0x999933,
                                               0xDDCC77, 0xCC6677, 0x882255, 0xAA4499, 0x777777};
    static const std::array<QRgb, 7> bright = {0x4477AA, 0xEE6677, 0x228833, 0xCCBB44, 0x66CCEE, 0xAA3377, 0x555555};
    if (index < 0)
        return QColor(0xBBBBBB);
    const std::size_t count = palette == Palette::Bright ? bright.size() : muted.size();
    const QRgb rgb = palette == Palette::Bright ? bright[std::size_t(index) % count] : muted[std::size_t(index) % count];
    const int round = index / static_cast<int>(count);
    const QColor base = QColor::fromRgb(rgb);
    return round == 0 ? base : base.lighter(100 + 30 * round);
}

QColor scaleColor(double t)
{
    // Viridis at 9 stops, interpolated linearly.
    static const std::array<QRgb, 9> stops = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C,
                                              0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725};
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * double(stops.size() - 1);
    const std::size_t i = std::min<std::size_t>(std::size_t(t), stops.size() - 2);
    const double f = t - double(i);
    const QColor a = QColor::fromRgb(stops[i]), b = QColor::fromRgb(stops[i + 1]);
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())), float(a.greenF() + f * (b.greenF() - a.greenF())),
                            float(a.blueF() + f * (b.blueF() - a.blueF())));
}

}  // namespace tse::figure
