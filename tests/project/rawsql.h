// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Changing a project file behind the program's back, as another program (or damage) would.

#include <gtest/gtest.h>

#include <filesystem>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Runs one SQL statement on any SQLite file.
inline void executeSql(const std::filesystem::path& file, const QString& sql)
{
    const QString name = QStringLiteral("tse-test-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QString::fromStdString(file.string()));
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
