// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The dataset browser: available datasets with item count, classes and a few thumbnails.

#include <QDockWidget>

#include "datasetlibrary.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace tse::gui {

class DatasetDock : public QDockWidget {
    Q_OBJECT
public:
    explicit DatasetDock(QWidget* parent = nullptr);

    // Adds an entry (no-op when it exists); displayName may be empty for user paths.
    void addEntry(const QString& spec, const QString& displayName, qsizetype itemCount);
    // The built-in datasets, then those the user opened before (that still exist).
    void addKnownDatasets();
    void setCurrent(const QString& spec);
    QString currentSpec() const;
    // Shows details of a loaded dataset.
    void showDataset(const QString& spec, const imageio::Dataset& dataset);
    void showLoading(const QString& spec);
    void showError(const QString& spec, const QString& message);
    int entryCount() const;
    // The import report of the dataset shown: one "path: reason" line per skipped file.
    QStringList skippedReport() const { return skipped_; }

    // Ask for a folder of images / an IDX file, add it to the list (and to the remembered
    // ones) and choose it.
    void chooseFolder();
    void chooseIdxFile();

signals:
    void datasetChosen(const QString& spec);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QListWidgetItem* itemFor(const QString& spec) const;
    void addChosen(const QString& spec);

    QListWidget* list_ = nullptr;
    QLabel* summary_ = nullptr;
    QListWidget* thumbnails_ = nullptr;
    QPushButton* openFolder_ = nullptr;
    QPushButton* openFile_ = nullptr;
    QLabel* skippedTitle_ = nullptr;
    QListWidget* skippedList_ = nullptr;
    QStringList skipped_;
};

}  // namespace tse::gui
