// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Raw-pixel features: every image flattened to height × width × channels values in [0, 1],
// as the MNIST demos do.

#include "tse/common/matrix.h"
#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/common/rowblocks.h"
#include "tse/imageio/dataset.h"

namespace tse::features {

// Fails unless the dataset has images and size() × imageBytes() pixels (what the functions
// below need).
Status checkRawPixels(const imageio::Dataset& dataset);

// Returns N × (height·width·channels), row i = dataset.image(i) / 255.
Result<Matrix> rawPixelFeatures(const imageio::Dataset& dataset, const Progress& progress = {});

// The same rows made a block at a time as they are read (PCA's passes), so the N × D float
// matrix, four times the size of the pixels, is never held: 3.1 GB at 1,000,000 28×28 images.
// The dataset must outlive it and hold consistent pixels (size() × imageBytes()).
class RawPixelRows final : public RowBlocks {
public:
    explicit RawPixelRows(const imageio::Dataset& dataset) : dataset_(dataset) {}
    Eigen::Index rows() const override { return Eigen::Index(dataset_.size()); }
    Eigen::Index cols() const override { return Eigen::Index(dataset_.imageBytes()); }
    ConstRowBlock block(Eigen::Index first, Eigen::Index count, Matrix& scratch) const override;
    // A mapped thumbnail store's pages leave resident memory after each pass.
    void release(Eigen::Index first, Eigen::Index count) const override
    {
        dataset_.releaseImages(std::size_t(first), std::size_t(count));
    }

private:
    const imageio::Dataset& dataset_;
};

}  // namespace tse::features
