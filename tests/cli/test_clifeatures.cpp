// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The features command and the feature options of embed, run through the real executable.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <opencv2/imgcodecs.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "clioptions.h"
#include "clirunner.h"
#include "tse/common/npy.h"
#include "tse/features/rawpixels.h"
#include "tse/imageio/dataset.h"
#include "tse/imageio/folderreader.h"

namespace fs = std::filesystem;

namespace {

fs::path scratch()
{
    static const fs::path dir = [] {
        auto d = fs::temp_directory_path() / ("tse_test_cli_features_" + std::to_string(getpid()));
        fs::remove_all(d);
        fs::create_directories(d);
        return d;
    }();
    return dir;
}


// Every run uses a cache folder of this test's own, so earlier runs never answer.
CliOutcome runCli(const std::string& args)
{
    return runCliWith("TSE_CACHE_DIR=" + (scratch() / "cache").string() + " TORCH_HOME=" + (scratch() / "torch").string() + " ",
                      args);
}

// Two classes of six generated images each, of different sizes.
fs::path imageFolder()
{
    const auto dir = scratch() / "images";
    if (fs::exists(dir))
        return dir;
    for (int c = 0; c < 2; ++c) {
        fs::create_directories(dir / (c ? "stripes" : "blobs"));
        for (int i = 0; i < 6; ++i) {
            cv::Mat image(40 + 7 * i, 50 + 3 * i, CV_8UC3);
            for (int y = 0; y < image.rows; ++y)
                for (int x = 0; x < image.cols; ++x)
                    image.at<cv::Vec3b>(y, x) = c ? cv::Vec3b((x / 4 % 2) * 255, 40 * i, 0)
                                                  : cv::Vec3b(0, 40 * i, uchar((x * y) % 200));
            cv::imwrite((dir / (c ? "stripes" : "blobs") / ("img" + std::to_string(i) + ".png")).string(), image);
        }
    }
    return dir;
}

const std::string kTinyVgg = std::string(TSE_FEATURE_FIXTURES) + "/tiny-vgg.pth";

}  // namespace

TEST(CliFeatures, WritesMatrixLabelsAndFileList)
{
    const auto out = scratch() / "vgg.npy";
    const auto result = runCli("features " + imageFolder().string() + " --features " + kTinyVgg +
                               " --layer pool5 --batch 5 --out " + out.string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    auto matrix = tse::npy::readMatrix(out);
    ASSERT_TRUE(matrix.ok());
    EXPECT_EQ(matrix->rows(), 12);
    EXPECT_EQ(matrix->cols(), 196);  // 4 channels × 7 × 7
    auto labels = tse::npy::readLabels(scratch() / "vgg.labels.npy");
    ASSERT_TRUE(labels.ok());
    EXPECT_EQ(*labels, (std::vector<std::int64_t>{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}));
    std::ifstream files(scratch() / "vgg.files.txt");
    std::string first;
    std::getline(files, first);
    EXPECT_EQ(first, (imageFolder() / "blobs" / "img0.png").string());
    std::ifstream classes(scratch() / "vgg.classes.txt");
    std::string blobs, stripes;
    std::getline(classes, blobs);
    std::getline(classes, stripes);
    EXPECT_EQ(blobs + "," + stripes, "blobs,stripes") << "the classes by name, for runs embedded from the matrix";

    // The second time the features come from the disk cache, identical.
    const auto again = runCli("features " + imageFolder().string() + " --features " + kTinyVgg +
                              " --layer pool5 --out " + (scratch() / "vgg2.npy").string());
    ASSERT_EQ(again.exitCode, 0) << again.output;
    EXPECT_NE(again.output.find("from the cache"), std::string::npos) << again.output;
    EXPECT_EQ(tse::npy::readMatrix(scratch() / "vgg2.npy").value(), matrix.value());
}

TEST(CliFeatures, EmbedWithCnnFeaturesSavesTheExtractorInTheProject)
{
    const auto project = scratch() / "p.tsnex";
    const auto result = runCli("embed " + imageFolder().string() + " --features " + kTinyVgg +
                               " --layer fc6 --perplexity 3 --iterations 300 --pca-dims 0 --project " + project.string() +
                               " --out " + (scratch() / "c.csv").string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("features 8"), std::string::npos) << result.output;  // fc6 is 8 wide
    const auto runs = runCli("runs " + project.string());
    EXPECT_NE(runs.output.find("\tvgg\t"), std::string::npos) << runs.output;
}

TEST(CliFeatures, MissingWeightsAndBadOptionsAreClearErrors)
{
    const auto missing = runCli("embed sample --features vgg16 --out " + (scratch() / "x.csv").string());
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.output.find("download-weights vgg16"), std::string::npos) << missing.output;
    const auto layer = runCli("features sample --features vgg19 --layer fc8 --out x.npy");
    EXPECT_EQ(layer.exitCode, 2);
    EXPECT_NE(layer.output.find("--layer must be fc7, fc6 or pool5"), std::string::npos);
    const auto notNpy = runCli("features sample --out x.csv");
    EXPECT_NE(notNpy.output.find("--out FILE.npy"), std::string::npos);
    const auto offline = runCli("download-weights vgg19 --url http://127.0.0.1:9/vgg19.pth --to " +
                                (scratch() / "hub").string());
    EXPECT_EQ(offline.exitCode, 1);
    EXPECT_NE(offline.output.find("offline"), std::string::npos) << offline.output;
    EXPECT_FALSE(fs::exists(scratch() / "hub" / "vgg19-dcbb9e9d.pth"));
}

