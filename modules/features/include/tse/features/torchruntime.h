// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The LibTorch runtime behind a plain C++ interface, so only one .cpp pays for torch headers.

#include <string>
#include <string_view>

#include "tse/common/result.h"

namespace tse::features {

// Starts loading libtorch on a background thread and returns at once (a no-op after the first
// call). Front ends call it as soon as they know a CNN will run, so that libtorch's ~0.4 s start
// overlaps reading the dataset; every other function here waits for that load.
void preloadTorchRuntime();
// Waits for a preload still under way. Programs call it before they return from main(): exit()
// must not run libtorch's static destructors while its constructors still run on that thread.
void waitForTorchRuntime();

// e.g. "1.13.0"
std::string torchVersion();
// libtorch uses one intra-op thread here unless told otherwise; 0 means all cores.
void setTorchThreads(int threads);
int torchThreads();

// Where CNN features are computed (--device). Auto: CUDA when the libtorch this program runs
// with has it and a GPU is there, else the CPU (and says so); Cuda without CUDA is an error.
enum class Device { Auto, Cpu, Cuda };
Result<Device> parseDevice(std::string_view name);  // "auto", "cpu", "cuda"
// Chooses the device for the next CNN forward passes. Returns a note for the user when Auto fell
// back to the CPU ("" otherwise); fails for Cuda when there is no CUDA.
Result<std::string> selectDevice(Device device);
bool cudaAvailable();

}  // namespace tse::features
