// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "mapmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace tse::gui {
namespace {

// (The legend's words keep the ScatterView context they were translated in.)
const QColor kMissingGrey(0xBBBBBB);
const QColor kDimmedGrey(0xE4E4E4);

}  // namespace

bool MapModel::setMap(const Matrix& coordinates, const std::vector<int>& labels,
                      const std::vector<std::string>& classNames)
{
    // Another item count: indices mean other images.
    const bool otherItems = coordinates.rows() != coordinates_.rows();
    if (otherItems) {
        highlight_.clear();
        selection_.clear();
    }
    coordinates_ = coordinates;
    labels_ = labels;
    classNames_ = classNames;
    setClassColouring();
    return otherItems;
}

bool MapModel::setCoordinates(const Matrix& coordinates)
{
    if (coordinates.rows() != coordinates_.rows() || coordinates.cols() != coordinates_.cols())
        return false;
    coordinates_ = coordinates;
    return true;
}

void MapModel::setClassColouring()
{
    const int classes = static_cast<int>(classNames_.size());
    Grouping g;
    g.groups.resize(size());
    for (std::size_t i = 0; i < g.groups.size(); ++i) {
        const int label = i < labels_.size() ? labels_[i] : -1;
        g.groups[i] = label >= 0 && label < classes ? label : classes;
    }
    for (int c = 0; c <= classes; ++c) {
        g.names.push_back(c < classes ? QString::fromStdString(classNames_[c]) : QCoreApplication::translate("tse::gui::ScatterView", "(unlabelled)"));
        g.colours.push_back(figure::classColor(c < classes ? c : -1, palette_));
    }
    classScheme_ = true;
    scheme_ = std::move(g);
}

void MapModel::setPalette(figure::Palette palette)
{
    palette_ = palette;
    if (classScheme_)
        setClassColouring();
}

bool MapModel::setValueColouring(const Eigen::VectorXf& values, const ValueScale& scale)
{
    if (values.size() != coordinates_.rows() || values.size() == 0)
        return false;
    // Eight bins on viridis, a perceptually uniform, colour-blind-safe ramp; missing values
    // (NaN) get a grey group of their own.
    constexpr int bins = 8;
    std::vector<float> finite;
    for (float v : values)
        if (std::isfinite(v))
            finite.push_back(v);
    std::sort(finite.begin(), finite.end());
    const float lo = finite.empty() ? 0.0f : finite.front(), hi = finite.empty() ? 0.0f : finite.back();
    // edges[b] is where bin b starts; the last bin ends at hi.
    std::array<float, bins + 1> edges{};
    for (int b = 0; b <= bins; ++b)
        edges[b] = scale.quantiles && !finite.empty()
                       ? finite[std::min(finite.size() - 1, std::size_t(double(b) / bins * double(finite.size())))]
                       : lo + (hi > lo ? (hi - lo) / bins : 1.0f) * float(b);
    edges[bins] = hi;
    Grouping g;
    g.groups.resize(values.size());
    bool missing = false;
    for (Eigen::Index i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i])) {
            g.groups[i] = bins;
            missing = true;
            continue;
        }
        const auto above = std::upper_bound(edges.begin() + 1, edges.end() - 1, values[i]);
        g.groups[i] = static_cast<int>(above - (edges.begin() + 1));
    }
    const QString unit = scale.unit.isEmpty() ? QString() : QLatin1Char(' ') + scale.unit;
    for (int b = 0; b < bins; ++b) {
        g.names.push_back(QStringLiteral("%1 – %2%3").arg(edges[b], 0, 'g', 3).arg(edges[b + 1], 0, 'g', 3).arg(unit));
        g.colours.push_back(figure::scaleColor((b + 0.5) / bins));
    }
    if (missing) {
        g.names.push_back(QCoreApplication::translate("tse::gui::ScatterView", "(no value)"));
        g.colours.push_back(kMissingGrey);
    }
    classScheme_ = false;
    scheme_ = std::move(g);
    return true;
}

