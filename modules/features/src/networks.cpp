// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The torch-facing API of the feature module, forwarding to the libtorch plugin (torchplugin.h).
#include "tse/features/networks.h"
#include "tse/features/torchruntime.h"
#include "tse/features/torchweights.h"

#include "torchplugin.h"

namespace tse::features {

const char* vggLayerName(VggLayer layer)
{
    switch (layer) {
    case VggLayer::Pool5: return "pool5";
    case VggLayer::Fc6: return "fc6";
    case VggLayer::Fc7: return "fc7";
    }
    return "fc7";
}

std::optional<VggLayer> parseVggLayer(std::string_view name)
{
    for (VggLayer layer : {VggLayer::Pool5, VggLayer::Fc6, VggLayer::Fc7})
        if (name == vggLayerName(layer))
            return layer;
    return std::nullopt;
}

Result<StateDict> readTorchWeights(const std::filesystem::path& file)
{
    auto plugin = detail::torchPlugin();
    if (!plugin)
        return plugin.error();
    return (*plugin)->readWeights(file);
}

struct VggNetwork::Impl {
    std::unique_ptr<detail::VggBackend> backend;
};

VggNetwork::VggNetwork(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
VggNetwork::VggNetwork(VggNetwork&&) noexcept = default;
VggNetwork& VggNetwork::operator=(VggNetwork&&) noexcept = default;
VggNetwork::~VggNetwork() = default;

// A network the plugin builds (from weights, or random), wrapped for the program.
template <class Build>
Result<VggNetwork> VggNetwork::fromPlugin(Build build)
{
    auto plugin = detail::torchPlugin();
    if (!plugin)
        return plugin.error();
    auto backend = build(**plugin);
    if (!backend)
        return backend.error();
    return VggNetwork(std::make_unique<Impl>(Impl{std::move(backend.value())}));
}

Result<VggNetwork> VggNetwork::fromStateDict(const StateDict& weights)
{
    return fromPlugin([&](const detail::TorchPlugin& p) { return p.vggFromStateDict(weights); });
}

Result<VggNetwork> VggNetwork::random(int depth, std::uint64_t seed)
{
    return fromPlugin([&](const detail::TorchPlugin& p) { return p.randomVgg(depth, seed); });
}

int VggNetwork::convolutionLayers() const { return impl_->backend->convolutionLayers(); }
std::int64_t VggNetwork::outputSize(VggLayer layer) const { return impl_->backend->outputSize(layer); }
Result<Matrix> VggNetwork::forward(const float* input, int n, int height, int width, VggLayer layer) const
{
    return impl_->backend->forward(input, n, height, width, layer);
}

struct TorchScriptModel::Impl {
    std::unique_ptr<detail::ScriptBackend> backend;
};

TorchScriptModel::TorchScriptModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TorchScriptModel::TorchScriptModel(TorchScriptModel&&) noexcept = default;
TorchScriptModel& TorchScriptModel::operator=(TorchScriptModel&&) noexcept = default;
TorchScriptModel::~TorchScriptModel() = default;

Result<TorchScriptModel> TorchScriptModel::load(const std::filesystem::path& file)
{
    auto plugin = detail::torchPlugin();
    if (!plugin)
        return plugin.error();
    auto backend = (*plugin)->loadScript(file);
    if (!backend)
        return backend.error();
    return TorchScriptModel(std::make_unique<Impl>(Impl{std::move(backend.value())}));
}

Result<Matrix> TorchScriptModel::forward(const float* input, int n, int height, int width) const
{
    return impl_->backend->forward(input, n, height, width);
}

void preloadTorchRuntime() { detail::preloadTorchPlugin(); }
void waitForTorchRuntime() { detail::waitForTorchPluginPreload(); }

std::string torchVersion()
{
    auto plugin = detail::torchPlugin();
    return plugin ? (*plugin)->version() : std::string("not available");
}

void setTorchThreads(int threads)
{
    if (auto plugin = detail::torchPlugin())
        (*plugin)->setThreads(threads);
}

Result<Device> parseDevice(std::string_view name)
{
    if (name == "auto")
        return Device::Auto;
    if (name == "cpu")
        return Device::Cpu;
    if (name == "cuda")
        return Device::Cuda;
    return makeError(ErrorCode::InvalidArgument, "--device must be auto, cpu or cuda, got '" + std::string(name) + "'");
}

bool cudaAvailable()
{
    auto plugin = detail::torchPlugin();
    return plugin && (*plugin)->cudaAvailable();
}

Result<std::string> selectDevice(Device device)
{
    auto plugin = detail::torchPlugin();
    if (!plugin)
        return plugin.error();
    const bool cuda = (*plugin)->cudaAvailable();
    if (device == Device::Cuda && !cuda)
        return makeError(ErrorCode::InvalidArgument, "--device cuda: the libtorch this program runs with (" +
                                                         (*plugin)->version() +
                                                         ") has no CUDA or sees no GPU; use --device cpu or auto");
    (*plugin)->useCuda(cuda && device != Device::Cpu);
    if (device == Device::Auto && !cuda)
        return std::string("no CUDA in this libtorch (" + (*plugin)->version() + "): CNN features are computed on the CPU");
    return std::string();
}

int torchThreads()
{
    auto plugin = detail::torchPlugin();
    return plugin ? (*plugin)->threads() : 0;
}

}  // namespace tse::features
