// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <filesystem>

#include "tse/imageio/faces.h"

namespace fs = std::filesystem;
using namespace tse::imageio;

namespace {

// Photos that Debian's opencv-doc ships (installed by scripts/install-deps.sh).
const fs::path kExamples = "/usr/share/doc/opencv-doc/examples/data";

}  // namespace

TEST(Faces, FindsTheFaceInAPortraitAndCropsAroundIt)
{
    auto detector = FaceDetector::load();
    ASSERT_TRUE(detector.ok()) << detector.error().message;
    auto photo = readImageFile(kExamples / "messi5.jpg");
    ASSERT_TRUE(photo.ok()) << photo.error().message;
    const auto face = detector->largestFace(*photo);
    ASSERT_TRUE(face.has_value());
    // The face is in the upper half of the photo and small relative to it.
    EXPECT_GT(face->width, 20);
    EXPECT_LT(face->width, photo->width / 3);
    EXPECT_LT(face->y + face->height, photo->height * 2 / 3);
    const Image cropped = cropFace(*photo, *face, 0.25);
    EXPECT_NEAR(cropped.width, face->width * 1.5, 2.0);
    EXPECT_EQ(cropped.channels, 3);
}

TEST(Faces, ReportsNoFaceOnPicturesWithoutFaces)
{
    auto detector = FaceDetector::load();
    ASSERT_TRUE(detector.ok());
    for (const char* name : {"orange.jpg", "apple.jpg", "chessboard.png"}) {
        auto photo = readImageFile(kExamples / name);
        ASSERT_TRUE(photo.ok()) << name;
        EXPECT_FALSE(detector->largestFace(*photo).has_value()) << name;
    }
    Image blank;
    blank.width = blank.height = 64;
    blank.channels = 1;
    blank.pixels.assign(64 * 64, 128);
    EXPECT_FALSE(detector->largestFace(blank).has_value());
}

TEST(Faces, MissingOrBrokenCascadeIsAClearError)
{
    auto missing = FaceDetector::load("/nonexistent/cascade.xml");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("opencv-data"), std::string::npos);
    const auto broken = fs::temp_directory_path() / "tse_broken_cascade.xml";
    { std::FILE* f = std::fopen(broken.c_str(), "w"); std::fputs("<opencv_storage></opencv_storage>", f); std::fclose(f); }
    EXPECT_FALSE(FaceDetector::load(broken).ok());
}
