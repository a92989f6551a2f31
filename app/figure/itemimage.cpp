// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "itemimage.h"

namespace tse::figure {

QImage itemImage(const imageio::Dataset& dataset, std::size_t index)
{
    if (index >= dataset.size())
        return {};
    const QImage::Format format = dataset.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888;
    const QImage view(dataset.image(index), dataset.width, dataset.height, dataset.width * dataset.channels, format);
    return view.copy();  // the view borrows the dataset's bytes
}

}  // namespace tse::figure
