// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The command a user runs (tsne-explorer, tsne-explorer-cli): sets the OpenMP wait policy and
// hands over to the program itself with the same arguments.
//
// Why a separate executable: libgomp reads OMP_WAIT_POLICY once, in its own initializer, before
// main() of anything that links it, and by default a waiting thread spins for ~300,000 rounds at
// every barrier. On a busy desktop (a build, a browser, our own render thread) the spinning
// threads lose their time slices to the other work: a 2,500-point map took 2.7 s instead of
// 1.3 s with one busy process beside it, 1.7 s with the passive policy (bench/run-benchmarks.sh
// --load 1). This program links no OpenMP and no libtorch, so it costs about a millisecond;
// a policy the user sets (OMP_WAIT_POLICY or GOMP_SPINCOUNT) is left alone.
//
// It also keeps OpenBLAS (which only libtorch brings in) to one thread: libtorch runs its layers
// on its own OpenMP threads, so OpenBLAS's pool, started while libtorch loads, gains nothing
// there (VGG16 on 2 cores, build/bench/bench_vgg 2 1,8,32 10: 5.2 / 7.4 / 7.7 images/s at batch
// 1 / 8 / 32 with one OpenBLAS thread, 5.3 / 7.3 / 7.6 with its pool) and costs a CNN shard
// ~0.03 s of its start. A count the user sets (OPENBLAS_NUM_THREADS, GOTO_NUM_THREADS,
// OMP_NUM_THREADS) is left alone.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#ifndef TSE_PROGRAM_NAME
#error "TSE_PROGRAM_NAME names the program this launcher starts"
#endif
#ifndef TSE_PROGRAM_DIRS
#error "TSE_PROGRAM_DIRS lists where the program is, relative to the launcher"
#endif

namespace {

std::string ownDirectory()
{
    std::vector<char> path(4096);
    const ssize_t n = readlink("/proc/self/exe", path.data(), path.size() - 1);
    if (n <= 0)
        return ".";
    std::string self(path.data(), std::size_t(n));
    const auto slash = self.rfind('/');
    return slash == std::string::npos ? "." : self.substr(0, slash);
}

}  // namespace

int main(int argc, char** argv)
{
    (void)argc;
    if (!std::getenv("OMP_WAIT_POLICY") && !std::getenv("GOMP_SPINCOUNT"))
        setenv("OMP_WAIT_POLICY", "PASSIVE", 0);
    if (!std::getenv("OPENBLAS_NUM_THREADS") && !std::getenv("GOTO_NUM_THREADS") && !std::getenv("OMP_NUM_THREADS"))
        setenv("OPENBLAS_NUM_THREADS", "1", 0);
    const std::string here = ownDirectory();
    // The build tree keeps the program in libexec/ beside the launcher; a package in
    // lib/tsne-explorer/ beside bin/.
    std::string tried;
    for (const char* relative : {TSE_PROGRAM_DIRS}) {
        const std::string program = here + "/" + relative + "/" + TSE_PROGRAM_NAME;
        if (access(program.c_str(), X_OK) == 0) {
            execv(program.c_str(), argv);
            std::fprintf(stderr, "%s: cannot start %s: %s\n", TSE_PROGRAM_NAME, program.c_str(), std::strerror(errno));
            return 127;
        }
        tried += "\n  " + program;
    }
    std::fprintf(stderr, "%s: the program is missing from this installation; looked for:%s\n", TSE_PROGRAM_NAME,
                 tried.c_str());
    return 127;
}
