// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "torchpickle.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <unordered_map>

namespace tse::features::detail {
namespace {

using Kind = PickleValue::Kind;

std::vector<std::int64_t> integers(const PickleValue& tuple)
{
    std::vector<std::int64_t> out;
    for (const auto& item : tuple.items)
        out.push_back(item->integer);
    return out;
}

class Interpreter {
public:
    Interpreter(const std::uint8_t* data, std::size_t size, std::size_t maxValues)
        : data_(data), size_(size), maxValues_(maxValues)
    {
    }

    Result<PickleResult> run()
    {
        while (true) {
            if (overflow_)
                return fail(textBytes_ > kMaxPickleTextBytes
                                ? "more than " + std::to_string(kMaxPickleTextBytes >> 20) +
                                      " MiB of strings, the limit for a state dict (a crafted file?)"
                                : "more than " + std::to_string(maxValues_) +
                                      " values, the limit for a state dict (a crafted file?)");
            if (pos_ >= size_)
                return fail("the pickle ends before its STOP opcode (truncated file?)");
            const std::uint8_t op = data_[pos_++];
            if (op == '.') {
                if (stack_.empty())
                    return fail("STOP with an empty stack");
                return PickleResult{arena_, stack_.back(), pos_};
            }
            if (auto status = step(op); !status)
                return status.error();
        }
    }

private:
    // A fresh value in the arena. Past the limit it hands out one spare value and flags the
    // stream, which run() then refuses before the next opcode.
    PickleValuePtr make(Kind kind)
    {
        if (arena_->size() >= maxValues_) {
            overflow_ = true;
            if (arena_->size() > maxValues_)
                return &arena_->back();
        }
        PickleValue& v = arena_->emplace_back();
        v.kind = kind;
        return &v;
    }

    PickleValuePtr makeInt(std::int64_t i)
    {
        auto v = make(Kind::Int);
        v->integer = i;
        return v;
    }

    PickleValuePtr makeText(Kind kind, std::string text)
    {
        charge(text.size());
        auto v = make(kind);
        v->text = std::move(text);
        return v;
    }

    // Every string the interpreter makes is charged against one budget: STACK_GLOBAL on a
    // duplicated value doubles a string per byte of input (a 447-byte file asked for gigabytes),
    // and copies of one long string multiply it. Past the budget the stream is refused.
    void charge(std::size_t bytes)
    {
        textBytes_ += bytes;
        if (textBytes_ > kMaxPickleTextBytes)
            overflow_ = true;
    }

    Error fail(const std::string& what) const
    {
        return makeError(ErrorCode::BadFormat, "not a PyTorch state dict: " + what + " (at byte " + std::to_string(pos_) + ")");
    }

    // Written so that a claimed length near 2^64 cannot wrap the sum.
    bool need(std::size_t n) const { return n <= size_ - pos_; }

    template <class T>
    bool readLE(T& out)
    {
        if (!need(sizeof(T)))
            return false;
        std::memcpy(&out, data_ + pos_, sizeof(T));
        pos_ += sizeof(T);
        return true;  // x86-64 and aarch64 are little-endian, like pickle's binary integers
    }

    bool readBytes(std::size_t n, std::string& out)
    {
        if (!need(n))
            return false;
        out.assign(reinterpret_cast<const char*>(data_ + pos_), n);
        pos_ += n;
        return true;
    }

    bool readLine(std::string& out)
    {
        const std::size_t start = pos_;
        while (pos_ < size_ && data_[pos_] != '\n')
            ++pos_;
        if (pos_ >= size_)
            return false;
        out.assign(reinterpret_cast<const char*>(data_ + start), pos_ - start);
        ++pos_;
        return true;
    }

    PickleValuePtr pop()
    {
        if (stack_.empty())
            return nullptr;
        auto v = stack_.back();
        stack_.pop_back();
        return v;
    }

    // Everything above the topmost MARK, which is removed.
    bool popToMark(std::vector<PickleValuePtr>& out)
    {
        for (std::size_t i = stack_.size(); i-- > 0;)
            if (stack_[i]->kind == Kind::Mark) {
                out.assign(stack_.begin() + std::ptrdiff_t(i) + 1, stack_.end());
                stack_.resize(i);
                return true;
            }
        return false;
    }

