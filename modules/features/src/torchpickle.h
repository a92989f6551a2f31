// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A small interpreter for the pickle streams torch.save() writes for a state dict (protocols
// 2–5). libtorch 1.13's torch::pickle_load turns the OrderedDict torchvision files hold into
// None, so the weights reader interprets the stream itself: it understands dicts, lists,
// tuples, scalars and strings, and the three callables a state dict uses
// (collections.OrderedDict, torch._utils._rebuild_tensor_v2, torch._utils._rebuild_parameter).
// Anything else becomes an opaque object, which is fine as long as no tensor hides in it.
// Plain C++ on purpose: no torch headers.
//
// The stream is untrusted. Every value lives in one arena owned by the result and refers to
// others by plain pointers, so a pickle nested 100,000 deep is freed without recursion and a
// list that contains itself is no reference cycle; nothing here walks values recursively. A
// stream may create at most kMaxPickleValues values (each opcode makes at most one, so this
// bounds memory at a few hundred bytes per byte of input, whatever the input claims).

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "tse/common/result.h"

namespace tse::features::detail {

// Where a tensor's numbers are: a storage (a record of the archive, or a block of a legacy
// file) and the view into it.
struct TensorRecord {
    std::string storageKey;
    std::string storageType;  // e.g. "FloatStorage"
    std::int64_t offset = 0;  // in elements
    std::vector<std::int64_t> shape;
    std::vector<std::int64_t> stride;
};

struct PickleValue;
using PickleValuePtr = PickleValue*;  // owned by the arena of the PickleResult it came from

inline constexpr std::size_t kMaxPickleValues = 1'000'000;  // VGG16's state dict makes ~500, ResNet-152's ~10,000
// All strings a stream makes together (names, keys, copies); VGG16's come to a few kB.
inline constexpr std::size_t kMaxPickleTextBytes = 64u << 20;

struct PickleValue {
    enum class Kind { None, Bool, Int, Float, String, Tuple, List, Dict, Global, Storage, Tensor, Object, Mark };
    Kind kind = Kind::None;
    std::int64_t integer = 0;
    double real = 0.0;
    std::string text;  // String; Global as "module.name"; Storage: the key
    std::vector<PickleValuePtr> items;                              // Tuple, List
    std::vector<std::pair<PickleValuePtr, PickleValuePtr>> entries;  // Dict, in order
    TensorRecord tensor;                                             // Tensor; Storage uses storageType
};

struct PickleResult {
    std::shared_ptr<const std::deque<PickleValue>> arena;  // keeps value and everything it refers to
    const PickleValue* value = nullptr;
    std::size_t bytesRead = 0;
};

// Interprets one pickle starting at data (it may be followed by more bytes: legacy torch
// files are several pickles in a row).
// maxValues is kMaxPickleValues except in tests of the limit.
Result<PickleResult> unpickle(const std::uint8_t* data, std::size_t size, std::size_t maxValues = kMaxPickleValues);

// The (name, tensor) pairs of a state dict value, in file order. Fails with a message naming
// the problem when the value is not a dict of tensors.
Result<std::vector<std::pair<std::string, TensorRecord>>> stateDictTensors(const PickleValue& root);

}  // namespace tse::features::detail
