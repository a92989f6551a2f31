#include "tse/common/npy.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <regex>

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

    Header header;
    std::smatch m;
    if (!std::regex_search(text, m, std::regex(R"('descr'\s*:\s*'([^']+)')")))
        return makeError(ErrorCode::BadFormat, name + ": .npy header has no dtype");
    header.dtype = m[1];
    header.fortranOrder = text.find("'fortran_order': True") != std::string::npos;
    if (!std::regex_search(text, m, std::regex(R"('shape'\s*:\s*\(([^)]*)\))")))
        return makeError(ErrorCode::BadFormat, name + ": .npy header has no shape");
    const std::string dims = m[1];
    std::regex number(R"(\d+)");
    for (auto it = std::sregex_iterator(dims.begin(), dims.end(), number); it != std::sregex_iterator(); ++it)
        header.shape.push_back(std::stoll(it->str()));
    header.dataOffset = in.tellg();
    return header;
}

template <class T>
bool readValues(std::ifstream& in, std::size_t count, std::vector<double>& out)
{
    std::vector<T> buffer(count);
    if (!in.read(reinterpret_cast<char*>(buffer.data()), static_cast<std::streamsize>(count * sizeof(T))))
        return false;
    out.assign(buffer.begin(), buffer.end());
    return true;
}

// Reads any supported array into doubles with its shape as rows × cols.
Result<std::vector<double>> readArray(const std::filesystem::path& path, std::int64_t& rows, std::int64_t& cols)
{
    const std::string name = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (!std::filesystem::exists(path))
            return makeError(ErrorCode::FileNotFound, name + " does not exist");
        return makeError(ErrorCode::UnreadableFile, "cannot open " + name);
    }
    auto header = readHeader(in, name);
    if (!header)
        return header.error();
    if (header->fortranOrder)
        return makeError(ErrorCode::BadFormat, name + ": Fortran-order arrays are not supported; save with np.ascontiguousarray");
    if (header->shape.empty() || header->shape.size() > 2)
        return makeError(ErrorCode::BadFormat, name + ": expected a 1-D or 2-D array, found " +
                                                   std::to_string(header->shape.size()) + " dimensions");
    rows = header->shape[0];
    cols = header->shape.size() == 2 ? header->shape[1] : 1;
    const auto count = static_cast<std::size_t>(rows * cols);
    std::vector<double> values;
    bool ok = false;
    const std::string& d = header->dtype;
    if (d == "<f4") ok = readValues<float>(in, count, values);
    else if (d == "<f8") ok = readValues<double>(in, count, values);
    else if (d == "<i4") ok = readValues<std::int32_t>(in, count, values);
    else if (d == "<i8") ok = readValues<std::int64_t>(in, count, values);
    else if (d == "|u1") ok = readValues<std::uint8_t>(in, count, values);
    else
        return makeError(ErrorCode::BadFormat, name + ": unsupported dtype '" + d + "' (use float32, float64, int32 or int64)");
    if (!ok)
        return makeError(ErrorCode::BadFormat, name + ": file is shorter than its header says (" +
                                                   std::to_string(rows) + "×" + std::to_string(cols) + ")");
    return values;
}

Status writeArray(const std::filesystem::path& path, const char* dtype, const std::vector<std::int64_t>& shape,
                  const void* data, std::size_t bytes)
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
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        return makeError(ErrorCode::UnreadableFile, "cannot write " + path.string());
    const unsigned char preamble[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0,
                                        static_cast<unsigned char>(header.size() & 0xFF),
                                        static_cast<unsigned char>(header.size() >> 8)};
    out.write(reinterpret_cast<const char*>(preamble), 10);
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
    std::int64_t rows = 0, cols = 0;
    auto values = readArray(path, rows, cols);
    if (!values)
        return values.error();
    Matrix m(rows, cols);
    for (std::int64_t i = 0; i < rows * cols; ++i)
        m.data()[i] = static_cast<float>(values.value()[i]);
    return m;
}

Result<std::vector<std::int64_t>> readLabels(const std::filesystem::path& path)
{
    std::int64_t rows = 0, cols = 0;
    auto values = readArray(path, rows, cols);
    if (!values)
        return values.error();
    if (cols != 1)
        return makeError(ErrorCode::BadFormat, path.string() + ": labels must be a 1-D array");
    std::vector<std::int64_t> labels;
    labels.reserve(rows);
    for (double v : values.value()) {
        if (!std::isfinite(v) || v != std::floor(v))
            return makeError(ErrorCode::BadFormat, path.string() + ": labels must be integers");
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

}  // namespace tse::npy
