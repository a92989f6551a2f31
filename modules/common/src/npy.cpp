// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/common/npy.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace tse::npy {
namespace {

struct Header {
    std::string dtype;  // e.g. "<f4"
    bool fortranOrder = false;
    std::vector<std::int64_t> shape;
    std::streamoff dataOffset = 0;
};

Result<Header> readHeader(std::ifstream& in, const std::string& name)
{
    char magic[8];
    if (!in.read(magic, 8) || std::memcmp(magic, "\x93NUMPY", 6) != 0)
        return makeError(ErrorCode::BadFormat, name + " is not a .npy file (missing \\x93NUMPY magic)");
    const int major = static_cast<unsigned char>(magic[6]);
    std::uint32_t headerLength = 0;
    if (major == 1) {
        unsigned char len[2];
        if (!in.read(reinterpret_cast<char*>(len), 2))
            return makeError(ErrorCode::BadFormat, name + ": truncated .npy header");
        headerLength = len[0] | (len[1] << 8);
    } else if (major == 2 || major == 3) {
        unsigned char len[4];
        if (!in.read(reinterpret_cast<char*>(len), 4))
            return makeError(ErrorCode::BadFormat, name + ": truncated .npy header");
        headerLength = len[0] | (len[1] << 8) | (len[2] << 16) | (std::uint32_t(len[3]) << 24);
    } else {
        return makeError(ErrorCode::BadFormat, name + ": unsupported .npy version " + std::to_string(major));
    }
    if (headerLength > 1 << 20)
        return makeError(ErrorCode::BadFormat, name + ": .npy header is implausibly long");
    std::string text(headerLength, '\0');
    if (!in.read(text.data(), headerLength))
        return makeError(ErrorCode::BadFormat, name + ": truncated .npy header");

    // A hand-written scan of the Python dict literal, not std::regex: libstdc++'s regex matcher
    // recurses per character and a 1 MB header overflowed the stack.
    Header header;
    const auto valueAfter = [&](const char* key) -> std::size_t {
        std::size_t at = text.find(key);
        if (at == std::string::npos)
            return std::string::npos;
        at += std::strlen(key);
        while (at < text.size() && (text[at] == ' ' || text[at] == ':'))
            ++at;
        return at < text.size() ? at : std::string::npos;
    };
    const std::size_t descr = valueAfter("'descr'");
    const std::size_t descrEnd = descr == std::string::npos || text[descr] != '\'' ? std::string::npos : text.find('\'', descr + 1);
    if (descrEnd == std::string::npos || descrEnd == descr + 1)
        return makeError(ErrorCode::BadFormat, name + ": .npy header has no dtype");
    header.dtype = text.substr(descr + 1, descrEnd - descr - 1);
    header.fortranOrder = text.find("'fortran_order': True") != std::string::npos;
    const std::size_t shape = valueAfter("'shape'");
    const std::size_t shapeEnd = shape == std::string::npos || text[shape] != '(' ? std::string::npos : text.find(')', shape);
    if (shapeEnd == std::string::npos)
        return makeError(ErrorCode::BadFormat, name + ": .npy header has no shape");
    for (std::size_t at = shape + 1; at < shapeEnd;) {
        if (text[at] == ' ' || text[at] == ',' || text[at] == 'L') {
            ++at;
            continue;
        }
        std::size_t end = at;
        while (end < shapeEnd && text[end] >= '0' && text[end] <= '9')
            ++end;
        const std::string digits = text.substr(at, end - at);
        if (digits.empty())
            return makeError(ErrorCode::BadFormat, name + ": .npy shape (" + text.substr(shape + 1, std::min<std::size_t>(shapeEnd - shape - 1, 40)) +
                                                       ") is not a tuple of sizes");
        // A dimension beyond 2^40 cannot be a real feature matrix; from_chars also refuses overflow.
        std::uint64_t value = 0;
        const auto [stop, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (ec != std::errc() || stop != digits.data() + digits.size() || value > (std::uint64_t(1) << 40))
            return makeError(ErrorCode::BadFormat, name + ": .npy dimension " + digits.substr(0, 24) + " is too large");
        header.shape.push_back(static_cast<std::int64_t>(value));
        at = end;
    }
    header.dataOffset = in.tellg();
    return header;
}

// An opened array: its shape as rows × cols and its element type, the stream at the data.
struct OpenArray {
    std::ifstream in;
    std::string name;
    std::string dtype;
    std::int64_t rows = 0, cols = 0;
};

std::size_t elementSize(const std::string& dtype)
{
    if (dtype == "<f4" || dtype == "<i4")
        return 4;
    if (dtype == "<f8" || dtype == "<i8")
        return 8;
    if (dtype == "|u1")
        return 1;
    return 0;
}

// Opens an array and checks every claimed size against the bytes in the file before anything
// is allocated for it.
Result<OpenArray> openArray(const std::filesystem::path& path)
{
    OpenArray a;
    a.name = path.string();
    a.in.open(path, std::ios::binary);
    if (!a.in) {
        if (!std::filesystem::exists(path))
            return makeError(ErrorCode::FileNotFound, a.name + " does not exist");
        return makeError(ErrorCode::UnreadableFile, "cannot open " + a.name);
    }
    auto header = readHeader(a.in, a.name);
    if (!header)
        return header.error();
    if (header->fortranOrder)
        return makeError(ErrorCode::BadFormat, a.name + ": Fortran-order arrays are not supported; save with np.ascontiguousarray");
    if (header->shape.empty() || header->shape.size() > 2)
        return makeError(ErrorCode::BadFormat, a.name + ": expected a 1-D or 2-D array, found " +
                                                   std::to_string(header->shape.size()) + " dimensions");
    a.dtype = header->dtype;
    const std::size_t size = elementSize(a.dtype);
    if (size == 0)
        return makeError(ErrorCode::BadFormat, a.name + ": unsupported dtype '" + a.dtype +
                                                   "' (use float32, float64, int32 or int64)");
    a.rows = header->shape[0];
    a.cols = header->shape.size() == 2 ? header->shape[1] : 1;
    // Both dimensions are below 2^40, so the products below cannot overflow 128 bits; check 64.
    const unsigned __int128 bytes = static_cast<unsigned __int128>(a.rows) * std::uint64_t(a.cols) * size;
    std::error_code ec;
    const auto fileSize = std::filesystem::file_size(path, ec);
    const auto present = ec || fileSize < std::uint64_t(header->dataOffset) ? 0 : fileSize - std::uint64_t(header->dataOffset);
    if (bytes > present)
        return makeError(ErrorCode::BadFormat, a.name + ": file is shorter than its header says (" + std::to_string(a.rows) +
                                                   "×" + std::to_string(a.cols) + " " + a.dtype + " needs " +
                                                   std::to_string(static_cast<unsigned long long>(std::min<unsigned __int128>(bytes, ~0ULL))) +
                                                   " bytes, " + std::to_string(present) + " present)");
    return a;
}

// Reads the array's values in blocks, converting each to T into out[0 … rows·cols).
template <class T>
bool readInto(OpenArray& a, T* out)
{
    const std::size_t count = std::size_t(a.rows) * std::size_t(a.cols);
    auto convert = [&](auto tag) {
        using Stored = decltype(tag);
        constexpr std::size_t kBlock = 1 << 16;
        std::vector<Stored> buffer(std::min(count, kBlock));
        for (std::size_t done = 0; done < count;) {
            const std::size_t n = std::min(kBlock, count - done);
            if (!a.in.read(reinterpret_cast<char*>(buffer.data()), static_cast<std::streamsize>(n * sizeof(Stored))))
                return false;
            for (std::size_t i = 0; i < n; ++i)
                out[done + i] = static_cast<T>(buffer[i]);
            done += n;
        }
        return true;
    };
    const std::string& d = a.dtype;
    if (d == "<f4") return convert(float{});
    if (d == "<f8") return convert(double{});
    if (d == "<i4") return convert(std::int32_t{});
    if (d == "<i8") return convert(std::int64_t{});
    return convert(std::uint8_t{});
}

// The preamble and padded header of an array of this dtype and shape.
std::string arrayHeader(const char* dtype, const std::vector<std::int64_t>& shape)
{
    std::string shapeText = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        shapeText += std::to_string(shape[i]) + (shape.size() == 1 || i + 1 < shape.size() ? "," : "");
    shapeText += ")";
    std::string header = std::string("{'descr': '") + dtype + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
    // Pad so the data starts on a 64-byte boundary, as NumPy does.
    const std::size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header += '\n';
    const unsigned char preamble[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0,
                                        static_cast<unsigned char>(header.size() & 0xFF),
                                        static_cast<unsigned char>(header.size() >> 8)};
    return std::string(reinterpret_cast<const char*>(preamble), 10) + header;
}

Status writeArray(const std::filesystem::path& path, const char* dtype, const std::vector<std::int64_t>& shape,
                  const void* data, std::size_t bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        return makeError(ErrorCode::UnreadableFile, "cannot write " + path.string());
    const std::string header = arrayHeader(dtype, shape);
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(bytes));
    out.close();
    if (!out)
        return makeError(ErrorCode::UnreadableFile, "writing " + path.string() + " failed (disk full?)");
    return Status::success();
}

}  // namespace

