// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "aboutbox.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace tse::gui {

void showAboutBox(QWidget* parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("tse::gui::MainWindow", "About t-SNE Explorer"),
                       QCoreApplication::translate(
                           "tse::gui::MainWindow", "<b>t-SNE Explorer %1</b><p>Turns image collections into interactive 3D maps.</p>"
                                         "<p>The bundled sample is from Fashion-MNIST © Zalando SE, MIT licence.</p>")
                           .arg(QStringLiteral(TSE_VERSION)));
}

}  // namespace tse::gui
