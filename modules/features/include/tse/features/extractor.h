// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// One entry point for every feature extractor: raw pixels, VGG16/VGG19 (torchvision weights)
// and TorchScript models, with optional face cropping, batched on all cores with progress and
// cancel.

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/common/progress.h"
#include "tse/common/result.h"
#include "tse/features/networks.h"
#include "tse/imageio/dataset.h"

namespace tse::features {

enum class ExtractorKind {
    RawPixels,
    Vgg16,        // torchvision's vgg16 weights (13 convolutions)
    Vgg19,        // torchvision's vgg19 weights (16 convolutions)
    VggFile,      // any torchvision-style VGG state dict the user chooses
    TorchScript,  // any TorchScript model mapping N×3×H×W to N×D
};

struct FeatureSpec {
    ExtractorKind kind = ExtractorKind::RawPixels;
    VggLayer layer = VggLayer::Fc7;
    // VGG: the .pth weights (empty: torchvision's file in the torch hub cache). TorchScript: the .pt model.
    std::filesystem::path modelFile;
    int inputSize = 224;  // TorchScript input (VGG always uses 224)
    std::array<float, 3> mean{0.485f, 0.456f, 0.406f};
    std::array<float, 3> std{0.229f, 0.224f, 0.225f};
    bool faces = false;  // crop the largest face of each image first
    int batchSize = 16;
    int threads = 0;  // 0 = all cores
};

// "raw", "vgg16", "vgg19", "vgg" (with modelFile), or a file: *.pt → TorchScript, *.pth → VGG.
// layer: "fc7" (default when empty), "fc6" or "pool5".
Result<FeatureSpec> parseFeatureSpec(std::string_view features, std::string_view layer = {},
                                     const std::filesystem::path& modelFile = {}, bool faces = false);
// The short name parseFeatureSpec takes back ("raw", "vgg16", …, "torchscript").
std::string extractorName(ExtractorKind kind);
bool usesTorch(ExtractorKind kind);

// What produced the features, for caches: extractor, layer, preprocessing, face mode and the
// identity (size and modification time) of the weights file.
std::string featureCacheKey(const FeatureSpec& spec);

// torchvision's published weights.
struct PublishedWeights {
    std::string fileName;      // e.g. "vgg16-397923af.pth"
    std::string url;           // https://download.pytorch.org/models/…
    std::string sha256Prefix;  // the hex digits in the file name, as torch.hub checks them
};
std::optional<PublishedWeights> publishedWeights(ExtractorKind kind);

// Where torch.hub keeps downloaded weights: $TORCH_HOME/hub/checkpoints, TORCH_HOME defaulting
// to $XDG_CACHE_HOME/torch or ~/.cache/torch.
std::filesystem::path torchHubCheckpoints();

// The weights or model file the spec will load, or an error that says how to get it.
Result<std::filesystem::path> locateModelFile(const FeatureSpec& spec);

struct ExtractionReport {
    std::vector<std::size_t> noFaceItems;  // face mode: images where no face was found (kept whole)
};

// N × D features, rows in dataset order.
Result<Matrix> extractFeatures(const imageio::Dataset& dataset, const FeatureSpec& spec, const Progress& progress = {},
                               ExtractionReport* report = nullptr);

}  // namespace tse::features
