// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <QFile>
#include <QSvgRenderer>

#include <cstdio>
#include <filesystem>
#include <set>

#include "figure.h"
#include "guiapp.h"

namespace fs = std::filesystem;
using namespace tse::figure;

namespace {

// Two clusters of 200 points, classes 0 and 1.
FigureData twoClusters(int dims)
{
    tse::Matrix c(400, dims);
    std::vector<int> labels;
    for (int i = 0; i < 400; ++i) {
        for (int d = 0; d < dims; ++d)
            c(i, d) = float((i < 200 ? -5 : 5) + std::sin(i * 1.3 + d) * 2);
        labels.push_back(i < 200 ? 0 : 1);
    }
    return classFigure(c, labels, {"cats", "dogs"});
}

int colourCount(const QImage& image, QRgb colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == colour;
    return n;
}

std::string run(const std::string& command)
{
    std::string out;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    char buffer[512];
    while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe))
        out.append(buffer, n);
    pclose(pipe);
    return out;
}

fs::path scratch(const char* name)
{
    const auto dir = fs::temp_directory_path() / "tse_test_figure";
    fs::create_directories(dir);
    return dir / name;
}

}  // namespace

TEST(Figure, PngHasTheAskedSizeAndBothClassColours)
{
    guiApplication();
    FigureOptions options;
    options.size = QSize(800, 500);
    options.title = QStringLiteral("Two clusters");
    const auto data = twoClusters(2);
    const auto path = scratch("two.png");
    ASSERT_TRUE(writePng(path, data, options).ok());
    QImage image(QString::fromStdString(path.string()));
    ASSERT_EQ(image.size(), QSize(800, 500));
    const QRgb cats = data.legend[0].colour.rgb(), dogs = data.legend[1].colour.rgb();
    EXPECT_GT(colourCount(image, cats), 500);
    EXPECT_GT(colourCount(image, dogs), 500);
    // Class 0 sits left of class 1 (x = −5 vs +5), whatever the scale.
    double cx[2] = {0, 0};
    int count[2] = {0, 0};
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width() * 3 / 4; ++x) {  // the legend is on the right
            const int k = image.pixel(x, y) == cats ? 0 : image.pixel(x, y) == dogs ? 1 : -1;
            if (k >= 0) {
                cx[k] += x;
                ++count[k];
            }
        }
    EXPECT_LT(cx[0] / count[0], cx[1] / count[1]);
}

TEST(Figure, ThreeDimensionalMapsProjectToAPng)
{
    guiApplication();
    FigureOptions options;
    options.size = QSize(640, 480);
    QImage image = renderFigure(twoClusters(3), options);
    EXPECT_EQ(image.size(), QSize(640, 480));
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 3u) << "blank figure";

    // As in the workbench, the third coordinate is vertical: a class lifted along it is drawn
    // higher on the page, one moved along the second coordinate is not.
    const auto meanRowOf = [&](const FigureData& data, QRgb colour) {
        const QImage drawn = renderFigure(data, options);
        double rows = 0;
        int count = 0;
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width() * 3 / 4; ++x)
                if (drawn.pixel(x, y) == colour) {
                    rows += y;
                    ++count;
                }
        return rows / std::max(count, 1);
    };
    FigureData lifted = twoClusters(3);
    for (int i = 0; i < 200; ++i)
        lifted.coordinates.row(i) << 0.0f, 0.0f, 30.0f;
    for (int i = 200; i < 400; ++i)
        lifted.coordinates.row(i).setZero();
    const QRgb cats = lifted.legend[0].colour.rgb(), dogs = lifted.legend[1].colour.rgb();
    EXPECT_LT(meanRowOf(lifted, cats), meanRowOf(lifted, dogs) - 100) << "higher on the page";
}

TEST(Figure, SvgAndPdfAreValidVectorFiles)
{
    guiApplication();
    FigureOptions options;
    options.size = QSize(900, 600);
    options.title = QStringLiteral("Vector");
    const auto data = twoClusters(2);
    const auto svg = scratch("map.svg"), pdf = scratch("map.pdf");
    ASSERT_TRUE(writeSvg(svg, data, options).ok());
    ASSERT_TRUE(writePdf(pdf, data, options).ok());

    QSvgRenderer renderer(QString::fromStdString(svg.string()));
    ASSERT_TRUE(renderer.isValid());
    EXPECT_EQ(renderer.viewBox().size(), QSize(900, 600));
    QFile text(QString::fromStdString(svg.string()));
    ASSERT_TRUE(text.open(QIODevice::ReadOnly));
    EXPECT_TRUE(text.readAll().contains("<title>Vector</title>"));
    // Debian's own tools agree: rsvg-convert renders it, pdfinfo reads one page of 675×450 pt.
    const auto png = scratch("map-from-svg.png");
    fs::remove(png);
    run("rsvg-convert " + svg.string() + " -o " + png.string());
    EXPECT_TRUE(fs::exists(png));
    const std::string info = run("pdfinfo " + pdf.string());
    EXPECT_NE(info.find("Pages:           1"), std::string::npos) << info;
    EXPECT_NE(info.find("675 x 450 pts"), std::string::npos) << info;
}

TEST(Figure, VectorFormatsRefuse3DAndSizesAreBounded)
{
    guiApplication();
    FigureOptions options;
    auto refused = writeSvg(scratch("x.svg"), twoClusters(3), options);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("2D"), std::string::npos);
    EXPECT_FALSE(writePdf(scratch("x.pdf"), twoClusters(3), options).ok());
    options.size = QSize(8000, 100);
    EXPECT_FALSE(writePng(scratch("x.png"), twoClusters(2), options).ok());
    options.size = QSize(7680, 4320);
    EXPECT_TRUE(checkFigureSize(options.size).ok());
}

TEST(Figure, PalettesAndScale)
{
    EXPECT_NE(classColor(0, Palette::Muted), classColor(0, Palette::Bright));
    EXPECT_NE(classColor(3), classColor(13));  // a second, lighter round
    EXPECT_EQ(classColor(-1), QColor(0xBBBBBB));
    EXPECT_EQ(scaleColor(0.0), QColor(0x440154));
    EXPECT_EQ(scaleColor(1.0), QColor(0xFDE725));
    EXPECT_EQ(scaleColor(std::nan("")), QColor(0x440154));
}
