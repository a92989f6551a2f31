#pragma once

class QWidget;

namespace tse::gui {

// Help ▸ About: version, what the program does, and the sample's licence.
void showAboutBox(QWidget* parent);

}  // namespace tse::gui
