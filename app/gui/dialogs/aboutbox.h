// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QWidget;

namespace tse::gui {

// Help ▸ About: version, what the program does, and the sample's licence.
void showAboutBox(QWidget* parent);

}  // namespace tse::gui
