// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// One sample of the KL divergence during optimisation, as runs record it.

namespace tse::tsne {

struct KlSample {
    int iteration = 0;
    double kl = 0.0;
};

}  // namespace tse::tsne
