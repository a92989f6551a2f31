// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/imageio/faces.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace tse::imageio {
namespace fs = std::filesystem;

// cv::CascadeClassifier is not safe to use from two threads at once, so each concurrent call
// borrows its own copy from a small pool (loaded on demand from the same file).
struct FaceDetector::Impl {
    std::string path;
    std::mutex mutex;
    std::vector<std::unique_ptr<cv::CascadeClassifier>> idle;

    std::unique_ptr<cv::CascadeClassifier> borrow()
    {
        {
            std::lock_guard lock(mutex);
            if (!idle.empty()) {
                auto c = std::move(idle.back());
                idle.pop_back();
                return c;
            }
        }
        auto c = std::make_unique<cv::CascadeClassifier>();
        c->load(path);
        return c;
    }
    void giveBack(std::unique_ptr<cv::CascadeClassifier> c)
    {
        std::lock_guard lock(mutex);
        idle.push_back(std::move(c));
    }
};

FaceDetector::FaceDetector(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FaceDetector::FaceDetector(FaceDetector&&) noexcept = default;
FaceDetector& FaceDetector::operator=(FaceDetector&&) noexcept = default;
FaceDetector::~FaceDetector() = default;

fs::path defaultFaceCascade()
{
    return "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";
}

Result<FaceDetector> FaceDetector::load(const fs::path& cascade)
{
    std::error_code ec;
    if (!fs::is_regular_file(cascade, ec))
        return makeError(ErrorCode::FileNotFound, "the face detector " + cascade.string() +
                                                      " is missing (apt-get install opencv-data)");
    auto impl = std::make_unique<Impl>();
    impl->path = cascade.string();
    try {
        auto first = std::make_unique<cv::CascadeClassifier>();
        if (!first->load(cascade.string()) || first->empty())
            return makeError(ErrorCode::BadFormat, cascade.string() + " is not a Haar cascade OpenCV can load");
        impl->idle.push_back(std::move(first));
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::BadFormat, cascade.string() + ": " + e.what());
    }
    return FaceDetector(std::move(impl));
}

std::optional<FaceBox> FaceDetector::largestFace(const Image& image) const
{
    if (image.empty())
        return std::nullopt;
    cv::Mat input(image.height, image.width, CV_8UC(image.channels), const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat gray;
    if (image.channels == 1)
        gray = input;
    else
        cv::cvtColor(input, gray, cv::COLOR_RGB2GRAY);
    // Detection on a copy at most 640 pixels wide: faces in photos are large enough, and full
    // 20-megapixel frames would take seconds each.
    const double scale = std::min(1.0, 640.0 / std::max(gray.cols, gray.rows));
    cv::Mat small;
    if (scale < 1.0)
        cv::resize(gray, small, cv::Size(), scale, scale, cv::INTER_AREA);
    else
        small = gray;
    cv::equalizeHist(small, small);
    const int minSide = std::max(12, std::min(small.cols, small.rows) / 20);
    std::vector<cv::Rect> faces;
    auto cascade = impl_->borrow();
    cascade->detectMultiScale(small, faces, 1.1, 5, 0, cv::Size(minSide, minSide));
    impl_->giveBack(std::move(cascade));
    if (faces.empty())
        return std::nullopt;
    const auto largest =
        *std::max_element(faces.begin(), faces.end(), [](const cv::Rect& a, const cv::Rect& b) { return a.area() < b.area(); });
    return FaceBox{int(std::lround(largest.x / scale)), int(std::lround(largest.y / scale)),
                   int(std::lround(largest.width / scale)), int(std::lround(largest.height / scale))};
}

Image cropFace(const Image& image, const FaceBox& face, double margin)
{
    const int dx = int(std::lround(face.width * margin)), dy = int(std::lround(face.height * margin));
    return crop(image, face.x - dx, face.y - dy, face.width + 2 * dx, face.height + 2 * dy);
}

}  // namespace tse::imageio
