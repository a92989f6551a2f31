// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// An image collection held in memory: N same-sized 8-bit images with their class labels.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tse/common/mappedfile.h"

namespace tse::imageio {

struct SkippedFile {
    std::string path;
    std::string reason;  // e.g. "not an image OpenCV can decode"
};

struct Dataset {
    std::string name;    // shown to the user, e.g. "Fashion-MNIST sample"
    std::string source;  // "sample", "fashion-mnist", or the file/folder it came from
    std::vector<std::string> classNames;  // index = label
    std::vector<int> labels;               // one per item, in [0, classNames.size()), or -1
    std::vector<std::string> itemPaths;    // one per item for folder imports; empty for IDX
    int width = 0;
    int height = 0;
    int channels = 0;  // 1 (gray) or 3 (RGB)
    // N × height × width × channels bytes, row-major, channels interleaved: in `pixels`, or, when
    // pixelFile is set, at pixelOffset in that mapped file (a folder's thumbnail store: a million
    // photos' thumbnails need not fit in memory, and pages are read when an image is looked at).
    // Read them through pixelData(); `pixels` is for building a dataset in memory.
    std::vector<std::uint8_t> pixels;
    std::shared_ptr<const MappedFile> pixelFile;
    std::size_t pixelOffset = 0;
    std::vector<SkippedFile> skipped;  // files an import passed over, with the reason
    std::vector<std::string> metadataColumns;           // from a labels CSV
    std::vector<std::vector<std::string>> metadata;     // N × metadataColumns.size(), or empty
    bool fromFolderIndex = false;  // a folder import read back from its index, not decoded

    std::size_t size() const { return labels.size(); }
    std::size_t imageBytes() const { return static_cast<std::size_t>(width) * height * channels; }
    const std::uint8_t* pixelData() const { return pixelFile ? pixelFile->data() + pixelOffset : pixels.data(); }
    std::size_t pixelBytes() const { return pixelFile ? size() * imageBytes() : pixels.size(); }
    const std::uint8_t* image(std::size_t i) const { return pixelData() + i * imageBytes(); }
    // After a pass over items [first, first + count): lets their pages of a mapped store leave
    // resident memory (nothing for pixels in memory).
    void releaseImages(std::size_t first, std::size_t count) const;
    // The pixels in memory: a mapped store copied into `pixels` (to append to or change them).
    void loadPixels();
    std::string className(int label) const;
    // How messages name item i: its file (relative to source), or SOURCE#i for IDX items.
    std::string itemName(std::size_t i) const;
    // Items per class, index = label.
    std::vector<std::size_t> classCounts() const;
    // A 64-bit FNV-1a hash of the pixels and labels, as 16 hex digits: identifies the content.
    std::string contentHash() const;
};

}  // namespace tse::imageio
