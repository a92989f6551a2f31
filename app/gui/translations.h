#pragma once

#include <QLocale>

class QCoreApplication;

namespace tse::gui {

// Installs the workbench's and Qt's own translations for the locale; returns true when the
// workbench has a translation for it.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

}  // namespace tse::gui
