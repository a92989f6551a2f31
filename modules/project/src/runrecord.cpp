#include "tse/project/runrecord.h"

#include <sstream>

namespace tse::project {

const char* runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return "running";
    case RunStatus::Finished: return "finished";
    case RunStatus::Cancelled: return "cancelled";
    case RunStatus::Failed: return "failed";
    }
    return "?";
}

std::string describe(const RunParameters& p)
{
    std::ostringstream text;
    text << "perplexity " << p.tsne.perplexity << ", lr ";
    if (p.tsne.learningRate > 0)
        text << p.tsne.learningRate;
    else
        text << "auto";
    text << ", " << p.tsne.iterations << " it, ";
    if (p.pcaDims > 0)
        text << "PCA " << p.pcaDims;
    else
        text << "no PCA";
    text << ", " << p.tsne.dimensions << "D, seed " << p.tsne.seed;
    return text.str();
}

}  // namespace tse::project
