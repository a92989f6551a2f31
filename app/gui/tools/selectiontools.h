// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The drag tools of one or more maps (turn, box, lasso: ScatterView::DragTool) as an exclusive
// group of actions with shortcuts, and "show only the selection". The main window and the
// comparison window share it; with several views the tool applies to all of them.

#include <QObject>
#include <QString>

#include <vector>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;

namespace tse::gui {

class ScatterView;

class SelectionTools : public QObject {
    Q_OBJECT
public:
    SelectionTools(std::vector<ScatterView*> views, QObject* parent);

    void addActions(QMenu* menu);
    void addToToolbar(QToolBar* toolbar);
    void retranslate();

    QAction* rotateAction() const { return rotate_; }
    QAction* boxAction() const { return box_; }
    QAction* lassoAction() const { return lasso_; }
    QAction* showOnlyAction() const { return showOnly_; }

signals:
    void message(const QString& text, int milliseconds);

private:
    void useTool(int tool);

    std::vector<ScatterView*> views_;
    QActionGroup* tools_ = nullptr;
    QAction* rotate_ = nullptr;
    QAction* box_ = nullptr;
    QAction* lasso_ = nullptr;
    QAction* showOnly_ = nullptr;
};

}  // namespace tse::gui
