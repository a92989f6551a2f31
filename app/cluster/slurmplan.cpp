// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "slurmplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "shards.h"
#include "tse/project/projectfile.h"

namespace tse::cluster {
namespace fs = std::filesystem;
namespace {

constexpr char kPlanFile[] = "plan.json";

QString qs(const std::string& s) { return QString::fromStdString(s); }
std::string ss(const QString& s) { return s.toStdString(); }

const char* kindName(PlanKind k) { return k == PlanKind::Extract ? "extract" : k == PlanKind::Embed ? "embed" : "place"; }

std::string placedRunName(const PlanOptions& o) { return o.runName + " + placed"; }

fs::path featuresDir(const PlanOptions& o) { return o.folder / "features"; }
fs::path mergedMatrix(const PlanOptions& o) { return o.folder / "features.npy"; }
fs::path placedDir(const PlanOptions& o) { return o.folder / "placed"; }

std::string commandLine(const std::vector<std::string>& words)
{
    std::string line;
    for (const auto& w : words)
        line += (line.empty() ? "" : " ") + shellQuote(w);
    return line;
}

// The tsne-explorer-cli command of a stage.
std::vector<std::string> stageCommand(const PlanOptions& o, const std::string& stage)
{
    const std::string program = o.program.string();
    std::vector<std::string> c;
    if (stage == "extract") {
        c = {program, "features", o.dataset, "--shard", std::to_string(o.shards), "--out", featuresDir(o).string()};
        c.insert(c.end(), o.featureArgs.begin(), o.featureArgs.end());
    } else if (stage == "merge") {
        c = {program, "merge", featuresDir(o).string(), "--out", mergedMatrix(o).string()};
        if (o.kind == PlanKind::Place)
            c.insert(c.end(), {"--sample", std::to_string(o.sample), "--seed", std::to_string(o.seed)});
    } else if (stage == "embed") {
        const std::string stem = (o.folder / (o.kind == PlanKind::Place ? "features.sample" : "features")).string();
        c = {program, "embed", stem + ".npy", "--labels", stem + ".labels.npy", "--project", o.project.string(), "--name",
             o.runName};
        c.insert(c.end(), o.embedArgs.begin(), o.embedArgs.end());
    } else if (stage == "place") {
        const std::string stem = (o.folder / "features.rest").string();
        c = {program, "place", o.project.string(), "--run", o.runName, stem + ".npy", "--labels", stem + ".labels.npy",
             "--shard", std::to_string(o.placeShards), "--out", placedDir(o).string()};
    } else {
        c = {program, "merge-placed", placedDir(o).string(), "--project", o.project.string(), "--name", placedRunName(o)};
    }
    // Not --quiet: the logs keep each stage's summary and progress (plain lines off a terminal).
    return c;
}

std::string scriptText(const PlanOptions& o, const Stage& s)
{
    std::ostringstream t;
    t << "#!/bin/bash\n"
      << "# t-SNE Explorer " << kindName(o.kind) << " plan '" << o.runName << "', stage " << s.name
      << (s.arraySize ? " (" + std::to_string(s.arraySize) + " array tasks)" : std::string()) << ".\n"
      << "# Submitted by tsne-explorer-cli cluster submit; edit and submit by hand if you like:\n"
      << "#   sbatch " << shellQuote((o.folder / s.script).string()) << "\n"
      << "#SBATCH --job-name=tse-" << s.name << "\n";
    if (s.arraySize)
        t << "#SBATCH --array=0-" << s.arraySize - 1 << (o.limit > 0 ? "%" + std::to_string(o.limit) : std::string()) << "\n";
    t << "#SBATCH --cpus-per-task=" << o.cpusPerTask << "\n";
    if (!o.memory.empty())
        t << "#SBATCH --mem=" << o.memory << "\n";
    if (!o.time.empty())
        t << "#SBATCH --time=" << o.time << "\n";
    if (!o.partition.empty())
        t << "#SBATCH --partition=" << o.partition << "\n";
    if (o.gpus > 0 && (s.name == "extract"))
        t << "#SBATCH --gres=gpu:" << o.gpus << "\n";
    t << "#SBATCH --output=" << (o.folder / "logs" / (s.name + (s.arraySize ? "-%a" : "") + ".log")).string() << "\n"
      << "set -euo pipefail\n"
      << "# Threads that wait by sleeping, not spinning: a shared node is a busy desktop.\n"
      << "export OMP_WAIT_POLICY=PASSIVE\n"
      << "exec " << commandLine(stageCommand(o, s.name)) << " --threads \"${SLURM_CPUS_PER_TASK:-1}\"\n";
    return t.str();
}

QJsonObject toJson(const Plan& plan)
{
    const PlanOptions& o = plan.options;
    auto strings = [](const std::vector<std::string>& v) {
        QJsonArray a;
        for (const auto& s : v)
            a.append(qs(s));
        return a;
    };
    QJsonArray stages;
    for (const auto& s : plan.stages)
        stages.append(QJsonObject{{"name", qs(s.name)}, {"script", qs(s.script)}, {"array", s.arraySize}, {"job", qs(s.job)}});
    return QJsonObject{{"format", 1},
                       {"kind", QString::fromLatin1(kindName(o.kind))},
                       {"dataset", qs(o.dataset)},
                       {"featureArgs", strings(o.featureArgs)},
                       {"embedArgs", strings(o.embedArgs)},
                       {"shards", o.shards},
                       {"placeShards", o.placeShards},
                       {"sample", static_cast<qint64>(o.sample)},
                       {"seed", QString::number(o.seed)},
                       {"project", qs(o.project.string())},
                       {"runName", qs(o.runName)},
                       {"folder", qs(o.folder.string())},
                       {"program", qs(o.program.string())},
                       {"partition", qs(o.partition)},
                       {"time", qs(o.time)},
                       {"memory", qs(o.memory)},
                       {"cpusPerTask", o.cpusPerTask},
                       {"gpus", o.gpus},
                       {"limit", o.limit},
                       {"stages", stages}};
}

Status writePlanFile(const Plan& plan)
{
    const fs::path path = plan.options.folder / kPlanFile, part = path.string() + ".part";
    QFile file(qs(part.string()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(toJson(plan)).toJson()) < 0 || !file.flush())
        return makeError(ErrorCode::UnreadableFile, "cannot write " + path.string());
    file.close();
    std::error_code ec;
    fs::rename(part, path, ec);
    if (ec)
        return makeError(ErrorCode::UnreadableFile, "cannot write " + path.string() + ": " + ec.message());
    return Status::success();
}

// sbatch --parsable prints "JOBID[;CLUSTER]".
Result<std::string> sbatch(const CommandRunner& run, const Plan& plan, const Stage& stage, const std::vector<std::string>& after,
                           const std::string& array)
{
    std::vector<std::string> args = {"--parsable"};
    if (!after.empty()) {
        std::string dependency = "afterok";
        for (const auto& job : after)
            dependency += ":" + job;
        args.push_back("--dependency=" + dependency);
    }
    if (!array.empty())
        args.push_back("--array=" + array);
    if (plan.options.hold)
        args.push_back("--hold");
    args.push_back((plan.options.folder / stage.script).string());
    const auto outcome = run("sbatch", args);
    std::string id = outcome.output.substr(0, outcome.output.find_first_of(";\n"));
    if (outcome.exitCode != 0 || id.empty() || id.find_first_not_of("0123456789") != std::string::npos)
        return makeError(ErrorCode::InvalidArgument, "sbatch refused stage " + stage.name + ": " +
                                                         (outcome.output.empty() ? "no output" : outcome.output));
    return id;
}

std::vector<Stage> stagesOf(const PlanOptions& o)
{
    std::vector<Stage> stages = {{"extract", "extract.sbatch", o.shards, {}}, {"merge", "merge.sbatch", 0, {}}};
    if (o.kind != PlanKind::Extract)
        stages.push_back({"embed", "embed.sbatch", 0, {}});
    if (o.kind == PlanKind::Place) {
        stages.push_back({"place", "place.sbatch", o.placeShards, {}});
        stages.push_back({"merge-placed", "merge-placed.sbatch", 0, {}});
    }
    return stages;
}

// Submits stages [from, end); the first gets `array` (empty = all tasks) and depends on nothing.
Status submitFrom(Plan& plan, std::size_t from, const std::string& array, const CommandRunner& run)
{
    std::vector<std::string> after;
    for (std::size_t i = from; i < plan.stages.size(); ++i) {
        auto job = sbatch(run, plan, plan.stages[i], after, i == from ? array : std::string());
        if (!job) {
            (void)writePlanFile(plan);  // what was submitted so far is recorded
            return job.error();
        }
        plan.stages[i].job = job.value();
        after = {job.value()};
    }
    return writePlanFile(plan);
}

bool projectHasRun(const fs::path& project, const std::string& name)
{
    std::error_code ec;
    if (!fs::exists(project, ec))
        return false;
    auto file = project::ProjectFile::open(project);
    if (!file)
        return false;
    auto runs = (*file)->runs();
    return runs && std::any_of(runs->begin(), runs->end(), [&](const auto& r) { return r.name == name; });
}

// The plan's jobs in the queue: array task (or −1 for a single job) → state and reason, by job id.
struct QueuedTask {
    std::string state, reason;
};
std::map<std::string, std::map<int, QueuedTask>> queuedJobs(const Plan& plan, const CommandRunner& run)
{
    std::map<std::string, std::map<int, QueuedTask>> jobs;
    std::string ids;
    for (const auto& s : plan.stages)
        if (!s.job.empty())
            ids += (ids.empty() ? "" : ",") + s.job;
    if (ids.empty())
        return jobs;
    // %i expands array tasks as JOB_TASK (pending ranges as JOB_[a-b]); -r lists every task alone.
    const auto outcome = run("squeue", {"-h", "-r", "-j", ids, "-o", "%A|%F|%K|%T|%r"});
    std::istringstream lines(outcome.output);
    for (std::string line; std::getline(lines, line);) {
        std::vector<std::string> f;
        std::stringstream fields(line);
        for (std::string x; std::getline(fields, x, '|');)
            f.push_back(x);
        if (f.size() < 5)
            continue;
        // %F: the array's job id (or the job's own), %K: the task index (N/A for single jobs).
        int task = -1;
        try {
            task = f[2] == "N/A" ? -1 : std::stoi(f[2]);
        } catch (...) {
            task = -1;
        }
        jobs[f[1]][task] = {f[3], f[4]};
    }
    return jobs;
}

}  // namespace

void setRunArguments(PlanOptions& o, const run::RunParameters& p)
{
    const auto& f = p.features;
    o.featureArgs.clear();
    const bool file = f.extractor == run::Extractor::VggFile || f.extractor == run::Extractor::TorchScript;
    o.featureArgs = {"--features", file ? f.modelFile : std::string(run::extractorName(f.extractor))};
    if (f.usesLayer())
        o.featureArgs.insert(o.featureArgs.end(), {"--layer", run::layerName(f.layer)});
    if (!file && !f.modelFile.empty())
        o.featureArgs.insert(o.featureArgs.end(), {"--weights", f.modelFile});
    if (f.faces)
        o.featureArgs.push_back("--faces");
    auto number = [](double v) {
        std::ostringstream t;
        t.precision(17);
        t << v;
        return t.str();
    };
    const auto& t = p.tsne;
    o.embedArgs = {"--dims", std::to_string(t.dimensions), "--perplexity", number(t.perplexity), "--iterations",
                   std::to_string(t.iterations), "--pca-dims", std::to_string(p.pcaDims), "--seed", std::to_string(t.seed),
                   "--learning-rate", t.learningRate > 0 ? number(t.learningRate) : std::string("auto")};
}

std::string shellQuote(const std::string& w)
{
    if (!w.empty() && w.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=./,:%@") ==
                          std::string::npos)
        return w;
    std::string q = "'";
    for (char c : w)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

CommandRunner systemRunner()
{
    return [](const std::string& program, const std::vector<std::string>& args) {
        QProcess process;
        QStringList list;
        for (const auto& a : args)
            list << qs(a);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(qs(program), list);
        CommandOutcome outcome;
        if (!process.waitForStarted(10000)) {
            outcome.output = program + " could not be started (is Slurm installed and on the PATH?)";
            return outcome;
        }
        process.waitForFinished(120000);
        outcome.output = ss(QString::fromLocal8Bit(process.readAll())).c_str();
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return outcome;
    };
}

Result<Plan> submitPlan(const PlanOptions& options, const CommandRunner& run)
{
    PlanOptions o = options;
    if (o.dataset.empty())
        return makeError(ErrorCode::InvalidArgument, "a plan needs a DATASET");
    if (o.shards < 1 || o.placeShards < 1)
        return makeError(ErrorCode::InvalidArgument, "a plan needs at least one shard per array");
    if (o.kind != PlanKind::Extract && o.project.empty())
        return makeError(ErrorCode::InvalidArgument, "an embed or place plan needs --project");
    if (o.kind == PlanKind::Place && o.sample == 0)
        return makeError(ErrorCode::InvalidArgument, "a place plan needs --sample N: the rows embedded before the rest are placed");
    std::error_code ec;
    o.folder = fs::absolute(o.folder).lexically_normal();
    if (!o.project.empty())
        o.project = fs::absolute(o.project).lexically_normal();
    if (fs::exists(o.dataset, ec))
        o.dataset = fs::absolute(o.dataset).lexically_normal().string();
    if (fs::exists(o.folder / kPlanFile, ec))
        return makeError(ErrorCode::InvalidArgument, o.folder.string() +
                                                         " holds a plan already (plan.json): two plans writing into one "
                                                         "folder would mix their shards; choose another --folder");
    fs::create_directories(o.folder / "logs", ec);
    if (ec)
        return makeError(ErrorCode::UnreadableFile, "cannot make " + o.folder.string() + ": " + ec.message());
    Plan plan;
    plan.options = o;
    plan.stages = stagesOf(o);
    for (const auto& s : plan.stages) {
        const fs::path script = o.folder / s.script;
        std::ofstream out(script, std::ios::trunc);
        out << scriptText(o, s);
        out.close();
        if (!out)
            return makeError(ErrorCode::UnreadableFile, "cannot write " + script.string());
        fs::permissions(script, fs::perms::owner_exec | fs::perms::group_exec, fs::perm_options::add, ec);
    }
    if (auto submitted = submitFrom(plan, 0, {}, run); !submitted)
        return submitted.error();
    return plan;
}

Result<Plan> loadPlan(const fs::path& folder)
{
    const fs::path path = folder / kPlanFile;
    QFile file(qs(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileNotFound, "no plan in " + folder.string() + " (no plan.json)");
    if (file.size() > (1 << 20))
        return makeError(ErrorCode::BadFormat, path.string() + " is too large for a plan");
    const QJsonObject j = QJsonDocument::fromJson(file.readAll()).object();
    if (j.value("format").toInt() != 1)
        return makeError(ErrorCode::BadFormat, path.string() + " is not a plan of this program");
    Plan plan;
    PlanOptions& o = plan.options;
    const QString kind = j.value("kind").toString();
    o.kind = kind == "extract" ? PlanKind::Extract : kind == "embed" ? PlanKind::Embed : PlanKind::Place;
    o.dataset = ss(j.value("dataset").toString());
    for (const auto& v : j.value("featureArgs").toArray())
        o.featureArgs.push_back(ss(v.toString()));
    for (const auto& v : j.value("embedArgs").toArray())
        o.embedArgs.push_back(ss(v.toString()));
    o.shards = std::max(1, j.value("shards").toInt(1));
    o.placeShards = std::max(1, j.value("placeShards").toInt(1));
    o.sample = static_cast<std::size_t>(std::max<qint64>(0, j.value("sample").toInteger()));
    o.seed = j.value("seed").toString().toULongLong();
    o.project = ss(j.value("project").toString());
    o.runName = ss(j.value("runName").toString());
    o.folder = folder;
    o.program = ss(j.value("program").toString());
    o.partition = ss(j.value("partition").toString());
    o.time = ss(j.value("time").toString());
    o.memory = ss(j.value("memory").toString());
    o.cpusPerTask = std::max(1, j.value("cpusPerTask").toInt(1));
    o.gpus = j.value("gpus").toInt();
    o.limit = j.value("limit").toInt();
    for (const auto& v : j.value("stages").toArray()) {
        const QJsonObject s = v.toObject();
        plan.stages.push_back({ss(s.value("name").toString()), ss(s.value("script").toString()),
                               std::max(0, s.value("array").toInt()), ss(s.value("job").toString())});
    }
    if (plan.stages.empty())
        return makeError(ErrorCode::BadFormat, path.string() + " lists no stages");
    return plan;
}

Result<std::vector<StageStatus>> planStatus(const fs::path& folder, const CommandRunner& run)
{
    auto plan = loadPlan(folder);
    if (!plan)
        return plan.error();
    const PlanOptions& o = plan->options;
    const auto queue = queuedJobs(*plan, run);
    std::vector<StageStatus> status;
    for (const auto& s : plan->stages) {
        StageStatus st;
        st.name = s.name;
        st.total = s.arraySize ? s.arraySize : 1;
        std::vector<int> missing;
        if (s.name == "extract")
            missing = missingShards(featuresDir(o), ShardKind::Features, s.arraySize);
        else if (s.name == "place")
            missing = missingShards(placedDir(o), ShardKind::Placed, s.arraySize);
        else {
            std::error_code ec;
            const bool done = s.name == "merge"    ? fs::exists(mergedMatrix(o), ec)
                              : s.name == "embed" ? projectHasRun(o.project, o.runName)
                                                  : projectHasRun(o.project, placedRunName(o));
            if (!done)
                missing = {-1};
        }
        st.done = st.total - static_cast<int>(missing.size());
        const auto jobs = queue.count(s.job) ? queue.at(s.job) : std::map<int, QueuedTask>{};
        for (int task : missing) {
            const auto it = jobs.find(s.arraySize ? task : -1);
            if (it == jobs.end()) {
                if (s.arraySize)
                    st.failedShards.push_back(task);
                else
                    st.failedShards.push_back(0);
                continue;
            }
            if (it->second.state == "RUNNING" || it->second.state == "COMPLETING")
                ++st.running;
            else {
                ++st.queued;
                if (st.reason.empty() || it->second.reason.find("Dependency") != std::string::npos)
                    st.reason = it->second.reason;
            }
        }
        if (missing.empty())
            st.state = "done";
        else if (s.job.empty())
            st.state = "not submitted";
        else if (st.running > 0)
            st.state = "running";
        else if (st.queued > 0)
            st.state = st.reason.find("DependencyNeverSatisfied") != std::string::npos ? "blocked" : "queued";
        else
            st.state = "failed";
        status.push_back(std::move(st));
    }
    return status;
}

std::string describeStatus(const std::vector<StageStatus>& status)
{
    std::ostringstream t;
    for (const auto& s : status) {
        t << s.name << std::string(14 - std::min<std::size_t>(13, s.name.size()), ' ') << s.state;
        if (s.total > 1)
            t << "  " << s.done << "/" << s.total << " shards done";
        if (s.running)
            t << ", " << s.running << " running";
        if (s.queued)
            t << ", " << s.queued << " queued" << (s.reason.empty() ? "" : " (" + s.reason + ")");
        if (!s.failedShards.empty() && s.state != "done") {
            if (s.total > 1) {
                t << ", failed or cancelled: shard" << (s.failedShards.size() > 1 ? "s" : "");
                for (std::size_t i = 0; i < s.failedShards.size(); ++i)
                    t << (i ? ", " : " ") << s.failedShards[i];
            } else if (s.state == "failed") {
                t << " (see logs/" << s.name << ".log)";
            }
        }
        t << "\n";
    }
    return t.str();
}

Result<Plan> resubmitPlan(const fs::path& folder, const CommandRunner& run)
{
    auto plan = loadPlan(folder);
    if (!plan)
        return plan.error();
    auto status = planStatus(folder, run);
    if (!status)
        return status.error();
    std::size_t first = 0;
    while (first < status->size() && (*status)[first].state == "done")
        ++first;
    if (first == status->size())
        return plan;  // nothing to do
    const StageStatus& stage = (*status)[first];
    if (stage.state == "running" || stage.state == "queued")
        if (stage.failedShards.empty())
            return makeError(ErrorCode::InvalidArgument, "stage " + stage.name + " is still " + stage.state +
                                                             ": nothing has failed yet");
    // Later stages wait on jobs that will never succeed: cancel them, and submit them again.
    std::vector<std::string> stale;
    for (std::size_t i = first + 1; i < plan->stages.size(); ++i)
        if (!plan->stages[i].job.empty())
            stale.push_back(plan->stages[i].job);
    if (!stale.empty()) {
        std::vector<std::string> args = stale;
        (void)run("scancel", args);
    }
    std::string array;
    if (plan->stages[first].arraySize)
        for (int shard : stage.failedShards)
            array += (array.empty() ? "" : ",") + std::to_string(shard);
    if (plan->stages[first].arraySize && array.empty())
        return makeError(ErrorCode::InvalidArgument, "stage " + stage.name + " has no failed shard to submit again");
    plan->options.hold = false;
    if (auto submitted = submitFrom(*plan, first, array, run); !submitted)
        return submitted.error();
    return plan;
}

}  // namespace tse::cluster