    Status pushTuple(std::size_t n)
    {
        if (stack_.size() < n)
            return fail("tuple of " + std::to_string(n) + " with too few values");
        auto t = make(Kind::Tuple);
        t->items.assign(stack_.end() - std::ptrdiff_t(n), stack_.end());
        stack_.resize(stack_.size() - n);
        stack_.push_back(t);
        return {};
    }

    Status pushString(std::size_t length)
    {
        std::string s;
        if (!readBytes(length, s))
            return fail("string runs past the end");
        stack_.push_back(makeText(Kind::String, std::move(s)));
        return {};
    }

    template <class T>
    Status stringWithLength()
    {
        T n{};
        if (!readLE(n))
            return fail("truncated string length");
        return pushString(std::size_t(n));
    }

    Status memoPut(std::uint64_t index)
    {
        if (stack_.empty())
            return fail("memo put with an empty stack");
        memo_[index] = stack_.back();
        return {};
    }

    Status memoGet(std::uint64_t index)
    {
        const auto it = memo_.find(index);
        if (it == memo_.end())
            return fail("memo entry " + std::to_string(index) + " read before it was written");
        stack_.push_back(it->second);
        return {};
    }

    Status reduce(const PickleValuePtr& callable, const PickleValuePtr& args)
    {
        const std::string& name = callable->text;
        if (callable->kind == Kind::Global && name == "collections.OrderedDict") {
            stack_.push_back(make(Kind::Dict));
        } else if (callable->kind == Kind::Global &&
                   (name == "torch._utils._rebuild_tensor_v2" || name == "torch._utils._rebuild_tensor")) {
            const auto& a = args->items;
            if (a.size() < 4 || a[0]->kind != Kind::Storage || a[2]->kind != Kind::Tuple || a[3]->kind != Kind::Tuple)
                return fail("a tensor whose storage, size or stride is not what torch writes");
            charge(a[0]->text.size() + a[0]->tensor.storageType.size());
            auto t = make(Kind::Tensor);
            t->tensor.storageKey = a[0]->text;
            t->tensor.storageType = a[0]->tensor.storageType;
            if (__builtin_add_overflow(a[0]->tensor.offset, a[1]->integer, &t->tensor.offset))
                return fail("a tensor offset that overflows");
            t->tensor.shape = integers(*a[2]);
            t->tensor.stride = integers(*a[3]);
            stack_.push_back(t);
        } else if (callable->kind == Kind::Global && name == "torch._utils._rebuild_parameter") {
            if (args->items.empty())
                return fail("a parameter without its tensor");
            stack_.push_back(args->items[0]);
        } else {
            stack_.push_back(makeText(Kind::Object, name));
        }
        return {};
    }

    // ('storage', storage_type, key, location, numel[, view_metadata]) in both the zip and the
    // legacy format.
    Status persistentLoad(const PickleValuePtr& pid)
    {
        if (!pid || pid->kind != Kind::Tuple || pid->items.size() < 5 || pid->items[0]->text != "storage")
            return fail("a persistent id that is not a torch storage");
        charge(pid->items[1]->text.size() + pid->items[2]->text.size());
        auto s = make(Kind::Storage);
        const std::string& type = pid->items[1]->text;
        s->tensor.storageType = type.substr(type.rfind('.') + 1);
        s->text = pid->items[2]->text;
        if (pid->items.size() > 5 && pid->items[5]->kind == Kind::Tuple && pid->items[5]->items.size() >= 2) {
            // A legacy view: (view_key, offset, size) into the root storage.
            s->tensor.offset = pid->items[5]->items[1]->integer;
        }
        stack_.push_back(s);
        return {};
    }

