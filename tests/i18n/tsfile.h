// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

// Reads a Qt Linguist .ts file the way lrelease sees it, and says what is wrong with a
// translation: the checks a translator's slip would fail (a dropped %1, a lost accelerator,
// the wrong number of plural forms) are the ones a user would see as a broken label.
namespace tse::i18n {

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations;  // one entry, or one per plural form
};

struct TsFile {
    QString language;  // the TS element's language attribute, e.g. "de_DE"
    std::vector<TsMessage> messages;
    QString error;     // empty when the file was read
};

TsFile readTsFile(const QString& path);

// Plural forms of a language as Qt's lrelease counts them ("de" 2, "zh" 1, …); 0 if unknown.
int pluralFormCount(const QString& language);

// The %1, %L2, %n, %Ln markers of a text, sorted.
QStringList placeholders(const QString& text);

// Keyboard accelerators (single '&' before a character; "&&" is a literal ampersand).
int acceleratorCount(const QString& text);

// What is wrong with one message in a file of the given language; empty when nothing is.
QStringList messageProblems(const TsMessage& message, int pluralForms);

}  // namespace tse::i18n
