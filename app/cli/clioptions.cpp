// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "clioptions.h"
#include "clustercommand.h"

#include "tse/run/parameterproblem.h"

#include <charconv>
#include <cmath>
#include <functional>

namespace tse::cli {
namespace {

// Every subcommand declares its options once, in a table; one parser reads any of them.
// An option's apply() takes the value (empty for flags) and returns "" or the reason it is bad.
struct Option {
    std::string name;
    bool takesValue = true;
    std::function<std::string(const std::string& value)> apply;
};
using OptionTable = std::vector<Option>;

bool parseInt(const std::string& text, int& out)
{
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

bool parseDouble(const std::string& text, double& out)
{
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end && std::isfinite(out);
}

std::string got(const std::string& value) { return ", got '" + value + "'"; }

Option text(const std::string& name, std::string& target)
{
    return {name, true, [&target](const std::string& v) { target = v; return std::string(); }};
}

Option flag(const std::string& name, bool& target)
{
    return {name, false, [&target](const std::string&) { target = true; return std::string(); }};
}

Option wholeNumber(const std::string& name, int& target, int lo, int hi)
{
    return {name, true, [&target, name, lo, hi](const std::string& v) {
                if (!parseInt(v, target) || target < lo || target > hi)
                    return name + " must be a whole number between " + std::to_string(lo) + " and " +
                           std::to_string(hi) + got(v);
                return std::string();
            }};
}

// A number in (lo, hi]; `what` words the range for the message.
Option number(const std::string& name, double& target, double lo, double hi, const std::string& what)
{
    return {name, true, [&target, name, lo, hi, what](const std::string& v) {
                if (!parseDouble(v, target) || !(target > lo) || target > hi)
                    return name + " must be " + what + got(v);
                return std::string();
            }};
}

// One of a fixed set of words, e.g. --method auto|exact|bh|fft.
template <class T>
Option choice(const std::string& name, T& target, std::vector<std::pair<std::string, T>> choices)
{
    return {name, true, [&target, name, choices](const std::string& v) {
                std::string names;
                for (const auto& [word, value] : choices) {
                    if (v == word) {
                        target = value;
                        return std::string();
                    }
                    names += (names.empty() ? "" : ", ") + word;
                }
                return name + " must be one of " + names + got(v);
            }};
}

// Three comma-separated numbers R,G,B (positive ones when `positive`).
Option triple(const std::string& name, std::array<float, 3>& target, bool positive)
{
    return {name, true, [&target, name, positive](const std::string& v) {
                std::array<float, 3> values{};
                std::size_t start = 0, count = 0;
                while (start <= v.size()) {
                    const auto comma = std::min(v.find(',', start), v.size());
                    double x = 0;
                    if (count == 3 || !parseDouble(v.substr(start, comma - start), x) || (positive && x <= 0))
                        return name + " must be three numbers R,G,B" + (positive ? " (positive)" : "") + got(v);
                    values[count++] = float(x);
                    start = comma + 1;
                }
                if (count != 3)
                    return name + " must be three numbers R,G,B" + (positive ? " (positive)" : "") + got(v);
                target = values;
                return std::string();
            }};
}

// The option, noting in `fields` that the user set `field`.
Option explicitly(Option option, run::ParameterField field, std::vector<run::ParameterField>& fields)
{
    auto apply = std::move(option.apply);
    option.apply = [apply, field, &fields](const std::string& v) {
        fields.push_back(field);
        return apply(v);
    };
    return option;
}

// Reads args[1…] against the table; other words are positional arguments, in order.
std::string parseArguments(const std::vector<std::string>& args, const OptionTable& table,
                           std::vector<std::string>& positional)
{
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() < 2 || arg[0] != '-') {
            positional.push_back(arg);
            continue;
        }
        const Option* option = nullptr;
        for (const auto& o : table)
            if (o.name == arg)
                option = &o;
        if (!option)
            return "unknown option '" + arg + "'";
        std::string value;
        if (option->takesValue) {
            if (i + 1 >= args.size())
                return arg + " needs a value";
            value = args[++i];
        }
        if (auto reason = option->apply(value); !reason.empty())
            return reason;
    }
    return {};
}

// The options that choose and run a feature extractor (embed and features).
Option deviceOption(features::Device& device)
{
    return {"--device", true, [&device](const std::string& v) {
                auto parsed = features::parseDevice(v);
                if (!parsed)
                    return parsed.error().message;
                device = parsed.value();
                return std::string();
            }};
}

void addFeatureOptions(OptionTable& table, run::RunParameters& p, int& batchSize, features::Device& device)
{
    run::FeatureChoice& f = p.features;
    table.push_back({"--features", true, [&f](const std::string& v) {
                         auto choice = run::parseFeatureChoice(v);
                         if (!choice)
                             return "--" + choice.error().message;
                         f.extractor = choice->extractor;
                         if (!choice->modelFile.empty())
                             f.modelFile = choice->modelFile;
                         return std::string();
                     }});
    table.push_back(text("--weights", f.modelFile));
    table.push_back({"--layer", true, [&f](const std::string& v) {
                         auto layer = run::layerFromName(v);
                         if (!layer || v.empty())
                             return "--layer must be fc7, fc6 or pool5" + got(v);
                         f.layer = *layer;
                         return std::string();
                     }});
    table.push_back(flag("--faces", f.faces));
    table.push_back(wholeNumber("--input-size", f.inputSize, 8, 4096));
    table.push_back(triple("--mean", f.mean, false));
    table.push_back(triple("--std", f.std, true));
    table.push_back(wholeNumber("--batch", batchSize, 1, 4096));
    table.push_back(deviceOption(device));
    table.push_back(wholeNumber("--threads", p.tsne.threads, 0, 1024));
}

OptionTable embedOptions(EmbedCommand& e)
{
    auto& t = e.parameters.tsne;
    OptionTable table = {
        text("--out", e.outCsv),
        text("--out-npy", e.outNpy),
        text("--labels", e.labelsNpy),
        text("--report", e.reportJson),
        flag("--quiet", e.quiet),
        flag("--metrics", e.metrics),
        flag("--estimate", e.estimate),
        text("--project", e.project),
        text("--name", e.runName),
        wholeNumber("--dims", t.dimensions, 2, 3),
        explicitly(number("--perplexity", t.perplexity, 0, INFINITY, "a positive number"), run::ParameterField::Perplexity,
                   e.explicitFields),
        {"--learning-rate", true, [&t](const std::string& v) {
             if (v == "auto") {
                 t.learningRate = 0.0;
                 return std::string();
             }
             if (!parseDouble(v, t.learningRate) || t.learningRate <= 0)
                 return "--learning-rate must be 'auto' or a positive number" + got(v);
             return std::string();
         }},
        wholeNumber("--iterations", t.iterations, 1, 1000000),
        explicitly(wholeNumber("--pca-dims", e.parameters.pcaDims, 0, 100000), run::ParameterField::PcaDims,
                   e.explicitFields),
        {"--seed", true, [&t](const std::string& v) {
             int seed = 0;
             if (!parseInt(v, seed) || seed < 0)
                 return "--seed must be a whole number between 0 and 2147483647" + got(v);
             t.seed = static_cast<std::uint64_t>(seed);
             return std::string();
         }},
        number("--theta", t.theta, 0, 1, "in (0, 1]"),
        choice<tsne::GradientMethod>("--method", t.method, {{"auto", tsne::GradientMethod::Auto},
                                                            {"exact", tsne::GradientMethod::Exact},
                                                            {"bh", tsne::GradientMethod::BarnesHut},
                                                            {"fft", tsne::GradientMethod::Fft}}),
        choice<tsne::NeighbourSearch>("--knn", t.neighbours, {{"auto", tsne::NeighbourSearch::Auto},
                                                              {"exact", tsne::NeighbourSearch::Exact},
                                                              {"approximate", tsne::NeighbourSearch::Approximate},
                                                              {"hnsw", tsne::NeighbourSearch::Approximate}}),
        choice<tsne::Initialization>("--init", t.initialization,
                                     {{"pca", tsne::Initialization::Pca}, {"random", tsne::Initialization::Random}}),
    };
    table.push_back(flag("--clusters", e.clusters));
    table.push_back(wholeNumber("--min-cluster-size", e.clusterRequest.minClusterSize, 2, 100000000));
    table.push_back(number("--max-cluster-share", e.clusterRequest.maxClusterShare, 0, 1, "in (0, 1]"));
    table.push_back(flag("--cluster-leaves", e.clusterRequest.leaves));
    table.push_back(wholeNumber("--replay-mb", e.replayMegabytes, 0, 1024));
    table.push_back({"--sweep", true, [&e](const std::string& v) {
                         if (e.sweeps.size() == 2)
                             return std::string("--sweep is given at most twice (two parameters)");
                         e.sweeps.push_back(v);
                         return std::string();
                     }});
    addFeatureOptions(table, e.parameters, e.batchSize, e.device);
    return table;
}

ParseOutcome failure(std::string reason)
{
    ParseOutcome outcome;
    outcome.error = std::move(reason);
    return outcome;
}

ParseOutcome success(const ParsedCommand& command)
{
    ParseOutcome outcome;
    outcome.command = command;
    return outcome;
}

// One subcommand: its option table (bound to the command being filled), then `finish` takes
// the positional arguments and returns "" or the reason the command is incomplete.
using TableFor = std::function<OptionTable(ParsedCommand&)>;
using Finish = std::function<std::string(ParsedCommand&, const std::vector<std::string>& positional)>;

ParseOutcome parseSubcommand(const std::vector<std::string>& args, ParsedCommand::Kind kind, const TableFor& tableFor,
                             const Finish& finish)
{
    ParsedCommand command;
    command.kind = kind;
    std::vector<std::string> positional;
    const OptionTable table = tableFor(command);
    if (auto reason = parseArguments(args, table, positional); !reason.empty())
        return failure(reason);
    if (auto reason = finish(command, positional); !reason.empty())
        return failure(reason);
    return success(command);
}

// "" when there is exactly one positional argument (stored in `target`), else the reason.
std::string onePositional(const std::vector<std::string>& positional, const std::string& what, std::string& target,
                          const std::string& missing)
{
    if (positional.empty())
        return missing;
    if (positional.size() > 1)
        return "unexpected argument '" + positional[1] + "' (only one " + what + ")";
    target = positional[0];
    return {};
}

ParseOutcome parseEmbed(const std::vector<std::string>& args)
{
    return parseSubcommand(
        args, ParsedCommand::Kind::Embed, [](ParsedCommand& c) { return embedOptions(c.embed); },
        [](ParsedCommand& c, const std::vector<std::string>& positional) {
            auto& e = c.embed;
            if (auto reason = onePositional(positional, "DATASET", e.parameters.dataset,
                                            "embed needs a DATASET (sample, fashion-mnist, an IDX file, a folder or "
                                            "a .npy matrix)");
                !reason.empty())
                return reason;
            if (!e.estimate && e.outCsv.empty() && e.outNpy.empty() && e.reportJson.empty() && e.project.empty())
                return std::string("embed needs --out FILE.csv (or --out-npy / --report / --project)");
            return std::string();
        });
}

ParseOutcome parseFeatures(const std::vector<std::string>& args)
{
    return parseSubcommand(
        args, ParsedCommand::Kind::Features,
        [](ParsedCommand& c) {
            auto& f = c.features;
            OptionTable table = {text("--out", f.out), text("--shard", f.shard), flag("--quiet", f.quiet)};
            addFeatureOptions(table, f.parameters, f.batchSize, f.device);
            return table;
        },
        [](ParsedCommand& c, const std::vector<std::string>& positional) {
            auto& f = c.features;
            if (auto reason = onePositional(positional, "DATASET", f.parameters.dataset, "features needs a DATASET");
                !reason.empty())
                return reason;
            if (!f.shard.empty())
                return f.out.empty() ? std::string("features --shard needs --out FOLDER for the shard's files")
                                     : std::string();
            if (!f.out.ends_with(".npy") || f.out.size() < 5)
                return std::string("features needs --out FILE.npy");
            return std::string();
        });
}

ParseOutcome parseEvaluate(const std::vector<std::string>& args)
{
    return parseSubcommand(
        args, ParsedCommand::Kind::Evaluate,
        [](ParsedCommand& c) {
            auto& e = c.evaluate;
            return OptionTable{
                text("--labels", e.labelsNpy),
                number("--perplexity", e.perplexity, 0, INFINITY, "a positive number"),
                wholeNumber("--k", e.k, 1, 1000),
                wholeNumber("--threads", e.threads, 0, 1024),
            };
        },
        [](ParsedCommand& c, const std::vector<std::string>& positional) {
            if (positional.size() != 2)
                return std::string("evaluate needs FEATURES.npy and COORDS.npy");
            c.evaluate.features = positional[0];
            c.evaluate.coordinates = positional[1];
            return std::string();
        });
}

ParseOutcome parsePlace(const std::vector<std::string>& args)
{
    return parseSubcommand(
        args, ParsedCommand::Kind::Place,
        [](ParsedCommand& c) {
            auto& p = c.place;
            return OptionTable{
                text("--run", p.run),
                text("--labels", p.labelsNpy),
                text("--name", p.runName),
                text("--out", p.outCsv),
                text("--out-npy", p.outNpy),
                text("--report", p.reportJson),
                text("--shard", p.shard),
                number("--perplexity", p.perplexity, 1, 1000, "a number between 1 and 1000"),
                wholeNumber("--iterations", p.iterations, 0, 100000),
                wholeNumber("--threads", p.threads, 0, 1024),
                wholeNumber("--batch", p.batchSize, 1, 4096),
                deviceOption(p.device),
                flag("--quiet", p.quiet),
            };
        },
        [](ParsedCommand& c, const std::vector<std::string>& positional) {
            auto& p = c.place;
            const std::string missing = "place needs a PROJECT, --run ID|NAME and the NEWDATA to place";
            if (positional.size() != 2 || p.run.empty())
                return positional.size() > 2 ? "unexpected argument '" + positional[2] + "'" : missing;
            p.project = positional[0];
            p.newData = positional[1];
            if (!p.shard.empty() && (p.outCsv.empty() || !p.outNpy.empty()))
                return std::string("place --shard needs --out FOLDER for the shard's files (and no --out-npy)");
            return std::string();
        });
}

ParseOutcome parseMerge(const std::vector<std::string>& args)
{
    return parseSubcommand(
        args, ParsedCommand::Kind::Merge,
        [](ParsedCommand& c) {
            auto& m = c.merge;
            return OptionTable{text("--out", m.out), wholeNumber("--sample", m.sample, 0, 2000000000),
                               wholeNumber("--seed", m.seed, 0, 2000000000), wholeNumber("--threads", m.threads, 0, 1024),
                               flag("--quiet", m.quiet)};
        },
        [](ParsedCommand& c, const std::vector<std::string>& positional) {
            if (auto reason = onePositional(positional, "DIR", c.merge.directory, "merge needs the DIR of the shards");
                !reason.empty())
                return reason;
            if (!c.merge.out.ends_with(".npy") || c.merge.out.size() < 5)
                return std::string("merge needs --out FILE.npy");
            return std::string();
        });
}

ParseOutcome parseMergePlaced(const std::vector<std::string>& args)
{
    return parseSubcommand(
        args, ParsedCommand::Kind::MergePlaced,
        [](ParsedCommand& c) {
            auto& m = c.mergePlaced;
            return OptionTable{text("--project", m.project), text("--name", m.runName),
                               wholeNumber("--threads", m.threads, 0, 1024), flag("--quiet", m.quiet)};
        },
        [](ParsedCommand& c, const std::vector<std::string>& positional) {
            auto& m = c.mergePlaced;
            if (auto reason = onePositional(positional, "DIR", m.directory, "merge-placed needs the DIR of the shards");
                !reason.empty())
                return reason;
            if (m.project.empty())
                return std::string("merge-placed needs --project FILE.tsnex (the project of the run placed on)");
            return std::string();
        });
}

OptionTable exportOptions(ExportCommand& x)
{
    return {
        text("--run", x.run),
        text("--png", x.png),
        text("--svg", x.svg),
        text("--pdf", x.pdf),
        text("--csv", x.csv),
        text("--npy", x.npy),
        text("--image-map", x.imageMap),
        text("--title", x.title),
        {"--thumb", true, [&x](const std::string& v) {
             if (!parseInt(v, x.thumbnailSize) || x.thumbnailSize < 8 || x.thumbnailSize > 256)
                 return "--thumb must be a thumbnail side in pixels between 8 and 256" + got(v);
             return std::string();
         }},
        {"--size", true, [&x](const std::string& v) {
             const auto cross = v.find_first_of("xX");
             if (cross == std::string::npos || !parseInt(v.substr(0, cross), x.width) ||
                 !parseInt(v.substr(cross + 1), x.height) || x.width < 16 || x.height < 16 || x.width > 7680 ||
                 x.height > 4320)
                 return "--size must be WIDTHxHEIGHT between 16x16 and 7680x4320" + got(v);
             return std::string();
         }},
    };
}

ParseOutcome parseExport(const std::vector<std::string>& args)
{
    return parseSubcommand(
        args, ParsedCommand::Kind::Export, [](ParsedCommand& c) { return exportOptions(c.exportRun); },
        [](ParsedCommand& c, const std::vector<std::string>& positional) {
            auto& x = c.exportRun;
            const std::string missing = "export needs a PROJECT and --run ID|NAME";
            if (auto reason = onePositional(positional, "PROJECT", x.project, missing); !reason.empty())
                return reason;
            if (x.run.empty())
                return missing;
            if (x.png.empty() && x.svg.empty() && x.pdf.empty() && x.csv.empty() && x.npy.empty() && x.imageMap.empty())
                return std::string("export needs at least one of --png, --image-map, --svg, --pdf, --csv, --npy");
            return std::string();
        });
}

ParseOutcome parseDownload(const std::vector<std::string>& args)
{
    return parseSubcommand(
        args, ParsedCommand::Kind::Download,
        [](ParsedCommand& c) { return OptionTable{text("--url", c.download.url), text("--to", c.download.directory)}; },
        [](ParsedCommand& c, const std::vector<std::string>& positional) {
            if (positional.empty())
                return std::string("download-weights needs vgg16 or vgg19");
            if (positional.size() > 1 || (positional[0] != "vgg16" && positional[0] != "vgg19"))
                return "download-weights takes vgg16 or vgg19, got '" + positional.back() + "'";
            c.download.model = positional[0];
            return std::string();
        });
}

ParseOutcome parseRuns(const std::vector<std::string>& args)
{
    return parseSubcommand(
        args, ParsedCommand::Kind::Runs, [](ParsedCommand&) { return OptionTable{}; },
        [](ParsedCommand& c, const std::vector<std::string>& positional) {
            if (positional.size() != 1)
                return std::string("runs needs exactly one PROJECT file");
            c.runs.project = positional[0];
            return std::string();
        });
}

}  // namespace

