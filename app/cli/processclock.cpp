// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "processclock.h"

#include <time.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>

namespace tse::cli {

std::optional<double> secondsSinceProcessStart()
{
    // /proc/self/stat: field 22 is the start time in clock ticks since boot. Field 2 (the
    // command name) may hold spaces and parentheses, so fields are counted after its last ')'.
    std::ifstream in("/proc/self/stat");
    std::string stat;
    if (!std::getline(in, stat))
        return std::nullopt;
    const auto close = stat.rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    std::istringstream fields(stat.substr(close + 1));
    std::string field;
    for (int index = 3; index < 22 && fields >> field; ++index) {
    }
    unsigned long long startTicks = 0;
    if (!(fields >> startTicks))
        return std::nullopt;
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return std::nullopt;
    const double uptime = double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
    const double started = double(startTicks) / double(ticksPerSecond);
    return uptime >= started ? std::optional<double>(uptime - started) : std::nullopt;
}

}  // namespace tse::cli
