// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "consoleprogress.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

namespace tse::cli {
namespace {

using Clock = std::chrono::steady_clock;

std::string minutesAndSeconds(double seconds)
{
    const long s = static_cast<long>(seconds + 0.5);
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
    return text;
}

}  // namespace

Progress consoleProgress(std::ostream& err, bool quiet) { return consoleProgress(err, quiet, isatty(2) != 0); }

Progress consoleProgress(std::ostream& err, bool quiet, bool terminal)
{
    if (quiet)
        return {};
    struct State {
        std::mutex mutex;
        std::string stage;
        int lastTenth = -1;       // plain lines: the last 10 % step printed
        Clock::time_point start = Clock::now();
        Clock::time_point lastDraw;
        bool lineOpen = false;    // terminal: a line waits for its newline
    };
    auto state = std::make_shared<State>();
    return Progress(
        [&err, state, terminal](std::string_view stage, double fraction) {
            std::lock_guard lock(state->mutex);
            const int percent = static_cast<int>(fraction * 100.0);
            const bool newStage = stage != state->stage;
            const auto now = Clock::now();
            if (terminal) {
                if (!newStage && now - state->lastDraw < std::chrono::milliseconds(200) && percent < 100)
                    return;
                if (newStage && state->lineOpen)
                    err << "\n";
                state->stage = stage;
                state->lastDraw = now;
                const double elapsed = std::chrono::duration<double>(now - state->start).count();
                std::string line = "\r" + std::string(stage) + "  " + std::to_string(percent) + "%";
                if (fraction > 0.02 && fraction < 1.0)
                    line += "  (about " + minutesAndSeconds(elapsed / fraction * (1.0 - fraction)) + " left)";
                err << line << "\033[K" << std::flush;  // clear what a longer line left
                state->lineOpen = true;
                return;
            }
            const int tenth = percent / 10;
            if (newStage || tenth > state->lastTenth) {
                state->stage = stage;
                state->lastTenth = tenth;
                err << stage << " " << percent << "%\n";
            }
        },
        {});
}

void endProgressLine(std::ostream& err, bool quiet)
{
    if (!quiet && isatty(2))
        err << "\n";
}

}  // namespace tse::cli
