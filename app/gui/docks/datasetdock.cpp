// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "datasetdock.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QPainter>
#include <QVBoxLayout>

#include <numeric>

#include "itemimage.h"
#include "preferences.h"
#include "tse/imageio/datasetlocator.h"

namespace tse::gui {
namespace {

constexpr int kThumbnailsPerClass = 2;
constexpr int kThumbnailSize = 40;
constexpr int kSpecRole = Qt::UserRole;
constexpr int kCountRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;

}  // namespace

DatasetDock::DatasetDock(QWidget* parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("DatasetDock"));
    auto* body = new QWidget(this);
    list_ = new QListWidget(body);
    list_->setObjectName(QStringLiteral("datasetList"));
    list_->setMaximumHeight(110);
    connect(list_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit datasetChosen(item->data(kSpecRole).toString()); });
    connect(list_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit datasetChosen(item->data(kSpecRole).toString()); });

    summary_ = new QLabel(body);
    summary_->setObjectName(QStringLiteral("datasetSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Never squeezed below its text: a short dock squeezed it and cut its last line in half.
    summary_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    thumbnails_ = new QListWidget(body);
    thumbnails_->setObjectName(QStringLiteral("thumbnails"));
    thumbnails_->setIconSize(QSize(kThumbnailSize * kThumbnailsPerClass + 2, kThumbnailSize));
    thumbnails_->setSpacing(1);
    thumbnails_->setSelectionMode(QAbstractItemView::NoSelection);

    openFolder_ = new QPushButton(body);
    openFile_ = new QPushButton(body);
    connect(openFolder_, &QPushButton::clicked, this, &DatasetDock::chooseFolder);
    connect(openFile_, &QPushButton::clicked, this, &DatasetDock::chooseIdxFile);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(openFolder_);
    buttons->addWidget(openFile_);

    // Every skipped file with its reason, in sight as soon as the import ends, under a one-line
    // title of its own (no word wrap, so the layout cannot cut it).
    skippedTitle_ = new QLabel(body);
    skippedTitle_->setObjectName(QStringLiteral("skippedTitle"));
    skippedTitle_->setStyleSheet(QStringLiteral("color: #b00020;"));
    skippedTitle_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    skippedTitle_->setVisible(false);
    skippedList_ = new QListWidget(body);
    skippedList_->setObjectName(QStringLiteral("skippedFiles"));
    skippedList_->setMaximumHeight(64);
    skippedList_->setWordWrap(true);
    skippedList_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    skippedList_->setSelectionMode(QAbstractItemView::NoSelection);
    skippedList_->setStyleSheet(QStringLiteral("color: #b00020;"));
    skippedList_->setVisible(false);

    auto* layout = new QVBoxLayout(body);
    layout->addWidget(list_);
    layout->addLayout(buttons);
    layout->addWidget(summary_);
    layout->addWidget(skippedTitle_);
    layout->addWidget(skippedList_);
    layout->addWidget(thumbnails_, 1);
    setWidget(body);
    retranslate();
}

void DatasetDock::retranslate()
{
    setWindowTitle(tr("Datasets"));
    openFolder_->setText(tr("Open &folder…"));
    openFolder_->setToolTip(tr("A folder of images; each subfolder is a class"));
    openFile_->setText(tr("Open &IDX file…"));
    openFile_->setToolTip(tr("MNIST-style images file; its labels file is found beside it"));
    skippedList_->setToolTip(tr("Files the import could not use, with the reason"));
    for (int row = 0; row < list_->count(); ++row) {
        QListWidgetItem* item = list_->item(row);
        item->setText(tr("%1 — %Ln item(s)", nullptr, item->data(kCountRole).toInt()).arg(item->data(kNameRole).toString()));
    }
    if (summary_->text().isEmpty())
        summary_->setText(tr("Choose a dataset."));
}

void DatasetDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

QListWidgetItem* DatasetDock::itemFor(const QString& spec) const
{
    for (int row = 0; row < list_->count(); ++row)
        if (list_->item(row)->data(kSpecRole).toString() == spec)
            return list_->item(row);
    return nullptr;
}

void DatasetDock::addEntry(const QString& spec, const QString& displayName, qsizetype itemCount)
{
    QListWidgetItem* item = itemFor(spec);
    if (!item) {
        item = new QListWidgetItem(list_);
        item->setData(kSpecRole, spec);
        item->setToolTip(spec);
    }
    item->setData(kNameRole, displayName.isEmpty() ? spec : displayName);
    item->setData(kCountRole, static_cast<int>(itemCount));
    if (itemCount > 0)
        item->setText(tr("%1 — %Ln item(s)", nullptr, static_cast<int>(itemCount)).arg(item->data(kNameRole).toString()));
    else
        item->setText(item->data(kNameRole).toString());
}

void DatasetDock::setCurrent(const QString& spec)
{
    if (QListWidgetItem* item = itemFor(spec))
        list_->setCurrentItem(item);
}

QString DatasetDock::currentSpec() const
{
    return list_->currentItem() ? list_->currentItem()->data(kSpecRole).toString() : QString();
}

int DatasetDock::entryCount() const { return list_->count(); }

void DatasetDock::showLoading(const QString& spec)
{
    setCurrent(spec);
    summary_->setText(tr("Loading %1…").arg(spec.toHtmlEscaped()));
    skipped_.clear();
    skippedList_->clear();
    skippedList_->setVisible(false);
    skippedTitle_->setVisible(false);
    thumbnails_->clear();
}

void DatasetDock::showError(const QString& spec, const QString& message)
{
    summary_->setText(tr("<b>Could not open %1</b><br>%2").arg(spec.toHtmlEscaped(), message.toHtmlEscaped()));
    thumbnails_->clear();
}

void DatasetDock::showDataset(const QString& spec, const imageio::Dataset& dataset)
{
    addEntry(spec, QString::fromStdString(dataset.name), static_cast<qsizetype>(dataset.size()));
    setCurrent(spec);
    QString text = tr("<b>%1</b><br>%Ln item(s), %2×%3 pixels", nullptr, static_cast<int>(dataset.size()))
                       .arg(QString::fromStdString(dataset.name).toHtmlEscaped())
                       .arg(dataset.width)
                       .arg(dataset.height);
    // Says why a folder of a million photos opened in seconds: its thumbnails were read from
    // the cache, not decoded again (and that an edit to the folder would have been noticed).
    if (dataset.fromFolderIndex)
        text += QStringLiteral("<br><span style='color:#555555'>") +
                tr("Read from the cache: no file has changed since the import.") + QStringLiteral("</span>");
    summary_->setText(text);
    skippedTitle_->setText(tr("%Ln file(s) skipped:", nullptr, static_cast<int>(dataset.skipped.size())));
    skippedTitle_->setVisible(!dataset.skipped.empty());
    skipped_.clear();
    for (const auto& file : dataset.skipped)
        skipped_ << QString::fromStdString(file.path + ": " + file.reason);
    skippedList_->clear();
    skippedList_->addItems(skipped_);
    skippedList_->setVisible(!skipped_.isEmpty());

    // One row per class with a thumbnail of its first items, so the user sees what each
    // class looks like.
    thumbnails_->clear();
    const auto counts = dataset.classCounts();
    const int classes = static_cast<int>(dataset.classNames.size());
    std::vector<std::vector<std::size_t>> examples(classes + 1);
    for (std::size_t i = 0; i < dataset.size(); ++i) {
        const int label = dataset.labels[i];
        auto& slot = examples[label >= 0 && label < classes ? label : classes];
        if (static_cast<int>(slot.size()) < kThumbnailsPerClass)
            slot.push_back(i);
    }
    for (int c = 0; c <= classes; ++c) {
        if (examples[c].empty())
            continue;
        QPixmap strip(kThumbnailSize * kThumbnailsPerClass + 2 * (kThumbnailsPerClass - 1), kThumbnailSize);
        strip.fill(Qt::transparent);
        QPainter painter(&strip);
        for (std::size_t k = 0; k < examples[c].size(); ++k)
            painter.drawImage(QRect(static_cast<int>(k) * (kThumbnailSize + 2), 0, kThumbnailSize, kThumbnailSize),
                              figure::itemImage(dataset, examples[c][k]));
        painter.end();
        const std::size_t count = c < classes ? counts[c] : dataset.size() - std::accumulate(counts.begin(), counts.end(), std::size_t(0));
        const QString name = c < classes ? QString::fromStdString(dataset.classNames[c]) : tr("(unlabelled)");
        auto* item = new QListWidgetItem(QIcon(strip), tr("%1 (%2)").arg(name).arg(count), thumbnails_);
        item->setToolTip(name);
    }
}

void DatasetDock::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a folder of images"));
    if (!folder.isEmpty())
        addChosen(folder);
}

void DatasetDock::chooseIdxFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open an IDX images file"), QString(),
                                                      tr("IDX images (*idx3-ubyte *idx3-ubyte.gz);;All files (*)"));
    if (!file.isEmpty())
        addChosen(file);
}

void DatasetDock::addChosen(const QString& spec)
{
    addEntry(spec, QFileInfo(spec).fileName(), 0);
    constexpr int kRemembered = 10;
    QStringList opened = preferences::openedDatasets();
    opened.removeAll(spec);
    opened.prepend(spec);
    while (opened.size() > kRemembered)
        opened.removeLast();
    preferences::setOpenedDatasets(opened);
    emit datasetChosen(spec);
}

void DatasetDock::addKnownDatasets()
{
    for (const auto& entry : imageio::builtInDatasets())
        addEntry(QString::fromStdString(entry.spec), QString::fromStdString(entry.displayName),
                 static_cast<qsizetype>(entry.itemCount));
    for (const QString& spec : preferences::openedDatasets())
        if (QFileInfo::exists(spec))
            addEntry(spec, QFileInfo(spec).fileName(), 0);
}

}  // namespace tse::gui
