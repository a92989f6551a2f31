// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include "tsfile.h"

using namespace tse::i18n;

namespace {

const QString kTranslations = QStringLiteral(TSE_TRANSLATIONS_DIR);

// The languages the workbench speaks besides its source English.
const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("zh_CN"), QStringLiteral("ko")};

QString tsPath(const QString& language)
{
    return kTranslations + QStringLiteral("/tsne-explorer_") + language + QStringLiteral(".ts");
}

QSet<QString> keys(const TsFile& file, bool numerusOnly = false)
{
    QSet<QString> out;
    for (const auto& m : file.messages)
        if (!numerusOnly || m.numerus)
            out.insert(m.context + QLatin1Char('\x1f') + m.source);
    return out;
}

// Runs lupdate over the workbench's sources into a copy of the .ts file, as the
// update_translations target does, and reads the result.
TsFile refreshedCopy(const QString& language, const QTemporaryDir& dir)
{
    const QString copy = dir.filePath(QStringLiteral("copy_") + language + QStringLiteral(".ts"));
    QFile::remove(copy);
    EXPECT_TRUE(QFile::copy(tsPath(language), copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(TSE_LUPDATE), {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                                QStringLiteral("-locations"), QStringLiteral("none"),
                                                QStringLiteral(TSE_GUI_SOURCES_DIR), QStringLiteral("-ts"), copy});
    EXPECT_TRUE(lupdate.waitForFinished(300000));
    EXPECT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    return readTsFile(copy);
}

}  // namespace

TEST(Translations, EveryMessageIsTranslatedWithItsMarkersAndPluralForms)
{
    for (const QString& language : kLanguages) {
        const TsFile file = readTsFile(tsPath(language));
        ASSERT_TRUE(file.error.isEmpty()) << file.error.toStdString();
        ASSERT_GT(file.messages.size(), 400u) << language.toStdString();
        const int forms = pluralFormCount(file.language);
        ASSERT_GT(forms, 0) << "unknown language attribute " << file.language.toStdString();
        EXPECT_TRUE(file.language.startsWith(language.section(QLatin1Char('_'), 0, 0)));
        QStringList problems;
        for (const auto& message : file.messages)
            problems += messageProblems(message, forms);
        EXPECT_TRUE(problems.isEmpty()) << language.toStdString() << ":\n"
                                        << problems.join(QLatin1Char('\n')).toStdString();
    }
}

TEST(Translations, EveryStringOfTheSourcesIsInEveryFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QString& language : kLanguages) {
        const TsFile original = readTsFile(tsPath(language));
        const TsFile refreshed = refreshedCopy(language, dir);
        ASSERT_TRUE(refreshed.error.isEmpty()) << refreshed.error.toStdString();
        QStringList added;
        for (const auto& m : refreshed.messages)
            if (m.unfinished)
                added.append(m.context + QStringLiteral(": ") + m.source);
        EXPECT_TRUE(added.isEmpty()) << "strings in app/gui missing from " << tsPath(language).toStdString()
                                     << " (run the update_translations target and translate them):\n"
                                     << added.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(keys(refreshed), keys(original)) << language.toStdString() << ": strings no source uses any more";
    }
}

TEST(Translations, EnglishHasSingularAndPluralOfEveryCountedMessage)
{
    const TsFile english = readTsFile(tsPath(QStringLiteral("en")));
    ASSERT_TRUE(english.error.isEmpty()) << english.error.toStdString();
    const TsFile german = readTsFile(tsPath(QStringLiteral("de")));
    EXPECT_EQ(keys(english, true), keys(german, true));
    for (const auto& m : english.messages) {
        ASSERT_EQ(m.translations.size(), 2) << m.source.toStdString();
        EXPECT_FALSE(m.translations[0].contains(QStringLiteral("(s)"))) << m.source.toStdString();
        EXPECT_FALSE(m.translations[1].contains(QStringLiteral("(s)"))) << m.source.toStdString();
    }
}

// The checks themselves: each slip a translator can make is caught.
TEST(Translations, ProblemsOfAMessageAreNamed)
{
    TsMessage good{QStringLiteral("Ctx"), QStringLiteral("&Open %1"), false, false, {QStringLiteral("%1 ö&ffnen")}};
    EXPECT_TRUE(messageProblems(good, 2).isEmpty());

    TsMessage lostMarker = good;
    lostMarker.translations = {QStringLiteral("Ö&ffnen")};
    EXPECT_EQ(messageProblems(lostMarker, 2).size(), 1);

    TsMessage lostAccelerator = good;
    lostAccelerator.translations = {QStringLiteral("%1 öffnen")};
    EXPECT_EQ(messageProblems(lostAccelerator, 2).size(), 1);

    TsMessage unfinished = good;
    unfinished.unfinished = true;
    EXPECT_EQ(messageProblems(unfinished, 2).size(), 1);

    TsMessage plural{QStringLiteral("Ctx"), QStringLiteral("%Ln item(s)"), true, false,
                     {QStringLiteral("%Ln Element")}};
    EXPECT_EQ(messageProblems(plural, 2).size(), 1) << "one form where German has two";
    plural.translations.append(QStringLiteral("%Ln Elemente"));
    EXPECT_TRUE(messageProblems(plural, 2).isEmpty());

    EXPECT_EQ(acceleratorCount(QStringLiteral("Tom && Jerry")), 0);
    EXPECT_EQ(placeholders(QStringLiteral("%L2 of %1, %Ln")), (QStringList{QStringLiteral("%1"), QStringLiteral("%L2"), QStringLiteral("%Ln")}));
    EXPECT_EQ(pluralFormCount(QStringLiteral("zh_CN")), 1);
    EXPECT_EQ(pluralFormCount(QStringLiteral("de_DE")), 2);
}

TEST(Translations, AnUnreadableFileIsNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.ts"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("<TS language=\"de_DE\"><context><name>X</name><message><source>a</source>");
    out.close();
    EXPECT_FALSE(readTsFile(path).error.isEmpty());
    EXPECT_FALSE(readTsFile(dir.filePath(QStringLiteral("absent.ts"))).error.isEmpty());
}