TEST(CliFeatures, FeatureOptionsOnAMatrixAreReportedAsIgnored)
{
    const auto matrix = scratch() / "m.npy";
    tse::Matrix m = tse::Matrix::Random(40, 5);
    ASSERT_TRUE(tse::npy::writeMatrix(matrix, m).ok());
    const auto result = runCli("embed " + matrix.string() + " --features vgg16 --perplexity 5 --pca-dims 0 --iterations 100 --out-npy " +
                               (scratch() / "m-out.npy").string());
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("are ignored"), std::string::npos) << result.output;
}

TEST(CliFeatures, RawFaceModeReportsImagesWithoutFaces)
{
    const auto out = scratch() / "faces.npy";
    const auto result = runCli("features " + imageFolder().string() + " --faces --out " + out.string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("no face found in 12 images"), std::string::npos) << result.output;
}

TEST(CliParseFeatures, FeatureOptionsFillTheParameters)
{
    auto parsed = tse::cli::parseCommandLine({"embed", "sample", "--features", "m.pt", "--input-size", "112", "--mean",
                                              "0.5,0.5,0.5", "--std", "0.25,0.25,0.25", "--out", "c.csv"});
    ASSERT_TRUE(parsed.command) << parsed.error;
    const auto& p = parsed.command->embed.parameters;
    EXPECT_EQ(p.features.extractor, tse::run::Extractor::TorchScript);
    EXPECT_EQ(p.features.modelFile, "m.pt");
    EXPECT_EQ(p.features.inputSize, 112);
    EXPECT_EQ(p.features.std, (std::array<float, 3>{0.25f, 0.25f, 0.25f}));
    EXPECT_FALSE(tse::cli::parseCommandLine({"embed", "sample", "--std", "1,0,1", "--out", "c.csv"}).command);
    EXPECT_FALSE(tse::cli::parseCommandLine({"embed", "sample", "--features", "alexnet", "--out", "c.csv"}).command);
    auto features = tse::cli::parseCommandLine({"features", "sample", "--features", "vgg16", "--faces", "--out", "f.npy"});
    ASSERT_TRUE(features.command) << features.error;
    EXPECT_EQ(features.command->kind, tse::cli::ParsedCommand::Kind::Features);
    EXPECT_TRUE(features.command->features.parameters.features.faces);
    EXPECT_EQ(tse::cli::parseCommandLine({"download-weights", "vgg19"}).command->download.model, "vgg19");
    EXPECT_FALSE(tse::cli::parseCommandLine({"download-weights", "resnet"}).command);
}

TEST(CliFeatures, LibtorchIsLoadedOnlyWhenACnnIsUsed)
{
    // Issue 13: libtorch cost every command half a second and 100 MB at start-up. Now it sits in
    // a plugin opened on first use; the dynamic loader's log shows which libraries a run opened.
    const auto raw = runCliWith("LD_DEBUG=files ", "embed sample --features raw --iterations 20 --quiet --out " +
                                                       (scratch() / "raw.csv").string());
    ASSERT_EQ(raw.exitCode, 0) << raw.output.substr(raw.output.size() > 2000 ? raw.output.size() - 2000 : 0);
    EXPECT_EQ(raw.output.find("libtorch_cpu"), std::string::npos) << "a run on raw pixels loaded libtorch";
    EXPECT_EQ(raw.output.find("libtse_torch"), std::string::npos);

    const auto cnn = runCliWith("LD_DEBUG=files TSE_CACHE_DIR=" + (scratch() / "cache-ld").string() + " ",
                                "features " + imageFolder().string() + " --features " + kTinyVgg +
                                    " --layer pool5 --out " + (scratch() / "ld.npy").string());
    ASSERT_EQ(cnn.exitCode, 0) << cnn.output.substr(cnn.output.size() > 2000 ? cnn.output.size() - 2000 : 0);
    EXPECT_NE(cnn.output.find("libtse_torch.so"), std::string::npos);
    EXPECT_NE(cnn.output.find("libtorch_cpu"), std::string::npos);
}

