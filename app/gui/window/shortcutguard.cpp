// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "shortcutguard.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

namespace tse::gui {
namespace {

// Keys a text field must keep even when an action has them too.
bool isEditingKey(const QKeyEvent* key)
{
    for (auto standard : {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo,
                          QKeySequence::Redo, QKeySequence::SelectAll, QKeySequence::MoveToNextWord,
                          QKeySequence::MoveToPreviousWord, QKeySequence::DeleteEndOfWord,
                          QKeySequence::DeleteStartOfWord, QKeySequence::Delete, QKeySequence::Cancel})
        if (key->matches(standard))
            return true;
    // Plain typing (letters, digits, Shift) is always the field's.
    return !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
}

}  // namespace

ShortcutGuard::ShortcutGuard(QWidget* window) : QObject(window), window_(window) { qApp->installEventFilter(this); }

bool ShortcutGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    // Spin boxes edit through a line edit of their own, so this covers them too.
    if (!qobject_cast<QLineEdit*>(widget) || widget->window() != window_)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (isEditingKey(key))
        return false;
    const QKeySequence pressed(key->keyCombination());
    for (const QAction* action : window_->findChildren<QAction*>())
        if (action->isEnabled() && action->shortcuts().contains(pressed))
            return true;  // not accepted by the field: the window's shortcut fires
    return false;
}

}  // namespace tse::gui
