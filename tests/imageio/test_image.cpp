// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <fstream>

#include "tse/imageio/folderreader.h"
#include "tse/imageio/image.h"

namespace fs = std::filesystem;
using namespace tse::imageio;

namespace {

fs::path freshDir(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_image" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST(Image, ReadsFullSizeRgbInRgbOrder)
{
    const auto dir = freshDir("rgb");
    cv::Mat bgr(30, 50, CV_8UC3, cv::Scalar(10, 20, 200));  // B, G, R
    bgr.at<cv::Vec3b>(29, 49) = cv::Vec3b(1, 2, 3);
    ASSERT_TRUE(cv::imwrite((dir / "a.png").string(), bgr));
    auto image = readImageFile(dir / "a.png");
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image->width, 50);
    EXPECT_EQ(image->height, 30);
    EXPECT_EQ(image->channels, 3);
    EXPECT_EQ(image->at(0, 0)[0], 200);  // red first
    EXPECT_EQ(image->at(0, 0)[2], 10);
    EXPECT_EQ(image->at(49, 29)[0], 3);
}

TEST(Image, GraySixteenBitStaysGrayEightBit)
{
    const auto dir = freshDir("gray16");
    ASSERT_TRUE(cv::imwrite((dir / "g.png").string(), cv::Mat(4, 6, CV_16UC1, cv::Scalar(65535))));
    auto image = readImageFile(dir / "g.png");
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(image->channels, 1);
    EXPECT_EQ(image->at(5, 3)[0], 255);
}

TEST(Image, BadFilesGiveErrorsThatNameThem)
{
    const auto dir = freshDir("bad");
    std::ofstream(dir / "not.png") << "hello";
    auto notImage = readImageFile(dir / "not.png");
    ASSERT_FALSE(notImage.ok());
    EXPECT_NE(notImage.error().message.find("not.png"), std::string::npos);
    auto missing = readImageFile(dir / "missing.png");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, tse::ErrorCode::FileNotFound);
}

TEST(Image, OriginalOfAFolderItemIsTheFileNotTheThumbnail)
{
    const auto dir = freshDir("original");
    ASSERT_TRUE(cv::imwrite((dir / "big.png").string(), cv::Mat(120, 90, CV_8UC1, cv::Scalar(77))));
    FolderOptions options;
    options.width = 16;
    options.height = 16;
    auto ds = readImageFolder(dir, options);
    ASSERT_TRUE(ds.ok());
    auto original = loadOriginalImage(*ds, 0);
    ASSERT_TRUE(original.ok()) << original.error().message;
    EXPECT_EQ(original->width, 90);
    EXPECT_EQ(original->height, 120);
    EXPECT_EQ(original->at(3, 3)[0], 77);
    EXPECT_FALSE(loadOriginalImage(*ds, 1).ok());
}

TEST(Image, OriginalOfAnInMemoryItemIsItsPixels)
{
    Dataset ds;
    ds.width = 2;
    ds.height = 1;
    ds.channels = 1;
    ds.labels = {0, 0};
    ds.pixels = {1, 2, 3, 4};
    auto second = loadOriginalImage(ds, 1);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->pixels, (std::vector<std::uint8_t>{3, 4}));
}

TEST(Image, CropClipsToTheImageAndResizeHitsTheSize)
{
    Image image;
    image.width = 4;
    image.height = 3;
    image.channels = 1;
    for (int i = 0; i < 12; ++i)
        image.pixels.push_back(std::uint8_t(i));
    const Image part = crop(image, 2, 1, 10, 10);
    EXPECT_EQ(part.width, 2);
    EXPECT_EQ(part.height, 2);
    EXPECT_EQ(part.pixels, (std::vector<std::uint8_t>{6, 7, 10, 11}));
    const Image big = resized(image, 8, 6);
    EXPECT_EQ(big.width, 8);
    EXPECT_EQ(big.height, 6);
    EXPECT_EQ(big.pixels.size(), 48u);
}

TEST(Image, ItemsAreNamedByFileOrBySourceAndIndex)
{
    Dataset ds;
    ds.source = "images-idx3-ubyte.gz";
    ds.labels = {0, 0};
    EXPECT_EQ(ds.itemName(1), "images-idx3-ubyte.gz#1");
    ds.itemPaths = {"a/x.png", "b/y.png"};
    EXPECT_EQ(ds.itemName(1), "b/y.png");
}
