// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Whole .pth files: the zip container (libtorch's reader) and the legacy format, storages and
// tensor views included.
#include "fuzzinput.h"
#include "tse/features/torchweights.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto path = tse::fuzz::asFile(data, size, "input.pth");
    if (auto dict = tse::features::readTorchWeights(path); dict.ok())
        for (const auto& t : dict->tensors)
            if (!t.values.empty())
                (void)t.values.back();
    return 0;
}
