// The CLI on small image folders: every skipped file named, and defaults that fit.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <string>

#include "clirunner.h"

namespace fs = std::filesystem;

namespace {

// `good` small PNGs in two classes, plus the bad files named in `bad` (text that is no image).
fs::path makeFolder(const std::string& name, int good, const std::vector<std::string>& bad)
{
    const fs::path dir = fs::temp_directory_path() / ("tse-cli-import-" + name);
    fs::remove_all(dir);
    for (int i = 0; i < good; ++i) {
        const fs::path cls = dir / (i % 2 ? "b" : "a");
        fs::create_directories(cls);
        cv::Mat image(20, 20, CV_8UC3, cv::Scalar(i % 2 ? 200 : 20, 5 * i, 90));
        cv::imwrite((cls / ("img" + std::to_string(i) + ".png")).string(), image);
    }
    for (const auto& file : bad) {
        fs::create_directories((dir / file).parent_path());
        std::ofstream(dir / file) << "definitely not an image";
    }
    return dir;
}

}  // namespace

TEST(CliImport, NamesEverySkippedFileWithItsReason)
{
    const std::vector<std::string> bad = {"a/one.png", "a/two.jpg", "b/three.png", "b/four.bmp", "b/five.png"};
    const fs::path dir = makeFolder("skipped", 30, bad);
    const fs::path report = dir / "report.json";
    const auto outcome = runCliWith("", "embed " + dir.string() + " --iterations 50 --report " + report.string());
    ASSERT_EQ(outcome.exitCode, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("skipped 5 files"), std::string::npos) << outcome.output;
    for (const auto& file : bad)
        EXPECT_NE(outcome.output.find("  " + file + ": "), std::string::npos) << file << "\n" << outcome.output;
    std::ifstream json(report);
    const std::string text((std::istreambuf_iterator<char>(json)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("\"skipped_files\""), std::string::npos);
    for (const auto& file : bad)
        EXPECT_NE(text.find(file), std::string::npos) << file;
    fs::remove_all(dir);
}

TEST(CliImport, DefaultsAdaptToASmallFolderButChosenValuesAreRefused)
{
    const fs::path dir = makeFolder("small", 27, {});
    const auto adapted = runCliWith("", "embed " + dir.string() + " --iterations 50 --report " + (dir / "r.json").string());
    ASSERT_EQ(adapted.exitCode, 0) << adapted.output;
    EXPECT_NE(adapted.output.find("note: perplexity 30 -> 8.6"), std::string::npos) << adapted.output;
    EXPECT_NE(adapted.output.find("note: PCA dimensions 50 -> 26"), std::string::npos) << adapted.output;

    const auto refused = runCliWith("", "embed " + dir.string() + " --pca-dims 50 --out " + (dir / "c.csv").string());
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_NE(refused.output.find("PCA dimensions (50) exceed the number of items (27)"), std::string::npos)
        << refused.output;
    fs::remove_all(dir);
}
