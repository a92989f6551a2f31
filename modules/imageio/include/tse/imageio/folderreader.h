// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A folder of images: each subfolder is a class (sorted by name), files ordered by relative
// path. Images directly in the folder belong to no class, unless a labels CSV says otherwise. Every format OpenCV reads is
// accepted; EXIF orientation is applied, 16-bit and RGBA images are converted to 8-bit.
// Files that cannot be used are skipped and listed in Dataset::skipped with the reason.

#include <filesystem>

#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/imageio/dataset.h"

namespace tse::imageio {

struct FolderOptions {
    int width = 64;   // every image is resized to width × height (aspect not kept)
    int height = 64;
    // Gray when every image in the folder is gray; otherwise RGB.
    bool forceGray = false;
    // Files larger than this are skipped as "absurdly large" before decoding.
    std::uintmax_t maxFileBytes = 256ull << 20;
    // Images with more pixels than this are skipped after reading the header.
    std::uint64_t maxPixels = 100'000'000;
    // A CSV naming files (column "file", "filename" or "path": relative path or file name) with
    // an optional "label" column and any metadata columns. Empty: labels.csv in the folder, if
    // there is one. With a label column, classes come from it (sorted by name) instead of
    // subfolders; images it does not list are unlabelled.
    std::filesystem::path labelsCsv;
    // Threads that decode (0: every core). The dataset is the same for any count.
    int threads = 0;
    // Where imports are kept (the "folder index"): opening the same folder with the same options
    // again, no file added, removed, resized or touched, reads it instead of decoding every image.
    // Empty: nothing kept. The indexes there are kept to indexLimitBytes, least recently used
    // removed first.
    std::filesystem::path indexDirectory;
    std::uintmax_t indexLimitBytes = 8ull << 30;
    // An IDX file of at least this many images opened by openDataset is kept in the same cache as
    // a mapped thumbnail store (no unpacking at the next open; its pixels out of resident memory).
    std::size_t idxStoreMinItems = 100'000;
};

Result<Dataset> readImageFolder(const std::filesystem::path& folder, const FolderOptions& options = {},
                                const Progress& progress = {});

}  // namespace tse::imageio
