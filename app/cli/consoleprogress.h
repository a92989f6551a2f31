// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Progress of long CLI stages on stderr, so a long run is never silent:
//   on a terminal: one line rewritten in place, "Affinities  40%  (about 0:12 left)", at most
//   5 times a second, and a new line when the stage changes;
//   otherwise (logs, pipes, cluster jobs): plain lines "Affinities 40%", at each 10 % of the run;
//   with --quiet: nothing.

#include <ostream>

#include "tse/common/progress.h"

namespace tse::cli {

// terminal: whether err is an interactive terminal (stderr's isatty when not given).
Progress consoleProgress(std::ostream& err, bool quiet);
Progress consoleProgress(std::ostream& err, bool quiet, bool terminal);
// Ends the line a terminal progress left open (call when the work is done).
void endProgressLine(std::ostream& err, bool quiet);

}  // namespace tse::cli
