// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The status bar's run area: what is going on (stage), a progress bar and a Cancel button
// while a dataset loads or a run computes.

#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace tse::gui {

class RunStatusBar : public QObject {
    Q_OBJECT
public:
    explicit RunStatusBar(QStatusBar* bar);

    // busy: progress and Cancel shown, `what` as the stage; idle: `what` or "Ready".
    void setBusy(bool busy, const QString& what);
    void setProgress(int permille);
    void setStage(const QString& text);
    // A run's progress reads by stage: each preparation stage by name ("Affinities — 40%"), then
    // the bar counts the iterations themselves (showIterations), then "Scoring the map".
    void showRunProgress(int permille, const QString& stage);
    void showIterations(int iteration, int total);
    void retranslate();

signals:
    void cancelClicked();

private:
    QStatusBar* bar_;
    QProgressBar* progress_ = nullptr;
    QLabel* stage_ = nullptr;
    QPushButton* cancel_ = nullptr;
};

}  // namespace tse::gui
