// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "torchplugin.h"

#include <dlfcn.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <future>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#ifndef TSE_TORCH_PLUGIN_BUILD_PATH
#define TSE_TORCH_PLUGIN_BUILD_PATH ""
#endif

namespace tse::features::detail {
namespace fs = std::filesystem;
namespace {

std::atomic<bool> loaded{false};
std::atomic<bool> openedInBackground{false};
// At namespace scope, so they are made before main() and outlive the preloader below, whose
// destructor waits for a load still under way when the program exits early.
std::mutex pluginLock;
std::optional<Result<const TorchPlugin*>> plugin;
std::shared_future<Result<const TorchPlugin*>> preloading;  // valid once a preload was asked for

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
    std::shared_future<Result<const TorchPlugin*>> pending;
    {
        std::lock_guard guard(pluginLock);
        if (plugin)
            return *plugin;
        if (!preloading.valid()) {
            plugin = open();
            return *plugin;
        }
        pending = preloading;
    }
    // A preload is under way: wait for it rather than open a second time.
    std::optional<Result<const TorchPlugin*>> opened;
    try {
        opened = pending.get();
    } catch (const std::exception& e) {  // open() failed in a way it could not report (memory)
        opened = makeError(ErrorCode::Internal, std::string("loading libtorch failed: ") + e.what());
    }
    std::lock_guard guard(pluginLock);
    if (!plugin) {
        plugin = *opened;
        openedInBackground = true;
    }
    return *plugin;
}

namespace {

// One thread for the life of the process, joined at exit, so that exit() never runs static
// destructors while libtorch's constructors are still running on it.
class Preloader {
public:
    Preloader() : task_(open), result_(task_.get_future().share()), thread_(&Preloader::run, this) {}
    ~Preloader() { thread_.join(); }
    Preloader(const Preloader&) = delete;
    Preloader& operator=(const Preloader&) = delete;
    std::shared_future<Result<const TorchPlugin*>> result() const { return result_; }

private:
    void run() { task_(); }

    std::packaged_task<Result<const TorchPlugin*>()> task_;
    std::shared_future<Result<const TorchPlugin*>> result_;
    std::thread thread_;  // last: it starts once the task and its future are made
};

}  // namespace

void preloadTorchPlugin()
{
    std::lock_guard guard(pluginLock);
    if (plugin || preloading.valid())
        return;
    try {
        static Preloader preloader;
        preloading = preloader.result();
    } catch (const std::exception&) {
        // No thread to be had: the first caller opens the plugin itself, as without a preload.
    }
}

void waitForTorchPluginPreload()
{
    std::shared_future<Result<const TorchPlugin*>> pending;
    {
        std::lock_guard guard(pluginLock);
        pending = preloading;
    }
    if (pending.valid())
        pending.wait();
}

bool torchPluginLoaded() { return loaded; }
bool torchPluginOpenedInBackground() { return openedInBackground; }

}  // namespace tse::features::detail