TEST(CliFeatures, DeviceAutoFallsBackToTheCpuAndCudaWithoutCudaIsRefused)
{
    // Debian's libtorch is built for the CPU: auto says so and computes; cuda is an error.
    const auto dir = scratch() / "device";
    fs::remove_all(dir);
    const auto automatic = runCliWith("TSE_CACHE_DIR=" + (dir / "cache").string() + " ",
                                      "features " + imageFolder().string() + " --features " + kTinyVgg +
                                          " --device auto --out " + (dir / "auto.npy").string());
    ASSERT_EQ(automatic.exitCode, 0) << automatic.output;
    EXPECT_NE(automatic.output.find("note: no CUDA in this libtorch"), std::string::npos) << automatic.output;
    const auto cpu = runCli("features " + imageFolder().string() + " --features " + kTinyVgg + " --device cpu --out " +
                            (dir / "cpu.npy").string());
    ASSERT_EQ(cpu.exitCode, 0) << cpu.output;
    EXPECT_EQ(tse::npy::readMatrix(dir / "cpu.npy").value(), tse::npy::readMatrix(dir / "auto.npy").value());
    const auto cuda = runCli("features " + imageFolder().string() + " --features " + kTinyVgg + " --device cuda --out " +
                             (dir / "cuda.npy").string());
    EXPECT_EQ(cuda.exitCode, 1);
    EXPECT_NE(cuda.output.find("--device cuda: the libtorch this program runs with"), std::string::npos) << cuda.output;
    EXPECT_FALSE(fs::exists(dir / "cuda.npy"));
    const auto raw = runCli("features " + imageFolder().string() + " --device cuda --out " + (dir / "raw.npy").string());
    EXPECT_EQ(raw.exitCode, 1);
    EXPECT_NE(raw.output.find("applies to CNN features"), std::string::npos) << raw.output;
}

TEST(CliFeatures, AShardReportsHowLongAfterItsStartTheFirstImageWasDone)
{
    // Issue 15's per-shard overhead (process start to its first image), measured by the shard
    // itself from the kernel's start time, so it counts what happens before main() too.
    const auto dir = scratch() / "first-image";
    fs::remove_all(dir);
    const auto shard = runCliWith("TSE_CACHE_DIR=" + (dir / "cache").string() + " ",
                                  "features " + imageFolder().string() + " --features " + kTinyVgg +
                                      " --batch 1 --shard 1/4 --out " + (dir / "shards").string());
    ASSERT_EQ(shard.exitCode, 0) << shard.output;
    const auto at = shard.output.find(", first image ");
    ASSERT_NE(at, std::string::npos) << shard.output;
    const double seconds = std::stod(shard.output.substr(at + std::string(", first image ").size()));
    EXPECT_GT(seconds, 0.0) << shard.output;
    EXPECT_NE(shard.output.find(" s after the process started; wrote "), std::string::npos) << shard.output;
}

TEST(CliFeatures, RawPixelsAreWrittenInBlocksWithTheBytesOfAWholeMatrix)
{
    // Issue 12: `features` on raw pixels streams rows to the file (never the N × D float matrix);
    // the file must be what writing the whole matrix gives, byte for byte.
    const auto dir = scratch() / "raw-stream";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto streamed = runCli("features " + imageFolder().string() + " --out " + (dir / "streamed.npy").string());
    ASSERT_EQ(streamed.exitCode, 0) << streamed.output;
    auto dataset = tse::imageio::readImageFolder(imageFolder());
    ASSERT_TRUE(dataset) << dataset.error().message;
    auto whole = tse::features::rawPixelFeatures(*dataset);
    ASSERT_TRUE(whole) << whole.error().message;
    ASSERT_TRUE(tse::npy::writeMatrix(dir / "whole.npy", *whole).ok());
    std::ifstream a(dir / "streamed.npy", std::ios::binary), b(dir / "whole.npy", std::ios::binary);
    const std::string streamedBytes((std::istreambuf_iterator<char>(a)), {}), wholeBytes((std::istreambuf_iterator<char>(b)), {});
    EXPECT_GT(streamedBytes.size(), std::size_t(whole->size()) * sizeof(float));
    EXPECT_TRUE(streamedBytes == wholeBytes) << "streamed " << streamedBytes.size() << " bytes, whole " << wholeBytes.size();

    // A folder that is not there: the error names it and nothing is left behind.
    const auto missing = runCli("features " + imageFolder().string() + " --out " + (dir / "no/such/f.npy").string());
    EXPECT_EQ(missing.exitCode, 1) << missing.output;
    EXPECT_NE(missing.output.find((dir / "no/such").string()), std::string::npos) << missing.output;
    EXPECT_FALSE(fs::exists(dir / "no"));
}

TEST(CliFeatures, ACnnCommandThatFailsAtOnceExitsCleanlyWhileLibtorchLoads)
{
    // The dataset is refused while libtorch is still loading on its second thread: main() waits
    // for that load before the exit handlers run (they must not meet its constructors halfway).
    for (int attempt = 0; attempt < 3; ++attempt) {
        const auto failed = runCli("embed /nonexistent-dataset --features " + kTinyVgg + " --out " +
                                   (scratch() / "never.csv").string());
        EXPECT_EQ(failed.exitCode, 1) << failed.output;
        EXPECT_NE(failed.output.find("/nonexistent-dataset does not exist"), std::string::npos) << failed.output;
    }
    EXPECT_FALSE(fs::exists(scratch() / "never.csv"));
}
