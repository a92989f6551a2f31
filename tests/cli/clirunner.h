// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Runs the real tsne-explorer-cli (TSE_CLI_PATH) with a shell command line; stdout and stderr
// together. `environment` is prefixed, e.g. "TSE_CACHE_DIR=/tmp/x ".

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

struct CliOutcome {
    int exitCode = -1;
    std::string output;  // stdout and stderr together
};

// Any shell command line, stdout and stderr together.
inline CliOutcome runShell(const std::string& commandLine)
{
    const std::string command = commandLine + " 2>&1";
    CliOutcome outcome;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return outcome;
    std::array<char, 4096> buffer;
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe))
        outcome.output.append(buffer.data(), n);
    const int status = pclose(pipe);
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return outcome;
}

inline CliOutcome runCliWith(const std::string& environment, const std::string& args)
{
    return runShell(environment + std::string(TSE_CLI_PATH) + " " + args);
}
