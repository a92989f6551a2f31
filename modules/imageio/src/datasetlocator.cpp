// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/imageio/datasetlocator.h"

#include <algorithm>
#include <cstdlib>

#include "folderindex.h"
#include "tse/imageio/idxreader.h"

namespace tse::imageio {
namespace fs = std::filesystem;
namespace {

const char* const kFashionClasses[] = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                       "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};

bool isSampleDir(const fs::path& dir)
{
    std::error_code ec;
    return fs::exists(dir / "images-idx3-ubyte.gz", ec) && fs::exists(dir / "labels-idx1-ubyte.gz", ec);
}

std::int64_t modifiedTime(const fs::path& path)
{
    std::error_code ec;
    const auto time = fs::last_write_time(path, ec);
    return ec ? 0 : std::int64_t(time.time_since_epoch().count());
}

// An IDX file through the thumbnail store of the folder index's cache: a large one is unpacked
// once (a million gzipped 28 × 28 images take seconds) and then mapped, its pixels out of
// resident memory except while a pass reads them. The key covers both files' paths, sizes and times.
Result<Dataset> readIdxThroughStore(const fs::path& images, const FolderOptions& options, const Progress& progress)
{
    if (options.indexDirectory.empty())
        return readIdx(images, std::nullopt, progress);
    std::error_code ec;
    detail::FolderIndexKey key;
    key.add(std::string("t-SNE Explorer IDX store 1"));
    const auto labels = findIdxLabels(images);
    for (const fs::path& file : {images, labels.value_or(fs::path())}) {
        key.add(file.empty() ? std::string() : fs::absolute(file, ec).lexically_normal().string());
        key.add(std::uint64_t(file.empty() ? 0 : fs::file_size(file, ec)));
        key.add(std::uint64_t(file.empty() ? 0 : modifiedTime(file)));
    }
    const fs::path storeFile = options.indexDirectory / (key.hex() + ".tsefolder");
    const auto fromStore = [&](Dataset ds) {
        ds.source = images.string();
        ds.name = images.filename().string();
        ds.fromFolderIndex = true;
        if (std::all_of(ds.itemPaths.begin(), ds.itemPaths.end(), [](const std::string& p) { return p.empty(); }))
            ds.itemPaths.clear();  // IDX items have no files
        return ds;
    };
    if (fs::exists(storeFile, ec)) {
        auto stored = detail::readFolderIndex(storeFile, key.hex(), progress);
        if (!stored && stored.error().code == ErrorCode::Cancelled)
            return stored.error();
        if (stored) {
            fs::last_write_time(storeFile, fs::file_time_type::clock::now(), ec);  // recently used
            return fromStore(std::move(stored.value()));
        }
        fs::remove(storeFile, ec);  // damaged: unpacked again below
    }
    auto ds = readIdx(images, std::nullopt, progress);
    if (!ds || ds->size() < options.idxStoreMinItems)
        return ds;
    // A cache: the dataset stands without it.
    if (detail::writeFolderIndex(storeFile, key.hex(), *ds, options.indexLimitBytes))
        if (auto stored = detail::readFolderIndex(storeFile, key.hex())) {
            ds->pixels = {};  // freed: the mapped store holds them
            ds->pixelFile = stored->pixelFile;
            ds->pixelOffset = stored->pixelOffset;
        }
    return ds;
}

}  // namespace

std::optional<fs::path> locateSampleDirectory()
{
    if (const char* env = std::getenv("TSE_SAMPLE_DIR"); env && *env && isSampleDir(env))
        return fs::path(env);
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        // The prefix of an installation: the programs sit in <prefix>/lib/tsne-explorer/ (behind
        // the launchers in <prefix>/bin/), tools and benchmarks may sit in <prefix>/bin/.
        fs::path prefix = exe.parent_path();
        for (int up = 0; up < 3 && prefix.has_parent_path() && prefix != prefix.root_path(); ++up) {
            prefix = prefix.parent_path();
            const fs::path installed = prefix / TSE_SAMPLE_INSTALL_DIR;
            if (isSampleDir(installed))
                return installed;
        }
    }
    if (isSampleDir(TSE_SAMPLE_SOURCE_DIR))
        return fs::path(TSE_SAMPLE_SOURCE_DIR);
    return std::nullopt;
}

std::optional<fs::path> locateFashionMnist()
{
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("TSE_FASHION_MNIST_DIR"); env && *env)
        candidates.emplace_back(env);
    candidates.emplace_back("/usr/share/datasets/fashion-mnist");
    std::error_code ec;
    for (const auto& dir : candidates)
        if (fs::exists(dir / "train-images-idx3-ubyte.gz", ec) && fs::exists(dir / "t10k-images-idx3-ubyte.gz", ec))
            return dir;
    return std::nullopt;
}

std::vector<DatasetEntry> builtInDatasets()
{
    std::vector<DatasetEntry> entries;
    if (locateSampleDirectory())
        entries.push_back({"sample", "Fashion-MNIST sample", 3000});
    if (locateFashionMnist())
        entries.push_back({"fashion-mnist", "Fashion-MNIST (all)", 70000});
    return entries;
}

Result<Dataset> openDataset(const std::string& spec, const FolderOptions& folderOptions, const Progress& progress)
{
    if (spec == "sample") {
        auto dir = locateSampleDirectory();
        if (!dir)
            return makeError(ErrorCode::FileNotFound,
                             "the bundled sample was not found (set TSE_SAMPLE_DIR or reinstall t-SNE Explorer)");
        auto ds = readIdx(*dir / "images-idx3-ubyte.gz", *dir / "labels-idx1-ubyte.gz", progress);
        if (ds) {
            ds->name = "Fashion-MNIST sample";
            ds->source = "sample";
        }
        return ds;
    }
    if (spec == "fashion-mnist") {
        auto dir = locateFashionMnist();
        if (!dir)
            return makeError(ErrorCode::FileNotFound,
                             "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        auto train = readIdx(*dir / "train-images-idx3-ubyte.gz", std::nullopt, progress.subRange(0, 0.85));
        if (!train)
            return train.error();
        auto test = readIdx(*dir / "t10k-images-idx3-ubyte.gz", std::nullopt, progress.subRange(0.85, 1));
        if (!test)
            return test.error();
        Dataset ds = std::move(train.value());
        if (auto joined = appendDataset(ds, test.value()); !joined)
            return joined.error();
        ds.classNames.assign(std::begin(kFashionClasses), std::end(kFashionClasses));
        ds.name = "Fashion-MNIST";
        ds.source = "fashion-mnist";
        return ds;
    }
    const fs::path path(spec);
    std::error_code ec;
    if (!fs::exists(path, ec))
        return makeError(ErrorCode::FileNotFound, spec + " does not exist (expected 'sample', 'fashion-mnist', "
                                                         "an IDX images file or a folder of images)");
    if (fs::is_directory(path, ec))
        return readImageFolder(path, folderOptions, progress);
    if (looksLikeIdx(path))
        return readIdxThroughStore(path, folderOptions, progress);
    return makeError(ErrorCode::BadFormat, spec + " is neither an IDX images file nor a folder of images");
}

}  // namespace tse::imageio
