// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "featurescommand.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <ostream>

#include "pipeline/featurecache.h"
#include "pipeline/pipeline.h"
#include "consoleprogress.h"
#include "importreport.h"
#include "download.h"
#include "tse/common/npy.h"
#include "tse/features/rawpixels.h"
#include "tse/imageio/datasetlocator.h"

namespace tse::cli {
namespace fs = std::filesystem;

namespace {

// features.npy → features.labels.npy / features.files.txt
fs::path besides(const fs::path& out, const std::string& suffix)
{
    fs::path p = out;
    p.replace_extension();
    return p.string() + suffix;
}

// Raw pixels go to the file a block of rows at a time, so the N × D float matrix (four times the
// pixels: 3.1 GB at 1,000,000 28×28 images) is never held; the bytes are writeMatrix's.
Status writeRawPixelFeatures(const imageio::Dataset& dataset, const fs::path& path, const Progress& progress)
{
    if (auto usable = features::checkRawPixels(dataset); !usable)
        return usable;
    const features::RawPixelRows rows(dataset);
    auto writer = npy::MatrixWriter::open(path, rows.rows(), rows.cols());
    if (!writer)
        return writer.error();
    Matrix scratch;
    const Eigen::Index chunk = 4096;
    for (Eigen::Index first = 0; first < rows.rows(); first += chunk) {
        if (progress.cancelled())
            return makeError(ErrorCode::Cancelled, "feature extraction was cancelled");
        const Eigen::Index count = std::min(chunk, rows.rows() - first);
        (void)rows.block(first, count, scratch);  // RawPixelRows makes every block in scratch
        if (auto appended = writer->append(scratch); !appended)
            return appended;
        progress.report("Raw pixel features", double(first + count) / double(rows.rows()));
    }
    return writer->close();
}

}  // namespace

int runFeatures(const FeaturesCommand& command, std::ostream& out, std::ostream& err)
{
    auto fail = [&](const Error& e) {
        err << "error: " << e.message << "\n";
        return 1;
    };
    const auto& parameters = command.parameters;
    auto dataset = imageio::openDataset(parameters.dataset, app::defaultFolderOptions(), consoleProgress(err, command.quiet));
    if (!dataset)
        return fail(dataset.error());
    if (!command.quiet)
        printSkippedFiles(*dataset, err);
    const fs::path matrixPath = command.out;
    const app::FeatureDiskCache disk;
    app::ExtractedFeatures extracted;
    Eigen::Index columns = 0;
    if (parameters.features.isPlainPixels() && command.device == features::Device::Auto) {
        const auto start = std::chrono::steady_clock::now();
        if (auto written = writeRawPixelFeatures(*dataset, matrixPath, consoleProgress(err, command.quiet)); !written)
            return fail(written.error());
        extracted.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        columns = Eigen::Index(dataset->imageBytes());
    } else {
        auto made = app::extractDatasetFeatures(*dataset, parameters, nullptr, consoleProgress(err, command.quiet),
                                                app::FeatureRuntime{&disk, command.batchSize, command.device});
        if (!made)
            return fail(made.error());
        extracted = std::move(*made);
        if (!extracted.deviceNote.empty() && !command.quiet)
            err << "note: " << extracted.deviceNote << "\n";
        if (auto written = npy::writeMatrix(matrixPath, *extracted.features); !written)
            return fail(written.error());
        columns = extracted.features->cols();
    }
    std::vector<std::int64_t> labels(dataset->labels.begin(), dataset->labels.end());
    if (auto written = npy::writeLabels(besides(matrixPath, ".labels.npy"), labels); !written)
        return fail(written.error());
    {
        std::ofstream classes(besides(matrixPath, ".classes.txt"));
        for (const auto& name : dataset->classNames)
            classes << name << "\n";
    }
    std::ofstream files(besides(matrixPath, ".files.txt"));
    for (std::size_t i = 0; i < dataset->size(); ++i) {
        std::string path = dataset->itemName(i);
        if (i < dataset->itemPaths.size())
            path = (fs::path(dataset->source) / dataset->itemPaths[i]).string();
        files << path << "\n";
    }
    if (!files)
        return fail(makeError(ErrorCode::UnreadableFile, "cannot write " + besides(matrixPath, ".files.txt").string()));
    if (!command.quiet) {
        out << std::fixed << std::setprecision(2) << "items " << dataset->size() << ", features "
            << columns << ", " << extracted.seconds << " s"
            << (extracted.fromDisk ? " (from the cache " + disk.directory().string() + ")" : std::string()) << "\n";
        if (!extracted.noFaceItems.empty())
            out << "no face found in " << extracted.noFaceItems.size() << " images (kept whole), e.g. "
                << dataset->itemName(extracted.noFaceItems.front()) << "\n";
        out << "wrote " << matrixPath.string() << ", " << besides(matrixPath, ".labels.npy").string() << ", "
            << besides(matrixPath, ".files.txt").string() << ", " << besides(matrixPath, ".classes.txt").string() << "\n";
    }
    return 0;
}

int runDownload(const DownloadCommand& command, std::ostream& out, std::ostream& err)
{
    const auto kind = command.model == "vgg19" ? features::ExtractorKind::Vgg19 : features::ExtractorKind::Vgg16;
    const auto published = features::publishedWeights(kind);
    const fs::path directory = command.directory.empty() ? features::torchHubCheckpoints() : fs::path(command.directory);
    const fs::path target = directory / published->fileName;
    std::error_code ec;
    if (fs::is_regular_file(target, ec)) {
        out << target.string() << " is already there\n";
        return 0;
    }
    net::DownloadOptions options;
    options.sha256Prefix = published->sha256Prefix;
    const std::string url = command.url.empty() ? published->url : command.url;
    if (auto done = net::downloadFile(url, target, options, consoleProgress(err, false)); !done) {
        err << "error: " << done.error().message << "\n";
        return 1;
    }
    out << "saved " << target.string() << " (SHA-256 starts with " << published->sha256Prefix << ")\n";
    return 0;
}

}  // namespace tse::cli
