// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Density contours of a 2D map: lines around each dense region and none across the empty space
// between them, levels nested by share, nothing for maps they do not apply to, and the lines
// in vector figures.

#include <gtest/gtest.h>

#include <QFile>

#include <filesystem>
#include <random>

#include "contours.h"
#include "figure.h"
#include "guiapp.h"

using tse::Matrix;

namespace {

// Two round blobs of 400 points (σ = 1) at x = −10 and x = +10.
Matrix twoBlobs()
{
    std::mt19937 rng(4);
    std::normal_distribution<float> normal;
    Matrix m(800, 2);
    for (int i = 0; i < 800; ++i) {
        m(i, 0) = normal(rng) + (i < 400 ? -10.0f : 10.0f);
        m(i, 1) = normal(rng);
    }
    return m;
}

double farthestFromItsBlob(const std::vector<std::pair<QPointF, QPointF>>& segments, int* left, int* right)
{
    double farthest = 0.0;
    *left = *right = 0;
    for (const auto& [a, b] : segments)
        for (const QPointF& p : {a, b}) {
            const double cx = p.x() < 0 ? -10.0 : 10.0;
            ++(p.x() < 0 ? *left : *right);
            farthest = std::max(farthest, std::hypot(p.x() - cx, p.y()));
        }
    return farthest;
}

}  // namespace

TEST(DensityContours, LinesAroundEachDenseRegionNoneBetween)
{
    const auto levels = tse::figure::densityContours(twoBlobs());
    ASSERT_EQ(levels.size(), 3u) << "a quarter, half and three quarters of the points";
    double previous = 0.0;
    for (const auto& level : levels) {
        ASSERT_FALSE(level.empty());
        int left = 0, right = 0;
        const double farthest = farthestFromItsBlob(level, &left, &right);
        EXPECT_GT(left, 10);
        EXPECT_GT(right, 10);
        EXPECT_LT(farthest, 4.0) << "within 4 σ of a blob's centre: nothing across the gap";
        EXPECT_GT(farthest, previous) << "a larger share lies further out";
        previous = farthest;
    }
    // The half level of a Gaussian lies near the radius holding half its mass (σ·√(2 ln 2) ≈ 1.18σ),
    // widened a little by the kernel.
    int left = 0, right = 0;
    EXPECT_NEAR(farthestFromItsBlob(levels[1], &left, &right), 1.5, 0.6);
}

TEST(DensityContours, NothingForMapsTheyDoNotApplyTo)
{
    EXPECT_TRUE(tse::figure::densityContours(Matrix::Random(500, 3)).empty()) << "3D";
    EXPECT_TRUE(tse::figure::densityContours(Matrix::Random(5, 2)).empty()) << "too few points";
    Matrix bad = twoBlobs();
    bad(7, 0) = std::nanf("");
    EXPECT_TRUE(tse::figure::densityContours(bad).empty());
    // All points in one place: a level, but no crash and finite vertices.
    for (const auto& level : tse::figure::densityContours(Matrix::Constant(50, 2, 2.0f)))
        for (const auto& [a, b] : level)
            EXPECT_TRUE(std::isfinite(a.x()) && std::isfinite(b.y()));
}

TEST(DensityContours, DrawnInVectorFigures)
{
    guiApplication();
    const Matrix map = twoBlobs();
    auto data = tse::figure::classFigure(map, std::vector<int>(800, 0), {"points"});
    const auto dir = std::filesystem::temp_directory_path() / "tse_test_contours";
    std::filesystem::create_directories(dir);
    tse::figure::FigureOptions options;
    options.size = QSize(800, 600);
    ASSERT_TRUE(tse::figure::writeSvg(dir / "plain.svg", data, options));
    for (const auto& level : tse::figure::densityContours(map))
        data.contours.insert(data.contours.end(), level.begin(), level.end());
    ASSERT_TRUE(tse::figure::writeSvg(dir / "contours.svg", data, options));
    const auto count = [](const std::filesystem::path& p, const char* what) {
        QFile f(QString::fromStdString(p.string()));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll().count(what);
    };
    EXPECT_GT(count(dir / "contours.svg", "<polyline") + count(dir / "contours.svg", "<path") + count(dir / "contours.svg", "<line"),
              count(dir / "plain.svg", "<polyline") + count(dir / "plain.svg", "<path") + count(dir / "plain.svg", "<line") + 50)
        << "the contour lines are in the file as vector lines";
}
