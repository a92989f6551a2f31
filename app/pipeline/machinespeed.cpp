// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "machinespeed.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>
#include <system_error>
#include <thread>

#include <time.h>
#include <unistd.h>

#include "featurecache.h"
#include "tse/tsne/tsnerun.h"

namespace tse::app {
namespace fs = std::filesystem;
namespace {

constexpr const char* kFileTag = "tse-machine-speed-1";
constexpr std::size_t kMaxFileBytes = 4096;  // one line; anything longer is not ours
constexpr double kLowestSlowdown = 0.05, kHighestSlowdown = 50.0;

// Ten Gaussian blobs in 50 dimensions: the shape of PCA-reduced image features, and the same
// points on every machine (a fixed generator and seed).
Matrix workloadPoints()
{
    constexpr int kPoints = 3000, kDims = 50, kBlobs = 10;
    std::mt19937_64 generator(20261204);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Matrix centres(kBlobs, kDims);
    for (Eigen::Index i = 0; i < centres.size(); ++i)
        centres.data()[i] = 4.0f * normal(generator);
    Matrix points(kPoints, kDims);
    for (int i = 0; i < kPoints; ++i)
        for (int j = 0; j < kDims; ++j)
            points(i, j) = centres(i % kBlobs, j) + normal(generator);
    return points;
}

std::string cpuModel()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    for (int lines = 0; lines < 64 && std::getline(in, line); ++lines)
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            std::string model = colon == std::string::npos ? line : line.substr(colon + 1);
            model.erase(0, model.find_first_not_of(' '));
            std::replace(model.begin(), model.end(), '\t', ' ');
            return model.substr(0, 200);
        }
    return "unknown CPU";
}

double threadCpuSeconds()
{
    timespec now{};
    if (::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        return NAN;
    return double(now.tv_sec) + 1e-9 * double(now.tv_nsec);
}

}  // namespace

std::optional<double> timeReferenceWorkload()
{
    try {
        const Matrix points = workloadPoints();
        tsne::TsneOptions options;
        options.dimensions = 2;
        options.iterations = 150;
        options.exaggerationIterations = 100;
        options.method = tsne::GradientMethod::BarnesHut;
        options.neighbours = tsne::NeighbourSearch::Exact;
        options.klEvery = 0;
        // One thread, timed by its own CPU clock: another program on the machine (a build, the
        // tests of a CI job, the workbench drawing) takes wall time from the workload but not
        // CPU time, so what is remembered is this machine's speed, not its load at that moment.
        // The estimate's stages scale with the thread count on their own.
        options.threads = 1;
        double fastest = INFINITY;
        for (int repeat = 0; repeat < 3; ++repeat) {
            const double start = threadCpuSeconds();
            auto run = tsne::TsneRun::create(points, options);
            if (!run || !run.value()->runToEnd())
                return std::nullopt;
            fastest = std::min(fastest, threadCpuSeconds() - start);
        }
        if (!std::isfinite(fastest) || fastest <= 0.0)
            return std::nullopt;
        return fastest;
    } catch (...) {
        return std::nullopt;
    }
}

std::string machineIdentity()
{
    return cpuModel() + ", " + std::to_string(std::max(1u, std::thread::hardware_concurrency())) + " cores";
}

fs::path machineSpeedFile()
{
    return FeatureDiskCache::defaultDirectory().parent_path() / "machine-speed";
}

std::optional<double> rememberedSlowdown(const fs::path& file, const std::string& identity)
{
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec || size > kMaxFileBytes)
        return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    std::string tag, storedIdentity, value;
    if (!std::getline(in, tag, '\t') || !std::getline(in, storedIdentity, '\t') || !std::getline(in, value))
        return std::nullopt;
    if (tag != kFileTag || storedIdentity != identity)
        return std::nullopt;
    std::istringstream number(value);
    number.imbue(std::locale::classic());
    double slowdown = 0.0;
    if (!(number >> slowdown) || !(number >> std::ws).eof())
        return std::nullopt;
    if (!std::isfinite(slowdown) || slowdown < kLowestSlowdown || slowdown > kHighestSlowdown)
        return std::nullopt;
    return slowdown;
}

std::optional<double> slowdownFromSeconds(std::optional<double> seconds)
{
    if (!seconds || !std::isfinite(*seconds) || *seconds <= 0.0)
        return std::nullopt;
    return std::clamp(*seconds / kReferenceWorkloadSeconds, kLowestSlowdown, kHighestSlowdown);
}

bool rememberSlowdown(const fs::path& file, const std::string& identity, double slowdown)
{
    if (!std::isfinite(slowdown) || identity.find_first_of("\t\n") != std::string::npos)
        return false;
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);  // a failure shows as the write's
    ec.clear();
    const fs::path temporary = file.string() + ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.imbue(std::locale::classic());
        out << kFileTag << '\t' << identity << '\t' << slowdown << '\n';
        if (!out.flush())
            ec = std::make_error_code(std::errc::io_error);
    }
    if (!ec)
        fs::rename(temporary, file, ec);
    if (ec) {
        std::error_code ignored;  // the temporary may never have been made
        fs::remove(temporary, ignored);
        return false;
    }
    return true;
}

double machineSlowdown(const fs::path& file, const std::string& identity,
                       const std::function<std::optional<double>()>& timeWorkload, bool* measured)
{
    if (measured)
        *measured = false;
    if (const auto remembered = rememberedSlowdown(file, identity))
        return *remembered;
    const auto slowdown = slowdownFromSeconds(timeWorkload ? timeWorkload() : std::nullopt);
    if (!slowdown)
        return 1.0;
    if (measured)
        *measured = true;
    rememberSlowdown(file, identity, *slowdown);
    return *slowdown;
}

}  // namespace tse::app
