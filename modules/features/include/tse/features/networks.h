// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// CNNs that turn preprocessed images (N × 3 × H × W floats) into feature rows, behind a plain
// C++ interface: the LibTorch code lives in one .cpp file.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "tse/common/matrix.h"
#include "tse/common/result.h"
#include "tse/features/torchweights.h"

namespace tse::features {

// Where VGG features are read: pool5 = the 25,088 values after the adaptive average pool;
// fc6 / fc7 = the first / second fully connected layer after its ReLU (torchvision's
// classifier[:2] and classifier[:5] in eval mode).
enum class VggLayer { Pool5, Fc6, Fc7 };
const char* vggLayerName(VggLayer layer);
std::optional<VggLayer> parseVggLayer(std::string_view name);

// torchvision's VGG (models/vgg.py), any depth, with or without batch norm, built from a state
// dict with torchvision's parameter names (features.<i>.weight, classifier.0.weight, …).
class VggNetwork {
public:
    static Result<VggNetwork> fromStateDict(const StateDict& weights);
    // Random weights in the shape of torchvision's vgg11/13/16/19 (for benchmarks).
    static Result<VggNetwork> random(int depth, std::uint64_t seed);

    int convolutionLayers() const;
    std::int64_t outputSize(VggLayer layer) const;
    // input: n × 3 × height × width floats (C order). Returns n × outputSize(layer).
    Result<Matrix> forward(const float* input, int n, int height, int width, VggLayer layer) const;

    VggNetwork(VggNetwork&&) noexcept;
    VggNetwork& operator=(VggNetwork&&) noexcept;
    ~VggNetwork();

private:
    struct Impl;
    explicit VggNetwork(std::unique_ptr<Impl> impl);
    template <class Build>
    static Result<VggNetwork> fromPlugin(Build build);
    std::unique_ptr<Impl> impl_;
};

// Any TorchScript file whose forward maps N × 3 × H × W to N × D (outputs with more dimensions
// are flattened per row).
class TorchScriptModel {
public:
    static Result<TorchScriptModel> load(const std::filesystem::path& file);
    Result<Matrix> forward(const float* input, int n, int height, int width) const;

    TorchScriptModel(TorchScriptModel&&) noexcept;
    TorchScriptModel& operator=(TorchScriptModel&&) noexcept;
    ~TorchScriptModel();

private:
    struct Impl;
    explicit TorchScriptModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace tse::features
