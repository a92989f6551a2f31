// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The folder index: an imported folder (its thumbnails, labels, paths, metadata and the files it
// skipped) kept in one file of the cache folder, so that opening the same folder again reads
// that file instead of decoding every image (a million photos take tens of minutes to decode).
// The file's name is a key over the folder's file list with every file's size and time, the
// labels CSV and the import options: any change to the folder makes a new key and a fresh import.
//
// Format (little-endian): "TSEFIDX1", the key's 16 hex digits, width, height, channels (u32),
// items, classes, metadata columns, metadata rows (0 or items), skipped (u64), then strings (u32 length + bytes): class
// names, item paths, metadata columns, metadata (rows × columns), skipped (path, reason); then
// labels (i32 × items), pixels (items × width × height × channels) and a u64 checksum of all
// before it. Every count is checked against the bytes left before anything is allocated; a file
// that fails any check is ignored (and replaced by the next import), never trusted.

#include <cstdint>
#include <filesystem>
#include <string>

#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/imageio/dataset.h"

namespace tse::imageio::detail {

// Accumulates the key of a folder import (16 hex digits once done).
class FolderIndexKey {
public:
    void add(const std::string& text);
    void add(std::uint64_t value);
    std::string hex() const;

private:
    std::uint64_t a_ = 0xcbf29ce484222325ull;  // two FNV-1a streams of different seeds: 128 bits
    std::uint64_t b_ = 0x84222325cbf29ce4ull;
};

// Reads an index written by writeFolderIndex for this key. Fails (with the reason) for a missing,
// damaged, truncated or foreign file. Reports progress while it reads the pixels; a cancel
// stops it (ErrorCode::Cancelled).
Result<Dataset> readFolderIndex(const std::filesystem::path& file, const std::string& key,
                                const Progress& progress = {});

// Writes atomically (a temporary file renamed into place); then, while the folder's indexes
// together exceed limitBytes, removes the least recently used others.
Status writeFolderIndex(const std::filesystem::path& file, const std::string& key, const Dataset& dataset,
                        std::uintmax_t limitBytes);

}  // namespace tse::imageio::detail
