// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// .npy feature matrices and label vectors (also the feature cache's files).
#include "fuzzinput.h"
#include "tse/common/npy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto path = tse::fuzz::asFile(data, size, "input.npy");
    if (auto m = tse::npy::readMatrix(path); m.ok() && m->size() > 0)
        (void)m->sum();  // touch the values: they must all lie in memory we own
    (void)tse::npy::readLabels(path);
    return 0;
}
