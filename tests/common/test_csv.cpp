// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tse/common/csv.h"

TEST(Csv, ParsesQuotesLineBreaksAndCrlf)
{
    auto t = tse::csv::parse("file,Label,note\r\na.png,cat,\"big, \"\"fluffy\"\"\"\r\nb.png,dog,\"two\nlines\"\r\n\r\n");
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->header, (std::vector<std::string>{"file", "Label", "note"}));
    ASSERT_EQ(t->rows.size(), 2u);
    EXPECT_EQ(t->rows[0][2], "big, \"fluffy\"");
    EXPECT_EQ(t->rows[1][2], "two\nlines");
    EXPECT_EQ(t->column("label"), 1);
    EXPECT_EQ(t->column("missing"), -1);
}

TEST(Csv, ErrorsNameTheRow)
{
    auto ragged = tse::csv::parse("a,b\n1,2\n3\n", "x.csv");
    ASSERT_FALSE(ragged.ok());
    EXPECT_EQ(ragged.error().message, "x.csv: row 3 has 1 fields, the header has 2");
    auto open = tse::csv::parse("a\n\"never closed\n", "y.csv");
    ASSERT_FALSE(open.ok());
    EXPECT_NE(open.error().message.find("never closed"), std::string::npos);
    EXPECT_FALSE(tse::csv::parse("").ok());
    EXPECT_EQ(tse::csv::read("/no/such.csv").error().code, tse::ErrorCode::FileNotFound);
}

TEST(Csv, FeatureTablesWithAndWithoutLabels)
{
    const auto dir = std::filesystem::temp_directory_path();
    std::ofstream(dir / "tse_features.csv") << "x,label,y\n1.5,cat,2\n-3,dog,4e2\n";
    auto t = tse::csv::readFeatures(dir / "tse_features.csv");
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->features.rows(), 2);
    EXPECT_EQ(t->features.cols(), 2);
    EXPECT_FLOAT_EQ(t->features(1, 1), 400.0f);
    EXPECT_EQ(t->labels, (std::vector<std::string>{"cat", "dog"}));

    std::ofstream(dir / "tse_bad_features.csv") << "x,y\n1,2\n3,four\n";
    auto bad = tse::csv::readFeatures(dir / "tse_bad_features.csv");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("row 3, column 'y': 'four' is not a number"), std::string::npos)
        << bad.error().message;
}

TEST(Csv, SubnormalAndSignedNumbersAreNumbers)
{
    // std::stof threw on 1e-40 (a subnormal float), reported as "not a number" (issue 19).
    const auto dir = std::filesystem::temp_directory_path();
    std::ofstream(dir / "tse_subnormal.csv") << "x,y\n1e-40, +2\n-0.5,1e-320\n";
    auto t = tse::csv::readFeatures(dir / "tse_subnormal.csv");
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_GT(t->features(0, 0), 0.0f);
    EXPECT_LT(t->features(0, 0), 1e-39f);
    EXPECT_FLOAT_EQ(t->features(0, 1), 2.0f);
    EXPECT_FLOAT_EQ(t->features(1, 1), 0.0f);
    std::ofstream(dir / "tse_huge.csv") << "x\n1e60\n";
    auto huge = tse::csv::readFeatures(dir / "tse_huge.csv");
    ASSERT_FALSE(huge.ok());
    EXPECT_NE(huge.error().message.find("'1e60' is not a number"), std::string::npos);
}