    Status step(std::uint8_t op)
    {
        switch (op) {
        case 0x80: {  // PROTO
            std::uint8_t v;
            if (!readLE(v))
                return fail("truncated protocol");
            return {};
        }
        case 0x95: {  // FRAME
            std::uint64_t n;
            if (!readLE(n))
                return fail("truncated frame");
            return {};
        }
        case '(': stack_.push_back(make(Kind::Mark)); return {};
        case '0': if (!pop()) return fail("POP on an empty stack"); return {};
        case '1': { std::vector<PickleValuePtr> ignored; if (!popToMark(ignored)) return fail("POP_MARK without MARK"); return {}; }
        case '2': if (stack_.empty()) return fail("DUP on an empty stack"); stack_.push_back(stack_.back()); return {};
        case '}': stack_.push_back(make(Kind::Dict)); return {};
        case ']': stack_.push_back(make(Kind::List)); return {};
        case ')': stack_.push_back(make(Kind::Tuple)); return {};
        case 0x8f: stack_.push_back(make(Kind::List)); return {};  // EMPTY_SET, kept as a list
        case 0x85: return pushTuple(1);
        case 0x86: return pushTuple(2);
        case 0x87: return pushTuple(3);
        case 't': case 'l': {
            std::vector<PickleValuePtr> items;
            if (!popToMark(items))
                return fail("TUPLE/LIST without MARK");
            auto v = make(op == 't' ? Kind::Tuple : Kind::List);
            v->items = std::move(items);
            stack_.push_back(v);
            return {};
        }
        case 'd': {
            std::vector<PickleValuePtr> items;
            if (!popToMark(items) || items.size() % 2)
                return fail("DICT without MARK or with an odd number of values");
            auto v = make(Kind::Dict);
            for (std::size_t i = 0; i + 1 < items.size(); i += 2)
                v->entries.emplace_back(items[i], items[i + 1]);
            stack_.push_back(v);
            return {};
        }
        case 'a': {
            auto value = pop();
            if (!value || stack_.empty())
                return fail("APPEND without a list");
            stack_.back()->items.push_back(value);
            return {};
        }
        case 'e': case 0x90: {  // APPENDS, ADDITEMS
            std::vector<PickleValuePtr> items;
            if (!popToMark(items) || stack_.empty())
                return fail("APPENDS without MARK or list");
            auto& target = stack_.back()->items;
            target.insert(target.end(), items.begin(), items.end());
            return {};
        }
        case 's': {
            auto value = pop();
            auto key = pop();
            if (!value || !key || stack_.empty())
                return fail("SETITEM without a dict");
            stack_.back()->entries.emplace_back(key, value);
            return {};
        }
        case 'u': {
            std::vector<PickleValuePtr> items;
            if (!popToMark(items) || items.size() % 2 || stack_.empty())
                return fail("SETITEMS without MARK or dict");
            for (std::size_t i = 0; i + 1 < items.size(); i += 2)
                stack_.back()->entries.emplace_back(items[i], items[i + 1]);
            return {};
        }
        case 'J': { std::int32_t v; if (!readLE(v)) return fail("truncated int"); stack_.push_back(makeInt(v)); return {}; }
        case 'K': { std::uint8_t v; if (!readLE(v)) return fail("truncated int"); stack_.push_back(makeInt(v)); return {}; }
        case 'M': { std::uint16_t v; if (!readLE(v)) return fail("truncated int"); stack_.push_back(makeInt(v)); return {}; }
        case 0x8a: case 0x8b: {  // LONG1, LONG4: little-endian two's complement
            std::uint32_t n = 0;
            if (op == 0x8a) { std::uint8_t n1; if (!readLE(n1)) return fail("truncated long"); n = n1; }
            else if (!readLE(n)) return fail("truncated long");
            if (!need(n))
                return fail("truncated long");
            // Only the low 64 bits are kept: the one larger integer torch writes is the legacy
            // format's magic number, which is compared by those bits.
            std::uint64_t bits = 0;
            for (std::uint32_t i = 0; i < std::min<std::uint32_t>(n, 8); ++i)
                bits |= std::uint64_t(data_[pos_ + i]) << (8 * i);
            if (n > 0 && n < 8 && (data_[pos_ + n - 1] & 0x80))
                bits |= ~std::uint64_t(0) << (8 * n);
            pos_ += n;
            stack_.push_back(makeInt(std::int64_t(bits)));
            return {};
        }
        case 'I': case 'L': {
            std::string line;
            if (!readLine(line))
                return fail("truncated text integer");
            if (!line.empty() && line.back() == 'L')
                line.pop_back();
            if (line == "01" || line == "00") {
                auto b = make(Kind::Bool);
                b->integer = line == "01";
                stack_.push_back(b);
            } else {
                std::int64_t value = 0;
                const auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), value);
                if (ec != std::errc() || end != line.data() + line.size())
                    return fail("a text integer that is not a 64-bit number: \"" + line.substr(0, 24) + "\"");
                stack_.push_back(makeInt(value));
            }
            return {};
        }
        case 'G': {  // big-endian double
            std::uint64_t bits;
            if (!readLE(bits))
                return fail("truncated float");
            auto v = make(Kind::Float);
            v->real = std::bit_cast<double>(__builtin_bswap64(bits));
            stack_.push_back(v);
            return {};
        }
        case 'N': stack_.push_back(make(Kind::None)); return {};
        case 0x88: case 0x89: { auto b = make(Kind::Bool); b->integer = op == 0x88; stack_.push_back(b); return {}; }
        case 'X': case 'T': case 'B': return stringWithLength<std::uint32_t>();
        case 0x8c: case 'U': case 'C': return stringWithLength<std::uint8_t>();
        case 0x8d: case 0x8e: return stringWithLength<std::uint64_t>();
        case 'c': {
            std::string module, name;
            if (!readLine(module) || !readLine(name))
                return fail("truncated GLOBAL");
            stack_.push_back(makeText(Kind::Global, module + "." + name));
            return {};
        }
        case 0x93: {  // STACK_GLOBAL
            auto name = pop();
            auto module = pop();
            if (!name || !module)
                return fail("STACK_GLOBAL with too few values");
            if (name->kind != Kind::String || module->kind != Kind::String)
                return fail("STACK_GLOBAL on values that are not strings");
            // Checked before the concatenation is made: a doubled string is never built.
            if (module->text.size() + name->text.size() > kMaxPickleTextBytes - std::min(textBytes_, kMaxPickleTextBytes))
                return fail("a global name longer than the strings budget (a crafted file?)");
            stack_.push_back(makeText(Kind::Global, module->text + "." + name->text));
            return {};
        }
        case 'q': { std::uint8_t i; if (!readLE(i)) return fail("truncated BINPUT"); return memoPut(i); }
        case 'r': { std::uint32_t i; if (!readLE(i)) return fail("truncated LONG_BINPUT"); return memoPut(i); }
        case 0x94: return memoPut(memo_.size());
        case 'h': { std::uint8_t i; if (!readLE(i)) return fail("truncated BINGET"); return memoGet(i); }
        case 'j': { std::uint32_t i; if (!readLE(i)) return fail("truncated LONG_BINGET"); return memoGet(i); }
        case 'Q': return persistentLoad(pop());
        case 'R': {
            auto args = pop();
            auto callable = pop();
            if (!args || !callable)
                return fail("REDUCE with too few values");
            return reduce(callable, args);
        }
        case 0x81: {  // NEWOBJ
            auto args = pop();
            auto cls = pop();
            if (!args || !cls)
                return fail("NEWOBJ with too few values");
            stack_.push_back(makeText(Kind::Object, cls->text));
            return {};
        }
        case 'b': {  // BUILD: object state (e.g. the state dict's _metadata) is not needed
            if (!pop() || stack_.empty())
                return fail("BUILD with too few values");
            return {};
        }
        default: {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", op);
            return fail(std::string("pickle opcode ") + hex + " is not supported");
        }
        }
    }

    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t maxValues_;
    std::size_t pos_ = 0;
    std::shared_ptr<std::deque<PickleValue>> arena_ = std::make_shared<std::deque<PickleValue>>();
    bool overflow_ = false;
    std::size_t textBytes_ = 0;
    std::vector<PickleValuePtr> stack_;
    std::unordered_map<std::uint64_t, PickleValuePtr> memo_;
};

}  // namespace

