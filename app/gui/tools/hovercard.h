// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The image of the point under the mouse, in a small card beside the cursor, so a map can be
// read image by image without looking away to the preview dock.

#include <QFrame>
#include <QImage>

class QLabel;

namespace tse::gui {

class HoverCard : public QFrame {
    Q_OBJECT
public:
    explicit HoverCard(QWidget* parent);
    // Shows the image (scaled to fit 112 × 112) and caption near globalPosition, inside the screen.
    void showItem(const QImage& image, const QString& caption, const QPoint& globalPosition);
    QString caption() const;

private:
    QLabel* image_ = nullptr;
    QLabel* caption_ = nullptr;
};

}  // namespace tse::gui
