// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Extracted features on disk, keyed by what produced them (dataset hash, extractor, layer,
// preprocessing, face mode, weights file), so re-running t-SNE with other parameters — even
// after a restart — never re-extracts CNN features. Safe to delete: it is only a cache.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/imageio/folderreader.h"

namespace tse::app {

struct CachedFeatures {
    Matrix features;
    std::vector<std::size_t> noFaceItems;  // face mode's report, kept with the features
};

class FeatureDiskCache {
public:
    // $TSE_CACHE_DIR, else $XDG_CACHE_HOME/tsne-explorer, else ~/.cache/tsne-explorer; + /features.
    static std::filesystem::path defaultDirectory();

    // $TSE_CACHE_LIMIT_MB megabytes, else 4 GiB: CNN features of 70,000 images take ~1 GB per
    // extractor/layer/preprocessing, and the cache must not fill the user's disk.
    static std::uintmax_t defaultLimitBytes();

    explicit FeatureDiskCache(std::filesystem::path directory = defaultDirectory(),
                              std::uintmax_t limitBytes = defaultLimitBytes());

    // Nothing when the entry is missing, or damaged: a matrix that does not have expectedRows
    // rows or is not finite, face-mode items outside it. A damaged entry is then rewritten.
    std::optional<CachedFeatures> load(const std::string& key, std::size_t expectedRows) const;
    // Written beside the final name and renamed, so a crash never leaves half a matrix; a
    // failure to write (full disk, read-only cache) is not an error for the run. Then the least
    // recently used entries (never this one) are removed until the cache fits its limit.
    bool store(const std::string& key, const CachedFeatures& entry) const;
    // Bytes the cache's files take now.
    std::uintmax_t sizeOnDisk() const;
    // Removes every entry (and leftovers of interrupted writes); returns the bytes freed.
    std::uintmax_t clear() const;

    const std::filesystem::path& directory() const { return directory_; }

private:
    std::filesystem::path fileFor(const std::string& key, const char* suffix) const;
    // Removes least recently used entries other than keep until the files fit the limit.
    void trim(const std::string& keep) const;
    std::filesystem::path directory_;
    std::uintmax_t limitBytes_;
};

// How the front ends open datasets: folder imports kept in the cache folder's folders/ (beside
// features/, same TSE_CACHE_DIR), so a folder opened again is read back, not decoded again.
imageio::FolderOptions defaultFolderOptions();

}  // namespace tse::app
