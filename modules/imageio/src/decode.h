// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// cv::imread with the decoders' console messages turned into our own wording.
//
// libpng, libjpeg and OpenCV's imread write straight to the process's stderr ("libpng error:
// Read Error", "Premature end of JPEG file", a multi-line "imread_(...)" report), which landed
// between the CLI's lines and said nothing about which file was meant. decodeImage() points
// file descriptor 2 at a private memory file while the decoder runs (one decode at a time, under
// a lock), and turns what was written into a reason for the file's entry in the import report.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <opencv2/core/mat.hpp>

namespace tse::imageio::detail {

struct Decoded {
    cv::Mat image;       // empty when the file could not be used
    std::string reason;  // why not, in our words (with the library's own words in brackets)
};

// A truncated JPEG decodes to a partly grey image with a warning; it is refused as truncated,
// since its features would describe the grey. Harmless warnings (libpng's "iCCP: known
// incorrect sRGB profile") are dropped.
Decoded decodeImage(const std::filesystem::path& path);

// For decoding many files on several threads: one capture of the decoders' messages around all
// of them, since a capture per file (fd 2 belongs to the whole process) lets one decode run at a
// time. While it lives, decodeImage() calls elsewhere wait; decodeImageInBatch() runs on any
// thread. When finish() returns text, some file of the batch said something: decode the batch
// again with decodeImage() to learn which (damaged files are rare, clean batches say nothing).
class BatchDecoderCapture {
public:
    BatchDecoderCapture();
    ~BatchDecoderCapture();
    BatchDecoderCapture(const BatchDecoderCapture&) = delete;
    BatchDecoderCapture& operator=(const BatchDecoderCapture&) = delete;
    std::string finish();  // restores stderr; what the decoders wrote meanwhile

private:
    struct State;
    std::unique_ptr<State> state_;
};
// decodeImage() without a capture of its own: only inside a BatchDecoderCapture.
Decoded decodeImageInBatch(const std::filesystem::path& path);

// The width and height a PNG or JPEG header claims, read from the first bytes without
// decoding (a 1 MB PNG can claim 50,000 × 50,000 pixels, 7.5 GB once decoded). Nothing for
// other formats or unreadable headers; OpenCV's own limit (2^30 pixels) then applies.
struct ClaimedSize {
    std::uint32_t width = 0, height = 0;
};
std::optional<ClaimedSize> claimedImageSize(const std::filesystem::path& path);

// The wording for what a decoder wrote; empty when nothing in it means the file is damaged.
// Exposed for tests.
std::string damageFromDecoderMessages(const std::string& messages);

// The first line of an OpenCV exception's text without its source location.
std::string openCvReason(const std::string& what);

}  // namespace tse::imageio::detail
