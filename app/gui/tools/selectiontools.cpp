// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "selectiontools.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolBar>

#include "scatterview.h"

namespace tse::gui {

SelectionTools::SelectionTools(std::vector<ScatterView*> views, QObject* parent)
    : QObject(parent), views_(std::move(views))
{
    tools_ = new QActionGroup(this);
    tools_->setExclusive(true);
    const auto addTool = [this](ScatterView::DragTool tool, const char* name, Qt::Key key) {
        auto* action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        // Single keys, as drawing programs have them; a focused text field keeps its typing.
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setData(static_cast<int>(tool));
        tools_->addAction(action);
        return action;
    };
    rotate_ = addTool(ScatterView::DragTool::Rotate, "rotateTool", Qt::Key_R);
    box_ = addTool(ScatterView::DragTool::Box, "boxSelectTool", Qt::Key_B);
    lasso_ = addTool(ScatterView::DragTool::Lasso, "lassoSelectTool", Qt::Key_L);
    rotate_->setChecked(true);
    connect(tools_, &QActionGroup::triggered, this, [this](QAction* action) { useTool(action->data().toInt()); });

    showOnly_ = new QAction(this);
    showOnly_->setObjectName(QStringLiteral("showOnlySelection"));
    showOnly_->setCheckable(true);
    showOnly_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(showOnly_, &QAction::toggled, this, [this](bool on) {
        for (ScatterView* view : views_)
            view->setOnlySelectionShown(on);
    });

    for (ScatterView* view : views_)
        connect(view, &ScatterView::selectionDrawn, this, [this](int enclosed, int selected) {
            if (enclosed == 0)
                emit message(tr("No points inside — draw around the points to select (Shift adds, Ctrl removes)."), 5000);
            else
                emit message(tr("%Ln point(s) inside; %1 selected.", nullptr, enclosed).arg(selected), 4000);
        });
    retranslate();
}

void SelectionTools::useTool(int tool)
{
    for (ScatterView* view : views_)
        view->setDragTool(static_cast<ScatterView::DragTool>(tool));
    if (tool != static_cast<int>(ScatterView::DragTool::Rotate))
        emit message(tr("Drag on the map to select; Shift+drag adds, Ctrl+drag removes, Esc cancels. "
                        "R turns the map again."),
                     6000);
}

void SelectionTools::retranslate()
{
    rotate_->setText(tr("&Turn and pick"));
    rotate_->setToolTip(tr("Drag to turn the map, click to pick a point (R)"));
    box_->setText(tr("&Box select"));
    box_->setToolTip(tr("Drag a rectangle to select the points inside (B)"));
    lasso_->setText(tr("&Lasso select"));
    lasso_->setToolTip(tr("Draw around points to select them (L)"));
    showOnly_->setText(tr("Show &only the selection"));
}

void SelectionTools::addActions(QMenu* menu)
{
    menu->addAction(rotate_);
    menu->addAction(box_);
    menu->addAction(lasso_);
    menu->addAction(showOnly_);
}

void SelectionTools::addToToolbar(QToolBar* toolbar)
{
    toolbar->addAction(rotate_);
    toolbar->addAction(box_);
    toolbar->addAction(lasso_);
}

}  // namespace tse::gui
