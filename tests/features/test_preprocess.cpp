// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "fixtures.h"
#include "tse/features/preprocess.h"
#include "tse/imageio/image.h"

using namespace tse::features;

namespace {

// torchvision's Resize(40), CenterCrop(32), ToTensor, Normalize(ImageNet) on the same PNG
// (make-fixtures.py), compared value by value.
void expectSameAsTorchvision(const char* png, const char* npy)
{
    auto image = tse::imageio::readImageFile(fixture(png));
    ASSERT_TRUE(image.ok()) << image.error().message;
    ImagePreprocessing settings;
    settings.resizeShortSide = 40;
    settings.cropSize = 32;
    std::vector<float> ours(3 * 32 * 32);
    preprocessImage(*image, settings, ours.data());
    const tse::Matrix expected = readFixture(npy);
    ASSERT_EQ(expected.size(), 3 * 32 * 32);
    float worst = 0.0f;
    for (int i = 0; i < expected.size(); ++i)
        worst = std::max(worst, std::abs(ours[std::size_t(i)] - expected.data()[i]));
    // Same 8-bit pixels after the resize; only float rounding of the normalisation differs.
    EXPECT_LT(worst, 1e-5f) << png;
}

}  // namespace

TEST(Preprocess, UpscaledRgbMatchesTorchvision) { expectSameAsTorchvision("preprocess-rgb.png", "preprocess-rgb.npy"); }

TEST(Preprocess, DownscaledGrayIsRepeatedToThreeChannelsLikeTorchvision)
{
    expectSameAsTorchvision("preprocess-gray.png", "preprocess-gray.npy");
}

TEST(Preprocess, SameSizeResizeIsACopy)
{
    tse::imageio::Image image;
    image.width = 3;
    image.height = 2;
    image.channels = 1;
    image.pixels = {1, 2, 3, 4, 5, 6};
    EXPECT_EQ(resizeLikePillow(image, 3, 2).pixels, image.pixels);
    const auto wider = resizeLikePillow(image, 6, 2);
    EXPECT_EQ(wider.width, 6);
    EXPECT_EQ(wider.pixels.size(), 12u);
}

TEST(Preprocess, InputSizeKeepsTorchvisionsRatio)
{
    EXPECT_EQ(ImagePreprocessing::forInputSize(224).resizeShortSide, 256);
    EXPECT_EQ(ImagePreprocessing::forInputSize(112).resizeShortSide, 128);
}
