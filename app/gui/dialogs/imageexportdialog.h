// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// File ▸ Export image: the figure's size (presets up to 8K, the view's own size, or any),
// title and legend. Size and legend are remembered between exports.

#include <QDialog>
#include <QSize>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tse::gui {

class ImageExportDialog : public QDialog {
    Q_OBJECT
public:
    enum Kind { Plain, WithThumbnails };  // WithThumbnails: image maps (adds the thumbnails' size)
    // viewSize: the map as seen now (offered as a preset); title: the map's title.
    ImageExportDialog(QWidget* parent, const QSize& viewSize, const QString& title, Kind kind = Plain);

    QSize imageSize() const;
    QString title() const;
    bool showLegend() const;
    int thumbnailSize() const;  // 0 = automatic
    // Remembers size and legend for the next export.
    void remember() const;

private:
    void applyPreset(int index);
    void matchPreset();

    QComboBox* preset_ = nullptr;
    QSpinBox* width_ = nullptr;
    QSpinBox* height_ = nullptr;
    QLineEdit* title_ = nullptr;
    QCheckBox* legend_ = nullptr;
    QSpinBox* thumbnails_ = nullptr;
};

}  // namespace tse::gui
