// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Downloads a file (model weights) with a progress report, cancel, and torch.hub's integrity
// check: the SHA-256 of the file must start with the hex digits in its published name. The
// file appears at `target` only when complete and verified; a partial or wrong download
// never replaces anything. Blocking: call it from a worker thread (it runs its own event loop).

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "tse/common/progress.h"
#include "tse/common/result.h"

namespace tse::net {

struct DownloadOptions {
    std::string sha256Prefix;  // empty: no check
    int stallTimeoutMs = 30000;  // give up when no byte arrives for this long
    // Called from the downloading thread as bytes arrive (total −1 while unknown), for
    // displays that word the progress themselves (translated, their own units).
    std::function<void(std::int64_t received, std::int64_t total)> onBytes;
};

Status downloadFile(const std::string& url, const std::filesystem::path& target, const DownloadOptions& options,
                    const Progress& progress = {});

// The lower-case hex SHA-256 of a file (for tests and messages).
Result<std::string> sha256Hex(const std::filesystem::path& file);

}  // namespace tse::net
