// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Writes pickle opcodes by hand, so tests can make the small crafted files the fuzzer found
// (and seed the fuzzer with well-formed ones) without Python or torch.
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace tse::testing {

class PickleWriter {
public:
    PickleWriter& proto() { return raw("\x80\x02"); }
    PickleWriter& mark() { return raw("("); }
    PickleWriter& tuple() { return raw("t"); }
    PickleWriter& emptyDict() { return raw("}"); }
    PickleWriter& emptyList() { return raw("]"); }
    PickleWriter& setItems() { return raw("u"); }
    PickleWriter& appends() { return raw("e"); }
    PickleWriter& reduce() { return raw("R"); }
    PickleWriter& persistentId() { return raw("Q"); }
    PickleWriter& falseValue() { return raw("\x89"); }
    PickleWriter& stop() { return raw("."); }
    // Text INT: any 64-bit number, and whatever text a crafted file puts there.
    PickleWriter& textInt(const std::string& digits) { return raw("I" + digits + "\n"); }
    PickleWriter& integer(std::int64_t v) { return textInt(std::to_string(v)); }
    PickleWriter& string(const std::string& s)
    {
        raw("X");
        little(std::uint32_t(s.size()), 4);
        return raw(s);
    }
    PickleWriter& global(const std::string& module, const std::string& name) { return raw("c" + module + "\n" + name + "\n"); }
    PickleWriter& ints(const std::vector<std::int64_t>& values)
    {
        mark();
        for (auto v : values)
            integer(v);
        return tuple();
    }
    // _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks) on the storage
    // ('storage', torch.<type>, key, 'cpu', numel).
    PickleWriter& tensor(const std::string& key, std::int64_t numel, const std::vector<std::int64_t>& shape,
                         const std::vector<std::int64_t>& stride, std::int64_t offset = 0,
                         const std::string& type = "FloatStorage")
    {
        global("torch._utils", "_rebuild_tensor_v2").mark();
        mark().string("storage").global("torch", type).string(key).string("cpu").integer(numel).tuple().persistentId();
        integer(offset).ints(shape).ints(stride).falseValue();
        global("collections", "OrderedDict").mark().tuple().reduce();
        return tuple().reduce();
    }
    PickleWriter& raw(const std::string& s)
    {
        bytes_ += s;
        return *this;
    }
    PickleWriter& little(std::uint64_t v, int n)
    {
        for (int i = 0; i < n; ++i)
            bytes_.push_back(char((v >> (8 * i)) & 0xff));
        return *this;
    }
    const std::string& bytes() const { return bytes_; }

private:
    std::string bytes_;
};

struct LegacyTensor {
    std::string name;
    std::vector<std::int64_t> shape, stride;
    std::int64_t offset = 0;
};

// A pre-1.6 torch.save() file: magic, protocol, system info, the state dict, the storage
// keys, then each storage as its claimed element count and the bytes that follow.
inline std::string legacyWeightsFile(const std::vector<LegacyTensor>& tensors, std::uint64_t claimedCount,
                                     const std::vector<float>& storage)
{
    PickleWriter magic;
    magic.proto().raw("\x8a\x0a").little(0xa86a20f9469cfc6cull, 8).little(0x1950, 2).stop();
    PickleWriter protocol;
    protocol.proto().integer(1001).stop();
    PickleWriter info;
    info.proto().emptyDict().stop();
    PickleWriter dict;
    dict.proto().global("collections", "OrderedDict").mark().tuple().reduce().mark();
    for (const auto& t : tensors)
        dict.string(t.name).tensor("0", std::int64_t(storage.size()), t.shape, t.stride, t.offset);
    dict.setItems().stop();
    PickleWriter keys;
    keys.proto().emptyList().mark().string("0").appends().stop();
    std::string file = magic.bytes() + protocol.bytes() + info.bytes() + dict.bytes() + keys.bytes();
    PickleWriter count;
    count.little(claimedCount, 8);
    file += count.bytes();
    std::string payload(storage.size() * sizeof(float), '\0');
    std::memcpy(payload.data(), storage.data(), payload.size());
    return file + payload;
}

}  // namespace tse::testing
