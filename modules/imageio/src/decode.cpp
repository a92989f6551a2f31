// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "decode.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>
#include <iostream>
#include <mutex>
#include <opencv2/imgcodecs.hpp>

namespace tse::imageio::detail {
namespace {

std::mutex& stderrLock()
{
    static std::mutex lock;
    return lock;
}

// Redirects fd 2 into a memory file for its lifetime. If anything fails the decoder simply
// writes to the real stderr, as before.
class StderrCapture {
public:
    StderrCapture()
    {
        file_ = memfd_create("tse-decoder-messages", MFD_CLOEXEC);
        if (file_ < 0)
            return;
        std::fflush(stderr);
        std::cerr.flush();
        saved_ = dup(2);
        if (saved_ < 0 || dup2(file_, 2) < 0) {
            close(file_);
            file_ = -1;
        }
    }
    StderrCapture(const StderrCapture&) = delete;
    StderrCapture& operator=(const StderrCapture&) = delete;
    ~StderrCapture() { restore(); }

    // Restores stderr and returns what was written meanwhile (at most 64 KiB).
    std::string finish()
    {
        restore();
        std::string text;
        if (file_ < 0)
            return text;
        lseek(file_, 0, SEEK_SET);
        char buffer[4096];
        ssize_t n = 0;
        while (text.size() < 65536 && (n = read(file_, buffer, sizeof buffer)) > 0)
            text.append(buffer, std::size_t(n));
        close(file_);
        file_ = -1;
        return text;
    }

private:
    void restore()
    {
        if (saved_ < 0)
            return;
        std::fflush(stderr);
        std::cerr.flush();
        dup2(saved_, 2);
        close(saved_);
        saved_ = -1;
    }

    int file_ = -1;
    int saved_ = -1;
};

std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    return s;
}

std::string firstLineContaining(const std::string& text, const std::string& marker)
{
    const auto at = text.find(marker);
    if (at == std::string::npos)
        return {};
    const auto start = text.rfind('\n', at);
    const auto end = text.find('\n', at);
    return trimmed(text.substr(start == std::string::npos ? 0 : start + 1,
                               end == std::string::npos ? std::string::npos : end - (start == std::string::npos ? 0 : start + 1)));
}

std::uint32_t bigEndian(const unsigned char* p, int n)
{
    std::uint32_t v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | p[i];
    return v;
}

}  // namespace

std::optional<ClaimedSize> claimedImageSize(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    std::FILE* f = ec ? nullptr : std::fopen(path.c_str(), "rb");
    if (!f)
        return std::nullopt;
    // PNG: the signature, then IHDR's width and height. JPEG: the first SOFn segment; the
    // segments before it (EXIF, ICC profiles) are skipped by their lengths, within the first
    // 1 MiB. Only what the file holds is read (an import of a million thumbnails calls this
    // for each).
    std::vector<unsigned char> head(std::size_t(std::min<std::uintmax_t>(size, 1 << 20)));
    head.resize(std::fread(head.data(), 1, head.size(), f));
    std::fclose(f);
    static const unsigned char png[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (head.size() >= 24 && std::equal(png, png + 8, head.begin()) && std::equal(head.begin() + 12, head.begin() + 16, "IHDR"))
        return ClaimedSize{bigEndian(&head[16], 4), bigEndian(&head[20], 4)};
    if (head.size() < 4 || head[0] != 0xff || head[1] != 0xd8)
        return std::nullopt;
    for (std::size_t at = 2; at + 9 <= head.size();) {
        if (head[at] != 0xff)
            return std::nullopt;
        const unsigned marker = head[at + 1];
        if (marker == 0xff) {  // fill byte
            ++at;
            continue;
        }
        const bool startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (startOfFrame)
            return ClaimedSize{bigEndian(&head[at + 7], 2), bigEndian(&head[at + 5], 2)};
        at += 2 + bigEndian(&head[at + 2], 2);
    }
    return std::nullopt;
}

std::string openCvReason(const std::string& what)
{
    // "OpenCV(4.6.0) ./modules/imgcodecs/src/loadsave.cpp:77: error: (-215:Assertion failed) ... in function 'x'"
    std::string line = trimmed(what.substr(0, what.find('\n')));
    if (const auto at = line.find("error: "); at != std::string::npos)
        line = line.substr(at + 7);
    return line;
}

std::string damageFromDecoderMessages(const std::string& messages)
{
    if (messages.find("Premature end of JPEG file") != std::string::npos)
        return "truncated JPEG (libjpeg: Premature end of JPEG file)";
    if (auto line = firstLineContaining(messages, "Corrupt JPEG data"); !line.empty())
        return "damaged JPEG (libjpeg: " + line + ")";
    if (auto line = firstLineContaining(messages, "libpng error: "); !line.empty())
        return "damaged or truncated PNG (libpng: " + line.substr(line.find("libpng error: ") + 14) + ")";
    if (auto line = firstLineContaining(messages, "TIFFReadDirectory"); !line.empty())
        return "damaged TIFF (libtiff: " + line + ")";
    if (auto line = firstLineContaining(messages, "imread_("); !line.empty()) {
        // "imread_('x.png'): can't read header: OpenCV(4.6.0) ...: error: (...) in function '...'"
        const auto reason = line.find("): ");
        return "OpenCV could not read it (" + openCvReason(reason == std::string::npos ? line : line.substr(reason + 3)) + ")";
    }
    return {};
}

namespace {

// imread with its exceptions turned into a reason; messages go wherever fd 2 points.
Decoded readImage(const std::filesystem::path& path)
{
    Decoded out;
    try {
        out.image = cv::imread(path.string(), cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR);
    } catch (const cv::Exception& e) {
        out.reason = "OpenCV could not decode it (" + openCvReason(e.what()) + ")";
    } catch (const std::exception& e) {
        out.reason = std::string("OpenCV could not decode it (") + e.what() + ")";
    }
    return out;
}

void explainEmpty(Decoded& out)
{
    if (out.image.empty() && out.reason.empty())
        out.reason = "not an image OpenCV can decode";
}

}  // namespace

Decoded decodeImage(const std::filesystem::path& path)
{
    Decoded out;
    std::string messages;
    {
        std::lock_guard lock(stderrLock());
        StderrCapture capture;
        out = readImage(path);
        messages = capture.finish();
    }
    const std::string damage = damageFromDecoderMessages(messages);
    if (!damage.empty()) {
        out.image.release();
        out.reason = damage;
    }
    explainEmpty(out);
    return out;
}

struct BatchDecoderCapture::State {
    std::unique_lock<std::mutex> lock{stderrLock()};
    StderrCapture capture;
};

BatchDecoderCapture::BatchDecoderCapture() : state_(std::make_unique<State>()) {}
BatchDecoderCapture::~BatchDecoderCapture() = default;

std::string BatchDecoderCapture::finish() { return state_->capture.finish(); }

Decoded decodeImageInBatch(const std::filesystem::path& path)
{
    Decoded out = readImage(path);
    explainEmpty(out);
    return out;
}

}  // namespace tse::imageio::detail