bool usesCnn(const ParsedCommand& command)
{
    switch (command.kind) {
    case ParsedCommand::Kind::Embed:  // a feature matrix needs no network
        return command.embed.parameters.features.usesNetwork() && !command.embed.parameters.dataset.ends_with(".npy");
    case ParsedCommand::Kind::Features:
        return command.features.parameters.features.usesNetwork();
    default:
        return false;
    }
}

std::string usageText()
{
    return "usage: tsne-explorer-cli embed DATASET --out coords.csv [options]\n"
           "\n"
           "DATASET: 'sample' (bundled 3,000 Fashion-MNIST images), 'fashion-mnist' (all 70,000, from\n"
           "         Debian's dataset-fashion-mnist), an IDX images file (labels found beside it), a folder\n"
           "         of images (each subfolder a class), a float32/float64 .npy feature matrix, or a CSV\n"
           "         feature matrix (numeric columns plus an optional 'label' column).\n"
           "\n"
           "options:\n"
           "  --out FILE.csv           coordinates, header index,label,x,y[,z]\n"
           "  --out-npy FILE.npy       coordinates as an N×dims float32 .npy\n"
           "  --dims 2|3               output dimensions (default 2)\n"
           "  --perplexity P           default 30; at most (N-1)/3\n"
           "  --learning-rate auto|X   default auto = max(N/12, 50)\n"
           "  --iterations N           default 1000 (250 of them with early exaggeration 12)\n"
           "  --pca-dims K             default 50; 0 skips PCA\n"
           "  --seed S                 default 1\n"
           "  --threads N              default 0 = all cores\n"
           "  --method auto|exact|bh|fft  gradient method (default auto)\n"
           "  --theta T                Barnes-Hut opening angle (default 0.5)\n"
           "  --init pca|random        initialisation (default pca)\n"
           "  --knn auto|exact|approximate\n"
           "                           neighbour search (default auto: exact up to 20,000 items,\n"
           "                           then a parallel random projection forest; hnsw = approximate)\n"
           "  --labels FILE.npy        labels for a .npy feature matrix\n"
           "  --report FILE.json       per-stage seconds, peak memory, KL, 10-NN accuracy\n"
           "  --project FILE.tsnex     add the run to a project (created if needed)\n"
           "  --name NAME              the run's name in the project\n"
           "  --replay-mb M            frames of the map's formation saved with the run, at most M MB\n"
           "                           (default 10; 0 = none), for the workbench's replay\n"
           "  --metrics                add trustworthiness, continuity and 10-NN preservation to the report\n"
           "  --clusters               find density clusters of the map (HDBSCAN): a cluster column in\n"
           "                           --out, the clusters in --report and the project\n"
           "  --min-cluster-size N     smallest cluster (default 1 % of the items)\n"
           "  --max-cluster-share S    no cluster above this share of the map (default 0.2; 1 = no limit)\n"
           "  --cluster-leaves         the finest clusters instead of the most stable ones\n"
           "  --sweep P=V1,V2,…        a run per value (twice: per combination) of perplexity, learning-rate\n"
           "                           (auto or a number), iterations, seed, pca-dims or exaggeration, one\n"
           "                           after another sharing features, PCA and affinities; --out FILE.csv\n"
           "                           writes FILE-<member>.csv, --project saves every member\n"
           "  --quiet                  print only errors\n"
           "  --estimate               print the expected time and peak memory of the run, run nothing\n"
           "\n"
           "feature options (embed and features):\n"
           "  --features raw|vgg16|vgg19|FILE.pt|FILE.pth\n"
           "                           raw pixels (default), torchvision's VGG16/VGG19 (weights from the torch\n"
           "                           hub cache or --weights), a TorchScript model, or VGG-shaped weights\n"
           "  --weights FILE.pth       VGG weights to use instead of the torch hub cache\n"
           "  --layer fc7|fc6|pool5    VGG layer (default fc7)\n"
           "  --faces                  crop every image to its largest face first (Haar cascade)\n"
           "  --input-size N           TorchScript input size (default 224)\n"
           "  --mean R,G,B --std R,G,B TorchScript normalisation (default ImageNet's)\n"
           "  --batch N                images per forward pass (default 16)\n"
           "  --device auto|cpu|cuda   where CNN features are computed (default auto: CUDA when this\n"
           "                           libtorch has it, else the CPU, and it says so)\n"
           "\n"
           "  tsne-explorer-cli features DATASET --features ... --out FEATURES.npy\n"
           "      the float32 feature matrix (rows in dataset order), FEATURES.labels.npy,\n"
           "      FEATURES.classes.txt and FEATURES.files.txt (the image each row came from)\n"
           "  tsne-explorer-cli export PROJECT.tsnex --run ID|NAME [--png FILE [--size WxH]] [--svg FILE]\n"
           "      [--pdf FILE] [--csv FILE] [--npy FILE] [--image-map FILE [--thumb PX]] [--title TEXT]\n"
           "      a saved run as a figure (PNG up to 7680x4320 with title and legend; SVG and PDF for 2D\n"
           "      maps; an image map: the PNG with thumbnails of the images where they fit, which needs\n"
           "      the run's dataset) or as coordinates (CSV index,path,label,<metadata>,x,y[,z] plus a\n"
           "      .json with the parameters and metrics; float32 .npy)\n"
           "  tsne-explorer-cli download-weights vgg16|vgg19 [--url URL] [--to DIR]\n"
           "      fetch torchvision's weights into the torch hub cache, checking their SHA-256\n"
           "  tsne-explorer-cli evaluate FEATURES.npy COORDS.npy [--labels L.npy] [--perplexity 30] [--k 10]\n"
           "      quality of any embedding of FEATURES: exact KL under this program's P (N <= 20,000),\n"
           "      leave-one-out k-NN accuracy, trustworthiness, continuity, k-NN preservation (JSON)\n"
           "  tsne-explorer-cli place PROJECT.tsnex --run ID|NAME NEWDATA [--name NAME] [--out FILE.csv]\n"
           "      [--out-npy FILE.npy] [--labels L.npy] [--perplexity 5] [--iterations 250] [--report FILE.json]\n"
           "      place new images (or a feature matrix with the run's feature width) on a saved run's map\n"
           "      without moving it: features by the run's extractor, its PCA, then each new item optimised\n"
           "      against the fixed map; saved as a new run (the run's points first, unchanged)\n"
           "\n"
           "shards (cluster array tasks; K counts from 0, and may come from SLURM_ARRAY_TASK_ID or\n"
           "JOB_COMPLETION_INDEX when only N is given):\n"
           "  tsne-explorer-cli features DATASET --shard K/N --out DIR [feature options]\n"
           "      the K-th of N contiguous slices: DIR/features-K-of-N.npy, .labels.npy, .files.txt, .json\n"
           "  tsne-explorer-cli merge DIR --out FEATURES.npy [--sample N [--seed S]]\n"
           "      checks every shard (same dataset and extractor, no gap, no overlap, checksums) and writes\n"
           "      one matrix in dataset order (plus .labels.npy and .files.txt); nothing when one is bad;\n"
           "      --sample N also splits it into FEATURES.sample.npy (N seeded rows) and FEATURES.rest.npy\n"
           "  tsne-explorer-cli place PROJECT.tsnex --run ID|NAME NEWDATA --shard K/N --out DIR\n"
           "      places the K-th slice of NEWDATA; the project is not changed\n"
           "  tsne-explorer-cli merge-placed DIR --project PROJECT.tsnex [--name NAME]\n"
           "      adds every placed slice to the project as one run (the same as one place run)\n"
           + clusterUsage() +
           "\n"
           "  tsne-explorer-cli runs PROJECT.tsnex\n"
           "      one tab-separated line per saved run, under a header\n"
           "  tsne-explorer-cli --version\n";
}

ParseOutcome parseCommandLine(const std::vector<std::string>& args)
{
    ParsedCommand command;
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        command.kind = ParsedCommand::Kind::Help;
        return success(command);
    }
    if (args[0] == "--version") {
        command.kind = ParsedCommand::Kind::Version;
        return success(command);
    }
    using Parser = ParseOutcome (*)(const std::vector<std::string>&);
    static const std::pair<const char*, Parser> kCommands[] = {
        {"embed", parseEmbed},   {"features", parseFeatures}, {"export", parseExport},
        {"download-weights", parseDownload}, {"evaluate", parseEvaluate}, {"runs", parseRuns},
        {"place", parsePlace}, {"merge", parseMerge}, {"merge-placed", parseMergePlaced},
    };
    for (const auto& [name, parser] : kCommands)
        if (args[0] == name)
            return parser(args);
    return failure("unknown command '" + args[0] +
                   "' (expected embed, features, export, place, merge, merge-placed, cluster, download-weights, evaluate or "
                   "runs)");
}

}  // namespace tse::cli
