// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "tse/common/result.h"

TEST(Result, HoldsValueOrError)
{
    tse::Result<int> good = 42;
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(good.value(), 42);
    tse::Result<int> bad = tse::makeError(tse::ErrorCode::BadFormat, "broken");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, tse::ErrorCode::BadFormat);
    EXPECT_EQ(bad.error().message, "broken");
    EXPECT_STREQ(tse::errorCodeName(bad.error().code), "bad format");
}

TEST(Status, SuccessAndFailure)
{
    EXPECT_TRUE(tse::Status::success().ok());
    tse::Status failed = tse::makeError(tse::ErrorCode::Cancelled, "stop");
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, tse::ErrorCode::Cancelled);
}
