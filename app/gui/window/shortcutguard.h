// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Lets the window's own shortcuts (Ctrl+E, Ctrl+R, Ctrl+S, …) work while a text field or spin
// box has the focus. Qt's line edits claim some Ctrl keys for themselves (Ctrl+E moves to the end
// of the line on X11), so the window's action never fired. Text editing keeps the keys it really
// needs: copy, cut, paste, undo, redo, select all and word movement.

#include <QObject>

class QWidget;

namespace tse::gui {

class ShortcutGuard : public QObject {
    Q_OBJECT
public:
    // Guards the text fields inside `window` for the shortcuts of the actions in it.
    explicit ShortcutGuard(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* window_;
};

}  // namespace tse::gui
