// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/common/result.h"

namespace tse {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid argument";
    case ErrorCode::FileNotFound: return "file not found";
    case ErrorCode::UnreadableFile: return "unreadable file";
    case ErrorCode::BadFormat: return "bad format";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::OutOfMemory: return "out of memory";
    case ErrorCode::Internal: return "internal error";
    }
    return "unknown error";
}

}  // namespace tse
