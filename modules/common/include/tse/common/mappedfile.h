// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A file mapped read-only into memory: its pages are read from disk (or the page cache) when
// first touched, and can be dropped from the process's resident memory again after a pass.
// The file must not be truncated while it is mapped (the system would stop the program on
// reading past its end); this project's writers replace files by renaming, never in place.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>

#include "tse/common/result.h"

namespace tse {

class MappedFile {
public:
    // An empty file cannot be mapped: an error, like a missing or unreadable one.
    static Result<std::shared_ptr<const MappedFile>> open(const std::filesystem::path& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const std::uint8_t* data() const { return static_cast<const std::uint8_t*>(mapping_); }
    std::size_t size() const { return bytes_; }
    // Drops the whole pages inside [offset, offset + bytes) from resident memory (they are read
    // again if touched); pages shared with the bytes around stay.
    void release(std::size_t offset, std::size_t bytes) const;

private:
    MappedFile() = default;
    void* mapping_ = nullptr;
    std::size_t bytes_ = 0;
};

}  // namespace tse
