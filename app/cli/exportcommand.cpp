// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "exportcommand.h"

#include <QGuiApplication>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>

#include "figure.h"
#include "imagemap.h"
#include "itemimage.h"
#include "pipeline/featurecache.h"
#include "pipeline/placerun.h"
#include "projectruns.h"
#include "runexport.h"
#include "tse/imageio/datasetlocator.h"
#include "tse/project/projectfile.h"

namespace tse::cli {
namespace fs = std::filesystem;

namespace {

// The run's own images: its dataset, if it is still there and holds the same images.
using DatasetResult = Result<std::shared_ptr<const imageio::Dataset>>;
DatasetResult runImages(const run::RunRecord& run)
{
    const std::string& spec = run.parameters.dataset;
    if (spec.empty())
        return makeError(ErrorCode::InvalidArgument, "the run does not say which dataset it came from");
    auto dataset = imageio::openDataset(spec, app::defaultFolderOptions());
    if (!dataset)
        return dataset.error();
    if (const std::size_t placed = run.placedCount(); placed > 0) {
        // The map's images, then the placed ones (one placement step: the record names the last only).
        if (dataset->size() + placed != std::size_t(run.coordinates.rows()) ||
            (!run.datasetHash.empty() && dataset->contentHash() != run.datasetHash))
            return makeError(ErrorCode::InvalidArgument, spec + " no longer holds the map's images");
        auto added = imageio::openDataset(run.placedDataset, app::defaultFolderOptions());
        if (!added)
            return added.error();
        auto joined = app::joinPlacedImages(dataset.value(), added.value(), run);
        if (!joined)
            return joined.error();
        return std::make_shared<const imageio::Dataset>(std::move(joined.value()));
    }
    if (dataset->size() != std::size_t(run.coordinates.rows()) ||
        (!run.datasetHash.empty() && dataset->contentHash() != run.datasetHash))
        return makeError(ErrorCode::InvalidArgument, spec + " no longer holds them");
    return std::make_shared<const imageio::Dataset>(std::move(dataset.value()));
}

// Paths and metadata for the CSV, when the run's dataset is a folder that is still there.
figure::ItemDetails itemDetails(const run::RunRecord& run, const std::function<const DatasetResult&()>& imagesOf,
                                std::ostream& err)
{
    std::error_code ec;
    if (run.parameters.dataset.empty() || !fs::is_directory(run.parameters.dataset, ec))
        return {};
    const DatasetResult& images = imagesOf();
    if (!images) {
        err << "warning: " << run.parameters.dataset
            << " no longer holds the run's images; the path and metadata columns stay empty\n";
        return {};
    }
    return figure::itemDetailsOf(**images);
}

}  // namespace

int runExport(const ExportCommand& command, std::ostream& out, std::ostream& err)
{
    // Text in figures needs a QGuiApplication; no display is needed.
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // Qt warns on every start without it; give it the private folder it would use anyway.
    if (!std::getenv("XDG_RUNTIME_DIR")) {
        const fs::path runtime = fs::temp_directory_path() / ("runtime-" + std::to_string(getuid()));
        std::error_code ec;
        fs::create_directories(runtime, ec);
        fs::permissions(runtime, fs::perms::owner_all, ec);
        setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);
    }
    int argc = 1;
    char name[] = "tsne-explorer-cli";
    char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);

    auto fail = [&](const Error& e) {
        err << "error: " << e.message << "\n";
        return 1;
    };
    auto file = project::ProjectFile::open(command.project);
    if (!file)
        return fail(file.error());
    auto run = findRun(**file, command.run);
    if (!run)
        return fail(run.error());

    figure::FigureOptions options;
    options.size = QSize(command.width, command.height);
    options.title = QString::fromStdString(command.title.empty() ? run->name + " — " + run::describe(run->parameters)
                                                                 : command.title);
    const auto data = figure::classFigure(run->coordinates, run->labels, run->classNames);
    auto done = [&](const std::string& path) { out << "wrote " << path << "\n"; };
    // Read once, and only when an export needs the images (image map, CSV paths and metadata).
    std::optional<DatasetResult> loadedImages;
    const auto images = [&]() -> const DatasetResult& {
        if (!loadedImages)
            loadedImages = runImages(*run);
        return *loadedImages;
    };
    if (!command.png.empty()) {
        if (auto ok = figure::writePng(command.png, data, options); !ok)
            return fail(ok.error());
        done(command.png);
    }
    if (!command.imageMap.empty()) {
        if (!images())
            return fail(Error{images().error().code, "an image map needs the run's images: " + images().error().message});
        figure::ImageMapOptions mapOptions;
        mapOptions.figure = options;
        mapOptions.thumbnailSize = command.thumbnailSize;
        int shown = 0;
        const auto& dataset = **images();
        if (auto ok = figure::writeImageMap(
                command.imageMap, data, [&dataset](int item) { return figure::itemImage(dataset, std::size_t(item)); },
                mapOptions, &shown);
            !ok)
            return fail(ok.error());
        out << "wrote " << command.imageMap << " (" << shown << " images)\n";
    }
    if (!command.svg.empty()) {
        if (auto ok = figure::writeSvg(command.svg, data, options); !ok)
            return fail(ok.error());
        done(command.svg);
    }
    if (!command.pdf.empty()) {
        if (auto ok = figure::writePdf(command.pdf, data, options); !ok)
            return fail(ok.error());
        done(command.pdf);
    }
    if (!command.csv.empty()) {
        if (auto ok = figure::writeRunCsv(command.csv, *run, itemDetails(*run, images, err)); !ok)
            return fail(ok.error());
        const auto json = figure::sidecarPath(command.csv);
        if (auto ok = figure::writeRunJson(json, *run, std::size_t(run->coordinates.rows())); !ok)
            return fail(ok.error());
        done(command.csv);
        done(json.string());
    }
    if (!command.npy.empty()) {
        if (auto ok = figure::writeRunNpy(command.npy, *run); !ok)
            return fail(ok.error());
        done(command.npy);
    }
    return 0;
}

}  // namespace tse::cli