Result<Matrix> readMatrix(const std::filesystem::path& path)
{
    auto array = openArray(path);
    if (!array)
        return array.error();
    Matrix m(array->rows, array->cols);
    if (!readInto(*array, m.data()))
        return makeError(ErrorCode::BadFormat, array->name + ": could not read its values");
    return m;
}

Result<std::shared_ptr<const MappedMatrix>> MappedMatrix::open(const std::filesystem::path& path)
{
    std::size_t offset = 0;
    std::shared_ptr<MappedMatrix> mapped(new MappedMatrix);
    {
        auto array = openArray(path);  // every size checked against the file
        if (!array)
            return array.error();
        offset = static_cast<std::size_t>(array->in.tellg());
        mapped->dtype_ = array->dtype;
        mapped->rows_ = array->rows;
        mapped->cols_ = array->cols;
    }
    mapped->elementBytes_ = elementSize(mapped->dtype_);
    mapped->dataOffset_ = offset;
    mapped->mappingBytes_ = offset + std::size_t(mapped->rows_) * std::size_t(mapped->cols_) * mapped->elementBytes_;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::UnreadableFile, "cannot open " + path.string());
    void* base = ::mmap(nullptr, mapped->mappingBytes_, PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);  // the mapping keeps the file
    if (base == MAP_FAILED)
        return makeError(ErrorCode::UnreadableFile, "cannot map " + path.string() + " into memory");
    mapped->mapping_ = base;
    ::madvise(base, mapped->mappingBytes_, MADV_SEQUENTIAL);  // passes read it front to back
    return std::shared_ptr<const MappedMatrix>(std::move(mapped));
}

