// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "folderindex.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <new>
#include <system_error>
#include <vector>

namespace tse::imageio::detail {
namespace fs = std::filesystem;
namespace {

constexpr char kMagic[8] = {'T', 'S', 'E', 'F', 'I', 'D', 'X', '1'};
constexpr std::uint32_t kMaxString = 1u << 20;  // a path, name or CSV cell

// A word-at-a-time checksum of what was written or read, in order (fast enough for gigabytes).
class Checksum {
public:
    void add(const void* data, std::size_t bytes)
    {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < bytes; ++i) {
            word_ |= std::uint64_t(p[i]) << (8 * fill_);
            if (++fill_ == 8)
                flush();
        }
    }
    std::uint64_t value()
    {
        if (fill_ > 0)
            flush();
        return state_ ^ (state_ >> 31);
    }

private:
    void flush()
    {
        state_ = (state_ ^ word_) * 0x9e3779b97f4a7c15ull;
        state_ ^= state_ >> 29;
        word_ = 0;
        fill_ = 0;
    }
    std::uint64_t state_ = 0x243f6a8885a308d3ull;
    std::uint64_t word_ = 0;
    int fill_ = 0;
};

class Writer {
public:
    explicit Writer(const fs::path& path) : out_(path, std::ios::binary | std::ios::trunc) {}
    bool good() const { return bool(out_); }
    void bytes(const void* data, std::size_t n)
    {
        sum_.add(data, n);
        out_.write(static_cast<const char*>(data), std::streamsize(n));
    }
    template <class T>
    void value(T v) { bytes(&v, sizeof v); }
    void text(const std::string& s)
    {
        value(std::uint32_t(std::min<std::size_t>(s.size(), kMaxString)));
        bytes(s.data(), std::min<std::size_t>(s.size(), kMaxString));
    }
    void finish()
    {
        const std::uint64_t checksum = sum_.value();
        out_.write(reinterpret_cast<const char*>(&checksum), sizeof checksum);
        out_.flush();
    }

private:
    std::ofstream out_;
    Checksum sum_;
};

// Reads with every length checked against the bytes left in the file.
class Reader {
public:
    Reader(const fs::path& path, std::uintmax_t size) : in_(path, std::ios::binary), left_(size) {}
    bool good() const { return bool(in_) && !failed_; }
    std::uintmax_t left() const { return left_; }
    bool bytes(void* data, std::size_t n)
    {
        if (failed_ || n > left_ || !in_.read(static_cast<char*>(data), std::streamsize(n))) {
            failed_ = true;
            return false;
        }
        left_ -= n;
        sum_.add(data, n);
        return true;
    }
    template <class T>
    bool value(T& v) { return bytes(&v, sizeof v); }
    bool text(std::string& s)
    {
        std::uint32_t length = 0;
        if (!value(length) || length > kMaxString || length > left_) {
            failed_ = true;
            return false;
        }
        s.resize(length);
        return bytes(s.data(), length);
    }
    // At least count items of minBytes each are still in the file.
    bool room(std::uint64_t count, std::uint64_t minBytes) const
    {
        return minBytes == 0 || count <= left_ / minBytes;
    }
    std::uint64_t checksum() { return sum_.value(); }
    bool rawValue(std::uint64_t& v)  // the stored checksum: not part of the sum
    {
        if (left_ != sizeof v || !in_.read(reinterpret_cast<char*>(&v), sizeof v))
            return false;
        left_ = 0;
        return true;
    }

private:
    std::ifstream in_;
    std::uintmax_t left_;
    Checksum sum_;
    bool failed_ = false;
};

Error damaged(const fs::path& file, const std::string& what)
{
    return makeError(ErrorCode::BadFormat, "folder index " + file.string() + ": " + what);
}

void removeLeastRecentlyUsed(const fs::path& keep, std::uintmax_t limitBytes)
{
    struct Entry {
        fs::path path;
        std::uintmax_t size;
        fs::file_time_type time;
    };
    std::vector<Entry> entries;
    std::uintmax_t total = 0;
    std::error_code ec;
    const auto now = fs::file_time_type::clock::now();
    for (const auto& entry : fs::directory_iterator(keep.parent_path(), ec)) {
        // What a killed writer left: removed once it is clearly nobody's work in progress.
        if (entry.path().filename().string().find(".tsefolder.partial-") != std::string::npos) {
            std::error_code timeError;
            if (now - entry.last_write_time(timeError) > std::chrono::hours(6) && !timeError)
                fs::remove(entry.path(), timeError);
            continue;
        }
        if (entry.path().extension() != ".tsefolder" || !entry.is_regular_file(ec))
            continue;
        const auto size = entry.file_size(ec);
        const auto time = entry.last_write_time(ec);
        if (ec)
            continue;
        total += size;
        if (entry.path() != keep)
            entries.push_back({entry.path(), size, time});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.time < b.time; });
    for (const auto& e : entries) {
        if (total <= limitBytes)
            break;
        if (fs::remove(e.path, ec))
            total -= e.size;
    }
}

}  // namespace