Result<PickleResult> unpickle(const std::uint8_t* data, std::size_t size, std::size_t maxValues)
{
    return Interpreter(data, size, maxValues).run();
}

Result<std::vector<std::pair<std::string, TensorRecord>>> stateDictTensors(const PickleValue& root)
{
    const PickleValue* dict = &root;
    // Training checkpoints wrap the weights: {"state_dict": {...}} or {"model": {...}}.
    if (root.kind == Kind::Dict)
        for (const auto& [key, value] : root.entries)
            if (key->kind == Kind::String && (key->text == "state_dict" || key->text == "model") &&
                value->kind == Kind::Dict)
                dict = value;
    if (dict->kind != Kind::Dict)
        return makeError(ErrorCode::BadFormat, "the file holds no state dict (its top-level value is not a dict)");
    std::vector<std::pair<std::string, TensorRecord>> tensors;
    for (const auto& [key, value] : dict->entries) {
        if (key->kind != Kind::String)
            return makeError(ErrorCode::BadFormat, "a state dict key that is not a string");
        if (value->kind == Kind::Tensor)
            tensors.emplace_back(key->text, value->tensor);
    }
    if (tensors.empty())
        return makeError(ErrorCode::BadFormat, "the state dict holds no tensors");
    return tensors;
}

}  // namespace tse::features::detail
