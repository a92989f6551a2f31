// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Part of the libtorch plugin (torchplugin.h), and the one file that includes <torch/script.h>
// (slow to compile): VGG forward passes with ATen functions and TorchScript modules.
#include <torch/script.h>
#include <torch/version.h>

#include <ATen/Parallel.h>

#include <atomic>
#include <map>
#include <thread>

#include "torchplugin.h"

namespace tse::features {
namespace {

// Set by useCuda(). The CUDA path is kept small (Debian's libtorch has none, so it cannot be
// tested here): inputs, weights and TorchScript modules are moved to the GPU per call.
std::atomic<bool> onCuda{false};
at::Device device() { return onCuda ? at::Device(at::kCUDA) : at::Device(at::kCPU); }
at::Tensor onDevice(const at::Tensor& t) { return onCuda ? t.to(at::kCUDA) : t; }

std::string firstLine(const std::exception& e)
{
    std::string what = e.what();
    if (const auto cut = what.find('\n'); cut != std::string::npos)
        what.resize(cut);
    return what;
}

Matrix toMatrix(const at::Tensor& output)
{
    const at::Tensor rows = output.flatten(1).to(at::kCPU).to(at::kFloat).contiguous();
    Matrix m(rows.size(0), rows.size(1));
    std::copy_n(rows.data_ptr<float>(), m.size(), m.data());
    return m;
}

at::Tensor tensorFrom(const NamedTensor& t)
{
    return at::from_blob(const_cast<float*>(t.values.data()), t.shape, at::kFloat).clone();
}

// Convolutions run in channels-last layout: libtorch then uses oneDNN's NHWC kernels, a third
// faster than NCHW on this machine (bench/run-vgg-benchmark.sh). Weights are converted once.
at::Tensor channelsLast(const at::Tensor& t) { return t.contiguous(at::MemoryFormat::ChannelsLast); }

struct ConvLayer {
    at::Tensor weight, bias;
    // Batch norm (vgg*_bn) in eval mode: running statistics, affine weight and bias.
    std::optional<std::array<at::Tensor, 4>> batchNorm;
    bool poolAfter = false;
};

}  // namespace

namespace {

class TorchVgg final : public detail::VggBackend {
public:
    int convolutionLayers() const override;
    std::int64_t outputSize(VggLayer layer) const override;
    Result<Matrix> forward(const float* input, int n, int height, int width, VggLayer layer) const override;

