// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The pickle interpreter behind .pth files, on memory (the fastest target: millions of runs).
#include "torchpickle.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto result = tse::features::detail::unpickle(data, size);
    if (result.ok())
        (void)tse::features::detail::stateDictTensors(*result->value);
    return 0;
}
