// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// File ▸ Export image's dialog: presets, custom sizes, title and legend, remembered.

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

#include "imageexportdialog.h"

using tse::gui::ImageExportDialog;

TEST(ImageExportDialog, PresetsCustomSizesAndMemory)
{
    {
        ImageExportDialog dialog(nullptr, QSize(900, 640), QStringLiteral("Run 3 — perplexity 30"));
        auto* preset = dialog.findChild<QComboBox*>(QStringLiteral("sizePreset"));
        auto* width = dialog.findChild<QSpinBox*>(QStringLiteral("imageWidth"));
        auto* height = dialog.findChild<QSpinBox*>(QStringLiteral("imageHeight"));
        ASSERT_TRUE(preset && width && height);
        EXPECT_EQ(dialog.imageSize(), QSize(1920, 1080)) << "Full HD the first time";
        EXPECT_TRUE(preset->currentText().contains(QStringLiteral("Full HD")));
        EXPECT_EQ(dialog.title(), QStringLiteral("Run 3 — perplexity 30"));
        EXPECT_TRUE(dialog.showLegend());

        preset->setCurrentIndex(preset->findText(QStringLiteral("8K"), Qt::MatchStartsWith));
        EXPECT_EQ(dialog.imageSize(), QSize(7680, 4320));
        preset->setCurrentIndex(preset->findText(QStringLiteral("As on screen"), Qt::MatchStartsWith));
        EXPECT_EQ(dialog.imageSize(), QSize(900, 640));
        // Typing other numbers makes it a custom size; no more than 8K can be typed.
        width->setValue(1000);
        EXPECT_TRUE(preset->currentText().startsWith(QStringLiteral("Custom")));
        height->setValue(99999);
        EXPECT_EQ(dialog.imageSize(), QSize(1000, 4320));
        dialog.findChild<QLineEdit*>(QStringLiteral("imageTitle"))->setText(QStringLiteral("  Faces  "));
        EXPECT_EQ(dialog.title(), QStringLiteral("Faces"));
        dialog.findChild<QCheckBox*>(QStringLiteral("imageLegend"))->setChecked(false);
        dialog.remember();
    }
    ImageExportDialog again(nullptr, QSize(), QString());
    EXPECT_EQ(again.imageSize(), QSize(1000, 4320)) << "the last size is offered again";
    EXPECT_FALSE(again.showLegend());
    EXPECT_TRUE(again.title().isEmpty());
    auto* preset = again.findChild<QComboBox*>(QStringLiteral("sizePreset"));
    EXPECT_EQ(preset->findText(QStringLiteral("As on screen"), Qt::MatchStartsWith), -1) << "no view, no such preset";
    again.findChild<QSpinBox*>(QStringLiteral("imageWidth"))->setValue(3840);
    again.findChild<QSpinBox*>(QStringLiteral("imageHeight"))->setValue(2160);
    EXPECT_TRUE(preset->currentText().startsWith(QStringLiteral("4K"))) << "numbers of a preset select it";
}

TEST(ImageExportDialog, ImageMapsAlsoAskForTheThumbnailSize)
{
    ImageExportDialog plain(nullptr, QSize(), QString());
    EXPECT_EQ(plain.findChild<QSpinBox*>(QStringLiteral("thumbnailSize")), nullptr);
    EXPECT_EQ(plain.thumbnailSize(), 0);
    ImageExportDialog map(nullptr, QSize(), QString(), ImageExportDialog::WithThumbnails);
    auto* thumbnails = map.findChild<QSpinBox*>(QStringLiteral("thumbnailSize"));
    ASSERT_NE(thumbnails, nullptr);
    EXPECT_EQ(map.thumbnailSize(), 0) << "automatic at first";
    EXPECT_EQ(thumbnails->text(), QStringLiteral("Automatic"));
    thumbnails->setValue(64);
    EXPECT_EQ(map.thumbnailSize(), 64);
}