void FolderIndexKey::add(const std::string& text)
{
    add(std::uint64_t(text.size()));
    for (unsigned char c : text) {
        a_ = (a_ ^ c) * 0x100000001b3ull;
        b_ = (b_ ^ c) * 0x100000001b3ull + 1;
    }
}

void FolderIndexKey::add(std::uint64_t value)
{
    for (int i = 0; i < 8; ++i) {
        const unsigned char c = static_cast<unsigned char>(value >> (8 * i));
        a_ = (a_ ^ c) * 0x100000001b3ull;
        b_ = (b_ ^ c) * 0x100000001b3ull + 1;
    }
}

std::string FolderIndexKey::hex() const
{
    char text[33];
    std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(a_),
                  static_cast<unsigned long long>(b_));
    return text;
}

Result<Dataset> readFolderIndex(const fs::path& file, const std::string& key, const Progress& progress)
{
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec)
        return makeError(ErrorCode::FileNotFound, "no folder index " + file.string());
    try {
        Reader in(file, size);
        char magic[8] = {};
        std::string storedKey;
        if (!in.bytes(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof magic) != 0)
            return damaged(file, "not a t-SNE Explorer folder index");
        if (!in.text(storedKey) || storedKey != key)
            return damaged(file, "made for another folder or other options");
        std::uint32_t width = 0, height = 0, channels = 0;
        std::uint64_t items = 0, classes = 0, columns = 0, metadataRows = 0, skipped = 0;
        if (!in.value(width) || !in.value(height) || !in.value(channels) || !in.value(items) || !in.value(classes) ||
            !in.value(columns) || !in.value(metadataRows) || !in.value(skipped))
            return damaged(file, "truncated header");
        if (metadataRows != 0 && metadataRows != items)
            return damaged(file, "metadata for some items only");
        if (width < 1 || height < 1 || width > 1024 || height > 1024 || (channels != 1 && channels != 3) || items == 0)
            return damaged(file, "impossible image size or count");
        const std::uint64_t imageBytes = std::uint64_t(width) * height * channels;
        // Each string takes at least its 4-byte length; each item at least its label and image.
        if (!in.room(items, 4 + 4 + imageBytes) || !in.room(classes, 4) || !in.room(skipped, 8) ||
            (columns > 0 && !in.room(metadataRows, 4 * columns)) || !in.room(columns, 4))
            return damaged(file, "counts larger than the file");
        Dataset ds;
        ds.width = int(width);
        ds.height = int(height);
        ds.channels = int(channels);
        ds.classNames.resize(classes);
        for (auto& name : ds.classNames)
            if (!in.text(name))
                return damaged(file, "truncated class names");
        ds.itemPaths.resize(items);
        for (auto& path : ds.itemPaths)
            if (!in.text(path))
                return damaged(file, "truncated item paths");
        ds.metadataColumns.resize(columns);
        for (auto& column : ds.metadataColumns)
            if (!in.text(column))
                return damaged(file, "truncated metadata columns");
        if (metadataRows > 0) {
            ds.metadata.assign(metadataRows, std::vector<std::string>(columns));
            for (auto& row : ds.metadata)
                for (auto& cell : row)
                    if (!in.text(cell))
                        return damaged(file, "truncated metadata");
        }
        ds.skipped.resize(skipped);
        for (auto& s : ds.skipped)
            if (!in.text(s.path) || !in.text(s.reason))
                return damaged(file, "truncated list of skipped files");
        if (!in.room(items, 4 + imageBytes))
            return damaged(file, "truncated labels or pixels");
        std::vector<std::int32_t> labels(items);
        if (!in.bytes(labels.data(), labels.size() * sizeof(std::int32_t)))
            return damaged(file, "truncated labels");
        ds.labels.reserve(items);
        for (const auto label : labels) {
            if (label < -1 || (label >= 0 && std::uint64_t(label) >= classes))
                return damaged(file, "a label outside the class list");
            ds.labels.push_back(label);
        }
        ds.pixels.resize(items * imageBytes);
        // In pieces, with progress: a million photos' thumbnails are gigabytes.
        const std::size_t piece = std::size_t(64) << 20;
        for (std::size_t done = 0; done < ds.pixels.size(); done += piece) {
            if (progress.cancelled())
                return makeError(ErrorCode::Cancelled, "reading " + file.string() + " was cancelled");
            const std::size_t n = std::min(piece, ds.pixels.size() - done);
            if (!in.bytes(ds.pixels.data() + done, n))
                return damaged(file, "truncated pixels");
            progress.report("Reading the folder index", double(done + n) / double(ds.pixels.size()));
        }
        const std::uint64_t computed = in.checksum();
        std::uint64_t stored = 0;
        if (!in.rawValue(stored) || stored != computed)
            return damaged(file, "checksum mismatch (a damaged or unfinished file)");
        return ds;
    } catch (const std::bad_alloc&) {
        return damaged(file, "not enough memory to read it");
    } catch (const std::exception& e) {
        return damaged(file, e.what());
    }
}