bool MapModel::setCategoryColouring(const std::vector<std::string>& values, const QString& missingName)
{
    if (values.size() != size())
        return false;
    std::vector<std::string> distinct = values;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    // Items without a value come last, in grey.
    const bool missing = !distinct.empty() && distinct.front().empty();
    if (missing)
        distinct.erase(distinct.begin());
    Grouping g;
    g.groups.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        g.groups[i] = values[i].empty() ? static_cast<int>(distinct.size())
                                        : static_cast<int>(std::lower_bound(distinct.begin(), distinct.end(), values[i]) -
                                                           distinct.begin());
    for (std::size_t c = 0; c < distinct.size(); ++c) {
        g.names.push_back(QString::fromStdString(distinct[c]));
        g.colours.push_back(figure::classColor(static_cast<int>(c), palette_));
    }
    if (missing) {
        g.names.push_back(missingName.isEmpty() ? QCoreApplication::translate("tse::gui::ScatterView", "(no value)")
                                                : missingName);
        g.colours.push_back(kMissingGrey);
    }
    classScheme_ = false;
    scheme_ = std::move(g);
    return true;
}

void MapModel::setHighlight(const std::vector<bool>& match)
{
    highlight_ = match.size() == size() ? match : std::vector<bool>();
}

bool MapModel::setSelection(std::vector<int> items)
{
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    std::erase_if(items, [this](int i) { return i < 0 || i >= coordinates_.rows(); });
    if (items == selection_)
        return false;
    selection_ = std::move(items);
    return true;
}

MapModel::Grouping MapModel::shownGrouping() const
{
    std::vector<bool> emphasis;
    if (!selection_.empty()) {
        emphasis.assign(scheme_.groups.size(), false);
        for (int i : selection_)
            if (i < static_cast<int>(emphasis.size()))
                emphasis[i] = true;
    } else {
        emphasis = highlight_;
    }
    if (emphasis.size() != scheme_.groups.size())
        return scheme_;
    Grouping g = scheme_;
    const int dimmed = static_cast<int>(scheme_.names.size());
    for (std::size_t i = 0; i < g.groups.size(); ++i)
        if (!emphasis[i])
            g.groups[i] = dimmed;
    g.names.push_back(selection_.empty() ? QCoreApplication::translate("tse::gui::ScatterView", "(not matching)") : QCoreApplication::translate("tse::gui::ScatterView", "(not selected)"));
    g.colours.push_back(kDimmedGrey);
    return g;
}

std::vector<int> MapModel::itemsOfGroup(int group) const
{
    std::vector<int> items;
    if (group < 0 || group >= static_cast<int>(scheme_.names.size()))
        return items;
    for (int i = 0; i < static_cast<int>(scheme_.groups.size()); ++i)
        if (scheme_.groups[i] == group)
            items.push_back(i);
    return items;
}

void MapModel::setGroupHidden(int group, bool hidden)
{
    if (group < 0)
        return;
    if (std::size_t(group) >= hiddenGroups_.size())
        hiddenGroups_.resize(std::size_t(group) + 1, false);
    hiddenGroups_[std::size_t(group)] = hidden;
}

bool MapModel::isGroupHidden(int group) const
{
    return group >= 0 && std::size_t(group) < hiddenGroups_.size() && hiddenGroups_[std::size_t(group)];
}

figure::FigureData MapModel::figureData(const Grouping& grouping) const
{
    figure::FigureData data;
    std::vector<int> legendOfGroup(grouping.names.size(), -1);
    std::vector<bool> hasPoints(grouping.names.size(), false);
    for (int g : grouping.groups)
        hasPoints[std::size_t(g)] = true;
    for (std::size_t s = 0; s < grouping.names.size(); ++s)
        if (hasPoints[s] && !isGroupHidden(int(s))) {
            legendOfGroup[s] = static_cast<int>(data.legend.size());
            data.legend.push_back({grouping.names[s], grouping.colours[s]});
        }
    for (int i = 0; i < static_cast<int>(grouping.groups.size()); ++i)
        if (legendOfGroup[static_cast<std::size_t>(grouping.groups[i])] >= 0)
            data.items.push_back(i);
    data.coordinates.resize(static_cast<Eigen::Index>(data.items.size()), coordinates_.cols());
    for (std::size_t k = 0; k < data.items.size(); ++k) {
        const int i = data.items[k];
        data.coordinates.row(static_cast<Eigen::Index>(k)) = coordinates_.row(i);
        data.groups.push_back(legendOfGroup[static_cast<std::size_t>(grouping.groups[i])]);
    }
    return data;
}

}  // namespace tse::gui
