// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "placecommand.h"

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <ostream>

#include "commandoutputs.h"
#include "consoleprogress.h"
#include "importreport.h"
#include "pipeline/placerun.h"
#include "projectruns.h"
#include "tse/features/torchruntime.h"

namespace tse::cli {
namespace fs = std::filesystem;

tsne::PlacementOptions placementOptions(const PlaceCommand& command, const run::RunRecord& reference)
{
    tsne::PlacementOptions options;
    options.perplexity = command.perplexity;
    options.iterations = command.iterations;
    options.threads = command.threads;
    options.seed = reference.parameters.tsne.seed;
    return options;
}

int runPlace(const PlaceCommand& command, std::ostream& out, std::ostream& err)
{
    auto fail = [&](const Error& e) {
        err << "error: " << e.message << "\n";
        return 1;
    };
    // Outputs that cannot be written are found before the work, not after it.
    if (auto folders = checkOutputFolders({command.outCsv, command.outNpy, command.reportJson}); !folders)
        return fail(folders.error());
    auto project = project::ProjectFile::open(command.project);
    if (!project)
        return fail(project.error());
    if ((*project)->readOnly())
        return fail(makeError(ErrorCode::InvalidArgument, "cannot add the placed run to " + command.project + ": " +
                                                              (*project)->readOnlyReason()));
    auto reference = findRunWithSpace(**project, command.run);
    if (!reference)
        return fail(reference.error());
    if (reference->parameters.features.usesNetwork())
        features::preloadTorchRuntime();  // libtorch's start overlaps opening the new images

    auto input = app::openRunInput(command.newData, command.labelsNpy);
    if (!input)
        return fail(input.error());
    if (input->dataset && !command.quiet)
        printSkippedFiles(*input->dataset, err);

    app::StageCache cache;
    const app::FeatureDiskCache disk;
    app::RunHooks hooks;
    hooks.cache = &cache;
    hooks.runtime = app::FeatureRuntime{&disk, command.batchSize, command.device};
    hooks.progress = consoleProgress(err, command.quiet);
    const tsne::PlacementOptions options = placementOptions(command, reference.value());
    std::string spec = command.newData;
    if (std::error_code ec; fs::exists(spec, ec))
        spec = fs::absolute(spec).lexically_normal().string();
    auto placed = app::placeOnRun(reference.value(), input.value(), spec, options, hooks);
    endProgressLine(err, command.quiet);
    if (!placed)
        return fail(placed.error());
    run::RunRecord& record = placed->record;
    if (!command.runName.empty())
        record.name = command.runName;
    auto id = (*project)->addRun(record, record.datasetHash);
    if (!id)
        return fail(id.error());

    if (auto written = writeCoordinates(record, command.outCsv, command.outNpy); !written)
        return fail(written.error());

    const auto& t = record.timings;
    const std::size_t newItems = record.placedCount() - reference->placedCount();
    const double total = t.load + t.features + t.affinities + t.optimisation;
    if (!command.quiet) {
        out << "saved as run " << id.value() << " in " << command.project << "\n";
        out << std::fixed << std::setprecision(3);
        out << "placed " << newItems << " items on run " << reference->id << " (" << reference->coordinates.rows()
            << " points, " << reference->coordinates.cols() << "D), features " << placed->featureCount << "\n";
        out << "load        " << t.load << " s\n";
        out << "features    " << t.features << " s\n";
        out << "neighbours  " << t.affinities << " s\n";
        out << "optimise    " << t.optimisation << " s (" << command.iterations << " iterations)\n";
        out << "total       " << total << " s\n";
        if (placed->placedAccuracy)
            out << std::setprecision(4) << "placed " << record.metricK << "-NN accuracy against the map's labels "
                << *placed->placedAccuracy << "\n";
    }
    if (!command.reportJson.empty()) {
        std::ofstream report(command.reportJson);
        report << std::setprecision(6) << "{\n"
               << "  \"run\": " << id.value() << ",\n"
               << "  \"reference_run\": " << reference->id << ",\n"
               << "  \"reference_items\": " << reference->coordinates.rows() << ",\n"
               << "  \"placed_items\": " << newItems << ",\n"
               << "  \"dimensions\": " << record.coordinates.cols() << ",\n"
               << "  \"seconds\": {\"load\": " << t.load << ", \"features\": " << t.features
               << ", \"neighbours\": " << t.affinities << ", \"optimisation\": " << t.optimisation
               << ", \"total\": " << total << ", \"metrics\": " << t.metrics << "},\n"
               << "  \"peak_memory_mib\": " << peakMemoryMiB();
        if (placed->placedAccuracy)
            report << ",\n  \"placed_knn10_accuracy\": " << *placed->placedAccuracy;
        report << "\n}\n";
        if (!report)
            return fail(makeError(ErrorCode::UnreadableFile, "cannot write " + command.reportJson));
    }
    return 0;
}

}  // namespace tse::cli
