// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "folderindex.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <limits>
#include <new>
#include <system_error>
#include <utility>
#include <vector>

namespace tse::imageio::detail {
namespace fs = std::filesystem;
namespace {

constexpr char kMagic[8] = {'T', 'S', 'E', 'F', 'I', 'D', 'X', '2'};
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

constexpr std::size_t kHeaderBytes = 64;
constexpr std::size_t kKeyDigits = 32;
constexpr std::size_t kTrailerBytes = 16;

// The tail, built in memory (strings and labels: tens of megabytes for a million items).
class TailBuilder {
public:
    void bytes(const void* data, std::size_t n)
    {
        const auto* p = static_cast<const std::uint8_t*>(data);
        out_.insert(out_.end(), p, p + n);
    }
    template <class T>
    void value(T v) { bytes(&v, sizeof v); }
    void text(const std::string& s)
    {
        const std::size_t n = std::min<std::size_t>(s.size(), kMaxString);
        value(std::uint32_t(n));
        bytes(s.data(), n);
    }
    const std::vector<std::uint8_t>& data() const { return out_; }

private:
    std::vector<std::uint8_t> out_;
};

// Reads from a mapped region with every length checked against the bytes left in it.
class SpanReader {
public:
    SpanReader(const std::uint8_t* data, std::size_t bytes) : at_(data), left_(bytes) {}
    std::size_t left() const { return left_; }
    bool bytes(void* data, std::size_t n)
    {
        if (n > left_)
            return false;
        std::memcpy(data, at_, n);
        at_ += n;
        left_ -= n;
        return true;
    }
    template <class T>
    bool value(T& v) { return bytes(&v, sizeof v); }
    bool text(std::string& s)
    {
        std::uint32_t length = 0;
        if (!value(length) || length > kMaxString || length > left_)
            return false;
        s.assign(reinterpret_cast<const char*>(at_), length);
        at_ += length;
        left_ -= length;
        return true;
    }
    // At least count items of minBytes each are still there.
    bool room(std::uint64_t count, std::uint64_t minBytes) const
    {
        return minBytes == 0 || count <= left_ / minBytes;
    }

private:
    const std::uint8_t* at_;
    std::size_t left_;
};

template <class T>
T load(const std::uint8_t* at)
{
    T v;
    std::memcpy(&v, at, sizeof v);
    return v;
}

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
    if (progress.cancelled())
        return makeError(ErrorCode::Cancelled, "reading " + file.string() + " was cancelled");
    auto opened = MappedFile::open(file);
    if (!opened)
        return opened.error().code == ErrorCode::FileNotFound
                   ? makeError(ErrorCode::FileNotFound, "no folder index " + file.string())
                   : damaged(file, opened.error().message);
    const std::shared_ptr<const MappedFile> mapped = std::move(opened.value());
    const std::uint8_t* base = mapped->data();
    const std::size_t size = mapped->size();
    try {
        if (size < kHeaderBytes + kTrailerBytes || std::memcmp(base, kMagic, sizeof kMagic) != 0)
            return damaged(file, "not a t-SNE Explorer folder index");
        if (key.size() != kKeyDigits || std::memcmp(base + sizeof kMagic, key.data(), kKeyDigits) != 0)
            return damaged(file, "made for another folder or other options");
        const std::uint8_t* sizes = base + sizeof kMagic + kKeyDigits;
        const auto width = load<std::uint32_t>(sizes), height = load<std::uint32_t>(sizes + 4),
                   channels = load<std::uint32_t>(sizes + 8);
        if (width < 1 || height < 1 || width > 1024 || height > 1024 || (channels != 1 && channels != 3))
            return damaged(file, "impossible image size");
        const auto tailOffset = load<std::uint64_t>(base + size - kTrailerBytes);
        const auto storedChecksum = load<std::uint64_t>(base + size - 8);
        if (tailOffset < kHeaderBytes || tailOffset > size - kTrailerBytes)
            return damaged(file, "truncated, or its parts do not add up");
        const std::size_t tailBytes = size - kTrailerBytes - std::size_t(tailOffset);
        Checksum sum;
        sum.add(base, kHeaderBytes);
        sum.add(base + tailOffset, tailBytes);
        if (sum.value() != storedChecksum)
            return damaged(file, "checksum mismatch (a damaged or unfinished file)");

        SpanReader in(base + tailOffset, tailBytes);
        std::uint64_t items = 0, classes = 0, columns = 0, metadataRows = 0, skipped = 0;
        if (!in.value(items) || !in.value(classes) || !in.value(columns) || !in.value(metadataRows) ||
            !in.value(skipped))
            return damaged(file, "truncated counts");
        const std::uint64_t imageBytes = std::uint64_t(width) * height * channels;
        const std::uint64_t pixelBytes = tailOffset - kHeaderBytes;
        if (items == 0 || items > pixelBytes / imageBytes || items * imageBytes != pixelBytes)
            return damaged(file, "the pixels are not those of the items it lists");
        if (metadataRows != 0 && metadataRows != items)
            return damaged(file, "metadata for some items only");
        // Each string takes at least its 4-byte length; each item at least its path and label.
        if (!in.room(items, 4 + 4) || !in.room(classes, 4) || !in.room(skipped, 8) || !in.room(columns, 4) ||
            (columns > 0 && !in.room(metadataRows, 4 * columns)))
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
        if (progress.cancelled())
            return makeError(ErrorCode::Cancelled, "reading " + file.string() + " was cancelled");
        progress.report("Reading the folder index", 0.5);
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
        if (in.left() != items * sizeof(std::int32_t))
            return damaged(file, "labels missing or bytes after them");
        std::vector<std::int32_t> labels(items);
        in.bytes(labels.data(), labels.size() * sizeof(std::int32_t));
        ds.labels.reserve(items);
        for (const auto label : labels) {
            if (label < -1 || (label >= 0 && std::uint64_t(label) >= classes))
                return damaged(file, "a label outside the class list");
            ds.labels.push_back(label);
        }
        mapped->release(std::size_t(tailOffset), tailBytes);  // copied out; the pixels are read on demand
        ds.pixelFile = mapped;
        ds.pixelOffset = kHeaderBytes;
        return ds;
    } catch (const std::bad_alloc&) {
        return damaged(file, "not enough memory to read it");
    } catch (const std::exception& e) {
        return damaged(file, e.what());
    }
}

Result<std::unique_ptr<FolderIndexWriter>> FolderIndexWriter::create(const fs::path& file, const std::string& key,
                                                                     int width, int height, int channels)
{
    if (key.size() != kKeyDigits || width < 1 || height < 1 || width > 1024 || height > 1024 ||
        (channels != 1 && channels != 3))
        return makeError(ErrorCode::InvalidArgument, "a folder index needs a 32-digit key and a sane image size");
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    std::unique_ptr<FolderIndexWriter> writer(new FolderIndexWriter);
    static std::atomic<unsigned> writes{0};
    writer->file_ = file;
    writer->partial_ = file.string() + ".partial-" + std::to_string(getpid()) + "-" + std::to_string(writes++);
    writer->key_ = key;
    writer->width_ = width;
    writer->height_ = height;
    writer->channels_ = channels;
    writer->fd_ = ::open(writer->partial_.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (writer->fd_ < 0)
        return makeError(ErrorCode::UnreadableFile, "cannot write " + writer->partial_.string());
    return writer;
}

FolderIndexWriter::~FolderIndexWriter()
{
    if (fd_ >= 0)
        ::close(fd_);
    if (!finished_) {
        std::error_code ec;
        fs::remove(partial_, ec);
    }
}

Status FolderIndexWriter::writeAt(const void* data, std::size_t bytes, std::uint64_t offset)
{
    const auto* p = static_cast<const char*>(data);
    while (bytes > 0) {
        const ssize_t n = ::pwrite(fd_, p, bytes, off_t(offset));
        if (n <= 0)
            return makeError(ErrorCode::UnreadableFile, "cannot write " + partial_.string() + " (disk full?)");
        p += n;
        bytes -= std::size_t(n);
        offset += std::uint64_t(n);
    }
    return Status::success();
}

Status FolderIndexWriter::flush()
{
    if (buffer_.empty())
        return Status::success();
    auto written = writeAt(buffer_.data(), buffer_.size(), kHeaderBytes + flushedBytes_);
    if (written) {
        flushedBytes_ += buffer_.size();
        buffer_.clear();
    }
    return written;
}

Status FolderIndexWriter::append(const std::uint8_t* image)
{
    const std::size_t bytes = std::size_t(width_) * height_ * channels_;
    buffer_.insert(buffer_.end(), image, image + bytes);
    ++items_;
    return buffer_.size() >= (std::size_t(4) << 20) ? flush() : Status::success();
}

Status FolderIndexWriter::keepFirstChannel()
{
    if (channels_ != 3)
        return Status::success();
    if (auto flushed = flush(); !flushed)
        return flushed;
    // Forward in blocks: image i's one channel goes to i × pixels, at or before where its three
    // were read from, so nothing is overwritten before it is read.
    const std::size_t pixels = std::size_t(width_) * height_;
    const std::size_t block = std::max<std::size_t>(1, (std::size_t(4) << 20) / (3 * pixels));
    std::vector<std::uint8_t> rgb, gray;
    for (std::size_t first = 0; first < items_; first += block) {
        const std::size_t count = std::min(block, items_ - first);
        rgb.resize(count * pixels * 3);
        const off_t from = off_t(kHeaderBytes + first * pixels * 3);
        if (::pread(fd_, rgb.data(), rgb.size(), from) != ssize_t(rgb.size()))
            return makeError(ErrorCode::UnreadableFile, "cannot read back " + partial_.string());
        gray.resize(count * pixels);
        for (std::size_t p = 0; p < gray.size(); ++p)
            gray[p] = rgb[3 * p];
        if (auto written = writeAt(gray.data(), gray.size(), kHeaderBytes + first * pixels); !written)
            return written;
    }
    channels_ = 1;
    flushedBytes_ = items_ * pixels;
    if (::ftruncate(fd_, off_t(kHeaderBytes + flushedBytes_)) != 0)
        return makeError(ErrorCode::UnreadableFile, "cannot shorten " + partial_.string());
    return Status::success();
}

Result<std::vector<std::uint8_t>> FolderIndexWriter::pixels()
{
    // After finish() (or a finish that failed once the file was closed) the pixels are read from
    // the file by its name: the import can still go on in memory.
    const fs::path& name = finished_ ? file_ : partial_;
    const int fd = fd_ >= 0 ? fd_ : ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::UnreadableFile, "cannot read back " + name.string());
    struct CloseOwn {
        int fd;
        bool own;
        ~CloseOwn()
        {
            if (own)
                ::close(fd);
        }
    } closer{fd, fd != fd_};
    try {
        std::vector<std::uint8_t> out(flushedBytes_ + buffer_.size());
        std::size_t done = 0;
        while (done < flushedBytes_) {
            const ssize_t n = ::pread(fd, out.data() + done, flushedBytes_ - done, off_t(kHeaderBytes + done));
            if (n <= 0)
                return makeError(ErrorCode::UnreadableFile, "cannot read back " + name.string());
            done += std::size_t(n);
        }
        std::copy(buffer_.begin(), buffer_.end(), out.begin() + std::ptrdiff_t(flushedBytes_));
        return out;
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory, "not enough memory for the thumbnails of " + partial_.string());
    }
}

