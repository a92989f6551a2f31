// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// CSV tables (labels.csv of image folders) and CSV feature matrices.
#include <string>

#include "fuzzinput.h"
#include "tse/common/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)tse::csv::parse(text, "fuzz.csv");
    const auto path = tse::fuzz::asFile(data, size, "input.csv");
    if (auto table = tse::csv::readFeatures(path); table.ok() && table->features.size() > 0)
        (void)table->features.sum();
    return 0;
}
