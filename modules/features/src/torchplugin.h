// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// libtorch lives in a plugin (libtse_torch.so) that is opened the first time a CNN is used.
//
// Loading libtorch costs about half a second and 110 MB before main() even runs (its operator
// registry is built by static initializers), which every CLI command and every workbench start
// paid even when no CNN was used. The core of the feature module (raw pixels, preprocessing,
// extraction) has no torch dependency; the plugin implements these interfaces and returns them
// from one C entry point. Plain C++ types cross the boundary: the plugin is built with the
// program, never separately.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "tse/common/matrix.h"
#include "tse/common/result.h"
#include "tse/features/networks.h"
#include "tse/features/torchweights.h"

namespace tse::features::detail {

class VggBackend {
public:
    virtual ~VggBackend() = default;
    virtual int convolutionLayers() const = 0;
    virtual std::int64_t outputSize(VggLayer layer) const = 0;
    virtual Result<Matrix> forward(const float* input, int n, int height, int width, VggLayer layer) const = 0;
};

class ScriptBackend {
public:
    virtual ~ScriptBackend() = default;
    virtual Result<Matrix> forward(const float* input, int n, int height, int width) const = 0;
};

// What the plugin provides.
struct TorchPlugin {
    Result<StateDict> (*readWeights)(const std::filesystem::path& file);
    Result<std::unique_ptr<VggBackend>> (*vggFromStateDict)(const StateDict& weights);
    Result<std::unique_ptr<VggBackend>> (*randomVgg)(int depth, std::uint64_t seed);
    Result<std::unique_ptr<ScriptBackend>> (*loadScript)(const std::filesystem::path& file);
    std::string (*version)();
    void (*setThreads)(int threads);
    int (*threads)();
    bool (*cudaAvailable)();
    void (*useCuda)(bool cuda);  // forward passes on the GPU from now on
};

// Inside the plugin: the state dict reader behind readTorchWeights (torchweights.cpp).
Result<StateDict> readWeightsFile(const std::filesystem::path& file);

// The plugin's entry point, exported with C linkage under this name.
#define TSE_TORCH_PLUGIN_ENTRY "tse_torch_plugin"
using TorchPluginEntry = const TorchPlugin* (*)();

// Opens the plugin on first use (thread-safe) and keeps it for the process. Looked for in
// $TSE_TORCH_PLUGIN, then in plugins/ beside the running program (an installed package keeps them in
// lib/tsne-explorer/), then where the build put it. The error names every place it looked.
Result<const TorchPlugin*> torchPlugin();

// Starts opening the plugin on a background thread (once per process) and returns at once:
// libtorch's start (0.4 s of static initialisers and ~290 libraries) then overlaps whatever the
// caller does next; the first torchPlugin() call waits for it.
void preloadTorchPlugin();
// Returns once a preload (if any) has finished.
void waitForTorchPluginPreload();

// True once the plugin has been opened in this process (tests: a command without CNN must
// not open it).
bool torchPluginLoaded();
// True when preloadTorchPlugin()'s thread was the one that opened it.
bool torchPluginOpenedInBackground();

}  // namespace tse::features::detail
