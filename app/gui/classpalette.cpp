#include "classpalette.h"

#include <array>

namespace tse::gui {

QColor classColor(int index)
{
    static const std::array<QRgb, 10> muted = {0x332288, 0x88CCEE, 0x44AA99, 0x117733, 0x999933,
                                               0xDDCC77, 0xCC6677, 0x882255, 0xAA4499, 0x777777};
    if (index < 0)
        return QColor(0xBBBBBB);
    const QColor base = QColor::fromRgb(muted[static_cast<std::size_t>(index) % muted.size()]);
    const int round = index / static_cast<int>(muted.size());
    return round == 0 ? base : base.lighter(100 + 30 * round);
}

}  // namespace tse::gui
