// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// tsne-explorer-cli export, through the real executable: figures and coordinates of saved runs.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QColor>
#include <QImage>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "tse/common/csv.h"
#include "clirunner.h"
#include "tse/common/npy.h"

namespace fs = std::filesystem;

namespace {

CliOutcome runCli(const std::string& args) { return runCliWith("", args); }

fs::path scratch()
{
    static const fs::path dir = [] {
        auto d = fs::temp_directory_path() / ("tse_test_cli_export_" + std::to_string(getpid()));
        fs::remove_all(d);
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

}  // namespace

TEST(CliExport, FiguresAndCoordinatesOfASavedRun)
{
    const auto project = scratch() / "p.tsnex";
    const auto direct = scratch() / "direct.npy";
    ASSERT_EQ(runCli("embed sample --dims 2 --iterations 250 --quiet --name flat --project " + project.string() +
                     " --out-npy " + direct.string())
                  .exitCode,
              0);
    const auto d = scratch();
    const auto result = runCli("export " + project.string() + " --run flat --png " + (d / "m.png").string() +
                               " --size 1200x800 --svg " + (d / "m.svg").string() + " --pdf " + (d / "m.pdf").string() +
                               " --csv " + (d / "m.csv").string() + " --npy " + (d / "m.npy").string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(QImage(QString::fromStdString((d / "m.png").string())).size(), QSize(1200, 800));
    EXPECT_TRUE(fs::file_size(d / "m.svg") > 1000);
    EXPECT_TRUE(fs::file_size(d / "m.pdf") > 1000);
    EXPECT_TRUE(fs::exists(d / "m.json"));
    // The exported numbers are the run's: the same as embed wrote directly.
    EXPECT_EQ(tse::npy::readMatrix(d / "m.npy").value(), tse::npy::readMatrix(direct).value());
    auto table = tse::csv::read(d / "m.csv");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->rows.size(), 3000u);
    EXPECT_EQ(table->header, (std::vector<std::string>{"index", "path", "label", "x", "y"}));
}

TEST(CliExport, FolderRunsExportPathsAndMetadata)
{
    const auto images = scratch() / "faces";
    fs::create_directories(images);
    std::ofstream labels(images / "labels.csv");
    labels << "file,label,age\n";
    for (int i = 0; i < 8; ++i) {
        QImage image(20, 20, QImage::Format_RGB888);
        image.fill(QColor(i * 30, 255 - i * 30, 100));
        const std::string name = "img" + std::to_string(i) + ".png";
        ASSERT_TRUE(image.save(QString::fromStdString((images / name).string())));
        labels << name << "," << (i % 2 ? "ann" : "bob") << "," << 20 + i << "\n";
    }
    labels.close();
    const auto project = scratch() / "folder.tsnex";
    ASSERT_EQ(runCli("embed " + images.string() + " --perplexity 2 --pca-dims 0 --iterations 200 --quiet --project " +
                     project.string())
                  .exitCode,
              0);
    const auto csv = scratch() / "folder.csv";
    const auto result = runCli("export " + project.string() + " --run 1 --csv " + csv.string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    auto table = tse::csv::read(csv);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->header, (std::vector<std::string>{"index", "path", "label", "age", "x", "y"}));
    ASSERT_EQ(table->rows.size(), 8u);
    EXPECT_EQ(table->rows[3][1], (images / "img3.png").string());
    EXPECT_EQ(table->rows[3][2], "ann");
    EXPECT_EQ(table->rows[3][3], "23");

    // The image map shows the pictures themselves (each a flat colour here).
    const auto map = scratch() / "folder-map.png";
    const auto drawn = runCli("export " + project.string() + " --run 1 --image-map " + map.string() +
                              " --thumb 64 --size 1000x700");
    ASSERT_EQ(drawn.exitCode, 0) << drawn.output;
    EXPECT_NE(drawn.output.find("images)"), std::string::npos) << drawn.output;
    const QImage picture(QString::fromStdString(map.string()));
    ASSERT_EQ(picture.size(), QSize(1000, 700));
    int coloursFound = 0;
    for (int i = 0; i < 8; ++i) {
        const QRgb colour = QColor(i * 30, 255 - i * 30, 100).rgb();
        int pixels = 0;
        for (int y = 0; y < picture.height(); y += 2)
            for (int x = 0; x < picture.width(); x += 2)
                pixels += picture.pixel(x, y) == colour;
        coloursFound += pixels > 100;  // a 64-pixel thumbnail, sampled every other pixel
    }
    EXPECT_GE(coloursFound, 4) << "at least half of the eight pictures fit without overlapping";
    // Without its images there is no image map, and the message says why.
    const auto moved = scratch() / "faces-moved";
    fs::rename(images, moved);
    const auto gone = runCli("export " + project.string() + " --run 1 --image-map " + map.string());
    fs::rename(moved, images);
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_NE(gone.output.find("needs the run's images"), std::string::npos) << gone.output;
}

TEST(CliExport, BadRequestsAreClearErrors)
{
    const auto project = scratch() / "p3.tsnex";
    ASSERT_EQ(runCli("embed sample --dims 3 --iterations 250 --quiet --name deep --project " + project.string()).exitCode, 0);
    const auto svg = runCli("export " + project.string() + " --run deep --svg " + (scratch() / "x.svg").string());
    EXPECT_EQ(svg.exitCode, 1);
    EXPECT_NE(svg.output.find("2D"), std::string::npos) << svg.output;
    const auto missing = runCli("export " + project.string() + " --run nope --png x.png");
    EXPECT_NE(missing.output.find("has no run 'nope'"), std::string::npos) << missing.output;
    EXPECT_NE(missing.output.find("deep"), std::string::npos);
    EXPECT_EQ(runCli("export " + project.string() + " --run deep --png x.png --size 9000x10").exitCode, 2);
    EXPECT_EQ(runCli("export " + project.string() + " --run deep").exitCode, 2);
    const auto thumb = runCli("export " + project.string() + " --run deep --image-map m.png --thumb 3");
    EXPECT_EQ(thumb.exitCode, 2);
    EXPECT_NE(thumb.output.find("--thumb"), std::string::npos) << thumb.output;
    const auto notProject = runCli("export /etc/hostname --run 1 --png x.png");
    EXPECT_EQ(notProject.exitCode, 1);
}

TEST(CliExport, ClustersFromEmbedReachTheCsvReportProjectAndExport)
{
    const auto d = scratch();
    const auto project = d / "clusters.tsnex";
    const auto result = runCli("embed sample --dims 2 --iterations 300 --clusters --name clustered --project " +
                               project.string() + " --out " + (d / "c.csv").string() + " --report " +
                               (d / "c.json").string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("Finding clusters"), std::string::npos) << "progress says what it does";
    auto direct = tse::csv::read(d / "c.csv");
    ASSERT_TRUE(direct.ok());
    EXPECT_EQ(direct->header, (std::vector<std::string>{"index", "label", "cluster", "x", "y"}));
    // The sample's ten classes make several clusters; each row's cluster is −1 or one of them.
    std::set<std::string> seen;
    for (const auto& row : direct->rows)
        seen.insert(row[2]);
    EXPECT_GE(seen.size(), 6u);
    std::ifstream report(d / "c.json");
    const std::string text((std::istreambuf_iterator<char>(report)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("\"clusters\": {"), std::string::npos);
    EXPECT_NE(text.find("Trouser"), std::string::npos) << "clusters named by their majority class";
    // export of the saved run writes the same column.
    const auto exported = runCli("export " + project.string() + " --run clustered --csv " + (d / "e.csv").string());
    ASSERT_EQ(exported.exitCode, 0) << exported.output;
    auto table = tse::csv::read(d / "e.csv");
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->header, (std::vector<std::string>{"index", "path", "label", "cluster", "x", "y"}));
    ASSERT_EQ(table->rows.size(), direct->rows.size());
    for (std::size_t r = 0; r < table->rows.size(); ++r)
        ASSERT_EQ(table->rows[r][3], direct->rows[r][2]) << "row " << r;
    // Sizes the map cannot hold are refused before the run, with the reason.
    const auto tooLarge = runCli("embed sample --clusters --min-cluster-size 2000 --out " + (d / "x.csv").string());
    EXPECT_NE(tooLarge.exitCode, 0);
    EXPECT_NE(tooLarge.output.find("no two clusters fit"), std::string::npos) << tooLarge.output;
    EXPECT_FALSE(fs::exists(d / "x.csv"));
    const auto badShare = runCli("embed sample --clusters --max-cluster-share 1.5 --out " + (d / "x.csv").string());
    EXPECT_NE(badShare.exitCode, 0);
    EXPECT_NE(badShare.output.find("--max-cluster-share must be in (0, 1]"), std::string::npos) << badShare.output;
}
