#include "clioptions.h"

#include "tse/features/extractor.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace tse::cli {
namespace {

bool parseInt(const std::string& text, int& out)
{
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

bool parseDouble(const std::string& text, double& out)
{
    try {
        std::size_t used = 0;
        out = std::stod(text, &used);
        return used == text.size() && std::isfinite(out);
    } catch (...) {
        return false;
    }
}

ParseOutcome parseEvaluate(const std::vector<std::string>& args)
{
    ParseOutcome outcome;
    ParsedCommand command;
    command.kind = ParsedCommand::Kind::Evaluate;
    auto& e = command.evaluate;
    std::vector<std::string> positional;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.rfind("--", 0) == 0) {
            if (i + 1 >= args.size()) {
                outcome.error = arg + " needs a value";
                return outcome;
            }
            const std::string v = args[++i];
            bool ok = true;
            if (arg == "--labels") e.labelsNpy = v;
            else if (arg == "--perplexity") ok = parseDouble(v, e.perplexity) && e.perplexity > 0;
            else if (arg == "--k") ok = parseInt(v, e.k) && e.k >= 1;
            else if (arg == "--threads") ok = parseInt(v, e.threads) && e.threads >= 0;
            else {
                outcome.error = "unknown option '" + arg + "'";
                return outcome;
            }
            if (!ok) {
                outcome.error = arg + " has an invalid value '" + v + "'";
                return outcome;
            }
        } else {
            positional.push_back(arg);
        }
    }
    if (positional.size() != 2) {
        outcome.error = "evaluate needs FEATURES.npy and COORDS.npy";
        return outcome;
    }
    e.features = positional[0];
    e.coordinates = positional[1];
    outcome.command = command;
    return outcome;
}

ParseOutcome parseExport(const std::vector<std::string>& args)
{
    ParseOutcome outcome;
    ParsedCommand command;
    command.kind = ParsedCommand::Kind::Export;
    auto& x = command.exportRun;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.rfind("--", 0) != 0) {
            if (!x.project.empty()) {
                outcome.error = "unexpected argument '" + arg + "' (only one PROJECT)";
                return outcome;
            }
            x.project = arg;
            continue;
        }
        if (i + 1 >= args.size()) {
            outcome.error = arg + " needs a value";
            return outcome;
        }
        const std::string v = args[++i];
        if (arg == "--run") x.run = v;
        else if (arg == "--png") x.png = v;
        else if (arg == "--svg") x.svg = v;
        else if (arg == "--pdf") x.pdf = v;
        else if (arg == "--csv") x.csv = v;
        else if (arg == "--npy") x.npy = v;
        else if (arg == "--image-map") x.imageMap = v;
        else if (arg == "--title") x.title = v;
        else if (arg == "--thumb") {
            if (!parseInt(v, x.thumbnailSize) || x.thumbnailSize < 8 || x.thumbnailSize > 256) {
                outcome.error = "--thumb must be a thumbnail side in pixels between 8 and 256, got '" + v + "'";
                return outcome;
            }
        }
        else if (arg == "--size") {
            const auto cross = v.find_first_of("xX");
            if (cross == std::string::npos || !parseInt(v.substr(0, cross), x.width) ||
                !parseInt(v.substr(cross + 1), x.height) || x.width < 16 || x.height < 16 || x.width > 7680 ||
                x.height > 4320) {
                outcome.error = "--size must be WIDTHxHEIGHT between 16x16 and 7680x4320, got '" + v + "'";
                return outcome;
            }
        } else {
            outcome.error = "unknown option '" + arg + "'";
            return outcome;
        }
    }
    if (x.project.empty() || x.run.empty()) {
        outcome.error = "export needs a PROJECT and --run ID|NAME";
        return outcome;
    }
    if (x.png.empty() && x.svg.empty() && x.pdf.empty() && x.csv.empty() && x.npy.empty() && x.imageMap.empty()) {
        outcome.error = "export needs at least one of --png, --image-map, --svg, --pdf, --csv, --npy";
        return outcome;
    }
    outcome.command = command;
    return outcome;
}

ParseOutcome parseDownload(const std::vector<std::string>& args)
{
    ParseOutcome outcome;
    ParsedCommand command;
    command.kind = ParsedCommand::Kind::Download;
    auto& d = command.download;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--url" || arg == "--to") {
            if (i + 1 >= args.size()) {
                outcome.error = arg + " needs a value";
                return outcome;
            }
            (arg == "--url" ? d.url : d.directory) = args[++i];
        } else if (arg.rfind("--", 0) == 0) {
            outcome.error = "unknown option '" + arg + "'";
            return outcome;
        } else if (d.model.empty() && (arg == "vgg16" || arg == "vgg19")) {
            d.model = arg;
        } else {
            outcome.error = "download-weights takes vgg16 or vgg19, got '" + arg + "'";
            return outcome;
        }
    }
    if (d.model.empty()) {
        outcome.error = "download-weights needs vgg16 or vgg19";
        return outcome;
    }
    outcome.command = command;
    return outcome;
}

}  // namespace

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
           "  --knn auto|exact|hnsw    neighbour search (default auto: exact up to 20,000 items)\n"
           "  --labels FILE.npy        labels for a .npy feature matrix\n"
           "  --report FILE.json       per-stage seconds, peak memory, KL, 10-NN accuracy\n"
           "  --project FILE.tsnex     add the run to a project (created if needed)\n"
           "  --name NAME              the run's name in the project\n"
           "  --metrics                add trustworthiness, continuity and 10-NN preservation to the report\n"
           "  --quiet                  print only errors\n"
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
           "\n"
           "  tsne-explorer-cli features DATASET --features ... --out FEATURES.npy\n"
           "      the float32 feature matrix (rows in dataset order), FEATURES.labels.npy and\n"
           "      FEATURES.files.txt (the image each row came from)\n"
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
           "  tsne-explorer-cli runs PROJECT.tsnex\n"
           "      one tab-separated line per saved run, under a header\n"
           "  tsne-explorer-cli --version\n";
}

