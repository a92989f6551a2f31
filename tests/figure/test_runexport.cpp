// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>

#include "runexport.h"
#include "tse/common/csv.h"
#include "tse/common/npy.h"

namespace fs = std::filesystem;
using namespace tse::figure;

namespace {

tse::run::RunRecord sampleRun()
{
    tse::run::RunRecord run;
    run.id = 3;
    run.name = "three points";
    run.coordinates = tse::Matrix(3, 3);
    run.coordinates << 1.25f, -2.5f, 3.0f, 0.1f, 0.2f, 0.3f, -7.0f, 8.5f, 1e-3f;
    run.labels = {1, 0, -1};
    run.classNames = {"cat, big", "dog"};
    run.klDivergence = 0.75;
    run.parameters.tsne.perplexity = 12;
    return run;
}

fs::path scratch(const char* name)
{
    const auto dir = fs::temp_directory_path() / "tse_test_runexport";
    fs::create_directories(dir);
    return dir / name;
}

}  // namespace

TEST(RunExport, CsvHasPathsLabelsMetadataAndTheSameNumbers)
{
    ItemDetails details;
    details.paths = {"/data/a.png", "/data/b,c.png", "/data/d.png"};
    details.metadataColumns = {"age"};
    details.metadata = {{"3"}, {"5"}, {""}};
    const auto path = scratch("all.csv");
    ASSERT_TRUE(writeRunCsv(path, sampleRun(), details).ok());
    auto table = tse::csv::read(path);
    ASSERT_TRUE(table.ok()) << table.error().message;
    EXPECT_EQ(table->header, (std::vector<std::string>{"index", "path", "label", "age", "x", "y", "z"}));
    ASSERT_EQ(table->rows.size(), 3u);
    EXPECT_EQ(table->rows[0][1], "/data/a.png");
    EXPECT_EQ(table->rows[1][1], "/data/b,c.png");
    EXPECT_EQ(table->rows[0][2], "dog");
    EXPECT_EQ(table->rows[1][2], "cat, big");
    EXPECT_EQ(table->rows[2][2], "");
    EXPECT_EQ(table->rows[1][3], "5");
    const auto run = sampleRun();
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            EXPECT_EQ(std::stof(table->rows[std::size_t(r)][std::size_t(4 + c)]), run.coordinates(r, c));
}

TEST(RunExport, SelectionOnlyAndNpyReadBack)
{
    const auto run = sampleRun();
    const auto csv = scratch("selection.csv");
    ASSERT_TRUE(writeRunCsv(csv, run, {}, {2, 0}).ok());
    auto table = tse::csv::read(csv);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rows.size(), 2u);
    EXPECT_EQ(table->rows[0][0], "2");
    EXPECT_EQ(table->rows[1][0], "0");
    EXPECT_EQ(table->header, (std::vector<std::string>{"index", "path", "label", "x", "y", "z"}));

    const auto npy = scratch("selection.npy");
    ASSERT_TRUE(writeRunNpy(npy, run, {2, 0}).ok());
    auto matrix = tse::npy::readMatrix(npy);
    ASSERT_TRUE(matrix.ok());
    ASSERT_EQ(matrix->rows(), 2);
    EXPECT_EQ(matrix->row(0), run.coordinates.row(2));
    EXPECT_EQ(matrix->row(1), run.coordinates.row(0));
    ASSERT_TRUE(writeRunNpy(scratch("all.npy"), run).ok());
    EXPECT_EQ(tse::npy::readMatrix(scratch("all.npy")).value(), run.coordinates);
    EXPECT_FALSE(writeRunNpy(scratch("bad.npy"), run, {7}).ok());
}

TEST(RunExport, SidecarJsonCarriesParametersAndMetrics)
{
    const auto csv = scratch("coords.csv");
    EXPECT_EQ(sidecarPath(csv), scratch("coords.json"));
    ASSERT_TRUE(writeRunJson(sidecarPath(csv), sampleRun(), 2).ok());
    QFile file(QString::fromStdString(sidecarPath(csv).string()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(root.value("items").toInt(), 2);
    EXPECT_EQ(root.value("itemsInRun").toInt(), 3);
    EXPECT_EQ(root.value("run").toObject().value("name").toString(), QStringLiteral("three points"));
    EXPECT_DOUBLE_EQ(root.value("parameters").toObject().value("tsne").toObject().value("perplexity").toDouble(), 12.0);
    EXPECT_DOUBLE_EQ(root.value("metrics").toObject().value("klDivergence").toDouble(), 0.75);
}

TEST(RunExport, SidecarJsonSaysAutoWithTheRateUsedAndOnlyTheFeatureSettingsThatApplied)
{
    auto run = sampleRun();
    run.parameters.tsne.learningRate = 0.0;  // auto
    const auto path = scratch("auto.json");
    ASSERT_TRUE(writeRunJson(path, run, 3).ok());
    QFile file(QString::fromStdString(path.string()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject p = QJsonDocument::fromJson(file.readAll()).object().value("parameters").toObject();
    const QJsonObject t = p.value("tsne").toObject();
    EXPECT_EQ(t.value("learningRate").toString(), QStringLiteral("auto"));
    EXPECT_DOUBLE_EQ(t.value("learningRateUsed").toDouble(), 50.0) << "max(N / 12, 50) for 3 items";
    EXPECT_EQ(p.value("features").toString(), QStringLiteral("raw"));
    for (const char* key : {"featureLayer", "modelFile", "inputSize", "inputMean", "inputStd"})
        EXPECT_FALSE(p.contains(QLatin1String(key))) << key << " does not apply to raw pixels";

    run.parameters.features.extractor = tse::run::Extractor::Vgg16;
    run.parameters.tsne.learningRate = 200;
    ASSERT_TRUE(writeRunJson(path, run, 3).ok());
    QFile again(QString::fromStdString(path.string()));
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    const QJsonObject vgg = QJsonDocument::fromJson(again.readAll()).object().value("parameters").toObject();
    EXPECT_EQ(vgg.value("featureLayer").toString(), QStringLiteral("fc7"));
    EXPECT_FALSE(vgg.contains(QStringLiteral("inputMean")));
    EXPECT_DOUBLE_EQ(vgg.value("tsne").toObject().value("learningRate").toDouble(), 200.0);
}