    std::vector<ConvLayer> convolutions;
    at::Tensor fc6Weight, fc6Bias, fc7Weight, fc7Bias;
};

using VggResult = Result<std::unique_ptr<detail::VggBackend>>;

VggResult vggFromStateDict(const StateDict& weights)
{
    const auto bad = [](const std::string& what) {
        return makeError(ErrorCode::BadFormat, "not torchvision VGG weights: " + what);
    };
    // features.<i>.weight with 4 dimensions are convolutions; torchvision's Sequential is
    // conv, [bn], relu, [maxpool], so the gaps between indices tell where the pools are.
    std::map<int, const NamedTensor*> convs;
    for (const auto& t : weights.tensors) {
        int index = -1;
        char rest[16] = {};
        if (std::sscanf(t.name.c_str(), "features.%d.%15s", &index, rest) == 2 && std::string(rest) == "weight" &&
            t.shape.size() == 4)
            convs[index] = &t;
    }
    if (convs.empty())
        return bad("no convolution weights named features.<i>.weight");
    auto impl = std::make_unique<TorchVgg>();
    std::int64_t channels = 3;
    for (auto it = convs.begin(); it != convs.end(); ++it) {
        const auto [index, weight] = *it;
        const std::string prefix = "features." + std::to_string(index);
        if (weight->shape[1] != channels || weight->shape[2] != 3 || weight->shape[3] != 3)
            return bad(prefix + ".weight has shape [" + std::to_string(weight->shape[0]) + ", " +
                       std::to_string(weight->shape[1]) + ", " + std::to_string(weight->shape[2]) + ", " +
                       std::to_string(weight->shape[3]) + "], expected [*, " + std::to_string(channels) + ", 3, 3]");
        const NamedTensor* bias = weights.find(prefix + ".bias");
        if (!bias || bias->values.size() != std::size_t(weight->shape[0]))
            return bad(prefix + ".bias is missing or has the wrong size");
        ConvLayer layer{channelsLast(tensorFrom(*weight)), tensorFrom(*bias), std::nullopt, false};
        const std::string bn = "features." + std::to_string(index + 1);
        int step = 2;  // conv, relu
        if (const NamedTensor* mean = weights.find(bn + ".running_mean")) {
            const NamedTensor* var = weights.find(bn + ".running_var");
            const NamedTensor* gamma = weights.find(bn + ".weight");
            const NamedTensor* beta = weights.find(bn + ".bias");
            if (!var || !gamma || !beta)
                return bad(bn + " is an incomplete batch norm");
            layer.batchNorm = std::array<at::Tensor, 4>{tensorFrom(*gamma), tensorFrom(*beta), tensorFrom(*mean),
                                                        tensorFrom(*var)};
            step = 3;
        }
        const auto next = std::next(it);
        // VGG's feature stack always ends with a max pool.
        layer.poolAfter = next == convs.end() || next->first == index + step + 1;
        if (next != convs.end() && next->first != index + step && next->first != index + step + 1)
            return bad("unexpected layers between features." + std::to_string(index) + " and features." +
                       std::to_string(next->first));
        channels = weight->shape[0];
        impl->convolutions.push_back(std::move(layer));
    }
    const NamedTensor* w0 = weights.find("classifier.0.weight");
    const NamedTensor* b0 = weights.find("classifier.0.bias");
    const NamedTensor* w3 = weights.find("classifier.3.weight");
    const NamedTensor* b3 = weights.find("classifier.3.bias");
    if (!w0 || !b0 || !w3 || !b3)
        return bad("classifier.0 or classifier.3 is missing");
    if (w0->shape.size() != 2 || w0->shape[1] != channels * 49)
        return bad("classifier.0.weight takes " + std::to_string(w0->shape.size() == 2 ? w0->shape[1] : 0) +
                   " inputs, expected " + std::to_string(channels * 49) + " (" + std::to_string(channels) + " × 7 × 7)");
    if (w3->shape.size() != 2 || w3->shape[1] != w0->shape[0] || b0->values.size() != std::size_t(w0->shape[0]) ||
        b3->values.size() != std::size_t(w3->shape[0]))
        return bad("classifier.3 does not follow classifier.0");
    impl->fc6Weight = tensorFrom(*w0);
    impl->fc6Bias = tensorFrom(*b0);
    impl->fc7Weight = tensorFrom(*w3);
    impl->fc7Bias = tensorFrom(*b3);
    return std::unique_ptr<detail::VggBackend>(std::move(impl));
}

VggResult randomVgg(int depth, std::uint64_t seed)
{
    // torchvision's cfgs "A", "B", "D", "E"; 0 = max pool.
    static const std::map<int, std::vector<int>> configs = {
        {11, {64, 0, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0}},
        {13, {64, 64, 0, 128, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0}},
        {16, {64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0}},
        {19, {64, 64, 0, 128, 128, 0, 256, 256, 256, 256, 0, 512, 512, 512, 512, 0, 512, 512, 512, 512, 0}},
    };
    const auto config = configs.find(depth);
    if (config == configs.end())
        return makeError(ErrorCode::InvalidArgument, "VGG depth must be 11, 13, 16 or 19");
    at::manual_seed(seed);
    auto impl = std::make_unique<TorchVgg>();
    std::int64_t channels = 3;
    for (int width : config->second) {
        if (width == 0) {
            impl->convolutions.back().poolAfter = true;
            continue;
        }
        const double scale = std::sqrt(2.0 / (channels * 9));
        impl->convolutions.push_back(
            {channelsLast(at::randn({width, channels, 3, 3}) * scale), at::zeros({width}), std::nullopt, false});
        channels = width;
    }
    impl->fc6Weight = at::randn({4096, channels * 49}) * 0.01;
    impl->fc6Bias = at::zeros({4096});
    impl->fc7Weight = at::randn({4096, 4096}) * 0.01;
    impl->fc7Bias = at::zeros({4096});
    return std::unique_ptr<detail::VggBackend>(std::move(impl));
}

int TorchVgg::convolutionLayers() const { return int(convolutions.size()); }

std::int64_t TorchVgg::outputSize(VggLayer layer) const
{
    switch (layer) {
    case VggLayer::Pool5: return fc6Weight.size(1);
    case VggLayer::Fc6: return fc6Weight.size(0);
    case VggLayer::Fc7: return fc7Weight.size(0);
    }
    return 0;
}

Result<Matrix> TorchVgg::forward(const float* input, int n, int height, int width, VggLayer layer) const
{
    try {
        c10::InferenceMode inference;
        at::Tensor x = onDevice(channelsLast(at::from_blob(const_cast<float*>(input), {n, 3, height, width}, at::kFloat)));
        for (const ConvLayer& conv : convolutions) {
            x = at::conv2d(x, onDevice(conv.weight), onDevice(conv.bias), 1, 1);
            if (conv.batchNorm) {
                const auto& [gamma, beta, mean, var] = *conv.batchNorm;
                x = at::batch_norm(x, onDevice(gamma), onDevice(beta), onDevice(mean), onDevice(var), false, 0.1, 1e-5,
                                   false);
            }
            x = at::relu_(x);
            if (conv.poolAfter)
                x = at::max_pool2d(x, {2, 2}, {2, 2});
        }
        x = at::adaptive_avg_pool2d(x, {7, 7}).flatten(1);
        if (layer != VggLayer::Pool5)
            x = at::linear(x, onDevice(fc6Weight), onDevice(fc6Bias)).relu_();  // dropout is identity in eval mode
        if (layer == VggLayer::Fc7)
            x = at::linear(x, onDevice(fc7Weight), onDevice(fc7Bias)).relu_();
        return toMatrix(x);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InvalidArgument, "the VGG forward pass failed: " + firstLine(e));
    }
}

class TorchScript final : public detail::ScriptBackend {
public:
    Result<Matrix> forward(const float* input, int n, int height, int width) const override;
    mutable torch::jit::Module module;
};

Result<std::unique_ptr<detail::ScriptBackend>> loadScript(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return makeError(ErrorCode::FileNotFound, "the TorchScript model " + file.string() + " does not exist");
    try {
        auto impl = std::make_unique<TorchScript>();
        impl->module = torch::jit::load(file.string());
        impl->module.eval();
        if (!impl->module.find_method("forward"))
            return makeError(ErrorCode::BadFormat, file.string() + " has no forward method");
        return std::unique_ptr<detail::ScriptBackend>(std::move(impl));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::BadFormat, file.string() + " is not a TorchScript model: " + firstLine(e));
    }
}

