#include "clioptions.h"

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
    if (args[0] != "embed") {
        outcome.error = "unknown command '" + args[0] + "' (expected 'embed' or 'evaluate')";
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
