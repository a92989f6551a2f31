// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/features/extractor.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <sstream>
#include <thread>

#include "tse/features/preprocess.h"
#include "tse/features/rawpixels.h"
#include "tse/features/torchruntime.h"
#include "tse/imageio/faces.h"
#include "tse/imageio/image.h"

namespace tse::features {
namespace fs = std::filesystem;

namespace {

int workerCount(int threads)
{
    return threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
}

// Runs fn(i) for i in [begin, end) on `workers` threads.
template <class Fn>
void parallelFor(std::size_t begin, std::size_t end, int workers, Fn fn)
{
    std::vector<std::thread> pool;
    const int used = std::max(1, std::min<int>(workers, int(end - begin)));
    for (int w = 0; w < used; ++w)
        pool.emplace_back([&, w] {
            for (std::size_t i = begin + std::size_t(w); i < end; i += std::size_t(used))
                fn(i);
        });
    for (auto& t : pool)
        t.join();
}

// Same channel count as the dataset (gray ↔ RGB).
imageio::Image withChannels(const imageio::Image& image, int channels)
{
    if (image.channels == channels)
        return image;
    imageio::Image out;
    out.width = image.width;
    out.height = image.height;
    out.channels = channels;
    out.pixels.resize(std::size_t(image.width) * image.height * channels);
    const std::size_t count = std::size_t(image.width) * image.height;
    for (std::size_t p = 0; p < count; ++p) {
        const std::uint8_t* src = image.pixels.data() + p * image.channels;
        if (channels == 1)
            out.pixels[p] = std::uint8_t((299 * src[0] + 587 * src[1] + 114 * src[2] + 500) / 1000);
        else
            std::fill_n(out.pixels.data() + p * 3, 3, src[0]);
    }
    return out;
}

// Loads item i at full size and, in face mode, crops it to its largest face.
class ImageSource {
public:
    ImageSource(const imageio::Dataset& dataset, const imageio::FaceDetector* faces) : dataset_(dataset), faces_(faces) {}