Result<Matrix> TorchScript::forward(const float* input, int n, int height, int width) const
{
    try {
        c10::InferenceMode inference;
        at::Tensor x = onDevice(at::from_blob(const_cast<float*>(input), {n, 3, height, width}, at::kFloat));
        module.to(device());
        const c10::IValue output = module.forward({x});
        if (!output.isTensor())
            return makeError(ErrorCode::BadFormat, "the model's forward returns " + output.tagKind() + ", not a tensor");
        const at::Tensor y = output.toTensor();
        if (y.dim() < 2 || y.size(0) != n)
            return makeError(ErrorCode::BadFormat, "the model maps " + std::to_string(n) + " images to a tensor of shape " +
                                                       c10::str(y.sizes()) + "; expected " + std::to_string(n) + " × D");
        if (!y.is_floating_point())
            return makeError(ErrorCode::BadFormat, "the model's output is not floating point");
        return toMatrix(y);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InvalidArgument, "the model's forward pass failed for " + std::to_string(n) + " × 3 × " +
                                                         std::to_string(height) + " × " + std::to_string(width) +
                                                         " input: " + firstLine(e));
    }
}

std::string version() { return TORCH_VERSION; }

void setThreads(int threads)
{
    const int n = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(n);
}

int threads() { return at::get_num_threads(); }

bool cudaAvailable() { return at::hasCUDA(); }
void useCuda(bool cuda) { onCuda = cuda && at::hasCUDA(); }

}  // namespace

}  // namespace tse::features

extern "C" __attribute__((visibility("default"))) const tse::features::detail::TorchPlugin* tse_torch_plugin()
{
    namespace f = tse::features;
    static const f::detail::TorchPlugin plugin{&f::detail::readWeightsFile, &f::vggFromStateDict, &f::randomVgg,
                                               &f::loadScript, &f::version, &f::setThreads, &f::threads,
                                               &f::cudaAvailable, &f::useCuda};
    return &plugin;
}
