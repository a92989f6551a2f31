// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tse/project/coordinatecsv.h"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> readLines(const fs::path& path)
{
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

}  // namespace

TEST(CoordinateCsv, WritesHeaderAndRowsWithClassNames)
{
    const auto path = fs::temp_directory_path() / "tse_coords3.csv";
    tse::Matrix y(3, 3);
    y << 1.5f, -2.0f, 0.25f, 3.0f, 4.0f, 5.0f, 0.0f, 0.0f, 1e-8f;
    ASSERT_TRUE(tse::project::writeCoordinatesCsv(path, y, {1, 0, -1}, {"cat", "dog, big"}).ok());
    const auto lines = readLines(path);
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0], "index,label,x,y,z");
    EXPECT_EQ(lines[1], "0,\"dog, big\",1.5,-2,0.25");
    EXPECT_EQ(lines[2], "1,cat,3,4,5");
    EXPECT_EQ(lines[3], "2,,0,0,1e-08");
}

TEST(CoordinateCsv, TwoDimensionsAndAtomicFailure)
{
    const auto path = fs::temp_directory_path() / "tse_coords2.csv";
    tse::Matrix y(1, 2);
    y << 7, 8;
    ASSERT_TRUE(tse::project::writeCoordinatesCsv(path, y, {0}, {"a"}).ok());
    EXPECT_EQ(readLines(path)[0], "index,label,x,y");

    auto bad = tse::project::writeCoordinatesCsv("/nonexistent-dir/x.csv", y, {0}, {"a"});
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("/nonexistent-dir/x.csv"), std::string::npos);

    tse::Matrix wrong(2, 4);
    EXPECT_FALSE(tse::project::writeCoordinatesCsv(path, wrong, {}, {}).ok());
    EXPECT_EQ(readLines(path)[1], "0,a,7,8");  // the earlier file is untouched
}

TEST(CoordinateCsv, QuotesOnlyWhenNeeded)
{
    EXPECT_EQ(tse::project::csvField("plain"), "plain");
    EXPECT_EQ(tse::project::csvField("a\"b"), "\"a\"\"b\"");
    EXPECT_EQ(tse::project::csvField("line\nbreak"), "\"line\nbreak\"");
}
