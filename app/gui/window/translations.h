// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

class QCoreApplication;

namespace tse::gui {

// Installs Qt's and the workbench's translations for the locale, over the English plural
// forms; returns true when the workbench has a translation for the locale's language.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

}  // namespace tse::gui
