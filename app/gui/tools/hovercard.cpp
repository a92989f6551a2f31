// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "hovercard.h"

#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace tse::gui {
namespace {

constexpr int kImageSide = 112;
constexpr int kCursorGap = 18;  // clear of the cursor, so the card never hides the point

}  // namespace

HoverCard::HoverCard(QWidget* parent) : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("hoverCard"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFrameStyle(QFrame::Box | QFrame::Plain);
    image_ = new QLabel(this);
    image_->setAlignment(Qt::AlignCenter);
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("hoverCaption"));
    caption_->setAlignment(Qt::AlignCenter);
    caption_->setMaximumWidth(2 * kImageSide);
    caption_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(image_);
    layout->addWidget(caption_);
}

void HoverCard::showItem(const QImage& image, const QString& caption, const QPoint& globalPosition)
{
    image_->setPixmap(QPixmap::fromImage(
        image.scaled(kImageSide, kImageSide, Qt::KeepAspectRatio,
                     image.width() < kImageSide / 2 ? Qt::FastTransformation : Qt::SmoothTransformation)));
    caption_->setText(caption);
    adjustSize();
    // Below right of the cursor; above or left of it where the screen ends.
    QPoint at = globalPosition + QPoint(kCursorGap, kCursorGap);
    if (const QScreen* screen = QGuiApplication::screenAt(globalPosition)) {
        const QRect room = screen->availableGeometry();
        if (at.x() + width() > room.right())
            at.setX(globalPosition.x() - kCursorGap - width());
        if (at.y() + height() > room.bottom())
            at.setY(globalPosition.y() - kCursorGap - height());
    }
    move(at);
    show();
    raise();
}

QString HoverCard::caption() const { return caption_->text(); }

}  // namespace tse::gui
