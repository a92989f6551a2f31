#pragma once
// Extracted features on disk, keyed by what produced them (dataset hash, extractor, layer,
// preprocessing, face mode, weights file), so re-running t-SNE with other parameters — even
// after a restart — never re-extracts CNN features. Safe to delete: it is only a cache.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "tse/common/matrix.h"

namespace tse::app {

struct CachedFeatures {
    Matrix features;
    std::vector<std::size_t> noFaceItems;  // face mode's report, kept with the features
};

class FeatureDiskCache {
public:
    // $TSE_CACHE_DIR, else $XDG_CACHE_HOME/tsne-explorer, else ~/.cache/tsne-explorer; + /features.
    static std::filesystem::path defaultDirectory();

    explicit FeatureDiskCache(std::filesystem::path directory = defaultDirectory());

    std::optional<CachedFeatures> load(const std::string& key) const;
    // Written beside the final name and renamed, so a crash never leaves half a matrix; a
    // failure to write (full disk, read-only cache) is not an error for the run.
    bool store(const std::string& key, const CachedFeatures& entry) const;

    const std::filesystem::path& directory() const { return directory_; }

private:
    std::filesystem::path fileFor(const std::string& key, const char* suffix) const;
    std::filesystem::path directory_;
};

}  // namespace tse::app
