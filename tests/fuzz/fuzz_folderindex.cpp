// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The folder index, a cache file read back instead of decoding a folder again. Its key is taken
// from the input itself (where a real index keeps it), so inputs get past the key check.
#include <string>

#include "folderindex.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // "TSEFIDX2", then the key's 32 digits.
    const std::size_t keyAt = 8;
    std::string key;
    if (size >= keyAt)
        key.assign(reinterpret_cast<const char*>(data) + keyAt, std::min<std::size_t>(32, size - keyAt));
    (void)tse::imageio::detail::readFolderIndex(tse::fuzz::asFile(data, size, "input.tsefolder"), key);
    return 0;
}
