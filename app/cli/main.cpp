// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// tsne-explorer-cli: the workbench's pipeline without a window, for scripts and benchmarks.

#include <QCoreApplication>

#include <iostream>

#include "clioptions.h"
#include "embedcommand.h"
#include "evaluatecommand.h"
#include "exportcommand.h"
#include "featurescommand.h"
#include "placecommand.h"
#include "shardcommands.h"
#include "clustercommand.h"
#include "tse/features/torchruntime.h"
#include "tse/imageio/datasetlocator.h"

namespace {

int runCommand(int argc, char** argv);

}  // namespace

int main(int argc, char** argv)
{
    const int code = runCommand(argc, argv);
    // A command that failed early may still be loading libtorch on its second thread.
    tse::features::waitForTorchRuntime();
    return code;
}

namespace {

int runCommand(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    // cluster has subcommands of its own (submit, status, resubmit).
    if (!args.empty() && args[0] == "cluster") {
        QCoreApplication app(argc, argv);  // QProcess runs sbatch and squeue
        return tse::cli::runCluster({args.begin() + 1, args.end()}, std::cout, std::cerr);
    }
    const auto parsed = tse::cli::parseCommandLine(args);
    if (!parsed.command) {
        std::cerr << "error: " << parsed.error << "\n(run 'tsne-explorer-cli --help' for usage)\n";
        return 2;
    }
    if (tse::cli::usesCnn(*parsed.command))
        tse::features::preloadTorchRuntime();
    switch (parsed.command->kind) {
    case tse::cli::ParsedCommand::Kind::Help:
        std::cout << tse::cli::usageText();
        return 0;
    case tse::cli::ParsedCommand::Kind::Version:
        std::cout << "tsne-explorer-cli " TSE_VERSION " (libtorch " << tse::features::torchVersion() << ")\n";
        if (const auto sample = tse::imageio::locateSampleDirectory())
            std::cout << "sample: " << sample->string() << "\n";
        return 0;
    case tse::cli::ParsedCommand::Kind::Embed:
        return tse::cli::runEmbed(parsed.command->embed, std::cout, std::cerr);
    case tse::cli::ParsedCommand::Kind::Features:
        if (!parsed.command->features.shard.empty())
            return tse::cli::runFeatureShard(parsed.command->features, std::cout, std::cerr);
        return tse::cli::runFeatures(parsed.command->features, std::cout, std::cerr);
    case tse::cli::ParsedCommand::Kind::Download: {
        QCoreApplication app(argc, argv);  // Qt Network needs an application object
        return tse::cli::runDownload(parsed.command->download, std::cout, std::cerr);
    }
    case tse::cli::ParsedCommand::Kind::Export:
        return tse::cli::runExport(parsed.command->exportRun, std::cout, std::cerr);
    case tse::cli::ParsedCommand::Kind::Runs:
        return tse::cli::runRuns(parsed.command->runs, std::cout, std::cerr);
    case tse::cli::ParsedCommand::Kind::Place:
        if (!parsed.command->place.shard.empty())
            return tse::cli::runPlaceShard(parsed.command->place, std::cout, std::cerr);
        return tse::cli::runPlace(parsed.command->place, std::cout, std::cerr);
    case tse::cli::ParsedCommand::Kind::Merge:
        return tse::cli::runMerge(parsed.command->merge, std::cout, std::cerr);
    case tse::cli::ParsedCommand::Kind::MergePlaced:
        return tse::cli::runMergePlaced(parsed.command->mergePlaced, std::cout, std::cerr);
    case tse::cli::ParsedCommand::Kind::Evaluate:
        return tse::cli::runEvaluate(parsed.command->evaluate, std::cout, std::cerr);
    }
    return 2;
}

}  // namespace
