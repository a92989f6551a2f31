// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "mapsearch.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolBar>
#include <QWidget>

#include "scatterview.h"

namespace tse::gui {

MapSearch::MapSearch(ScatterView* view, QWidget* window, MapTools::RunSource run, MapTools::DatasetSource dataset)
    : QObject(window), view_(view), run_(std::move(run)), dataset_(std::move(dataset))
{
    search_ = new QLineEdit();
    search_->setObjectName(QStringLiteral("searchField"));
    search_->setClearButtonEnabled(true);
    search_->setMaximumWidth(240);
    connect(search_, &QLineEdit::textChanged, this, [this](const QString& t) { applySearch(t); });
    searchCount_ = new QLabel();
    searchCount_->setObjectName(QStringLiteral("searchCount"));
    find_ = new QAction(this);
    find_->setShortcut(QKeySequence::Find);
    connect(find_, &QAction::triggered, this, [this] {
        search_->setFocus();
        search_->selectAll();
    });
    window->addAction(find_);
    selectMatches_ = new QAction(this);
    selectMatches_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(selectMatches_, &QAction::triggered, this, &MapSearch::selectAllMatches);
    retranslate();
}

void MapSearch::addEditActions(QMenu* menu)
{
    menu->addAction(find_);
    menu->addAction(selectMatches_);
}

void MapSearch::addToToolbar(QToolBar* toolbar)
{
    toolbar->addWidget(search_);
    toolbar->addWidget(searchCount_);
}

void MapSearch::retranslate()
{
    search_->setPlaceholderText(tr("Search label, file or metadata (Ctrl+F)"));
    selectMatches_->setText(tr("Select all &matches"));
}

void MapSearch::runShown()
{
    if (!search_->text().isEmpty())
        applySearch(search_->text());
}

std::vector<bool> MapSearch::matches(const QString& needleText, int* count) const
{
    *count = 0;
    const auto* record = run_();
    if (!record)
        return {};
    const auto n = static_cast<std::size_t>(record->coordinates.rows());
    const QString needle = needleText.trimmed();
    const DatasetPtr ds = dataset_(*record);
    auto contains = [&](const std::string& s) { return QString::fromStdString(s).contains(needle, Qt::CaseInsensitive); };
    std::vector<bool> match(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        const int label = i < record->labels.size() ? record->labels[i] : -1;
        bool hit = label >= 0 && label < static_cast<int>(record->classNames.size()) && contains(record->classNames[label]);
        if (!hit && ds && i < ds->itemPaths.size())
            hit = contains(ds->itemPaths[i]);
        if (!hit && ds && i < ds->metadata.size())
            hit = std::any_of(ds->metadata[i].begin(), ds->metadata[i].end(), contains);
        match[i] = hit;
        *count += hit;
    }
    return match;
}

int MapSearch::applySearch(const QString& needle)
{
    if (search_->text() != needle) {
        const QSignalBlocker block(search_);
        search_->setText(needle);
    }
    const auto* record = run_();
    if (!record) {
        searchCount_->clear();
        return 0;
    }
    const auto n = static_cast<int>(record->coordinates.rows());
    if (needle.trimmed().isEmpty()) {
        view_->setHighlight({});
        searchCount_->clear();
        return n;
    }
    int count = 0;
    view_->setHighlight(matches(needle, &count));
    searchCount_->setText(tr("%L1 of %L2 match").arg(count).arg(n));
    return count;
}

int MapSearch::selectAllMatches()
{
    int count = 0;
    const auto match = matches(search_->text(), &count);
    std::vector<int> items;
    for (std::size_t i = 0; i < match.size(); ++i)
        if (match[i])
            items.push_back(int(i));
    view_->setSelection(items);
    emit message(tr("Selected %Ln point(s)", nullptr, count), 4000);
    return count;
}

}  // namespace tse::gui
