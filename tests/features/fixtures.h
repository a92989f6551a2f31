// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
#include <filesystem>

#include "tse/common/npy.h"

inline std::filesystem::path fixture(const char* name) { return std::filesystem::path(TSE_FEATURE_FIXTURES) / name; }

inline tse::Matrix readFixture(const char* name)
{
    auto m = tse::npy::readMatrix(fixture(name));
    return m.ok() ? m.value() : tse::Matrix();
}