Status FolderIndexWriter::finish(const Dataset& ds, std::uintmax_t limitBytes)
{
    if (ds.size() != items_ || ds.width != width_ || ds.height != height_ || ds.channels != channels_)
        return makeError(ErrorCode::Internal, "the folder index was given other images than it holds");
    if (auto flushed = flush(); !flushed)
        return flushed;
    std::uint8_t header[kHeaderBytes] = {};
    std::memcpy(header, kMagic, sizeof kMagic);
    std::memcpy(header + sizeof kMagic, key_.data(), kKeyDigits);
    const std::uint32_t sizes[3] = {std::uint32_t(width_), std::uint32_t(height_), std::uint32_t(channels_)};
    std::memcpy(header + sizeof kMagic + kKeyDigits, sizes, sizeof sizes);

    TailBuilder tail;
    const bool metadata = !ds.metadata.empty() && ds.metadata.size() == ds.size();
    tail.value(std::uint64_t(ds.size()));
    tail.value(std::uint64_t(ds.classNames.size()));
    tail.value(std::uint64_t(ds.metadataColumns.size()));
    tail.value(std::uint64_t(metadata ? ds.size() : 0));
    tail.value(std::uint64_t(ds.skipped.size()));
    for (const auto& name : ds.classNames)
        tail.text(name);
    for (std::size_t i = 0; i < ds.size(); ++i)
        tail.text(i < ds.itemPaths.size() ? ds.itemPaths[i] : std::string());
    for (const auto& column : ds.metadataColumns)
        tail.text(column);
    if (metadata)
        for (const auto& row : ds.metadata)
            for (std::size_t c = 0; c < ds.metadataColumns.size(); ++c)
                tail.text(c < row.size() ? row[c] : std::string());
    for (const auto& s : ds.skipped) {
        tail.text(s.path);
        tail.text(s.reason);
    }
    for (const int label : ds.labels)
        tail.value(std::int32_t(label));

    const std::uint64_t tailOffset = kHeaderBytes + flushedBytes_;
    Checksum sum;
    sum.add(header, sizeof header);
    sum.add(tail.data().data(), tail.data().size());
    const std::uint64_t trailer[2] = {tailOffset, sum.value()};
    for (auto written : {writeAt(header, sizeof header, 0), writeAt(tail.data().data(), tail.data().size(), tailOffset),
                         writeAt(trailer, sizeof trailer, tailOffset + tail.data().size())})
        if (!written)
            return written;
    if (::close(std::exchange(fd_, -1)) != 0)
        return makeError(ErrorCode::UnreadableFile, "cannot write " + partial_.string() + " (disk full?)");
    std::error_code ec;
    fs::rename(partial_, file_, ec);
    if (ec)
        return makeError(ErrorCode::UnreadableFile, "cannot move the folder index into " + file_.string());
    finished_ = true;
    removeLeastRecentlyUsed(file_, limitBytes);
    return Status::success();
}

Status writeFolderIndex(const fs::path& file, const std::string& key, const Dataset& ds, std::uintmax_t limitBytes)
{
    auto writer = FolderIndexWriter::create(file, key, ds.width, ds.height, ds.channels);
    if (!writer)
        return writer.error();
    if (ds.pixelBytes() != ds.size() * ds.imageBytes())
        return makeError(ErrorCode::Internal, "the dataset's pixels do not match its images");
    for (std::size_t i = 0; i < ds.size(); ++i)
        if (auto appended = (*writer)->append(ds.image(i)); !appended)
            return appended;
    return (*writer)->finish(ds, limitBytes);
}

}  // namespace tse::imageio::detail
