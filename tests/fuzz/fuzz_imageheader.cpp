// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The PNG/JPEG header reader that refuses decompression bombs before OpenCV decodes them.
#include "decode.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)tse::imageio::detail::claimedImageSize(tse::fuzz::asFile(data, size, "input.img"));
    (void)tse::imageio::detail::damageFromDecoderMessages(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
