// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// IDX image and label files (MNIST's format), plain or gzipped. The first byte chooses the
// role: even, the input is an images file on its own; odd, the rest is a labels file paired
// with a valid two-image images file.
#include "fuzzinput.h"
#include "tse/imageio/idxreader.h"

namespace {

const std::filesystem::path& twoImages()
{
    static const std::filesystem::path path = [] {
        // magic 0x00000803, 2 images of 2 × 2 pixels
        const std::uint8_t idx[] = {0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 2, 1, 2, 3, 4, 5, 6, 7, 8};
        return tse::fuzz::asFile(idx, sizeof idx, "two-images.idx3");
    }();
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    if (data[0] % 2 == 0) {
        const auto path = tse::fuzz::asFile(data + 1, size - 1, "input.idx3");
        (void)tse::imageio::looksLikeIdx(path);
        if (auto ds = tse::imageio::readIdx(path, std::nullopt); ds.ok() && ds->size() > 0)
            (void)ds->image(ds->size() - 1)[ds->imageBytes() - 1];
    } else {
        const auto labels = tse::fuzz::asFile(data + 1, size - 1, "input.idx1");
        (void)tse::imageio::readIdx(twoImages(), labels);
    }
    return 0;
}
