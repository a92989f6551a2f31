// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "sweepcommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "commandoutputs.h"
#include "consoleprogress.h"
#include "pipeline/sweep.h"
#include "tse/project/projectfile.h"

namespace tse::cli {

app::RunHooks embedHooks(const EmbedCommand& command, app::StageCache& cache, const app::FeatureDiskCache& disk,
                         std::ostream& err)
{
    app::RunHooks hooks;
    hooks.cache = &cache;
    hooks.runtime = app::FeatureRuntime{&disk, command.batchSize, command.device};
    hooks.progress = consoleProgress(err, command.quiet);
    // A run saved to a project keeps frames of its formation for the workbench's replay.
    if (!command.project.empty())
        hooks.replayBudgetBytes = std::size_t(command.replayMegabytes) * 1000000u;
    // The exact KL is affordable (O(N²), outside the timed stages) up to 10,000 items.
    if (!command.reportJson.empty())
        hooks.exactKlLimit = 10000;
    if (command.clusters)
        hooks.clusters = command.clusterRequest;
    return hooks;
}

Status clusterSizeFits(const EmbedCommand& command, std::size_t items)
{
    const int size = command.clusterRequest.minClusterSize;
    if (command.clusters && size > 0 && items < 2 * std::size_t(size))
        return makeError(ErrorCode::InvalidArgument, "--min-cluster-size " + std::to_string(size) +
                                                         " is more than half of the " + std::to_string(items) +
                                                         " items: no two clusters fit");
    return Status::success();
}

std::string memberPath(const std::string& path, const std::string& label)
{
    if (path.empty())
        return path;
    // "perplexity 5, learning-rate auto" → "perplexity5-learning-rate-auto"
    std::string slug;
    // A number joins its name ("perplexity5"); a word and the next parameter get a dash.
    for (std::size_t i = 0; i < label.size(); ++i) {
        const char c = label[i];
        if (c == ',')
            continue;
        if (c == ' ')
            slug += i + 1 < label.size() && std::isdigit(static_cast<unsigned char>(label[i + 1])) ? "" : "-";
        else
            slug += c;
    }
    const std::filesystem::path p(path);
    return (p.parent_path() / (p.stem().string() + "-" + slug + p.extension().string())).string();
}

int runSweep(const EmbedCommand& command, const app::RunInput& input, const run::RunParameters& fitted,
             std::ostream& out, std::ostream& err)
{
    auto fail = [&](const Error& e) {
        err << "error: " << e.message << "\n";
        return 1;
    };
    std::vector<app::SweepAxis> axes;
    for (const std::string& text : command.sweeps) {
        auto axis = app::parseSweepAxis(text);
        if (!axis)
            return fail(axis.error());
        axes.push_back(std::move(axis.value()));
    }
    auto members = app::sweepMembers(fitted, axes);
    if (!members)
        return fail(members.error());
    // Every member is checked before the first one starts: a sweep is not stopped halfway by
    // a value that never could have worked.
    if (auto checked = app::checkSweep(*members, input.size(), input.featureCount(fitted.features)); !checked)
        return fail(checked.error());
    if (auto fits = clusterSizeFits(command, input.size()); !fits)
        return fail(fits.error());

    std::unique_ptr<project::ProjectFile> file;
    if (!command.project.empty()) {
        auto opened = project::ProjectFile::openOrCreate(command.project);
        if (!opened)
            return fail(opened.error());
        file = std::move(opened.value());
    }
    app::StageCache cache;
    const app::FeatureDiskCache disk;
    const app::RunHooks hooks = embedHooks(command, cache, disk, err);
    const auto started = std::chrono::steady_clock::now();
    auto outcome = app::executeSweep(input, *members, hooks, [&](std::size_t k) {
        endProgressLine(err, command.quiet);
        if (!command.quiet)
            err << "sweep member " << k + 1 << " of " << members->size() << ": " << (*members)[k].label << "\n";
    });
    endProgressLine(err, command.quiet);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    QJsonArray reportMembers;
    if (!command.quiet)
        out << "member\tKL\t10-NN accuracy\ttrustworthiness\tseconds\n";
    for (std::size_t k = 0; k < outcome.results.size(); ++k) {
        run::RunRecord& record = outcome.results[k].record;
        const std::string& label = (*members)[k].label;
        record.name = (command.runName.empty() ? std::string("sweep") : command.runName) + ": " + label;
        if (auto written = writeCoordinates(record, memberPath(command.outCsv, label), memberPath(command.outNpy, label));
            !written)
            return fail(written.error());
        if (file) {
            if (!input.dataset && std::filesystem::exists(record.parameters.dataset))
                record.parameters.dataset = std::filesystem::absolute(record.parameters.dataset).string();
            if (auto id = file->addRun(record, record.datasetHash); !id)
                return fail(id.error());
        }
        const auto value = [](const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
        reportMembers.append(QJsonObject{{"label", QString::fromStdString(label)},
                                         {"perplexity", record.parameters.tsne.perplexity},
                                         {"learning_rate", outcome.results[k].diagnostics.learningRate},
                                         {"iterations", record.iterationsDone},
                                         {"kl_divergence", value(record.klDivergence)},
                                         {"kl_divergence_exact", value(outcome.results[k].diagnostics.exactKl)},
                                         {"knn10_accuracy", value(record.knnAccuracy)},
                                         {"trustworthiness", value(record.trustworthiness)},
                                         {"seconds", record.timings.total()},
                                         {"affinity_seconds", record.timings.affinities},
                                         {"clusters", record.clusters.empty() ? QJsonValue() : QJsonValue(record.clusters.count)}});
        if (!command.quiet) {
            char line[256];
            std::snprintf(line, sizeof line, "%s\t%.4f\t%s\t%s\t%.2f\n", label.c_str(), record.klDivergence.value_or(0.0),
                          record.knnAccuracy ? std::to_string(*record.knnAccuracy).c_str() : "-",
                          record.trustworthiness ? std::to_string(*record.trustworthiness).c_str() : "-",
                          record.timings.total());
            out << line;
        }
    }
    if (!command.quiet && file)
        out << "saved " << outcome.results.size() << " run(s) in " << command.project << "\n";
    if (!command.reportJson.empty()) {
        const QJsonObject root{{"items", qint64(input.size())},
                               {"members", reportMembers},
                               {"seconds", seconds},
                               {"peak_memory_mib", peakMemoryMiB()}};
        std::ofstream report(command.reportJson);
        report << QJsonDocument(root).toJson().toStdString();
        if (!report)
            return fail(makeError(ErrorCode::UnreadableFile, "cannot write " + command.reportJson));
    }
    if (outcome.error)
        return fail(*outcome.error);
    return 0;
}

}  // namespace tse::cli
