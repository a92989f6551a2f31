// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// .npy feature matrices (read and mapped) and label vectors (also the feature cache's files).
#include "fuzzinput.h"
#include "tse/common/npy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto path = tse::fuzz::asFile(data, size, "input.npy");
    if (auto m = tse::npy::readMatrix(path); m.ok() && m->size() > 0)
        (void)m->sum();  // touch the values: they must all lie in memory we own
    (void)tse::npy::readLabels(path);
    // The mapped reader makes the same checks before mapping: every row it hands out lies in the file.
    if (auto mapped = tse::npy::MappedMatrix::open(path); mapped.ok() && mapped.value()->rows() > 0) {
        tse::Matrix scratch;
        (void)tse::Matrix(mapped.value()->block(mapped.value()->rows() - 1, 1, scratch)).sum();
        mapped.value()->release(0, mapped.value()->rows());
    }
    return 0;
}
