// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "tse/imageio/datasetlocator.h"

using namespace tse::imageio;

TEST(Locator, BundledSampleHasThreeHundredOfEachClass)
{
    ASSERT_TRUE(locateSampleDirectory().has_value());
    auto ds = openDataset("sample");
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    EXPECT_EQ(ds->size(), 3000u);
    EXPECT_EQ(ds->width, 28);
    EXPECT_EQ(ds->height, 28);
    ASSERT_EQ(ds->classNames.size(), 10u);
    EXPECT_EQ(ds->classNames[0], "T-shirt/top");
    EXPECT_EQ(ds->classNames[9], "Ankle boot");
    for (auto count : ds->classCounts())
        EXPECT_EQ(count, 300u);
    bool found = false;
    for (const auto& entry : builtInDatasets())
        found = found || entry.spec == "sample";
    EXPECT_TRUE(found);
}

TEST(Locator, FullFashionMnistWhenInstalled)
{
    if (!locateFashionMnist())
        GTEST_SKIP() << "dataset-fashion-mnist is not installed";
    auto ds = openDataset("fashion-mnist");
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    EXPECT_EQ(ds->size(), 70000u);
    EXPECT_EQ(ds->classNames[1], "Trouser");
}

TEST(Locator, UnknownSpecsAreExplained)
{
    auto missing = openDataset("/no/such/place");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, tse::ErrorCode::FileNotFound);
    EXPECT_NE(missing.error().message.find("/no/such/place"), std::string::npos);
}
