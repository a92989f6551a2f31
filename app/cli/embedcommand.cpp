#include "embedcommand.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <ostream>

#include "../pipeline/pipeline.h"
#include "consoleprogress.h"
#include "tse/common/csv.h"
#include "tse/common/npy.h"
#include "tse/imageio/datasetlocator.h"
#include "tse/project/coordinatecsv.h"
#include "tse/project/projectfile.h"
#include "tse/tsne/metrics.h"

namespace tse::cli {
namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// Peak resident memory of this process in MiB (VmHWM).
double peakMemoryMiB()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0.0;
}

}  // namespace

int runEmbed(const EmbedCommand& command, std::ostream& out, std::ostream& err)
{
    const auto& parameters = command.parameters;
    auto fail = [&](const Error& e) {
        err << "error: " << e.message << "\n";
        return 1;
    };
    project::StageTimings timings;
    app::StageCache cache;
    std::vector<int> labels;
    std::vector<std::string> classNames;
    std::string datasetHash;
    Result<app::PreparedRun> prepared = makeError(ErrorCode::Internal, "not run");

    const auto loadStart = Clock::now();
    const bool matrixInput = parameters.dataset.ends_with(".npy") || parameters.dataset.ends_with(".csv");
    if (matrixInput && (parameters.features != "raw" || parameters.faces) && !command.quiet)
        err << "warning: " << parameters.dataset
            << " is a feature matrix; --features, --layer and --faces apply to images and are ignored\n";
    if (parameters.dataset.ends_with(".npy")) {
        auto matrix = npy::readMatrix(parameters.dataset);
        if (!matrix)
            return fail(matrix.error());
        if (!command.labelsNpy.empty()) {
            auto read = npy::readLabels(command.labelsNpy);
            if (!read)
                return fail(read.error());
            if (static_cast<Eigen::Index>(read->size()) != matrix->rows())
                return fail(makeError(ErrorCode::BadFormat, command.labelsNpy + " has " + std::to_string(read->size()) +
                                                                " labels but the matrix has " +
                                                                std::to_string(matrix->rows()) + " rows"));
            int maxLabel = -1;
            for (auto l : read.value()) {
                labels.push_back(static_cast<int>(l));
                maxLabel = std::max(maxLabel, static_cast<int>(l));
            }
            for (int c = 0; c <= maxLabel; ++c)
                classNames.push_back(std::to_string(c));
        }
        timings.load = seconds(loadStart);
        auto features = std::make_shared<const Matrix>(std::move(matrix.value()));
        prepared = app::prepareRunFromFeatures(features, parameters.dataset, parameters, &cache, {});
    } else if (parameters.dataset.ends_with(".csv")) {
        auto table = csv::readFeatures(parameters.dataset);
        if (!table)
            return fail(table.error());
        // Text labels become classes, numbered in sorted order.
        std::vector<std::string> names = table->labels;
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        for (const auto& label : table->labels)
            labels.push_back(static_cast<int>(std::lower_bound(names.begin(), names.end(), label) - names.begin()));
        classNames = names;
        timings.load = seconds(loadStart);
        auto features = std::make_shared<const Matrix>(std::move(table->features));
        prepared = app::prepareRunFromFeatures(features, parameters.dataset, parameters, &cache, {});
    } else {
        auto dataset = imageio::openDataset(parameters.dataset);
        if (!dataset)
            return fail(dataset.error());
        timings.load = seconds(loadStart);
        if (!command.quiet && !dataset->skipped.empty())
            err << "warning: skipped " << dataset->skipped.size() << " unreadable files (first: "
                << dataset->skipped.front().path << ": " << dataset->skipped.front().reason << ")\n";
        labels = dataset->labels;
        classNames = dataset->classNames;
        datasetHash = dataset->contentHash();
        const app::FeatureDiskCache disk;
        const bool cnn = parameters.features != "raw" || parameters.faces;
        prepared = app::prepareRun(dataset.value(), parameters, &cache, cnn ? consoleProgress(err, command.quiet) : Progress{},
                                   app::FeatureRuntime{&disk, command.batchSize});
        if (prepared && !prepared->noFaceItems.empty() && !command.quiet)
            err << "face mode: no face found in " << prepared->noFaceItems.size() << " of " << dataset->size()
                << " images (kept whole; first: " << dataset->itemName(prepared->noFaceItems.front()) << ")\n";
    }
    if (!prepared)
        return fail(prepared.error());
    timings.features = prepared->timings.features;
    timings.pca = prepared->timings.pca;
    timings.affinities = prepared->timings.affinities;

    auto& run = *prepared->run;
    const auto optimiseStart = Clock::now();
    run.runToEnd();
    timings.optimisation = seconds(optimiseStart);
    const Matrix coordinates = run.snapshot();
    const double kl = run.klHistory().empty() ? run.klDivergence() : run.klHistory().back().kl;

    std::optional<double> accuracy;
    const bool labelled = !labels.empty() && std::any_of(labels.begin(), labels.end(), [](int l) { return l >= 0; });
    if (labelled)
        accuracy = tsne::knnAccuracy(coordinates, labels, 10, run.threads());

    if (!command.outCsv.empty())
        if (auto written = project::writeCoordinatesCsv(command.outCsv, coordinates, labels, classNames); !written)
            return fail(written.error());
    if (!command.outNpy.empty())
        if (auto written = npy::writeMatrix(command.outNpy, coordinates); !written)
            return fail(written.error());

    if (!command.project.empty()) {
        project::RunRecord record;
        record.name = command.runName.empty() ? project::describe(parameters) : command.runName;
        record.parameters = parameters;
        if (!parameters.dataset.empty() && std::filesystem::exists(parameters.dataset))
            record.parameters.dataset = std::filesystem::absolute(parameters.dataset).string();
        record.status = project::RunStatus::Finished;
        record.timings = timings;
        record.threads = run.threads();
        record.iterationsDone = run.iteration();
        record.klDivergence = kl;
        record.knnAccuracy = accuracy;
        record.klHistory = run.klHistory();
        record.coordinates = coordinates;
        record.labels = labels;
        record.classNames = classNames;
        record.explainedVarianceRatio = prepared->explainedVarianceRatio;
        record.datasetHash = datasetHash;
        record.featuresKey = prepared->featuresKey.empty() ? parameters.dataset : prepared->featuresKey;
        auto file = project::ProjectFile::openOrCreate(command.project);
        if (!file)
            return fail(file.error());
        auto id = (*file)->addRun(record, datasetHash);
        if (!id)
            return fail(id.error());
        if (!command.quiet)
            out << "saved as run " << id.value() << " in " << command.project << "\n";
    }

    if (!command.quiet) {
        out << std::fixed << std::setprecision(3);
        out << "items " << run.size() << ", features " << prepared->featureCount << ", method "
            << tsne::methodName(run.method()) << ", threads " << run.threads() << ", learning rate "
            << run.learningRate() << "\n";
        out << "load        " << timings.load << " s\n";
        out << "features    " << timings.features << " s\n";
        out << "pca         " << timings.pca << " s\n";
        out << "affinities  " << timings.affinities << " s\n";
        out << "optimise    " << timings.optimisation << " s (" << run.iteration() << " iterations)\n";
        out << "total       " << timings.total() << " s\n";
        out << std::setprecision(4) << "KL divergence " << kl << "\n";
        if (accuracy)
            out << "10-NN accuracy " << *accuracy << "\n";
    }
    // The exact KL is affordable (O(N²), outside the timed stages) up to 10,000 items.
    std::optional<double> exactKl;
    if (!command.reportJson.empty() && run.size() <= 10000)
        exactKl = tsne::exactKlDivergence(run.affinities(), coordinates, run.threads());
    if (!command.reportJson.empty()) {
        std::ofstream report(command.reportJson);
        report << std::setprecision(6) << "{\n"
               << "  \"items\": " << run.size() << ",\n"
               << "  \"dimensions\": " << run.options().dimensions << ",\n"
               << "  \"method\": \"" << tsne::methodName(run.method()) << "\",\n"
               << "  \"threads\": " << run.threads() << ",\n"
               << "  \"iterations\": " << run.iteration() << ",\n"
               << "  \"seconds\": {\"load\": " << timings.load << ", \"features\": " << timings.features
               << ", \"pca\": " << timings.pca << ", \"affinities\": " << timings.affinities
               << ", \"optimisation\": " << timings.optimisation << ", \"total\": " << timings.total() << "},\n"
               << "  \"optimisation_seconds\": {\"attractive\": " << run.gradientTimings().attractive
               << ", \"repulsive\": " << run.gradientTimings().repulsive << ", \"update\": " << run.gradientTimings().update
               << "},\n"
               << "  \"peak_memory_mib\": " << peakMemoryMiB() << ",\n"
               << "  \"kl_divergence\": " << kl;
        if (exactKl)
            report << ",\n  \"kl_divergence_exact\": " << *exactKl;
        if (command.metrics) {
            const auto m = tsne::neighbourhoodMetrics(*prepared->tsneInput, coordinates, 10, 10000, run.threads());
            report << ",\n  \"trustworthiness\": " << m.trustworthiness << ",\n  \"continuity\": " << m.continuity
                   << ",\n  \"knn_preservation\": " << m.knnPreservation;
        }
        if (accuracy)
            report << ",\n  \"knn10_accuracy\": " << *accuracy;
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
        out << r.id << '\t' << r.name << '\t' << r.created << '\t' << r.features << '\t' << r.pcaDims << '\t'
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
