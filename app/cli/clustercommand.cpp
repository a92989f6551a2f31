// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "clustercommand.h"

#include <unistd.h>

#include <cctype>
#include <charconv>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>

#include "slurmplan.h"

namespace tse::cli {
namespace fs = std::filesystem;
namespace {

bool toInt(const std::string& text, int& value, int lo, int hi)
{
    auto [at, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && at == text.data() + text.size() && value >= lo && value <= hi;
}

// The program the jobs run: this one (its launcher's target), found through /proc.
fs::path thisProgram()
{
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path("tsne-explorer-cli") : self;
}

int fail(std::ostream& err, const std::string& message)
{
    err << "error: " << message << "\n";
    return message.rfind("usage", 0) == 0 ? 2 : 1;
}

int submit(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    cluster::PlanOptions o;
    o.program = thisProgram();
    std::vector<std::string> positional;
    const std::set<std::string> featureOptions = {"--features", "--layer", "--weights", "--input-size", "--mean",
                                                  "--std", "--batch"};
    const std::set<std::string> embedOptions = {"--dims", "--perplexity", "--iterations", "--pca-dims",
                                                "--learning-rate", "--method", "--knn", "--init"};
    std::string plan = "place";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& target) {
            if (i + 1 >= args.size())
                return false;
            target = args[++i];
            return true;
        };
        std::string v;
        auto number = [&](int& target, int lo, int hi) { return value(v) && toInt(v, target, lo, hi); };
        if (a == "--plan") {
            if (!value(plan) || (plan != "extract" && plan != "embed" && plan != "place"))
                return fail(err, "--plan takes extract, embed or place");
        } else if (a == "--shards") {
            if (!number(o.shards, 1, 100000))
                return fail(err, "--shards takes a number of array tasks between 1 and 100000");
        } else if (a == "--place-shards") {
            if (!number(o.placeShards, 1, 100000))
                return fail(err, "--place-shards takes a number between 1 and 100000");
        } else if (a == "--sample") {
            int s = 0;
            if (!number(s, 1, 2000000000))
                return fail(err, "--sample takes the number of items to embed before the rest are placed");
            o.sample = std::size_t(s);
        } else if (a == "--seed") {
            if (!value(v) || v.empty() || v.find_first_not_of("0123456789") != std::string::npos)
                return fail(err, "--seed takes a whole number");
            o.seed = std::stoull(v);
            o.embedArgs.insert(o.embedArgs.end(), {"--seed", v});
        } else if (a == "--project") {
            if (!value(v))
                return fail(err, "--project takes a FILE.tsnex");
            o.project = v;
        } else if (a == "--name") {
            if (!value(o.runName))
                return fail(err, "--name takes the run's name");
        } else if (a == "--folder") {
            if (!value(v))
                return fail(err, "--folder takes a folder");
            o.folder = v;
        } else if (a == "--partition" || a == "--time" || a == "--mem") {
            if (!value(a == "--partition" ? o.partition : a == "--time" ? o.time : o.memory))
                return fail(err, a + " takes a value as sbatch does");
        } else if (a == "--cpus") {
            if (!number(o.cpusPerTask, 1, 1024))
                return fail(err, "--cpus takes the CPUs per task (1 to 1024)");
        } else if (a == "--gpus") {
            if (!number(o.gpus, 0, 64))
                return fail(err, "--gpus takes the GPUs per extraction task (0 to 64)");
        } else if (a == "--limit") {
            if (!number(o.limit, 0, 100000))
                return fail(err, "--limit takes the most array tasks running at once");
        } else if (a == "--hold") {
            o.hold = true;
        } else if (a == "--faces") {
            o.featureArgs.push_back(a);
        } else if (featureOptions.count(a) || embedOptions.count(a)) {
            if (!value(v))
                return fail(err, a + " needs a value");
            auto& target = featureOptions.count(a) ? o.featureArgs : o.embedArgs;
            target.insert(target.end(), {a, v});
        } else if (a.rfind("--", 0) == 0) {
            return fail(err, "unknown option '" + a + "' for cluster submit");
        } else {
            positional.push_back(a);
        }
    }
    if (positional.size() != 1)
        return fail(err, "usage: cluster submit --plan extract|embed|place DATASET [options] (see --help)");
    o.dataset = positional[0];
    o.kind = plan == "extract" ? cluster::PlanKind::Extract : plan == "embed" ? cluster::PlanKind::Embed
                                                                              : cluster::PlanKind::Place;
    if (o.folder.empty()) {
        // Into the project's folder, named after the run.
        std::string name;
        for (char c : o.runName)
            name += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
        o.folder = (o.project.empty() ? fs::current_path() : fs::absolute(o.project).parent_path()) / ("cluster-" + name);
    }
    auto submitted = cluster::submitPlan(o);
    if (!submitted)
        return fail(err, submitted.error().message);
    out << "submitted the " << plan << " plan in " << submitted->options.folder.string() << ":\n";
    for (const auto& s : submitted->stages)
        out << "  " << s.name << "  job " << s.job << (s.arraySize ? " (" + std::to_string(s.arraySize) + " tasks)" : "")
            << "  " << s.script << "\n";
    out << "follow it with: tsne-explorer-cli cluster status " << submitted->options.folder.string() << "\n";
    return 0;
}

}  // namespace

std::string clusterUsage()
{
    return "  tsne-explorer-cli cluster submit --plan extract|embed|place DATASET [--shards 4] [--place-shards 2]\n"
           "      [--sample N] [--project P.tsnex] [--name NAME] [--folder DIR] [--partition P] [--time T]\n"
           "      [--mem M] [--cpus C] [--gpus G] [--limit L] [--hold] [feature options] [--dims 2|3]\n"
           "      [--perplexity P] [--iterations N] [--pca-dims K] [--seed S]\n"
           "      writes the Slurm batch scripts (array jobs chained by afterok) into DIR (default: the\n"
           "      project's folder / cluster-NAME) and submits them with sbatch\n"
           "  tsne-explorer-cli cluster status DIR     each stage: done, running k/N, queued, failed shards\n"
           "  tsne-explorer-cli cluster resubmit DIR   submits only the failed or missing shards and what follows\n";
}

int runCluster(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    if (args.empty())
        return fail(err, "usage: cluster submit|status|resubmit … (see --help)");
    const std::string& what = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (what == "submit")
        return submit(rest, out, err);
    if (what == "status" || what == "resubmit") {
        if (rest.size() != 1)
            return fail(err, "usage: cluster " + what + " DIR (the plan's folder)");
        if (what == "resubmit") {
            auto plan = cluster::resubmitPlan(rest[0]);
            if (!plan)
                return fail(err, plan.error().message);
            out << "resubmitted; the plan's jobs are now:\n";
            for (const auto& s : plan->stages)
                out << "  " << s.name << "  job " << s.job << "\n";
            return 0;
        }
        auto status = cluster::planStatus(rest[0]);
        if (!status)
            return fail(err, status.error().message);
        out << cluster::describeStatus(status.value());
        return 0;
    }
    return fail(err, "cluster takes submit, status or resubmit, not '" + what + "'");
}

}  // namespace tse::cli
