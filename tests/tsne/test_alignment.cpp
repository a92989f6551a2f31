// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include <cmath>

#include <Eigen/Geometry>

#include "tse/tsne/alignment.h"

using namespace tse::tsne;

TEST(Procrustes, RecoversRotationAndReflection2D)
{
    const tse::Matrix reference = tse::Matrix::Random(200, 2) * 10.0f;
    const float angle = 1.1f;
    Eigen::Matrix2f rotation;
    rotation << std::cos(angle), -std::sin(angle), std::sin(angle), std::cos(angle);
    Eigen::Matrix2f reflection;
    reflection << -1, 0, 0, 1;
    tse::Matrix moved = reference * (rotation * reflection).transpose();
    moved.rowwise() += Eigen::RowVector2f(5.0f, -3.0f);  // and shifted
    const tse::Matrix aligned = procrustesAlign(reference, moved);
    EXPECT_LT((aligned - reference).cwiseAbs().maxCoeff(), 1e-3f);
}

TEST(Procrustes, RecoversRotation3DAndKeepsDistances)
{
    const tse::Matrix reference = tse::Matrix::Random(100, 3);
    const Eigen::Matrix3f rotation =
        (Eigen::AngleAxisf(0.7f, Eigen::Vector3f(1, 2, 3).normalized())).toRotationMatrix();
    const tse::Matrix moved = reference * rotation;
    const tse::Matrix aligned = procrustesAlign(reference, moved);
    EXPECT_LT((aligned - reference).cwiseAbs().maxCoeff(), 1e-4f);
    // A noisy copy: aligned, but never stretched.
    const tse::Matrix noisy = moved + 0.05f * tse::Matrix::Random(100, 3);
    const tse::Matrix alignedNoisy = procrustesAlign(reference, noisy);
    EXPECT_NEAR((alignedNoisy.row(3) - alignedNoisy.row(7)).norm(), (noisy.row(3) - noisy.row(7)).norm(), 1e-4f);
    EXPECT_LT((alignedNoisy - reference).cwiseAbs().maxCoeff(), 0.2f);
}

TEST(NeighbourhoodAgreement, HandChecked)
{
    // Four points on a line: 0, 1, 10, 11. In b, points 1 and 2 swap places.
    tse::Matrix a(4, 1), b(4, 1);
    a << 0, 1, 10, 11;
    b << 0, 10, 1, 11;
    EXPECT_DOUBLE_EQ(neighbourhoodAgreement(a, a, 1), 1.0);
    // k = 1: a's nearest: 0→1, 1→0, 2→3, 3→2; b's: 0→2, 1→3, 2→0, 3→1: none shared.
    EXPECT_DOUBLE_EQ(neighbourhoodAgreement(a, b, 1), 0.0);
    const Eigen::VectorXf moved = displacement(a, b);
    EXPECT_FLOAT_EQ(moved[1], 9.0f);
    EXPECT_FLOAT_EQ(moved[3], 0.0f);
}

TEST(Alignment, NeighbourhoodAgreementEqualsTheAllPairsDefinition)
{
    std::mt19937 rng(4);
    std::uniform_int_distribution<int> cell(0, 9);
    const int n = 400;
    tse::Matrix a(n, 2), b(n, 3);
    for (int i = 0; i < n; ++i) {
        for (int c = 0; c < 2; ++c)
            a(i, c) = float(cell(rng));
        for (int c = 0; c < 3; ++c)
            b(i, c) = float(cell(rng));
    }
    auto nearest = [&](const tse::Matrix& m, int i, int k) {
        std::vector<std::pair<float, int>> all;
        for (int j = 0; j < n; ++j)
            if (j != i)
                all.push_back({(m.row(i) - m.row(j)).squaredNorm(), j});
        std::sort(all.begin(), all.end());
        std::vector<int> out;
        for (int r = 0; r < k; ++r)
            out.push_back(all[r].second);
        std::sort(out.begin(), out.end());
        return out;
    };
    for (int k : {1, 10}) {
        double shared = 0.0;
        for (int i = 0; i < n; ++i) {
            const auto x = nearest(a, i, k), y = nearest(b, i, k);
            std::vector<int> both;
            std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
            shared += double(both.size()) / k;
        }
        EXPECT_NEAR(tse::tsne::neighbourhoodAgreement(a, b, k, 2), shared / n, 1e-12) << "k = " << k;
    }
}
