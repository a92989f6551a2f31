// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "torchplugin.h"

#include <dlfcn.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <vector>

#ifndef TSE_TORCH_PLUGIN_BUILD_PATH
#define TSE_TORCH_PLUGIN_BUILD_PATH ""
#endif

namespace tse::features::detail {
namespace fs = std::filesystem;
namespace {

std::atomic<bool> loaded{false};

std::vector<fs::path> candidates()
{
    std::vector<fs::path> out;
    if (const char* explicitPath = std::getenv("TSE_TORCH_PLUGIN"); explicitPath && *explicitPath)
        out.emplace_back(explicitPath);
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        out.push_back(self.parent_path() / "plugins" / "libtse_torch.so");  // an installed package
    if (*TSE_TORCH_PLUGIN_BUILD_PATH)
        out.emplace_back(TSE_TORCH_PLUGIN_BUILD_PATH);
    return out;
}

Result<const TorchPlugin*> open()
{
    std::string tried;
    for (const auto& path : candidates()) {
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            tried += "\n  " + path.string() + " (not there)";
            continue;
        }
        // RTLD_LOCAL: libtorch's symbols stay out of the program's namespace.
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            const char* why = dlerror();
            tried += "\n  " + path.string() + ": " + (why ? why : "cannot be opened");
            continue;
        }
        auto entry = reinterpret_cast<TorchPluginEntry>(dlsym(handle, TSE_TORCH_PLUGIN_ENTRY));
        if (!entry) {
            tried += "\n  " + path.string() + ": not a t-SNE Explorer libtorch plugin";
            continue;
        }
        loaded = true;
        return entry();  // the handle stays open for the life of the process
    }
    return makeError(ErrorCode::FileNotFound,
                     "CNN features need libtorch, which t-SNE Explorer loads from its plugin libtse_torch.so; "
                     "it was not found or could not be opened:" + tried);
}

}  // namespace

Result<const TorchPlugin*> torchPlugin()
{
    static std::mutex lock;
    static std::optional<Result<const TorchPlugin*>> plugin;
    std::lock_guard guard(lock);
    if (!plugin)
        plugin = open();
    return *plugin;
}

bool torchPluginLoaded() { return loaded; }

}  // namespace tse::features::detail
