// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "imageexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

#include "figure.h"
#include "preferences.h"

namespace tse::gui {

ImageExportDialog::ImageExportDialog(QWidget* parent, const QSize& viewSize, const QString& title, Kind kind)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("imageExportDialog"));
    setWindowTitle(tr("Export image"));
    preset_ = new QComboBox(this);
    preset_->setObjectName(QStringLiteral("sizePreset"));
    const auto addPreset = [this](const QString& name, QSize size) {
        preset_->addItem(tr("%1 — %2 × %3").arg(name).arg(size.width()).arg(size.height()), size);
    };
    addPreset(tr("HD"), QSize(1280, 720));
    addPreset(tr("Full HD"), QSize(1920, 1080));
    addPreset(tr("4K"), QSize(3840, 2160));
    addPreset(tr("8K"), QSize(figure::kMaxFigureWidth, figure::kMaxFigureHeight));
    if (viewSize.isValid())
        addPreset(tr("As on screen"), viewSize.boundedTo(QSize(figure::kMaxFigureWidth, figure::kMaxFigureHeight)));
    preset_->addItem(tr("Custom"), QSize());

    width_ = new QSpinBox(this);
    width_->setObjectName(QStringLiteral("imageWidth"));
    width_->setRange(16, figure::kMaxFigureWidth);
    height_ = new QSpinBox(this);
    height_->setObjectName(QStringLiteral("imageHeight"));
    height_->setRange(16, figure::kMaxFigureHeight);
    for (QSpinBox* box : {width_, height_}) {
        box->setSuffix(tr(" px"));
        box->setAccelerated(true);
    }
    auto* sizeRow = new QHBoxLayout();
    sizeRow->addWidget(width_);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(height_);
    sizeRow->addStretch(1);

    title_ = new QLineEdit(title, this);
    title_->setObjectName(QStringLiteral("imageTitle"));
    title_->setPlaceholderText(tr("No title"));
    legend_ = new QCheckBox(tr("Show the &legend"), this);
    legend_->setObjectName(QStringLiteral("imageLegend"));
    legend_->setChecked(preferences::imageExportLegend());

    auto* form = new QFormLayout();
    form->addRow(tr("&Size:"), preset_);
    form->addRow(QString(), sizeRow);
    form->addRow(tr("&Title:"), title_);
    form->addRow(QString(), legend_);
    if (kind == WithThumbnails) {
        thumbnails_ = new QSpinBox(this);
        thumbnails_->setObjectName(QStringLiteral("thumbnailSize"));
        thumbnails_->setRange(0, 256);
        thumbnails_->setSingleStep(8);
        thumbnails_->setSpecialValueText(tr("Automatic"));
        thumbnails_->setSuffix(tr(" px"));
        thumbnails_->setToolTip(tr("Side of each image; the larger, the fewer fit without overlapping"));
        form->addRow(tr("&Images:"), thumbnails_);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const QSize remembered = preferences::imageExportSize().boundedTo(QSize(figure::kMaxFigureWidth, figure::kMaxFigureHeight));
    width_->setValue(remembered.width());
    height_->setValue(remembered.height());
    matchPreset();
    connect(preset_, &QComboBox::currentIndexChanged, this, &ImageExportDialog::applyPreset);
    connect(width_, &QSpinBox::valueChanged, this, &ImageExportDialog::matchPreset);
    connect(height_, &QSpinBox::valueChanged, this, &ImageExportDialog::matchPreset);
}

void ImageExportDialog::applyPreset(int index)
{
    const QSize size = preset_->itemData(index).toSize();
    if (!size.isValid())
        return;  // Custom: the numbers stay as they are
    const QSignalBlocker w(width_), h(height_);
    width_->setValue(size.width());
    height_->setValue(size.height());
}

void ImageExportDialog::matchPreset()
{
    // The preset that has these numbers, else Custom (the last entry).
    int match = preset_->count() - 1;
    for (int i = 0; i < preset_->count() - 1; ++i)
        if (preset_->itemData(i).toSize() == imageSize())
            match = i;
    const QSignalBlocker blocker(preset_);
    preset_->setCurrentIndex(match);
}

QSize ImageExportDialog::imageSize() const { return QSize(width_->value(), height_->value()); }
QString ImageExportDialog::title() const { return title_->text().trimmed(); }
bool ImageExportDialog::showLegend() const { return legend_->isChecked(); }
int ImageExportDialog::thumbnailSize() const { return thumbnails_ ? thumbnails_->value() : 0; }

void ImageExportDialog::remember() const
{
    preferences::setImageExportSize(imageSize());
    preferences::setImageExportLegend(showLegend());
}

}  // namespace tse::gui