ParseOutcome parseCommandLine(const std::vector<std::string>& args)
{
    ParseOutcome outcome;
    ParsedCommand command;
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        command.kind = ParsedCommand::Kind::Help;
        outcome.command = command;
        return outcome;
    }
    if (args[0] == "--version") {
        command.kind = ParsedCommand::Kind::Version;
        outcome.command = command;
        return outcome;
    }
    if (args[0] == "evaluate")
        return parseEvaluate(args);
    if (args[0] == "runs") {
        if (args.size() != 2) {
            outcome.error = "runs needs exactly one PROJECT file";
            return outcome;
        }
        command.kind = ParsedCommand::Kind::Runs;
        command.runs.project = args[1];
        outcome.command = command;
        return outcome;
    }
    if (args[0] == "download-weights")
        return parseDownload(args);
    if (args[0] == "export")
        return parseExport(args);
    if (args[0] == "features") {
        // The feature options are embed's; t-SNE options make no sense here.
        static const std::vector<std::string> allowed = {"--features", "--weights", "--layer", "--faces", "--input-size",
                                                         "--mean", "--std", "--threads", "--out", "--quiet", "--batch"};
        for (std::size_t i = 1; i < args.size(); ++i)
            if (args[i].rfind("--", 0) == 0 && std::find(allowed.begin(), allowed.end(), args[i]) == allowed.end()) {
                outcome.error = "features does not take " + args[i];
                return outcome;
            }
        std::vector<std::string> asEmbed = args;
        asEmbed[0] = "embed";
        auto embed = parseCommandLine(asEmbed);
        if (!embed.command)
            return embed;
        if (embed.command->embed.outCsv.size() < 5 ||
            embed.command->embed.outCsv.compare(embed.command->embed.outCsv.size() - 4, 4, ".npy") != 0) {
            outcome.error = "features needs --out FILE.npy";
            return outcome;
        }
        command.kind = ParsedCommand::Kind::Features;
        command.features.parameters = embed.command->embed.parameters;
        command.features.out = embed.command->embed.outCsv;
        command.features.batchSize = embed.command->embed.batchSize;
        command.features.quiet = embed.command->embed.quiet;
        outcome.command = command;
        return outcome;
    }
    if (args[0] != "embed") {
        outcome.error = "unknown command '" + args[0] + "' (expected embed, features, export, download-weights, evaluate or runs)";
        return outcome;
    }
    command.kind = ParsedCommand::Kind::Embed;
    auto& e = command.embed;
    auto& t = e.parameters.tsne;
    bool haveDataset = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size()) {
                outcome.error = arg + " needs a value";
                return false;
            }
            out = args[++i];
            return true;
        };
        std::string v;
        auto intOption = [&](int& out, int lo, int hi) {
            if (!value(v))
                return false;
            if (!parseInt(v, out) || out < lo || out > hi) {
                outcome.error = arg + " must be a whole number between " + std::to_string(lo) + " and " +
                                std::to_string(hi) + ", got '" + v + "'";
                return false;
            }
            return true;
        };
        // One of a fixed set of words, e.g. --method auto|exact|bh|fft.
        auto choiceOption = [&](auto& out, std::initializer_list<std::pair<const char*, std::decay_t<decltype(out)>>> choices) {
            if (!value(v))
                return false;
            std::string names;
            for (const auto& [name, choice] : choices) {
                if (v == name) {
                    out = choice;
                    return true;
                }
                names += names.empty() ? name : std::string(", ") + name;
            }
            outcome.error = arg + " must be one of " + names + ", got '" + v + "'";
            return false;
        };
        bool ok = true;
        if (arg == "--out") ok = value(e.outCsv);
        else if (arg == "--out-npy") ok = value(e.outNpy);
        else if (arg == "--labels") ok = value(e.labelsNpy);
        else if (arg == "--report") ok = value(e.reportJson);
        else if (arg == "--quiet") e.quiet = true;
        else if (arg == "--metrics") e.metrics = true;
        else if (arg == "--project") ok = value(e.project);
        else if (arg == "--name") ok = value(e.runName);
        else if (arg == "--dims") {
            ok = intOption(t.dimensions, 2, 3);
        } else if (arg == "--perplexity") {
            ok = value(v);
            if (ok && (!parseDouble(v, t.perplexity) || t.perplexity <= 0)) {
                outcome.error = "--perplexity must be a positive number, got '" + v + "'";
                ok = false;
            }
        } else if (arg == "--learning-rate") {
            ok = value(v);
            if (ok && v == "auto")
                t.learningRate = 0.0;
            else if (ok && (!parseDouble(v, t.learningRate) || t.learningRate <= 0)) {
                outcome.error = "--learning-rate must be 'auto' or a positive number, got '" + v + "'";
                ok = false;
            }
        } else if (arg == "--iterations") {
            ok = intOption(t.iterations, 1, 1000000);
        } else if (arg == "--pca-dims") {
            ok = intOption(e.parameters.pcaDims, 0, 100000);
        } else if (arg == "--seed") {
            int seed = 1;
            ok = intOption(seed, 0, 2147483647);
            t.seed = static_cast<std::uint64_t>(seed);
        } else if (arg == "--threads") {
            ok = intOption(t.threads, 0, 1024);
        } else if (arg == "--theta") {
            ok = value(v);
            if (ok && (!parseDouble(v, t.theta) || t.theta <= 0 || t.theta > 1)) {
                outcome.error = "--theta must be in (0, 1], got '" + v + "'";
                ok = false;
            }
        } else if (arg == "--method") {
            ok = choiceOption(t.method, {{"auto", tsne::GradientMethod::Auto},
                                         {"exact", tsne::GradientMethod::Exact},
                                         {"bh", tsne::GradientMethod::BarnesHut},
                                         {"fft", tsne::GradientMethod::Fft}});
        } else if (arg == "--knn") {
            ok = choiceOption(t.neighbours, {{"auto", tsne::NeighbourSearch::Auto},
                                             {"exact", tsne::NeighbourSearch::Exact},
                                             {"hnsw", tsne::NeighbourSearch::Approximate}});
        } else if (arg == "--init") {
            ok = choiceOption(t.initialization, {{"pca", tsne::Initialization::Pca},
                                                 {"random", tsne::Initialization::Random}});
        } else if (arg == "--features") {
            ok = value(v);
            if (ok) {
                // The extractor's own parser knows the names and the file kinds (.pt, .pth).
                auto spec = features::parseFeatureSpec(v);
                if (spec) {
                    e.parameters.features = features::extractorName(spec->kind);
                    if (!spec->modelFile.empty())
                        e.parameters.modelFile = spec->modelFile.string();
                } else {
                    outcome.error = "--features must be raw, vgg16, vgg19, a TorchScript .pt file or VGG weights .pth, got '" + v + "'";
                    ok = false;
                }
            }
        } else if (arg == "--weights") {
            ok = value(e.parameters.modelFile);
        } else if (arg == "--layer") {
            ok = value(v);
            if (ok && v != "fc7" && v != "fc6" && v != "pool5") {
                outcome.error = "--layer must be fc7, fc6 or pool5, got '" + v + "'";
                ok = false;
            }
            e.parameters.featureLayer = v;
        } else if (arg == "--faces") {
            e.parameters.faces = true;
        } else if (arg == "--input-size") {
            ok = intOption(e.parameters.inputSize, 8, 4096);
        } else if (arg == "--batch") {
            ok = intOption(e.batchSize, 1, 4096);
        } else if (arg == "--mean" || arg == "--std") {
            ok = value(v);
            std::vector<float> values;
            std::size_t start = 0;
            while (ok && start <= v.size()) {
                const auto comma = std::min(v.find(',', start), v.size());
                double x = 0;
                if (!parseDouble(v.substr(start, comma - start), x) || (arg == "--std" && x <= 0)) {
                    ok = false;
                    break;
                }
                values.push_back(float(x));
                start = comma + 1;
            }
            if (!ok || values.size() != 3) {
                outcome.error = arg + " must be three numbers R,G,B" + (arg == "--std" ? " (positive)" : "") + ", got '" + v + "'";
                ok = false;
            } else {
                (arg == "--mean" ? e.parameters.inputMean : e.parameters.inputStd) = values;
            }
        } else if (!arg.empty() && arg[0] == '-') {
            outcome.error = "unknown option '" + arg + "'";
            ok = false;
        } else if (!haveDataset) {
            e.parameters.dataset = arg;
            haveDataset = true;
        } else {
            outcome.error = "unexpected argument '" + arg + "' (only one DATASET)";
            ok = false;
        }
        if (!ok)
            return outcome;
    }
    if (!haveDataset) {
        outcome.error = "embed needs a DATASET (sample, fashion-mnist, an IDX file, a folder or a .npy matrix)";
        return outcome;
    }
    if (e.outCsv.empty() && e.outNpy.empty() && e.reportJson.empty() && e.project.empty()) {
        outcome.error = "embed needs --out FILE.csv (or --out-npy / --report / --project)";
        return outcome;
    }
    outcome.command = command;
    return outcome;
}

}  // namespace tse::cli
