// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The folder index: an imported folder (its thumbnails, labels, paths, metadata and the files it
// skipped) kept in one file of the cache folder, so that opening the same folder again reads
// that file instead of decoding every image (a million photos take tens of minutes to decode).
// It is also where the thumbnails live: an import writes them to it as they are decoded, and
// the dataset read back maps the file, so a million photos' thumbnails (12 GB at 64 × 64 RGB)
// never have to fit in memory; an image's pages are read when it is looked at.
// The file's name is a key over the folder's file list with every file's size and time, the
// labels CSV and the import options: any change to the folder makes a new key and a fresh import.
//
// Format (little-endian):
//   header, 64 bytes: "TSEFIDX2", the key's 32 hex digits, width, height, channels (u32), zeros;
//   pixels: items × height × width × channels bytes;
//   tail: items, classes, metadata columns, metadata rows (0 or items), skipped (u64), then
//     strings (u32 length + bytes): class names, item paths, metadata columns, metadata
//     (rows × columns), skipped (path, reason); then labels (i32 × items);
//   trailer: the tail's offset (u64), a u64 checksum of the header and the tail.
// Every count is checked against the bytes present before anything is allocated, and the pixels'
// size against the items and image size; a file that fails any check is ignored (and replaced by
// the next import), never trusted. The pixels are not in the checksum (it would mean reading
// gigabytes at every open): any byte is a valid pixel, and an unfinished file never gets its name.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/imageio/dataset.h"

namespace tse::imageio::detail {

// Accumulates the key of a folder import (32 hex digits once done).
class FolderIndexKey {
public:
    void add(const std::string& text);
    void add(std::uint64_t value);
    std::string hex() const;

private:
    std::uint64_t a_ = 0xcbf29ce484222325ull;  // two FNV-1a streams of different seeds: 128 bits
    std::uint64_t b_ = 0x84222325cbf29ce4ull;
};

// Reads an index written for this key. The dataset's pixels stay in the file (Dataset::pixelFile).
// Fails (with the reason) for a missing, damaged, truncated or foreign file; a cancel stops it
// (ErrorCode::Cancelled).
Result<Dataset> readFolderIndex(const std::filesystem::path& file, const std::string& key,
                                const Progress& progress = {});

// Writes a new index while a folder is imported: thumbnails one at a time as they are decoded,
// then everything else. Until finish() the file has a name of this writer's own (another
// process importing the same folder never shares it); a writer destroyed or killed before that
// leaves no index (a killed one leaves its unfinished file, removed hours later).
class FolderIndexWriter {
public:
    static Result<std::unique_ptr<FolderIndexWriter>> create(const std::filesystem::path& file, const std::string& key,
                                                             int width, int height, int channels);
    ~FolderIndexWriter();
    FolderIndexWriter(const FolderIndexWriter&) = delete;
    FolderIndexWriter& operator=(const FolderIndexWriter&) = delete;

    std::size_t items() const { return items_; }
    int channels() const { return channels_; }
    // One image of width × height × channels bytes.
    Status append(const std::uint8_t* image);
    // Keeps only the first of three channels of every image (a folder found to be all gray once
    // every file was decoded), in place.
    Status keepFirstChannel();
    // The pixels appended so far, read back (the import goes on in memory when the disk is full).
    Result<std::vector<std::uint8_t>> pixels();
    // Writes `described` (all but its pixels, which must be the ones appended) and moves the file
    // into place; then, while the folder's indexes together exceed limitBytes, removes the least
    // recently used others.
    Status finish(const Dataset& described, std::uintmax_t limitBytes);

private:
    FolderIndexWriter() = default;
    Status flush();
    Status writeAt(const void* data, std::size_t bytes, std::uint64_t offset);
    std::filesystem::path file_, partial_;
    std::string key_;
    int fd_ = -1;
    int width_ = 0, height_ = 0, channels_ = 0;
    std::size_t items_ = 0;
    std::uint64_t flushedBytes_ = 0;  // pixel bytes in the file
    std::vector<std::uint8_t> buffer_;
    bool finished_ = false;
};

// A whole dataset at once (through FolderIndexWriter).
Status writeFolderIndex(const std::filesystem::path& file, const std::string& key, const Dataset& dataset,
                        std::uintmax_t limitBytes);

}  // namespace tse::imageio::detail
