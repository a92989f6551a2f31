// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The CLI on small image folders: every skipped file named, and defaults that fit.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <array>
#include <cstdio>
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
    std::vector<std::string> bad = {"a/one.png", "a/two.jpg", "b/three.png", "b/four.bmp", "b/five.png"};
    const fs::path dir = makeFolder("skipped", 30, bad);
    // Two truncated files whose decoders print to stderr themselves.
    cv::Mat noise(48, 48, CV_8UC3);
    cv::randu(noise, 0, 255);
    for (const char* name : {"a/half.png", "b/half.jpg"}) {
        std::vector<uchar> bytes;
        cv::imencode(fs::path(name).extension().string(), noise, bytes);
        std::ofstream(dir / name, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size() / 2));
        bad.push_back(name);
    }
    const fs::path report = dir / "report.json";
    const auto outcome = runCliWith("", "embed " + dir.string() + " --iterations 50 --report " + report.string());
    ASSERT_EQ(outcome.exitCode, 0) << outcome.output;
    EXPECT_NE(outcome.output.find("skipped 7 files"), std::string::npos) << outcome.output;
    for (const auto& file : bad)
        EXPECT_NE(outcome.output.find("  " + file + ": "), std::string::npos) << file << "\n" << outcome.output;
    // The decoders' words appear only inside our reasons, never as lines of their own.
    EXPECT_NE(outcome.output.find("  b/half.jpg: truncated JPEG"), std::string::npos) << outcome.output;
    EXPECT_NE(outcome.output.find("  a/half.png: damaged or truncated PNG"), std::string::npos) << outcome.output;
    for (const char* leak : {"\nlibpng", "\nPremature end", "\nCorrupt JPEG", "imread_("})
        EXPECT_EQ(outcome.output.find(leak), std::string::npos) << leak << "\n" << outcome.output;
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

TEST(CliProgress, PlainLinesOffATerminalALiveLineOnOneNothingWhenQuiet)
{
    // Off a terminal (a pipe, as in logs and cluster jobs): a few plain lines per stage.
    const auto piped = runCliWith("", "embed sample --iterations 300 --out /tmp/tse-progress.csv");
    ASSERT_EQ(piped.exitCode, 0) << piped.output;
    EXPECT_NE(piped.output.find("Affinities "), std::string::npos) << piped.output;
    EXPECT_NE(piped.output.find("t-SNE 50%\n"), std::string::npos) << piped.output;
    EXPECT_NE(piped.output.find("Scoring the map 100%\n"), std::string::npos) << piped.output;
    EXPECT_EQ(piped.output.find('\r'), std::string::npos) << "no carriage returns in a log";

    // On a terminal (script(1) gives the CLI a pseudo-terminal): one line rewritten with an ETA.
    const std::string command = std::string("script -qec '") + TSE_CLI_PATH +
                                " embed sample --iterations 2000 --out /tmp/tse-progress.csv' /dev/null 2>&1";
    CliOutcome terminal;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer;
        while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe))
            terminal.output.append(buffer.data(), n);
        terminal.exitCode = pclose(pipe);
    }
    EXPECT_NE(terminal.output.find("\rt-SNE  "), std::string::npos) << terminal.output;
    EXPECT_NE(terminal.output.find("left)"), std::string::npos) << terminal.output;

    const auto quiet = runCliWith("", "embed sample --iterations 100 --quiet --out /tmp/tse-progress.csv");
    ASSERT_EQ(quiet.exitCode, 0);
    EXPECT_EQ(quiet.output, "");
}
