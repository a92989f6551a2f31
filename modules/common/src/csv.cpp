// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/common/csv.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string_view>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace tse::csv {

int Table::column(const std::string& name) const
{
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
        return s;
    };
    for (std::size_t c = 0; c < header.size(); ++c)
        if (lower(header[c]) == lower(name))
            return static_cast<int>(c);
    return -1;
}

Result<Table> parse(const std::string& text, const std::string& name)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false, fieldStarted = false;
    int line = 1, recordLine = 1;
    auto endField = [&] {
        record.push_back(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(record.size() == 1 && record[0].empty()))
            records.push_back(record);
        record.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted && field.empty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(ErrorCode::BadFormat, name + ": a quoted field starting on line " +
                                                   std::to_string(recordLine) + " is never closed");
    if (!field.empty() || !record.empty())
        endRecord();
    if (records.empty())
        return makeError(ErrorCode::BadFormat, name + " is empty (no header row)");
    Table table;
    table.header = records.front();
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != table.header.size())
            return makeError(ErrorCode::BadFormat, name + ": row " + std::to_string(r + 1) + " has " +
                                                       std::to_string(records[r].size()) + " fields, the header has " +
                                                       std::to_string(table.header.size()));
        table.rows.push_back(std::move(records[r]));
    }
    return table;
}

Result<Table> read(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (!std::filesystem::exists(path))
            return makeError(ErrorCode::FileNotFound, path.string() + " does not exist");
        return makeError(ErrorCode::UnreadableFile, "cannot open " + path.string());
    }
    std::stringstream text;
    text << in.rdbuf();
    return parse(text.str(), path.string());
}

Result<FeatureTable> readFeatures(const std::filesystem::path& path)
{
    auto table = read(path);
    if (!table)
        return table.error();
    const int labelColumn = table->column("label");
    const int columns = static_cast<int>(table->header.size()) - (labelColumn >= 0 ? 1 : 0);
    if (columns < 1)
        return makeError(ErrorCode::BadFormat, path.string() + " has no feature columns");
    if (table->rows.empty())
        return makeError(ErrorCode::BadFormat, path.string() + " has a header but no rows");
    FeatureTable result;
    result.features.resize(static_cast<Eigen::Index>(table->rows.size()), columns);
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
        int out = 0;
        for (std::size_t c = 0; c < table->header.size(); ++c) {
            const std::string& text = table->rows[r][c];
            if (static_cast<int>(c) == labelColumn) {
                result.labels.push_back(text);
                continue;
            }
            // from_chars into a double, not stof: stof throws on subnormals such as 1e-40, which are
            // numbers (they become the nearest float); from_chars is also independent of the locale.
            std::string_view field(text);
            while (!field.empty() && std::isspace(static_cast<unsigned char>(field.front())))
                field.remove_prefix(1);
            while (!field.empty() && std::isspace(static_cast<unsigned char>(field.back())))
                field.remove_suffix(1);
            if (!field.empty() && field.front() == '+')
                field.remove_prefix(1);
            double value = 0.0;
            const auto [stop, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
            if (field.empty() || ec != std::errc() || stop != field.data() + field.size() || !std::isfinite(value) ||
                std::abs(value) > double(std::numeric_limits<float>::max()))
                return makeError(ErrorCode::BadFormat, path.string() + ": row " + std::to_string(r + 2) + ", column '" +
                                                           table->header[c] + "': '" + text + "' is not a number");
            result.features(static_cast<Eigen::Index>(r), out++) = static_cast<float>(value);
        }
    }
    return result;
}

}  // namespace tse::csv
