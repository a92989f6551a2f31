// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/imageio/folderreader.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <thread>
#include <map>
#include <memory>
#include <optional>

#include "tse/common/csv.h"
#include "decode.h"
#include "eightbit.h"
#include "folderindex.h"

namespace tse::imageio {
namespace fs = std::filesystem;
namespace {

struct Candidate {
    fs::path path;
    std::string relative;
    int label = -1;
    std::uintmax_t bytes = 0;   // with the time, only when a folder index is kept
    std::int64_t modified = 0;
};

std::int64_t modifiedTime(const fs::path& path)
{
    std::error_code ec;
    const auto time = fs::last_write_time(path, ec);
    return ec ? 0 : std::int64_t(time.time_since_epoch().count());
}

// The folder index's key: the import options, the labels CSV and every file with its size and time.
std::string folderIndexKey(const fs::path& folder, const FolderOptions& options, const fs::path& csvPath,
                           const std::vector<Candidate>& candidates)
{
    detail::FolderIndexKey key;
    std::error_code ec;
    key.add(std::string("t-SNE Explorer folder index 1"));
    key.add(fs::absolute(folder, ec).lexically_normal().string());
    for (std::uint64_t value : {std::uint64_t(options.width), std::uint64_t(options.height),
                                std::uint64_t(options.forceGray), std::uint64_t(options.maxFileBytes),
                                std::uint64_t(options.maxPixels)})
        key.add(value);
    key.add(csvPath.empty() ? std::string() : fs::absolute(csvPath, ec).lexically_normal().string());
    if (!csvPath.empty()) {
        key.add(std::uint64_t(fs::file_size(csvPath, ec)));
        key.add(std::uint64_t(modifiedTime(csvPath)));
    }
    key.add(std::uint64_t(candidates.size()));
    for (const auto& c : candidates) {
        key.add(c.relative);
        key.add(std::uint64_t(c.bytes));
        key.add(std::uint64_t(c.modified));
    }
    return key.hex();
}

// One file made into a thumbnail, or the reason it is skipped. Runs on any thread.
struct Thumbnail {
    cv::Mat image;  // width × height, the decoded channels
    int sourceChannels = 0;
    std::string skipReason;
};

// Where an import puts its thumbnails as they are decoded: the folder index being written, so that
// a million of them never sit in memory, or memory when there is no index or it cannot be
// written (the import stands without its cache).
class ThumbnailSink {
public:
    ThumbnailSink(std::unique_ptr<detail::FolderIndexWriter> store, std::size_t imageBytes)
        : store_(std::move(store)), imageBytes_(imageBytes)
    {
    }
    bool stored() const { return store_ != nullptr; }
    detail::FolderIndexWriter* store() { return store_.get(); }
    std::size_t count() const { return count_; }
    Status add(const std::uint8_t* image)
    {
        ++count_;
        if (store_)
            return store_->append(image) ? Status::success() : toMemory();  // it holds this image too
        memory_.insert(memory_.end(), image, image + imageBytes_);
        return Status::success();
    }
    // In place in the store: only overwrites bytes already written, and shortens the file.
    Status keepFirstChannel()
    {
        if (store_)
            return store_->keepFirstChannel();
        const std::size_t n = memory_.size() / 3;
        for (std::size_t p = 0; p < n; ++p)
            memory_[p] = memory_[3 * p];
        memory_.resize(n);
        return Status::success();
    }
    std::vector<std::uint8_t> takeMemory() { return std::move(memory_); }
    // The store could not be written: what it holds goes to memory, and so does the rest.
    Status toMemory()
    {
        auto pixels = store_->pixels();
        store_.reset();
        if (!pixels)
            return pixels.error();
        memory_ = std::move(pixels.value());
        return Status::success();
    }

private:
    std::unique_ptr<detail::FolderIndexWriter> store_;
    std::size_t imageBytes_;
    std::size_t count_ = 0;
    std::vector<std::uint8_t> memory_;
};

using Decoder = detail::Decoded (*)(const fs::path&);

Thumbnail thumbnailOf(const Candidate& c, const FolderOptions& options, Decoder decode)
{
    Thumbnail out;
    std::error_code ec;
    const auto bytes = fs::file_size(c.path, ec);
    if (ec) {
        out.skipReason = "cannot read the file size";
        return out;
    }
    if (bytes == 0) {
        out.skipReason = "empty file (0 bytes)";
        return out;
    }
    if (bytes > options.maxFileBytes) {
        out.skipReason = "file too large (" + std::to_string(bytes >> 20) + " MiB)";
        return out;
    }
    if (const auto claimed = detail::claimedImageSize(c.path);
        claimed && std::uint64_t(claimed->width) * claimed->height > options.maxPixels) {
        out.skipReason = "image too large (" + std::to_string(claimed->width) + "×" + std::to_string(claimed->height) +
                         " pixels, the limit is " + std::to_string(options.maxPixels / 1'000'000) + " megapixels)";
        return out;
    }
    auto decoded = decode(c.path);
    if (decoded.image.empty()) {
        out.skipReason = decoded.reason;
        return out;
    }
    const cv::Mat image = decoded.image;
    if (static_cast<std::uint64_t>(image.total()) > options.maxPixels) {
        out.skipReason = "image too large (" + std::to_string(image.cols) + "×" + std::to_string(image.rows) + ")";
        return out;
    }
    out.sourceChannels = image.channels();
    try {
        cv::resize(image, out.image, cv::Size(options.width, options.height), 0, 0,
                   image.cols > options.width ? cv::INTER_AREA : cv::INTER_LINEAR);
    } catch (const cv::Exception& e) {
        out.image.release();
        out.skipReason = std::string("cannot be resized: ") + e.what();
    }
    return out;
}

// The same, with nothing thrown (it runs on worker threads).
Thumbnail makeThumbnail(const Candidate& c, const FolderOptions& options, Decoder decode)
{
    try {
        return thumbnailOf(c, options, decode);
    } catch (const std::exception& e) {
        Thumbnail out;
        out.skipReason = std::string("cannot be read: ") + e.what();
        return out;
    }
}

}  // namespace

Result<Dataset> readImageFolder(const fs::path& folder, const FolderOptions& options, const Progress& progress)
{
    std::error_code ec;
    if (!fs::exists(folder, ec))
        return makeError(ErrorCode::FileNotFound, folder.string() + " does not exist");
    if (!fs::is_directory(folder, ec))
        return makeError(ErrorCode::InvalidArgument, folder.string() + " is not a folder");
    if (options.width < 1 || options.height < 1 || options.width > 1024 || options.height > 1024)
        return makeError(ErrorCode::InvalidArgument, "image size must be between 1 and 1024 pixels");

    Dataset ds;
    ds.source = folder.string();
    ds.name = folder.filename().empty() ? folder.parent_path().filename().string() : folder.filename().string();

    std::vector<Candidate> candidates;
    std::map<std::string, int> classIndex;
    std::vector<fs::path> classFolders;
    for (const auto& entry : fs::directory_iterator(folder, fs::directory_options::skip_permission_denied, ec))
        if (entry.is_directory())
            classFolders.push_back(entry.path());
    std::sort(classFolders.begin(), classFolders.end());
    for (const auto& dir : classFolders) {
        classIndex[dir.filename().string()] = static_cast<int>(ds.classNames.size());
        ds.classNames.push_back(dir.filename().string());
    }
    for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec)
            break;
        if (!it->is_regular_file())
            continue;
        Candidate c;
        c.path = it->path();
        c.relative = fs::relative(it->path(), folder).generic_string();
        const auto slash = c.relative.find('/');
        if (slash != std::string::npos)
            c.label = classIndex[c.relative.substr(0, slash)];
        if (!options.indexDirectory.empty()) {
            std::error_code sizeError;
            c.bytes = it->file_size(sizeError);
            c.modified = modifiedTime(c.path);
        }
        candidates.push_back(std::move(c));
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.relative < b.relative; });

    // The labels CSV, when there is one: labels and metadata by relative path or file name.
    fs::path csvPath = options.labelsCsv;
    if (csvPath.empty() && fs::exists(folder / "labels.csv", ec))
        csvPath = folder / "labels.csv";
    std::optional<csv::Table> table;
    int fileColumn = -1, labelColumn = -1;
    std::map<std::string, std::size_t> rowOf;
    std::vector<bool> rowUsed;
    if (!csvPath.empty()) {
        auto read = csv::read(csvPath);
        if (!read)
            return read.error();
        table = std::move(read.value());
        for (const char* name : {"file", "filename", "path"})
            if (fileColumn < 0)
                fileColumn = table->column(name);
        if (fileColumn < 0)
            return makeError(ErrorCode::BadFormat, csvPath.string() + " needs a 'file' column naming the images");
        labelColumn = table->column("label");
        for (std::size_t r = 0; r < table->rows.size(); ++r)
            rowOf.emplace(fs::path(table->rows[r][fileColumn]).generic_string(), r);
        rowUsed.assign(table->rows.size(), false);
        for (std::size_t c = 0; c < table->header.size(); ++c)
            if (static_cast<int>(c) != fileColumn && static_cast<int>(c) != labelColumn)
                ds.metadataColumns.push_back(table->header[c]);
        if (labelColumn >= 0) {
            std::vector<std::string> names;
            for (const auto& row : table->rows)
                if (!row[labelColumn].empty())
                    names.push_back(row[labelColumn]);
            std::sort(names.begin(), names.end());
            names.erase(std::unique(names.begin(), names.end()), names.end());
            ds.classNames = names;
        }
        // The CSV is no image.
        const fs::path csvAbsolute = fs::absolute(csvPath).lexically_normal();
        std::erase_if(candidates,
                      [&](const Candidate& c) { return fs::absolute(c.path).lexically_normal() == csvAbsolute; });
    }
    auto csvRow = [&](const Candidate& c) -> std::optional<std::size_t> {
        if (!table)
            return std::nullopt;
        auto it = rowOf.find(c.relative);
        if (it == rowOf.end())
            it = rowOf.find(c.path.filename().string());
        if (it == rowOf.end())
            return std::nullopt;
        return it->second;
    };
    // Rows that name an existing file count as found even if that file is later skipped.
    for (const auto& c : candidates)
        if (const auto row = csvRow(c))
            rowUsed[*row] = true;
    if (candidates.empty())
        return makeError(ErrorCode::InvalidArgument, folder.string() + " contains no files");

    std::string indexKey;
    fs::path indexFile;
    if (!options.indexDirectory.empty()) {
        indexKey = folderIndexKey(folder, options, csvPath, candidates);
        indexFile = options.indexDirectory / (indexKey + ".tsefolder");
        if (fs::exists(indexFile, ec)) {
            progress.report("Reading the folder index", 0.0);
            auto indexed = detail::readFolderIndex(indexFile, indexKey, progress);
            if (!indexed && indexed.error().code == ErrorCode::Cancelled)
                return indexed.error();
            if (indexed) {
                indexed->source = ds.source;
                indexed->name = ds.name;
                indexed->fromFolderIndex = true;
                fs::last_write_time(indexFile, fs::file_time_type::clock::now(), ec);  // recently used
                progress.report("Reading the folder index", 1.0);
                return std::move(indexed.value());
            }
            fs::remove(indexFile, ec);  // damaged or foreign: imported again below
        }
    }

    bool allGray = true;
    // Thumbnails are kept in colour until every file is decoded (one colour image makes the set
    // RGB); an all-gray folder keeps one channel of three at the end.
    const int storedChannels = options.forceGray ? 1 : 3;
    const std::size_t storedBytes = std::size_t(options.width) * options.height * storedChannels;
    std::unique_ptr<detail::FolderIndexWriter> store;
    if (!indexFile.empty())
        if (auto created = detail::FolderIndexWriter::create(indexFile, indexKey, options.width, options.height,
                                                             storedChannels))
            store = std::move(created.value());
    ThumbnailSink thumbnails(std::move(store), storedBytes);
    // Decoding is the cost (a million photos: tens of minutes on one core), so each block of
    // files is decoded on every core; the results are then taken in file order, so the dataset
    // does not depend on the thread count.
    const std::size_t block = 256;
    const unsigned workers = options.threads > 0 ? unsigned(std::min(options.threads, 64))
                                                 : std::max(1u, std::min(std::thread::hardware_concurrency(), 16u));
    std::vector<Thumbnail> decoded(std::min(block, candidates.size()));
    for (std::size_t first = 0; first < candidates.size(); first += block) {
        const std::size_t count = std::min(block, candidates.size() - first);
        std::atomic<std::size_t> next{0};
        auto work = [&] {
            for (std::size_t k = next++; k < count && !progress.cancelled(); k = next++) {
                decoded[k] = makeThumbnail(candidates[first + k], options, detail::decodeImageInBatch);
            }
        };
        std::string messages;
        {
            detail::BatchDecoderCapture capture;
            std::vector<std::thread> pool;
            try {
                for (unsigned w = 1; w < std::min<std::size_t>(workers, count); ++w)
                    pool.emplace_back(work);
            } catch (const std::system_error&) {
                // fewer threads than asked for: those started and this one share the block
            }
            work();
            for (auto& t : pool)
                t.join();
            messages = capture.finish();
        }
        // A decoder reported damage somewhere in the block (a truncated JPEG decodes to grey
        // with only a warning): decode it again a file at a time to learn which.
        if (!detail::damageFromDecoderMessages(messages).empty())
            for (std::size_t k = 0; k < count && !progress.cancelled(); ++k)
                decoded[k] = makeThumbnail(candidates[first + k], options, detail::decodeImage);
        for (std::size_t k = 0; k < count; ++k) {
            if (progress.cancelled())
                return makeError(ErrorCode::Cancelled, "importing " + folder.string() + " was cancelled");
            progress.report("Importing images", double(first + k) / double(candidates.size()));
            const auto& c = candidates[first + k];
            if (decoded[k].image.empty()) {
                ds.skipped.push_back({c.relative, std::move(decoded[k].skipReason)});
                continue;
            }
            allGray = allGray && decoded[k].sourceChannels == 1;
            cv::Mat converted = detail::toEightBit(decoded[k].image, options.forceGray);
            if (!converted.isContinuous())
                converted = converted.clone();
            decoded[k] = {};
            if (auto kept = thumbnails.add(converted.ptr<std::uint8_t>()); !kept)
                return makeError(kept.error().code, "importing " + folder.string() + ": " + kept.error().message);
            int label = c.label;
            if (table) {
                const auto row = csvRow(c);
                std::vector<std::string> values;
                if (row) {
                    for (std::size_t col = 0; col < table->header.size(); ++col)
                        if (static_cast<int>(col) != fileColumn && static_cast<int>(col) != labelColumn)
                            values.push_back(table->rows[*row][col]);
                } else {
                    values.assign(ds.metadataColumns.size(), std::string());
                }
                ds.metadata.push_back(std::move(values));
                if (labelColumn >= 0) {
                    const std::string name = row ? table->rows[*row][labelColumn] : std::string();
                    const auto it = std::lower_bound(ds.classNames.begin(), ds.classNames.end(), name);
                    label = !name.empty() && it != ds.classNames.end() && *it == name
                                ? static_cast<int>(it - ds.classNames.begin())
                                : -1;
                }
            }
            ds.labels.push_back(label);
            ds.itemPaths.push_back(c.relative);
        }
    }
    if (thumbnails.count() == 0)
        return makeError(ErrorCode::BadFormat, "none of the " + std::to_string(candidates.size()) + " files in " +
                                                   folder.string() + " is a readable image");
    if (table)
        for (std::size_t r = 0; r < table->rows.size(); ++r)
            if (!rowUsed[r])
                ds.skipped.push_back({table->rows[r][fileColumn], "listed in " + csvPath.filename().string() +
                                                                      " but not found among the images"});
    const bool gray = options.forceGray || allGray;
    ds.width = options.width;
    ds.height = options.height;
    ds.channels = gray ? 1 : 3;
    if (gray && storedChannels == 3)
        if (auto kept = thumbnails.keepFirstChannel(); !kept)
            return makeError(kept.error().code, "importing " + folder.string() + ": " + kept.error().message);
    const bool anyUnlabelled = std::find(ds.labels.begin(), ds.labels.end(), -1) != ds.labels.end();
    if (anyUnlabelled && ds.classNames.empty())
        ds.classNames.clear();  // a flat folder: no classes
    if (thumbnails.stored()) {
        // The index is the thumbnails' home: the dataset maps it.
        // The import stands without its cache: an index that cannot be finished or mapped back
        // leaves the thumbnails in memory.
        auto indexed = thumbnails.store()->finish(ds, options.indexLimitBytes)
                           ? detail::readFolderIndex(indexFile, indexKey)
                           : Result<Dataset>(makeError(ErrorCode::UnreadableFile, "not written"));
        if (indexed) {
            ds.pixelFile = indexed->pixelFile;
            ds.pixelOffset = indexed->pixelOffset;
        } else if (auto moved = thumbnails.toMemory(); !moved) {
            return makeError(moved.error().code, "importing " + folder.string() + ": " + moved.error().message);
        }
    }
    if (!ds.pixelFile)
        ds.pixels = thumbnails.takeMemory();
    progress.report("Importing images", 1.0);
    return ds;
}

}  // namespace tse::imageio
