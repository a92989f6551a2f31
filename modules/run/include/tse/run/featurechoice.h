// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The user's choice of features for a run, as a value: which extractor, which network layer,
// which model file, face cropping and (TorchScript) the input size and normalisation.
// The pipeline turns it into the feature module's FeatureSpec; storage and front ends only
// read and write it, and compare extractors as enums, never as strings.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "tse/common/result.h"

namespace tse::run {

enum class Extractor {
    RawPixels,    // every pixel scaled to [0, 1]
    Vgg16,        // torchvision's vgg16 weights (torch hub cache or modelFile)
    Vgg19,        // torchvision's vgg19 weights
    VggFile,      // any torchvision-style VGG state dict (modelFile, .pth)
    TorchScript,  // any TorchScript model N×3×H×W → N×D (modelFile, .pt)
};

enum class NetworkLayer { Fc7, Fc6, Pool5 };

struct FeatureChoice {
    Extractor extractor = Extractor::RawPixels;
    NetworkLayer layer = NetworkLayer::Fc7;  // VGG only
    std::string modelFile;                   // VGG weights (empty: torch hub cache) or TorchScript model
    bool faces = false;                      // crop each image to its largest face first
    // TorchScript input size (8–4096) and normalisation; VGG always uses ImageNet's 224 and these.
    int inputSize = 224;
    std::array<float, 3> mean{0.485f, 0.456f, 0.406f};
    std::array<float, 3> std{0.229f, 0.224f, 0.225f};

    // A CNN (VGG or TorchScript) computes the features: slow, worth the disk cache.
    bool usesNetwork() const { return extractor != Extractor::RawPixels; }
    // The features are the image's own pixels, one per byte (no network, no face crop).
    bool isPlainPixels() const { return !usesNetwork() && !faces; }
    bool usesLayer() const { return extractor == Extractor::Vgg16 || extractor == Extractor::Vgg19 || extractor == Extractor::VggFile; }
    bool operator==(const FeatureChoice&) const = default;
};

// "raw", "vgg16", "vgg19", "vgg", "torchscript": the names projects, settings and the CLI use.
const char* extractorName(Extractor extractor);
std::optional<Extractor> extractorFromName(std::string_view name);
const char* layerName(NetworkLayer layer);  // "fc7", "fc6", "pool5"
std::optional<NetworkLayer> layerFromName(std::string_view name);

// A CLI/settings word: an extractor name, or a file (*.pt → TorchScript, *.pth → VGG weights).
Result<FeatureChoice> parseFeatureChoice(std::string_view word);

// "raw pixels", "vgg16 fc7", "torchscript", with ", faces" when cropping: for tables and titles.
std::string describe(const FeatureChoice& choice);

}  // namespace tse::run
