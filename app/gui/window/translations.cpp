// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tse::gui {

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English plural forms ("1 item", "2 items") underneath every language.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral("tsne-explorer_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
    auto* ours = new QTranslator(&app);
    if (locale.language() != QLocale::English &&
        ours->load(locale, QStringLiteral("tsne-explorer"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}

}  // namespace tse::gui