MappedMatrix::~MappedMatrix()
{
    if (mapping_)
        ::munmap(mapping_, mappingBytes_);
}

ConstRowBlock MappedMatrix::block(Eigen::Index first, Eigen::Index count, Matrix& scratch) const
{
    const char* at = static_cast<const char*>(mapping_) + dataOffset_ +
                     std::size_t(first) * std::size_t(cols_) * elementBytes_;
    // float32 rows at an aligned offset are used where they lie; a header of odd length (which
    // NumPy never writes) or another dtype is converted.
    if (dtype_ == "<f4" && reinterpret_cast<std::uintptr_t>(at) % alignof(float) == 0)
        return ConstRowBlock(reinterpret_cast<const float*>(at), count, cols_);
    scratch.resize(count, cols_);
    const std::size_t values = std::size_t(count) * std::size_t(cols_);
    auto convert = [&](auto tag) {
        using Stored = decltype(tag);
        for (std::size_t v = 0; v < values; ++v) {
            Stored value;
            std::memcpy(&value, at + v * sizeof(Stored), sizeof(Stored));
            scratch.data()[v] = static_cast<float>(value);
        }
    };
    if (dtype_ == "<f4") convert(float{});
    else if (dtype_ == "<f8") convert(double{});
    else if (dtype_ == "<i4") convert(std::int32_t{});
    else if (dtype_ == "<i8") convert(std::int64_t{});
    else convert(std::uint8_t{});
    return ConstRowBlock(scratch.data(), count, cols_);
}

void MappedMatrix::release(Eigen::Index first, Eigen::Index count) const
{
    // Whole pages inside the rows only: a page shared with the next block may still be in use.
    const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t rowBytes = std::size_t(cols_) * elementBytes_;
    const std::size_t begin = dataOffset_ + std::size_t(first) * rowBytes;
    const std::size_t end = begin + std::size_t(count) * rowBytes;
    const std::size_t alignedBegin = (begin + page - 1) / page * page;
    const std::size_t alignedEnd = end / page * page;
    if (alignedEnd > alignedBegin)
        ::madvise(static_cast<char*>(mapping_) + alignedBegin, alignedEnd - alignedBegin, MADV_DONTNEED);
}

