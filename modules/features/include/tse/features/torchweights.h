// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reads PyTorch weight files (torch.save of a state dict) without libtorch's pickle loader:
// the zip format of torch ≥ 1.6 (torchvision's published .pth files) and the older
// "legacy" format. Tensors come back as float32, contiguous, in file order.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "tse/common/result.h"

namespace tse::features {

struct NamedTensor {
    std::string name;  // e.g. "features.0.weight"
    std::vector<std::int64_t> shape;
    std::vector<float> values;  // row-major (C order)
};

struct StateDict {
    std::vector<NamedTensor> tensors;
    // Inline: both the program and the libtorch plugin use it.
    const NamedTensor* find(std::string_view name) const
    {
        for (const auto& t : tensors)
            if (t.name == name)
                return &t;
        return nullptr;
    }
};

Result<StateDict> readTorchWeights(const std::filesystem::path& file);

}  // namespace tse::features
