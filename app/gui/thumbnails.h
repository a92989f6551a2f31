#pragma once

#include <QImage>

#include "tse/imageio/dataset.h"

namespace tse::gui {

// A deep copy of item i of the dataset as a QImage (gray or RGB).
QImage itemImage(const imageio::Dataset& dataset, std::size_t index);

}  // namespace tse::gui
