// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "featurecacheaction.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

#include "pipeline/featurecache.h"

namespace tse::gui {

FeatureCacheAction::FeatureCacheAction(QMenu* menu, QWidget* dialogParent)
    : QObject(menu), dialogParent_(dialogParent)
{
    action_ = menu->addAction(QString());
    action_->setObjectName(QStringLiteral("clearFeatureCacheAction"));
    connect(action_, &QAction::triggered, this, [this] { clear(); });
    // The size is read when the menu opens: the cache folder may change between runs.
    connect(menu, &QMenu::aboutToShow, this, &FeatureCacheAction::updateText);
    updateText();
}

void FeatureCacheAction::updateText()
{
    const app::FeatureDiskCache cache;
    const auto bytes = static_cast<qint64>(cache.sizeOnDisk());
    action_->setText(tr("Clear feature &cache (%1)…").arg(QLocale().formattedDataSize(bytes)));
    action_->setEnabled(bytes > 0);
    action_->setToolTip(QString::fromStdString(cache.directory().string()));
}

bool FeatureCacheAction::clear(bool confirm)
{
    const app::FeatureDiskCache cache;
    const auto bytes = static_cast<qint64>(cache.sizeOnDisk());
    if (confirm &&
        QMessageBox::question(dialogParent_, tr("Clear feature cache"),
                              tr("Remove the image features kept in %1 (%2)?\nThey are computed again when a run "
                                 "needs them; your projects and runs are not affected.")
                                  .arg(QString::fromStdString(cache.directory().string()),
                                       QLocale().formattedDataSize(bytes))) != QMessageBox::Yes)
        return false;
    const auto freed = static_cast<qint64>(cache.clear());
    emit message(tr("Feature cache cleared: %1 freed").arg(QLocale().formattedDataSize(freed)));
    updateText();
    return true;
}

}  // namespace tse::gui
