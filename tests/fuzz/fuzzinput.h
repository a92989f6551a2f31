// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers shared by the libFuzzer harnesses.
//
// Most loaders take a path (they are given files by users), so a harness writes each input to
// one scratch file per process and hands that over: tmpfs when there is one, so an execution
// costs a write, not a disk flush.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace tse::fuzz {

inline std::filesystem::path scratchDirectory()
{
    static const std::filesystem::path dir = [] {
        std::filesystem::path base = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path();
        auto d = base / ("tse-fuzz-" + std::to_string(getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

// Writes the input to scratchDirectory()/name and returns the path.
inline std::filesystem::path asFile(const std::uint8_t* data, std::size_t size, const std::string& name)
{
    const auto path = scratchDirectory() / name;
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data), std::streamsize(size));
    return path;
}

}  // namespace tse::fuzz
