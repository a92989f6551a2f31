// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The LibTorch runtime behind a plain C++ interface, so only one .cpp pays for torch headers.

#include <string>

namespace tse::features {

// e.g. "1.13.0"
std::string torchVersion();
// libtorch uses one intra-op thread here unless told otherwise; 0 means all cores.
void setTorchThreads(int threads);
int torchThreads();

}  // namespace tse::features