    Result<imageio::Image> load(std::size_t i, bool* faceMissing) const
    {
        auto image = imageio::loadOriginalImage(dataset_, i);
        if (!image)
            return makeError(image.error().code, "cannot read " + dataset_.itemName(i) + ": " + image.error().message);
        if (!faces_)
            return image;
        const auto face = faces_->largestFace(*image);
        if (!face) {
            *faceMissing = true;
            return image;
        }
        return imageio::cropFace(*image, *face);
    }

private:
    const imageio::Dataset& dataset_;
    const imageio::FaceDetector* faces_;
};

class NetworkRunner {
public:
    virtual ~NetworkRunner() = default;
    virtual Result<Matrix> forward(const float* input, int n, int size) const = 0;
};

class VggRunner final : public NetworkRunner {
public:
    VggRunner(VggNetwork network, VggLayer layer) : network_(std::move(network)), layer_(layer) {}
    Result<Matrix> forward(const float* input, int n, int size) const override
    {
        return network_.forward(input, n, size, size, layer_);
    }

private:
    VggNetwork network_;
    VggLayer layer_;
};

class ScriptRunner final : public NetworkRunner {
public:
    explicit ScriptRunner(TorchScriptModel model) : model_(std::move(model)) {}
    Result<Matrix> forward(const float* input, int n, int size) const override { return model_.forward(input, n, size, size); }

private:
    TorchScriptModel model_;
};

Result<std::unique_ptr<NetworkRunner>> loadNetwork(const FeatureSpec& spec, const fs::path& file)
{
    if (spec.kind == ExtractorKind::TorchScript) {
        auto model = TorchScriptModel::load(file);
        if (!model)
            return model.error();
        return std::unique_ptr<NetworkRunner>(std::make_unique<ScriptRunner>(std::move(model.value())));
    }
    auto weights = readTorchWeights(file);
    if (!weights)
        return weights.error();
    auto network = VggNetwork::fromStateDict(*weights);
    if (!network)
        return makeError(network.error().code, file.string() + ": " + network.error().message);
    const int expected = spec.kind == ExtractorKind::Vgg16 ? 13 : spec.kind == ExtractorKind::Vgg19 ? 16 : 0;
    if (expected && network->convolutionLayers() != expected)
        return makeError(ErrorCode::InvalidArgument,
                         file.string() + " holds a VGG with " + std::to_string(network->convolutionLayers()) +
                             " convolution layers; " + extractorName(spec.kind) + " has " + std::to_string(expected));
    return std::unique_ptr<NetworkRunner>(std::make_unique<VggRunner>(std::move(network.value()), spec.layer));
}

Result<Matrix> extractRaw(const imageio::Dataset& dataset, const FeatureSpec& spec, const Progress& progress,
                          const imageio::FaceDetector* faces, ExtractionReport* report)
{
    if (!faces)
        return rawPixelFeatures(dataset, progress);
    // Faces cropped from the originals, resized to the dataset's image size.
    imageio::Dataset cropped = dataset;
    cropped.loadPixels();  // written below, item by item
    const ImageSource source(dataset, faces);
    std::vector<char> missing(dataset.size(), 0);
    std::vector<std::string> errors(dataset.size());
    std::atomic<std::size_t> done{0};
    parallelFor(0, dataset.size(), workerCount(spec.threads), [&](std::size_t i) {
        if (progress.cancelled())
            return;
        bool noFace = false;
        auto image = source.load(i, &noFace);
        if (!image) {
            errors[i] = image.error().message;
            return;
        }
        missing[i] = noFace;
        const auto small = withChannels(imageio::resized(*image, dataset.width, dataset.height), dataset.channels);
        std::copy(small.pixels.begin(), small.pixels.end(), cropped.pixels.begin() + std::ptrdiff_t(i * dataset.imageBytes()));
        if (const auto n = ++done; n % 64 == 0)
            progress.report("Finding faces", 0.9 * double(n) / double(dataset.size()));
    });
    if (progress.cancelled())
        return makeError(ErrorCode::Cancelled, "feature extraction was cancelled");
    for (const auto& e : errors)
        if (!e.empty())
            return makeError(ErrorCode::UnreadableFile, e);
    if (report)
        for (std::size_t i = 0; i < missing.size(); ++i)
            if (missing[i])
                report->noFaceItems.push_back(i);
    return rawPixelFeatures(cropped, progress.subRange(0.9, 1.0));
}

}  // namespace

std::string extractorName(ExtractorKind kind)
{
    switch (kind) {
    case ExtractorKind::RawPixels: return "raw";
    case ExtractorKind::Vgg16: return "vgg16";
    case ExtractorKind::Vgg19: return "vgg19";
    case ExtractorKind::VggFile: return "vgg";
    case ExtractorKind::TorchScript: return "torchscript";
    }
    return "raw";
}

bool usesTorch(ExtractorKind kind) { return kind != ExtractorKind::RawPixels; }

Result<FeatureSpec> parseFeatureSpec(std::string_view features, std::string_view layer, const fs::path& modelFile, bool faces)
{
    FeatureSpec spec;
    spec.faces = faces;
    spec.modelFile = modelFile;
    const std::string name(features);
    if (name == "raw" || name.empty()) {
        spec.kind = ExtractorKind::RawPixels;
    } else if (name == "vgg16") {
        spec.kind = ExtractorKind::Vgg16;
    } else if (name == "vgg19") {
        spec.kind = ExtractorKind::Vgg19;
    } else if (name == "vgg") {
        if (modelFile.empty())
            return makeError(ErrorCode::InvalidArgument, "'vgg' features need a weights file (--weights FILE.pth)");
        spec.kind = ExtractorKind::VggFile;
    } else if (name == "torchscript") {
        if (modelFile.empty())
            return makeError(ErrorCode::InvalidArgument, "TorchScript features need a model file (.pt)");
        spec.kind = ExtractorKind::TorchScript;
    } else if (name.ends_with(".pt") || name.ends_with(".ptc") || name.ends_with(".torchscript")) {
        spec.kind = ExtractorKind::TorchScript;
        spec.modelFile = name;
    } else if (name.ends_with(".pth")) {
        spec.kind = ExtractorKind::VggFile;
        spec.modelFile = name;
    } else {
        return makeError(ErrorCode::InvalidArgument, "unknown feature extractor '" + name +
                                                         "' (use raw, vgg16, vgg19, a TorchScript .pt file or VGG weights .pth)");
    }
    if (!layer.empty()) {
        const auto parsed = parseVggLayer(layer);
        if (!parsed)
            return makeError(ErrorCode::InvalidArgument, "unknown layer '" + std::string(layer) + "' (use fc7, fc6 or pool5)");
        spec.layer = *parsed;
    }
    return spec;
}

std::string featureCacheKey(const FeatureSpec& spec)
{
    std::ostringstream key;
    key << extractorName(spec.kind);
    if (spec.kind == ExtractorKind::Vgg16 || spec.kind == ExtractorKind::Vgg19 || spec.kind == ExtractorKind::VggFile)
        key << "/" << vggLayerName(spec.layer) << "/imagenet224";
    if (spec.kind == ExtractorKind::TorchScript) {
        key << "/in" << spec.inputSize;
        for (float v : spec.mean)
            key << "/" << v;
        for (float v : spec.std)
            key << "/" << v;
    }
    if (usesTorch(spec.kind)) {
        // A different file at the same path must not reuse old features.
        if (auto file = locateModelFile(spec)) {
            std::error_code ec;
            const auto size = fs::file_size(*file, ec);
            const auto time = fs::last_write_time(*file, ec).time_since_epoch().count();
            key << "/" << file->filename().string() << ":" << size << ":" << time;
        }
    }
    if (spec.faces)
        key << "/faces";
    return key.str();
}

std::optional<PublishedWeights> publishedWeights(ExtractorKind kind)
{
    if (kind == ExtractorKind::Vgg16)
        return PublishedWeights{"vgg16-397923af.pth", "https://download.pytorch.org/models/vgg16-397923af.pth", "397923af"};
    if (kind == ExtractorKind::Vgg19)
        return PublishedWeights{"vgg19-dcbb9e9d.pth", "https://download.pytorch.org/models/vgg19-dcbb9e9d.pth", "dcbb9e9d"};
    return std::nullopt;
}

fs::path torchHubCheckpoints()
{
    fs::path torchHome;
    if (const char* env = std::getenv("TORCH_HOME"); env && *env)
        torchHome = env;
    else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        torchHome = fs::path(xdg) / "torch";
    else if (const char* home = std::getenv("HOME"); home && *home)
        torchHome = fs::path(home) / ".cache" / "torch";
    else
        torchHome = fs::temp_directory_path() / "torch";
    return torchHome / "hub" / "checkpoints";
}

Result<fs::path> locateModelFile(const FeatureSpec& spec)
{
    std::error_code ec;
    if (!spec.modelFile.empty()) {
        if (!fs::is_regular_file(spec.modelFile, ec))
            return makeError(ErrorCode::FileNotFound, "the model file " + spec.modelFile.string() + " does not exist");
        return spec.modelFile;
    }
    const auto published = publishedWeights(spec.kind);
    if (!published)
        return makeError(ErrorCode::InvalidArgument, extractorName(spec.kind) + " features need a model file");
    const fs::path cached = torchHubCheckpoints() / published->fileName;
    if (!fs::is_regular_file(cached, ec))
        return makeError(ErrorCode::FileNotFound,
                         "the " + extractorName(spec.kind) + " weights are not installed: " + cached.string() +
                             " is missing. Download them (" + published->url +
                             ", e.g. with tsne-explorer-cli download-weights " + extractorName(spec.kind) +
                             ") or choose a weights file.");
    return cached;
}

Result<Matrix> extractFeatures(const imageio::Dataset& dataset, const FeatureSpec& spec, const Progress& progress,
                               ExtractionReport* report)
{
    if (dataset.size() == 0)
        return makeError(ErrorCode::InvalidArgument, "the dataset '" + dataset.name + "' has no images");
    std::optional<imageio::FaceDetector> faces;
    if (spec.faces) {
        auto detector = imageio::FaceDetector::load();
        if (!detector)
            return detector.error();
        faces = std::move(detector.value());
    }
    if (spec.kind == ExtractorKind::RawPixels)
        return extractRaw(dataset, spec, progress, faces ? &*faces : nullptr, report);

    auto file = locateModelFile(spec);
    if (!file)
        return file.error();
    progress.report("Loading the model", 0.0);
    setTorchThreads(spec.threads);
    auto network = loadNetwork(spec, *file);
    if (!network)
        return network.error();
    const int size = spec.kind == ExtractorKind::TorchScript ? spec.inputSize : 224;
    ImagePreprocessing settings = ImagePreprocessing::forInputSize(size);
    if (spec.kind == ExtractorKind::TorchScript) {
        settings.mean = spec.mean;
        settings.std = spec.std;
    }
    const std::size_t n = dataset.size(), batch = std::size_t(std::max(1, spec.batchSize));
    const std::size_t imageFloats = std::size_t(3) * size * size;
    const ImageSource source(dataset, faces ? &*faces : nullptr);
    std::vector<float> input(batch * imageFloats);
    std::vector<char> missing(n, 0);
    Matrix features;
    for (std::size_t first = 0; first < n; first += batch) {
        if (progress.cancelled())
            return makeError(ErrorCode::Cancelled, "feature extraction was cancelled");
        const std::size_t count = std::min(batch, n - first);
        std::vector<std::string> errors(count);
        // Decoding and resizing run on all cores; the network then uses them for its layers.
        parallelFor(0, count, workerCount(spec.threads), [&](std::size_t k) {
            bool noFace = false;
            auto image = source.load(first + k, &noFace);
            if (!image) {
                errors[k] = image.error().message;
                return;
            }
            missing[first + k] = noFace;
            preprocessImage(*image, settings, input.data() + k * imageFloats);
        });
        for (const auto& e : errors)
            if (!e.empty())
                return makeError(ErrorCode::UnreadableFile, e);
        auto rows = (*network)->forward(input.data(), int(count), size);
        if (!rows)
            return rows.error();
        if (first == 0) {
            try {
                features.resize(Eigen::Index(n), rows->cols());
            } catch (const std::bad_alloc&) {
                return makeError(ErrorCode::OutOfMemory, "not enough memory for " + std::to_string(n) + " × " +
                                                             std::to_string(rows->cols()) + " features");
            }
        }
        features.middleRows(Eigen::Index(first), Eigen::Index(count)) = *rows;
        progress.report("Extracting " + extractorName(spec.kind) + " features", double(first + count) / double(n));
    }
    if (report)
        for (std::size_t i = 0; i < n; ++i)
            if (missing[i])
                report->noFaceItems.push_back(i);
    return features;
}

}  // namespace tse::features
