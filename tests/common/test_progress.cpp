// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "tse/common/progress.h"

using tse::CancelFlag;
using tse::Progress;

TEST(Progress, DefaultIsSilentAndNeverCancelled)
{
    Progress p;
    p.report("x", 0.5);
    EXPECT_FALSE(p.cancelled());
}

TEST(Progress, SubRangeMapsOntoParent)
{
    std::vector<double> seen;
    Progress p([&](std::string_view, double f) { seen.push_back(f); }, {});
    auto sub = p.subRange(0.2, 0.6).subRange(0.5, 1.0);  // [0.4, 0.6]
    sub.report("a", 0.0);
    sub.report("a", 0.5);
    sub.report("a", 1.0);
    sub.report("a", 7.0);  // clamped
    ASSERT_EQ(seen.size(), 4u);
    EXPECT_DOUBLE_EQ(seen[0], 0.4);
    EXPECT_DOUBLE_EQ(seen[1], 0.5);
    EXPECT_DOUBLE_EQ(seen[2], 0.6);
    EXPECT_DOUBLE_EQ(seen[3], 0.6);
}

TEST(Progress, FlagCancelsAcrossThreadsAndSubRanges)
{
    auto flag = std::make_shared<CancelFlag>();
    const Progress p = Progress::withFlag(flag);
    const Progress sub = p.subRange(0.5, 1.0);
    EXPECT_FALSE(sub.cancelled());
    std::thread([flag] { flag->cancel(); }).join();
    EXPECT_TRUE(p.cancelled());
    EXPECT_TRUE(sub.cancelled());
}
