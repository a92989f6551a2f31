// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/imageio/idxreader.h"

#include <zlib.h>

#include <array>
#include <fstream>
#include <memory>

namespace tse::imageio {
namespace {

// gzopen reads plain files transparently, so one path handles both .gz and raw IDX.
struct GzCloser {
    void operator()(gzFile f) const { gzclose(f); }
};
using GzFile = std::unique_ptr<std::remove_pointer_t<gzFile>, GzCloser>;

bool readExactly(gzFile f, void* buffer, std::size_t bytes)
{
    auto* out = static_cast<char*>(buffer);
    while (bytes > 0) {
        const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(bytes, 1u << 30));
        const int got = gzread(f, out, chunk);
        if (got <= 0)
            return false;
        out += got;
        bytes -= static_cast<std::size_t>(got);
    }
    return true;
}

std::uint32_t bigEndian(const unsigned char* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

struct IdxHeader {
    int dims = 0;
    std::vector<std::uint32_t> shape;
};

Result<IdxHeader> readHeader(gzFile f, const std::string& name)
{
    unsigned char magic[4];
    if (!readExactly(f, magic, 4))
        return makeError(ErrorCode::BadFormat, name + " is empty or truncated");
    if (magic[0] != 0 || magic[1] != 0 || magic[2] != 0x08)
        return makeError(ErrorCode::BadFormat, name + " is not an unsigned-byte IDX file (bad magic number)");
    IdxHeader header;
    header.dims = magic[3];
    if (header.dims < 1 || header.dims > 3)
        return makeError(ErrorCode::BadFormat, name + ": IDX files with " + std::to_string(header.dims) +
                                                   " dimensions are not supported");
    for (int d = 0; d < header.dims; ++d) {
        unsigned char bytes[4];
        if (!readExactly(f, bytes, 4))
            return makeError(ErrorCode::BadFormat, name + ": truncated IDX header");
        header.shape.push_back(bigEndian(bytes));
    }
    return header;
}

Result<GzFile> openGz(const std::filesystem::path& path)
{
    if (!std::filesystem::exists(path))
        return makeError(ErrorCode::FileNotFound, path.string() + " does not exist");
    GzFile f(gzopen(path.c_str(), "rb"));
    if (!f)
        return makeError(ErrorCode::UnreadableFile, "cannot open " + path.string());
    return f;
}

std::vector<std::string> readClassNames(const std::filesystem::path& folder)
{
    std::vector<std::string> names;
    std::ifstream in(folder / "classes.txt");
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            names.push_back(line);
    return names;
}

}  // namespace

bool looksLikeIdx(const std::filesystem::path& path)
{
    GzFile f(gzopen(path.c_str(), "rb"));
    unsigned char magic[4];
    return f && readExactly(f.get(), magic, 4) && magic[0] == 0 && magic[1] == 0 && magic[2] == 0x08;
}

std::optional<std::filesystem::path> findIdxLabels(const std::filesystem::path& imagesPath)
{
    std::string name = imagesPath.filename().string();
    const auto pos = name.find("images-idx3");
    if (pos == std::string::npos)
        return std::nullopt;
    std::string stem = name.substr(0, pos) + "labels-idx1-ubyte";
    for (const char* suffix : {"", ".gz"}) {
        auto candidate = imagesPath.parent_path() / (stem + suffix);
        if (std::filesystem::exists(candidate))
            return candidate;
    }
    return std::nullopt;
}

Result<Dataset> readIdx(const std::filesystem::path& imagesPath, std::optional<std::filesystem::path> labelsPath,
                        const Progress& progress)
{
    const std::string name = imagesPath.string();
    auto images = openGz(imagesPath);
    if (!images)
        return images.error();
    auto header = readHeader(images->get(), name);
    if (!header)
        return header.error();
    if (header->dims != 3)
        return makeError(ErrorCode::BadFormat, name + " holds a " + std::to_string(header->dims) +
                                                   "-D array; expected images (N×rows×cols)");
    const std::size_t n = header->shape[0];
    const std::size_t rows = header->shape[1], cols = header->shape[2];
    if (rows == 0 || cols == 0 || rows > 4096 || cols > 4096)
        return makeError(ErrorCode::BadFormat, name + ": implausible image size " + std::to_string(rows) + "×" +
                                                   std::to_string(cols));

    // The header's claim is checked against what the file can hold before anything is allocated:
    // its own size when stored plain, or 1,032 times that when gzipped (deflate's largest ratio).
    std::error_code sizeError;
    const std::uint64_t fileSize = std::filesystem::file_size(imagesPath, sizeError);
    const unsigned __int128 claimed = static_cast<unsigned __int128>(n) * rows * cols;
    const std::uint64_t holdable = sizeError ? 0 : gzdirect(images->get()) ? fileSize : fileSize * 1032;
    if (claimed > holdable)
        return makeError(ErrorCode::BadFormat, name + " is truncated: the header promises " + std::to_string(n) + " images of " +
                                                   std::to_string(rows) + "×" + std::to_string(cols) + " but the file (" +
                                                   std::to_string(fileSize) + " bytes) cannot hold them");

    Dataset ds;
    ds.source = imagesPath.string();
    ds.name = imagesPath.filename().string();
    ds.width = static_cast<int>(cols);
    ds.height = static_cast<int>(rows);
    ds.channels = 1;
    try {
        ds.pixels.resize(n * rows * cols);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory, name + ": not enough memory for " + std::to_string(n) + " images");
    }
    // Read in chunks so a 70,000-image file reports progress and can be cancelled.
    const std::size_t chunkItems = 2048;
    for (std::size_t first = 0; first < n; first += chunkItems) {
        if (progress.cancelled())
            return makeError(ErrorCode::Cancelled, "reading " + name + " was cancelled");
        const std::size_t count = std::min(chunkItems, n - first);
        if (!readExactly(images->get(), ds.pixels.data() + first * rows * cols, count * rows * cols))
            return makeError(ErrorCode::BadFormat, name + " is truncated: the header promises " + std::to_string(n) +
                                                       " images but the data ends early");
        progress.report("Reading images", double(first + count) / double(n));
    }

