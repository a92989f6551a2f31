// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/run/featurechoice.h"

namespace tse::run {
namespace {

constexpr std::pair<Extractor, const char*> kExtractorNames[] = {
    {Extractor::RawPixels, "raw"},   {Extractor::Vgg16, "vgg16"},           {Extractor::Vgg19, "vgg19"},
    {Extractor::VggFile, "vgg"},     {Extractor::TorchScript, "torchscript"},
};
constexpr std::pair<NetworkLayer, const char*> kLayerNames[] = {
    {NetworkLayer::Fc7, "fc7"}, {NetworkLayer::Fc6, "fc6"}, {NetworkLayer::Pool5, "pool5"}};

}  // namespace

const char* extractorName(Extractor extractor)
{
    for (const auto& [e, name] : kExtractorNames)
        if (e == extractor)
            return name;
    return "raw";
}

std::optional<Extractor> extractorFromName(std::string_view name)
{
    if (name.empty())
        return Extractor::RawPixels;
    for (const auto& [e, n] : kExtractorNames)
        if (name == n)
            return e;
    return std::nullopt;
}

const char* layerName(NetworkLayer layer)
{
    for (const auto& [l, name] : kLayerNames)
        if (l == layer)
            return name;
    return "fc7";
}

std::optional<NetworkLayer> layerFromName(std::string_view name)
{
    if (name.empty())
        return NetworkLayer::Fc7;
    for (const auto& [l, n] : kLayerNames)
        if (name == n)
            return l;
    return std::nullopt;
}

Result<FeatureChoice> parseFeatureChoice(std::string_view word)
{
    FeatureChoice choice;
    if (auto extractor = extractorFromName(word)) {
        choice.extractor = *extractor;
        return choice;
    }
    if (word.ends_with(".pt") || word.ends_with(".pth")) {
        choice.extractor = word.ends_with(".pt") ? Extractor::TorchScript : Extractor::VggFile;
        choice.modelFile = std::string(word);
        return choice;
    }
    return makeError(ErrorCode::InvalidArgument, "features must be raw, vgg16, vgg19, a TorchScript .pt file or VGG "
                                                 "weights .pth, got '" + std::string(word) + "'");
}

std::string describe(const FeatureChoice& choice)
{
    std::string text = choice.usesNetwork() ? extractorName(choice.extractor) : "raw pixels";
    if (choice.usesLayer())
        text += std::string(" ") + layerName(choice.layer);
    if (choice.faces)
        text += ", faces";
    return text;
}

}  // namespace tse::run
