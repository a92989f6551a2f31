// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the map shows, apart from how it is drawn: the points (N × 2 or N × 3), their classes,
// the colouring in force (by class, value bins or categories), the search highlight, the
// multi-selection and the legend groups hidden. ScatterView renders it; figures are made from it. Qt Gui types only.

#include <QColor>
#include <QString>

#include <vector>

#include "figure.h"
#include "palette.h"
#include "tse/common/matrix.h"

namespace tse::gui {

// How values become colours: 8 bins of a colour-blind-safe scale, of equal width or holding
// equal shares of the items (quantiles: robust to a few far values); the unit ends each range.
struct ValueScale {
    bool quantiles = false;
    QString unit;
};

class MapModel {
public:
    // One group per item, with the group's legend name and colour.
    struct Grouping {
        std::vector<int> groups;  // N, each indexing names/colours
        std::vector<QString> names;
        std::vector<QColor> colours;
    };

    // A new map; returns true when the items changed (another N), which clears selection and highlight.
    bool setMap(const Matrix& coordinates, const std::vector<int>& labels, const std::vector<std::string>& classNames);
    // Moves the points (same N and dimensions); false when the shape does not match.
    bool setCoordinates(const Matrix& coordinates);
    const Matrix& coordinates() const { return coordinates_; }
    int dimensions() const { return static_cast<int>(coordinates_.cols()); }
    std::size_t size() const { return static_cast<std::size_t>(coordinates_.rows()); }

    void setClassColouring();
    // NaN values are grey. False on a size mismatch.
    bool setValueColouring(const Eigen::VectorXf& values, const ValueScale& scale = {});
    // One colour per distinct text value, in their sorted order; empty values are grey and named
    // missingName ("(no value)" when empty). False on a size mismatch.
    bool setCategoryColouring(const std::vector<std::string>& values, const QString& missingName = {});
    void setPalette(figure::Palette palette);
    figure::Palette palette() const { return palette_; }

    // Items where match[i] keep their colours, the rest turn grey (empty: no highlight).
    void setHighlight(const std::vector<bool>& match);
    // Sorted, unique, in range; returns true when it changed. A selection outranks the highlight.
    bool setSelection(std::vector<int> items);
    const std::vector<int>& selection() const { return selection_; }

    // The groups as drawn: the colouring, with what the selection or highlight leaves out in
    // one light grey group after the scheme's own.
    Grouping shownGrouping() const;
    // Groups of the shown grouping the legend hides (unticked): left out of figures and picks.
    // A new grouping shows every group again.
    void setGroupHidden(int group, bool hidden);
    bool isGroupHidden(int group) const;
    void showAllGroups() { hiddenGroups_.clear(); }

    // The items of a colouring group (class, category or value bin), dimmed or not; none for
    // the dimmed group itself.
    std::vector<int> itemsOfGroup(int group) const;
    // The figure of the grouping, hidden groups and groups without points left out.
    figure::FigureData figureData(const Grouping& grouping) const;

private:
    Matrix coordinates_;
    std::vector<int> labels_;
    std::vector<std::string> classNames_;
    Grouping scheme_;
    bool classScheme_ = true;
    figure::Palette palette_ = figure::Palette::Muted;
    std::vector<bool> highlight_;
    std::vector<int> selection_;
    std::vector<bool> hiddenGroups_;  // by group of the shown grouping
};

}  // namespace tse::gui
