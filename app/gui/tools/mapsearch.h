// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Search in the shown map: the toolbar's search field (Ctrl+F) highlights the items whose
// class name, file path or metadata contains the text (case-insensitive) and counts them;
// Edit ▸ Select all matches turns them into the selection.

#include <QObject>
#include <QString>

#include <vector>

#include "maptools.h"

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QToolBar;
class QWidget;

namespace tse::gui {

class ScatterView;

class MapSearch : public QObject {
    Q_OBJECT
public:
    MapSearch(ScatterView* view, QWidget* window, MapTools::RunSource run, MapTools::DatasetSource dataset);

    void addEditActions(QMenu* menu);
    void addToToolbar(QToolBar* toolbar);
    void retranslate();
    // Another run is shown: the search applies to it.
    void runShown();

    // Highlights the matching items; returns how many match (all when text is empty).
    int applySearch(const QString& text);
    int selectAllMatches();

signals:
    void message(const QString& text, int milliseconds);

private:
    std::vector<bool> matches(const QString& text, int* count) const;

    ScatterView* view_;
    MapTools::RunSource run_;
    MapTools::DatasetSource dataset_;
    QLineEdit* search_ = nullptr;
    QLabel* searchCount_ = nullptr;
    QAction* find_ = nullptr;
    QAction* selectMatches_ = nullptr;
};

}  // namespace tse::gui
