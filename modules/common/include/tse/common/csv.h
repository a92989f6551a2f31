// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A small CSV reader (RFC 4180: comma-separated, optional double quotes, "" inside quotes,
// quoted line breaks; CRLF or LF). The first row is the header.

#include <filesystem>
#include <string>
#include <vector>

#include "tse/common/matrix.h"
#include "tse/common/result.h"

namespace tse::csv {

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;  // every row has header.size() fields

    // Index of a column by case-insensitive name, or −1.
    int column(const std::string& name) const;
};

// Fails with the file name and line number when a row has the wrong number of fields or a
// quote is not closed.
Result<Table> read(const std::filesystem::path& path);
Result<Table> parse(const std::string& text, const std::string& name = "CSV");

// A feature matrix given as CSV: every column numeric except an optional one named "label".
struct FeatureTable {
    Matrix features;                  // N × D
    std::vector<std::string> labels;  // N, or empty when there is no label column
};
// Fails naming the row and column of the first value that is not a number.
Result<FeatureTable> readFeatures(const std::filesystem::path& path);

}  // namespace tse::csv
