// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Run ▸ Clear feature cache…: shows how much disk the CNN feature cache takes and empties it
// after asking. The cache also trims itself to its limit (TSE_CACHE_LIMIT_MB) on every write.

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tse::gui {

class FeatureCacheAction : public QObject {
    Q_OBJECT
public:
    // Adds the action to menu; dialogs are parented to dialogParent.
    FeatureCacheAction(QMenu* menu, QWidget* dialogParent);
    QAction* action() const { return action_; }
    // Asks, then clears; returns whether it cleared. confirm = false skips the question.
    bool clear(bool confirm = true);

signals:
    void message(const QString& text);

private:
    void updateText();
    QAction* action_ = nullptr;
    QWidget* dialogParent_ = nullptr;
};

}  // namespace tse::gui