    if (!labelsPath)
        labelsPath = findIdxLabels(imagesPath);
    int maxLabel = -1;
    if (labelsPath) {
        const std::string labelsName = labelsPath->string();
        auto labels = openGz(*labelsPath);
        if (!labels)
            return labels.error();
        auto labelHeader = readHeader(labels->get(), labelsName);
        if (!labelHeader)
            return labelHeader.error();
        if (labelHeader->dims != 1)
            return makeError(ErrorCode::BadFormat, labelsName + " is not a 1-D labels file");
        if (labelHeader->shape[0] != n)
            return makeError(ErrorCode::BadFormat, labelsName + " has " + std::to_string(labelHeader->shape[0]) +
                                                       " labels but " + name + " has " + std::to_string(n) + " images");
        std::vector<std::uint8_t> raw(n);
        if (!readExactly(labels->get(), raw.data(), n))
            return makeError(ErrorCode::BadFormat, labelsName + " is truncated");
        ds.labels.assign(raw.begin(), raw.end());
        for (int l : ds.labels)
            maxLabel = std::max(maxLabel, l);
    } else {
        ds.labels.assign(n, -1);
    }
    ds.classNames = readClassNames(imagesPath.parent_path());
    if (static_cast<int>(ds.classNames.size()) <= maxLabel) {
        ds.classNames.clear();
        for (int c = 0; c <= maxLabel; ++c)
            ds.classNames.push_back(std::to_string(c));
    }
    return ds;
}

Status appendDataset(Dataset& a, const Dataset& b)
{
    if (a.width != b.width || a.height != b.height || a.channels != b.channels)
        return makeError(ErrorCode::InvalidArgument, "cannot join datasets with different image sizes");
    if (a.classNames != b.classNames)
        return makeError(ErrorCode::InvalidArgument, "cannot join datasets with different classes");
    a.loadPixels();
    a.pixels.insert(a.pixels.end(), b.pixelData(), b.pixelData() + b.pixelBytes());
    a.labels.insert(a.labels.end(), b.labels.begin(), b.labels.end());
    a.itemPaths.insert(a.itemPaths.end(), b.itemPaths.begin(), b.itemPaths.end());
    return Status::success();
}

}  // namespace tse::imageio
