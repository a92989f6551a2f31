#pragma once
// One sample of the KL divergence during optimisation, as runs record it.

namespace tse::tsne {

struct KlSample {
    int iteration = 0;
    double kl = 0.0;
};

}  // namespace tse::tsne