Status writeFolderIndex(const fs::path& file, const std::string& key, const Dataset& ds, std::uintmax_t limitBytes)
{
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    // A name of this writer's own: two processes importing the same folder never share a file.
    static std::atomic<unsigned> writes{0};
    const fs::path partial = file.string() + ".partial-" + std::to_string(getpid()) + "-" + std::to_string(writes++);
    {
        Writer out(partial);
        if (!out.good())
            return makeError(ErrorCode::UnreadableFile, "cannot write " + partial.string());
        out.bytes(kMagic, sizeof kMagic);
        out.text(key);
        out.value(std::uint32_t(ds.width));
        out.value(std::uint32_t(ds.height));
        out.value(std::uint32_t(ds.channels));
        out.value(std::uint64_t(ds.size()));
        out.value(std::uint64_t(ds.classNames.size()));
        const bool metadata = !ds.metadata.empty() && ds.metadata.size() == ds.size();
        out.value(std::uint64_t(ds.metadataColumns.size()));
        out.value(std::uint64_t(metadata ? ds.size() : 0));
        out.value(std::uint64_t(ds.skipped.size()));
        for (const auto& name : ds.classNames)
            out.text(name);
        for (std::size_t i = 0; i < ds.size(); ++i)
            out.text(i < ds.itemPaths.size() ? ds.itemPaths[i] : std::string());
        for (const auto& column : ds.metadataColumns)
            out.text(column);
        if (metadata) {
            for (const auto& row : ds.metadata)
                for (std::size_t c = 0; c < ds.metadataColumns.size(); ++c)
                    out.text(c < row.size() ? row[c] : std::string());
        }
        for (const auto& s : ds.skipped) {
            out.text(s.path);
            out.text(s.reason);
        }
        std::vector<std::int32_t> labels(ds.labels.begin(), ds.labels.end());
        out.bytes(labels.data(), labels.size() * sizeof(std::int32_t));
        out.bytes(ds.pixels.data(), ds.pixels.size());
        out.finish();
        if (!out.good()) {
            fs::remove(partial, ec);
            return makeError(ErrorCode::UnreadableFile, "cannot write " + partial.string() + " (disk full?)");
        }
    }
    fs::rename(partial, file, ec);
    if (ec) {
        fs::remove(partial, ec);
        return makeError(ErrorCode::UnreadableFile, "cannot move the folder index into " + file.string());
    }
    removeLeastRecentlyUsed(file, limitBytes);
    return Status::success();
}

}  // namespace tse::imageio::detail
