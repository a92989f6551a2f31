#pragma once
// Progress for long CLI stages (CNN features, downloads): one line per stage on stderr,
// updated at most every 5 % so logs stay short.

#include <mutex>
#include <ostream>
#include <string>

#include "tse/common/progress.h"

namespace tse::cli {

inline Progress consoleProgress(std::ostream& err, bool quiet)
{
    if (quiet)
        return {};
    struct State {
        std::mutex mutex;
        std::string stage;
        int percent = -1;
    };
    auto state = std::make_shared<State>();
    return Progress(
        [&err, state](std::string_view stage, double fraction) {
            std::lock_guard lock(state->mutex);
            const int percent = static_cast<int>(fraction * 100.0);
            if (stage != state->stage || percent >= state->percent + 5) {
                state->stage = stage;
                state->percent = percent;
                err << stage << " " << percent << "%\n";
            }
        },
        {});
}

}  // namespace tse::cli
