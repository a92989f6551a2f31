// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Painting text needs a QGuiApplication; the offscreen platform needs no display.
#include <QGuiApplication>

#include <cstdlib>

inline QGuiApplication& guiApplication()
{
    static int argc = 1;
    static char name[] = "test_figure";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* app = [] {
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        return new QGuiApplication(argc, argv);
    }();
    return *app;
}