Result<std::vector<std::int64_t>> readLabels(const std::filesystem::path& path)
{
    auto array = openArray(path);
    if (!array)
        return array.error();
    if (array->cols != 1)
        return makeError(ErrorCode::BadFormat, path.string() + ": labels must be a 1-D array");
    std::vector<double> values(static_cast<std::size_t>(array->rows));
    if (!readInto(*array, values.data()))
        return makeError(ErrorCode::BadFormat, array->name + ": could not read its values");
    std::vector<std::int64_t> labels;
    labels.reserve(values.size());
    // Labels index classes: integral and within int range (a double like 2.7e20 has no int64).
    constexpr double kLargest = 2147483647.0;
    for (double v : values) {
        if (!std::isfinite(v) || v != std::floor(v) || v < -kLargest || v > kLargest)
            return makeError(ErrorCode::BadFormat, path.string() + ": labels must be integers between -2^31 and 2^31");
        labels.push_back(static_cast<std::int64_t>(v));
    }
    return labels;
}

Status writeMatrix(const std::filesystem::path& path, const Matrix& m)
{
    return writeArray(path, "<f4", {m.rows(), m.cols()}, m.data(), sizeof(float) * m.size());
}

Status writeLabels(const std::filesystem::path& path, const std::vector<std::int64_t>& labels)
{
    return writeArray(path, "<i8", {static_cast<std::int64_t>(labels.size())}, labels.data(),
                      sizeof(std::int64_t) * labels.size());
}

struct MatrixWriter::State {
    std::filesystem::path path, part;
    std::ofstream out;
    std::int64_t rows = 0, cols = 0, written = 0;
};

Result<MatrixWriter> MatrixWriter::open(const std::filesystem::path& path, std::int64_t rows, std::int64_t cols)
{
    if (rows < 0 || cols < 0)
        return makeError(ErrorCode::InvalidArgument, "a matrix cannot have a negative size");
    MatrixWriter w;
    w.state_ = std::make_unique<State>();
    w.state_->path = path;
    w.state_->part = path.string() + ".part";
    w.state_->rows = rows;
    w.state_->cols = cols;
    w.state_->out.open(w.state_->part, std::ios::binary | std::ios::trunc);
    if (!w.state_->out)
        return makeError(ErrorCode::UnreadableFile, "cannot write " + path.string());
    const std::string header = arrayHeader("<f4", {rows, cols});
    w.state_->out.write(header.data(), static_cast<std::streamsize>(header.size()));
    return w;
}

MatrixWriter::MatrixWriter(MatrixWriter&&) noexcept = default;
MatrixWriter& MatrixWriter::operator=(MatrixWriter&&) noexcept = default;

MatrixWriter::~MatrixWriter()
{
    if (state_ && state_->out.is_open()) {  // never closed: leave nothing behind
        state_->out.close();
        std::error_code ec;
        std::filesystem::remove(state_->part, ec);
    }
}

Status MatrixWriter::append(const Matrix& m)
{
    if (!state_ || !state_->out.is_open())
        return makeError(ErrorCode::InvalidArgument, "the matrix writer is closed");
    if (m.cols() != state_->cols || state_->written + m.rows() > state_->rows)
        return makeError(ErrorCode::InvalidArgument, "rows of the wrong shape for " + state_->path.string());
    state_->out.write(reinterpret_cast<const char*>(m.data()), static_cast<std::streamsize>(sizeof(float) * m.size()));
    state_->written += m.rows();
    if (!state_->out)
        return makeError(ErrorCode::UnreadableFile, "writing " + state_->path.string() + " failed (disk full?)");
    return Status::success();
}

Status MatrixWriter::close()
{
    if (!state_ || !state_->out.is_open())
        return makeError(ErrorCode::InvalidArgument, "the matrix writer is closed");
    state_->out.close();
    std::error_code ec;
    if (!state_->out || state_->written != state_->rows) {
        std::filesystem::remove(state_->part, ec);
        return makeError(ErrorCode::UnreadableFile, state_->written != state_->rows
                                                        ? state_->path.string() + " got " + std::to_string(state_->written) +
                                                              " of its " + std::to_string(state_->rows) + " rows"
                                                        : "writing " + state_->path.string() + " failed (disk full?)");
    }
    std::filesystem::rename(state_->part, state_->path, ec);
    if (ec)
        return makeError(ErrorCode::UnreadableFile, "cannot move " + state_->part.string() + " into place: " + ec.message());
    return Status::success();
}

}  // namespace tse::npy
