// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Part of the libtorch plugin (torchplugin.h). Reads torch.save() state dicts. The zip container is opened with libtorch's
// PyTorchStreamReader (caffe2/serialize: light headers, no <torch/...>); the pickle inside
// is interpreted by torchpickle.cpp.
#include "tse/features/torchweights.h"

#include <caffe2/serialize/inline_container.h>

#include <cstring>
#include <fstream>
#include <map>

#include "torchpickle.h"
#include "torchplugin.h"

namespace tse::features {
namespace fs = std::filesystem;
using detail::TensorRecord;

namespace {

struct StorageBytes {
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
};

Result<std::size_t> elementSize(const std::string& storageType)
{
    if (storageType == "FloatStorage") return std::size_t(4);
    if (storageType == "DoubleStorage") return std::size_t(8);
    if (storageType == "HalfStorage" || storageType == "BFloat16Storage") return std::size_t(2);
    return makeError(ErrorCode::BadFormat, "tensors of type " + storageType + " are not weights (float types only)");
}

float halfToFloat(std::uint16_t h)
{
    const std::uint32_t sign = std::uint32_t(h & 0x8000) << 16;
    std::uint32_t exponent = (h >> 10) & 0x1f, mantissa = h & 0x3ff;
    std::uint32_t bits;
    if (exponent == 0) {
        if (mantissa == 0) {
            bits = sign;
        } else {  // subnormal: normalise
            exponent = 127 - 15 + 1;
            while (!(mantissa & 0x400)) {
                mantissa <<= 1;
                --exponent;
            }
            bits = sign | (exponent << 23) | ((mantissa & 0x3ff) << 13);
        }
    } else if (exponent == 31) {
        bits = sign | 0x7f800000u | (mantissa << 13);
    } else {
        bits = sign | ((exponent - 15 + 127) << 23) | (mantissa << 13);
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

float elementAt(const std::uint8_t* p, const std::string& type)
{
    if (type == "FloatStorage") { float f; std::memcpy(&f, p, 4); return f; }
    if (type == "DoubleStorage") { double d; std::memcpy(&d, p, 8); return float(d); }
    std::uint16_t h;
    std::memcpy(&h, p, 2);
    if (type == "HalfStorage")
        return halfToFloat(h);
    const std::uint32_t bits = std::uint32_t(h) << 16;  // bfloat16
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

Result<NamedTensor> materialise(const std::string& name, const TensorRecord& record, StorageBytes storage)
{
    auto size = elementSize(record.storageType);
    if (!size)
        return makeError(ErrorCode::BadFormat, name + ": " + size.error().message);
    if (record.shape.size() != record.stride.size())
        return makeError(ErrorCode::BadFormat, name + ": size and stride disagree");
    NamedTensor tensor;
    tensor.name = name;
    tensor.shape = record.shape;
    // Checked arithmetic throughout: the shape, stride and offset are the file's claims.
    if (record.offset < 0)
        return makeError(ErrorCode::BadFormat, name + ": negative storage offset");
    std::int64_t count = 1, last = record.offset;
    for (std::size_t d = 0; d < record.shape.size(); ++d) {
        if (record.shape[d] < 0 || record.stride[d] < 0)
            return makeError(ErrorCode::BadFormat, name + ": negative size or stride");
        std::int64_t reach = 0;
        if (__builtin_mul_overflow(count, record.shape[d], &count) ||
            (record.shape[d] > 0 && (__builtin_mul_overflow(record.shape[d] - 1, record.stride[d], &reach) ||
                                     __builtin_add_overflow(last, reach, &last))))
            return makeError(ErrorCode::BadFormat, name + ": a shape whose size overflows 64 bits");
    }
    const std::size_t elementCount = storage.size / *size;
    if (count > 0 && std::uint64_t(last) >= elementCount)
        return makeError(ErrorCode::BadFormat, name + ": its data lie outside its storage (truncated file?)");
    // Weights are stored densely: a tensor never has more elements than its storage holds.
    // Refusing more (a stride-0 view of 2^34 elements, say) bounds what we allocate by the
    // bytes actually present in the file.
    if (std::uint64_t(count) > elementCount)
        return makeError(ErrorCode::BadFormat, name + ": claims " + std::to_string(count) + " elements but its storage holds " +
                                                   std::to_string(elementCount) + " (a crafted file?)");
    tensor.values.resize(std::size_t(count));
    // Walk the view in C order with an index odometer, so any stride pattern works.
    std::vector<std::int64_t> index(record.shape.size(), 0);
    for (std::int64_t i = 0; i < count; ++i) {
        std::int64_t at = record.offset;
        for (std::size_t d = 0; d < index.size(); ++d)
            at += index[d] * record.stride[d];
        tensor.values[std::size_t(i)] = elementAt(storage.data + std::size_t(at) * *size, record.storageType);
        for (std::size_t d = index.size(); d-- > 0;) {
            if (++index[d] < record.shape[d])
                break;
            index[d] = 0;
        }
    }
    return tensor;
}

Result<StateDict> assemble(const detail::PickleValue& root,
                           const std::function<Result<StorageBytes>(const std::string&)>& storageFor)
{
    auto records = detail::stateDictTensors(root);
    if (!records)
        return records.error();
    StateDict dict;
    for (const auto& [name, record] : *records) {
        auto storage = storageFor(record.storageKey);
        if (!storage)
            return storage.error();
        auto tensor = materialise(name, record, *storage);
        if (!tensor)
            return tensor.error();
        dict.tensors.push_back(std::move(tensor.value()));
    }
    return dict;
}

Result<StateDict> readZip(const fs::path& file)
{
    try {
        caffe2::serialize::PyTorchStreamReader reader(file.string());
        if (!reader.hasRecord("data.pkl"))
            return makeError(ErrorCode::BadFormat, file.string() + " is a zip file but not a PyTorch archive (no data.pkl)");
        auto [pickleData, pickleSize] = reader.getRecord("data.pkl");
        auto root = detail::unpickle(static_cast<const std::uint8_t*>(pickleData.get()), pickleSize);
        if (!root)
            return makeError(root.error().code, file.string() + ": " + root.error().message);
        std::map<std::string, std::tuple<at::DataPtr, std::size_t>> storages;
        auto storageFor = [&](const std::string& key) -> Result<StorageBytes> {
            auto it = storages.find(key);
            if (it == storages.end()) {
                const std::string record = "data/" + key;
                if (!reader.hasRecord(record))
                    return makeError(ErrorCode::BadFormat, file.string() + " lacks the storage " + record);
                it = storages.emplace(key, reader.getRecord(record)).first;
            }
            return StorageBytes{static_cast<const std::uint8_t*>(std::get<0>(it->second).get()), std::get<1>(it->second)};
        };
        auto dict = assemble(*root->value, storageFor);
        if (!dict)
            return makeError(dict.error().code, file.string() + ": " + dict.error().message);
        return dict;
    } catch (const std::exception& e) {
        // PyTorchStreamReader throws c10::Error for damaged archives (bad CRC, truncation).
        std::string what = e.what();
        if (const auto cut = what.find('\n'); cut != std::string::npos)
            what.resize(cut);
        return makeError(ErrorCode::BadFormat, file.string() + " is a damaged PyTorch archive: " + what);
    }
}

// The format before torch 1.6: pickles of (magic, protocol, system info, the state dict,
// the storage keys), then each storage as an 8-byte element count and its bytes.
Result<StateDict> readLegacy(const fs::path& file, const std::vector<std::uint8_t>& bytes)
{
    const auto bad = [&](const std::string& what) {
        return makeError(ErrorCode::BadFormat, file.string() + ": " + what);
    };
    std::size_t pos = 0;
    std::vector<detail::PickleResult> pickles;  // each keeps its values' arena alive
    std::vector<const detail::PickleValue*> values;
    for (int i = 0; i < 5; ++i) {
        auto next = detail::unpickle(bytes.data() + pos, bytes.size() - pos);
        if (!next)
            return bad(i == 0 ? "not a PyTorch weights file (neither a zip archive nor a pickle)" : next.error().message);
        pos += next->bytesRead;
        values.push_back(next->value);
        pickles.push_back(std::move(next.value()));
        if (i == 0 && (values[0]->kind != detail::PickleValue::Kind::Int ||
                       std::uint64_t(values[0]->integer) != 0xa86a20f9469cfc6cull))  // low bits of 0x1950a86a20f9469cfc6c
            return bad("a pickle, but not one torch.save() wrote (no magic number)");
    }
    if (values[3]->kind != detail::PickleValue::Kind::Dict || values[4]->kind != detail::PickleValue::Kind::List)
        return bad("a pickle that torch.save() wrote, but not of a state dict (no dict of tensors and list of storages)");
    std::map<std::string, StorageBytes> storages;
    for (const auto* key : values[4]->items) {
        std::int64_t count = 0;
        if (bytes.size() - pos < 8)
            return bad("the file ends before storage " + key->text + " (truncated?)");
        std::memcpy(&count, bytes.data() + pos, 8);
        pos += 8;
        // The element size is not stored here; storages are sized from the tensors that use
        // them, so give each the rest of the file and check bounds per tensor below.
        storages[key->text] = StorageBytes{bytes.data() + pos, 0};
        std::size_t elementBytes = 4;
        for (const auto& [k, v] : values[3]->entries)
            if (v->kind == detail::PickleValue::Kind::Tensor && v->tensor.storageKey == key->text)
                if (auto s = elementSize(v->tensor.storageType))
                    elementBytes = *s;
        std::size_t length = 0;
        if (count < 0 || __builtin_mul_overflow(std::size_t(count), elementBytes, &length) || length > bytes.size() - pos)
            return bad("storage " + key->text + " claims " + std::to_string(count) + " elements, more than the " +
                       std::to_string(bytes.size() - pos) + " bytes left in the file (truncated?)");
        storages[key->text].size = length;
        pos += length;
    }
    auto storageFor = [&](const std::string& key) -> Result<StorageBytes> {
        const auto it = storages.find(key);
        if (it == storages.end())
            return bad("a tensor refers to storage " + key + ", which the file lacks");
        return it->second;
    };
    auto dict = assemble(*values[3], storageFor);
    if (!dict)
        return bad(dict.error().message);
    return dict;
}

Result<StateDict> readTorchWeightsFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return makeError(fs::exists(file) ? ErrorCode::UnreadableFile : ErrorCode::FileNotFound,
                         "cannot open the weights file " + file.string());
    char magic[4] = {};
    in.read(magic, 4);
    if (in.gcount() == 4 && std::memcmp(magic, "PK\x03\x04", 4) == 0)
        return readZip(file);
    in.seekg(0);
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.empty())
        return makeError(ErrorCode::BadFormat, file.string() + " is empty");
    return readLegacy(file, bytes);
}

}  // namespace

// No exception leaves the reader: the interpreter's own checks make errors values, and this
// catches what the standard library or libtorch's zip reader may still throw. The plugin's
// readWeights (readTorchWeights in the core forwards here).
Result<StateDict> detail::readWeightsFile(const fs::path& file)
{
    try {
        return readTorchWeightsFile(file);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::BadFormat, file.string() + ": not enough memory to read it");
    } catch (const std::exception& e) {
        return makeError(ErrorCode::BadFormat, file.string() + ": " + e.what());
    }
}

}  // namespace tse::features
