// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "embedcommand.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <ostream>

#include "pipeline/executerun.h"
#include "pipeline/machinespeed.h"
#include "commandoutputs.h"
#include "consoleprogress.h"
#include "importreport.h"
#include "sweepcommand.h"
#include "tse/project/projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tse::cli {

namespace {

// The report's clusters: what found them and each cluster's name, size and medoid.
std::string clustersJson(const run::ClusterLabels& found, const std::vector<app::NamedCluster>& named)
{
    QJsonArray list;
    for (const auto& c : named)
        list.append(QJsonObject{{"name", QString::fromStdString(c.name)},
                                {"size", c.summary.size},
                                {"majority_share", c.summary.share},
                                {"medoid", c.summary.representatives.empty() ? -1 : c.summary.representatives.front()}});
    const QJsonObject root{{"count", found.count},
                           {"min_cluster_size", found.minClusterSize},
                           {"max_cluster_size", found.maxClusterSize},
                           {"selection", found.leaves ? "leaves" : "excess_of_mass"},
                           {"clusters", list}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact).toStdString();
}

}  // namespace

int runEmbed(const EmbedCommand& command, std::ostream& out, std::ostream& err)
{
    const auto& parameters = command.parameters;
    auto fail = [&](const Error& e) {
        err << "error: " << e.message << "\n";
        return 1;
    };
    // Outputs that cannot be written are found before the work, not after it.
    if (auto folders = checkOutputFolders({command.outCsv, command.outNpy, command.reportJson}); !folders)
        return fail(folders.error());
    auto input = app::openRunInput(parameters.dataset, command.labelsNpy);
    if (!input)
        return fail(input.error());
    if (!input->dataset && !parameters.features.isPlainPixels() && !command.quiet)
        err << "warning: " << parameters.dataset
            << " is a feature matrix; --features, --layer and --faces apply to images and are ignored\n";
    if (input->dataset && !command.quiet)
        printSkippedFiles(*input->dataset, err);

    // Defaults that cannot work for a small dataset adapt (and say so); what the user set stays
    // and is refused with the reason if it cannot work.
    run::RunParameters fitted = parameters;
    for (const auto& change :
         run::fitToData(fitted, input->size(), input->featureCount(parameters.features), command.explicitFields))
        if (!command.quiet)
            err << "note: " << change.message() << "; set it with --"
                << (change.field == run::ParameterField::Perplexity ? "perplexity" : "pca-dims") << "\n";

    if (command.estimate) {
        // This machine's speed, measured once (about a second) and remembered for every later
        // estimate, the workbench's included.
        const auto speedFile = app::machineSpeedFile();
        const std::string identity = app::machineIdentity();
        if (!app::rememberedSlowdown(speedFile, identity) && !command.quiet)
            err << "measuring this machine's speed once (about a second; remembered in " << speedFile.string() << ")\n";
        const double slowdown = app::machineSlowdown(speedFile, identity);
        const auto cost = app::estimateRunCost(input.value(), fitted, slowdown);
        out << "estimate for " << input->size() << " items: " << cost.summary() << "\n";
        char line[160];
        std::snprintf(line, sizeof line, "  this machine takes %.2f× the reference machine's time", slowdown);
        out << line << " (" << speedFile.string() << ")\n";
        std::snprintf(line, sizeof line,
                      "  features %.1f s%s, PCA %.1f s, affinities %.1f s, optimisation %.1f s, metrics %.1f s\n",
                      cost.featureSeconds, cost.featureTimeKnown ? "" : " (+ the model's time)", cost.pcaSeconds,
                      cost.affinitySeconds, cost.optimisationSeconds, cost.metricsSeconds);
        out << line;
        if (const auto refusal = app::memoryRefusal(cost, app::availableMemoryBytes()); !refusal.empty())
            out << "  this run would be refused: " << refusal << "\n";
        return 0;
    }

    if (!command.sweeps.empty())
        return runSweep(command, input.value(), fitted, out, err);
    // A minimum cluster size the map cannot hold is said before the run, not after it.
    if (auto fits = clusterSizeFits(command, input->size()); !fits)
        return fail(fits.error());
    app::StageCache cache;
    const app::FeatureDiskCache disk;
    const app::RunHooks hooks = embedHooks(command, cache, disk, err);
    auto result = app::executeRun(input.value(), fitted, hooks);
    endProgressLine(err, command.quiet);
    if (!result)
        return fail(result.error());
    run::RunRecord& record = result->record;
    const app::RunDiagnostics& diagnostics = result->diagnostics;
    if (input->dataset && !diagnostics.noFaceItems.empty() && !command.quiet)
        err << "face mode: no face found in " << diagnostics.noFaceItems.size() << " of " << input->dataset->size()
            << " images (kept whole; first: " << input->dataset->itemName(diagnostics.noFaceItems.front()) << ")\n";
    const auto& timings = record.timings;
    const Matrix& coordinates = record.coordinates;
    // The run function found them (RunHooks::clusters); named here for the listing and report.
    const std::vector<app::NamedCluster> clusters =
        command.clusters ? app::nameClusters(record) : std::vector<app::NamedCluster>{};

    if (auto written = writeCoordinates(record, command.outCsv, command.outNpy); !written)
        return fail(written.error());

    if (!command.project.empty()) {
        record.name = command.runName.empty() ? run::describe(fitted) : command.runName;
        if (!parameters.dataset.empty() && std::filesystem::exists(parameters.dataset))
            record.parameters.dataset = std::filesystem::absolute(parameters.dataset).string();
        auto file = project::ProjectFile::openOrCreate(command.project);
        if (!file)
            return fail(file.error());
        auto id = (*file)->addRun(record, record.datasetHash);
        if (!id)
            return fail(id.error());
        if (!command.quiet)
            out << "saved as run " << id.value() << " in " << command.project << "\n";
    }

    const std::size_t items = static_cast<std::size_t>(coordinates.rows());
    if (!command.quiet) {
        out << std::fixed << std::setprecision(3);
        out << "items " << items << ", features " << diagnostics.featureCount << ", method "
            << tsne::methodName(diagnostics.method) << ", threads " << record.threads << ", learning rate "
            << diagnostics.learningRate << "\n";
        out << "load        " << timings.load << " s\n";
        out << "features    " << timings.features << " s\n";
        out << "pca         " << timings.pca << " s\n";
        out << "affinities  " << timings.affinities << " s\n";
        out << "optimise    " << timings.optimisation << " s (" << record.iterationsDone << " iterations)\n";
        out << "total       " << timings.total() << " s\n";
        out << std::setprecision(4) << "KL divergence " << record.klDivergence.value_or(0.0) << "\n";
        if (record.knnAccuracy)
            out << record.metricK << "-NN accuracy " << *record.knnAccuracy << "\n";
        if (command.clusters) {
            std::size_t noise = 0;
            for (int label : record.clusters.labels)
                noise += label < 0;
            out << "clusters " << record.clusters.count << " (minimum size " << record.clusters.minClusterSize
                << ", " << noise << " items in none)\n";
            for (std::size_t c = 0; c < clusters.size(); ++c)
                out << "  " << c << "  " << clusters[c].name << "  (" << clusters[c].summary.size << " items)\n";
        }
    }
    if (!command.reportJson.empty()) {
        std::ofstream report(command.reportJson);
        const auto& g = diagnostics.gradientTimings;
        report << std::setprecision(6) << "{\n"
               << "  \"items\": " << items << ",\n"
               << "  \"dimensions\": " << parameters.tsne.dimensions << ",\n"
               << "  \"method\": \"" << tsne::methodName(diagnostics.method) << "\",\n"
               << "  \"threads\": " << record.threads << ",\n"
               << "  \"iterations\": " << record.iterationsDone << ",\n"
               << "  \"seconds\": {\"load\": " << timings.load << ", \"features\": " << timings.features
               << ", \"pca\": " << timings.pca << ", \"affinities\": " << timings.affinities
               << ", \"optimisation\": " << timings.optimisation << ", \"total\": " << timings.total()
               << ", \"metrics\": " << timings.metrics << "},\n"
               << "  \"optimisation_seconds\": {\"attractive\": " << g.attractive << ", \"repulsive\": " << g.repulsive
               << ", \"update\": " << g.update << "},\n"
               << "  \"peak_memory_mib\": " << peakMemoryMiB() << ",\n"
               << "  \"kl_divergence\": " << record.klDivergence.value_or(0.0);
        if (diagnostics.exactKl)
            report << ",\n  \"kl_divergence_exact\": " << *diagnostics.exactKl;
        if (command.metrics && record.trustworthiness)
            report << ",\n  \"trustworthiness\": " << *record.trustworthiness << ",\n  \"continuity\": "
                   << record.continuity.value_or(0.0) << ",\n  \"knn_preservation\": "
                   << record.knnPreservation.value_or(0.0) << ",\n  \"metric_queries\": " << record.metricQueries
                   << ",\n  \"metric_k\": " << record.metricK;
        if (record.knnAccuracy)
            report << ",\n  \"knn10_accuracy\": " << *record.knnAccuracy << ",\n  \"knn_k\": " << record.metricK;
        if (command.clusters)
            report << ",\n  \"clusters\": " << clustersJson(record.clusters, clusters);
        if (input->dataset)
            report << ",\n  \"skipped_files\": " << skippedFilesJson(*input->dataset);
        report << "\n}\n";
        if (!report)
            return fail(makeError(ErrorCode::UnreadableFile, "cannot write " + command.reportJson));
    }
    return 0;
}

}  // namespace tse::cli

namespace tse::cli {

int runRuns(const RunsCommand& command, std::ostream& out, std::ostream& err)
{
    auto file = project::ProjectFile::open(command.project);
    if (!file) {
        err << "error: " << file.error().message << "\n";
        return 1;
    }
    auto runs = (*file)->runs();
    if (!runs) {
        err << "error: " << runs.error().message << "\n";
        return 1;
    }
    out << "id\tname\tcreated\tfeatures\tpca dims\tperplexity\tlearning rate\titerations\tdims\tseed\tseconds\tKL\n";
    for (const auto& r : runs.value()) {
        out << r.id << '\t' << r.name << '\t' << r.created << '\t' << run::extractorName(r.features.extractor) << '\t' << r.pcaDims << '\t'
            << r.perplexity << '\t';
        if (r.learningRate > 0)
            out << r.learningRate;
        else
            out << "auto";
        out << '\t' << r.iterations << '\t' << r.dimensions << '\t' << r.seed << '\t' << std::fixed
            << std::setprecision(3) << r.seconds << '\t';
        if (r.klDivergence)
            out << std::setprecision(4) << *r.klDivergence;
        out << std::defaultfloat << '\n';
    }
    return 0;
}

}  // namespace tse::cli
