// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>

namespace tse::i18n {

TsFile readTsFile(const QString& path)
{
    TsFile file;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        file.error = path + QStringLiteral(": ") + in.errorString();
        return file;
    }
    QXmlStreamReader xml(&in);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                file.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == QLatin1String("unfinished");
                if (!message.numerus)
                    message.translations = {xml.readElementText()};
            } else if (name == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            file.messages.push_back(message);
        }
    }
    if (xml.hasError())
        file.error = QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return file;
}

int pluralFormCount(const QString& language)
{
    const QString code = language.section(QLatin1Char('_'), 0, 0);
    // As Qt Linguist's numerus rules count them: German and English say one and many;
    // Chinese and Korean have no plural.
    if (code == QLatin1String("de") || code == QLatin1String("en"))
        return 2;
    if (code == QLatin1String("zh") || code == QLatin1String("ko"))
        return 1;
    return 0;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    std::sort(found.begin(), found.end());
    return found;
}

int acceleratorCount(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;  // a literal ampersand
            continue;
        }
        if (!text[i + 1].isSpace())
            ++count;
    }
    return count;
}

QStringList messageProblems(const TsMessage& message, int pluralForms)
{
    QStringList problems;
    const QString where = message.context + QStringLiteral(" \"") + message.source + QStringLiteral("\": ");
    if (message.unfinished)
        problems.append(where + QStringLiteral("unfinished"));
    const int expectedForms = message.numerus ? pluralForms : 1;
    if (message.translations.size() != expectedForms)
        problems.append(where + QStringLiteral("%1 forms instead of %2").arg(message.translations.size()).arg(expectedForms));
    const QStringList wanted = placeholders(message.source);
    for (const QString& translation : message.translations) {
        if (translation.trimmed().isEmpty() && !message.source.trimmed().isEmpty()) {
            problems.append(where + QStringLiteral("empty translation"));
            continue;
        }
        QStringList got = placeholders(translation);
        if (got != wanted)
            problems.append(where + QStringLiteral("markers %1 instead of %2 in \"%3\"")
                                        .arg(got.join(QLatin1Char(' ')), wanted.join(QLatin1Char(' ')), translation));
        if (acceleratorCount(translation) != acceleratorCount(message.source))
            problems.append(where + QStringLiteral("%1 accelerators instead of %2 in \"%3\"")
                                        .arg(acceleratorCount(translation))
                                        .arg(acceleratorCount(message.source))
                                        .arg(translation));
    }
    return problems;
}

}  // namespace tse::i18n
