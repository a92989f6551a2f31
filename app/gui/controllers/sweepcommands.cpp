// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "sweepcommands.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>

#include "projectcontroller.h"
#include "runcontroller.h"
#include "sweepwindow.h"

namespace tse::gui {
namespace {

const app::SweepParameter kChoices[] = {app::SweepParameter::Perplexity, app::SweepParameter::LearningRate,
                                        app::SweepParameter::Iterations, app::SweepParameter::Seed,
                                        app::SweepParameter::PcaDims, app::SweepParameter::Exaggeration};

QString choiceName(app::SweepParameter p)
{
    switch (p) {
    case app::SweepParameter::Perplexity: return SweepCommands::tr("Perplexity");
    case app::SweepParameter::LearningRate: return SweepCommands::tr("Learning rate");
    case app::SweepParameter::Iterations: return SweepCommands::tr("Iterations");
    case app::SweepParameter::Seed: return SweepCommands::tr("Seed");
    case app::SweepParameter::PcaDims: return SweepCommands::tr("Initial PCA dimensions");
    case app::SweepParameter::Exaggeration: return SweepCommands::tr("Early exaggeration");
    }
    return {};
}

}  // namespace

SweepCommands::SweepCommands(ProjectController* projects, RunController* runs, QWidget* window, Hooks hooks)
    : QObject(window), projects_(projects), runs_(runs), parentWindow_(window), hooks_(std::move(hooks))
{
    sweep_ = new QAction(this);
    sweep_->setObjectName(QStringLiteral("sweepAction"));
    sweep_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(sweep_, &QAction::triggered, this, &SweepCommands::askAndSweep);
    retranslate();
}

void SweepCommands::addActions(QMenu* runMenu) { runMenu->addAction(sweep_); }

void SweepCommands::retranslate() { sweep_->setText(tr("Parameter s&weep…")); }

void SweepCommands::askAndSweep()
{
    if (active_) {
        emit failed(tr("A sweep is running: cancel it first."));
        return;
    }
    QDialog dialog(parentWindow_);
    dialog.setObjectName(QStringLiteral("sweepDialog"));
    dialog.setWindowTitle(tr("Parameter sweep"));
    auto* grid = new QGridLayout(&dialog);
    QComboBox* parameter[2];
    QLineEdit* values[2];
    const QString defaults[2] = {QStringLiteral("5, 15, 30, 50"), QString()};
    for (int row = 0; row < 2; ++row) {
        parameter[row] = new QComboBox(&dialog);
        parameter[row]->setObjectName(QStringLiteral("sweepParameter%1").arg(row + 1));
        if (row == 1)
            parameter[row]->addItem(tr("(none)"), -1);
        for (auto p : kChoices)
            parameter[row]->addItem(choiceName(p), int(p));
        if (row == 1)
            parameter[row]->setCurrentIndex(0);
        values[row] = new QLineEdit(defaults[row], &dialog);
        values[row]->setObjectName(QStringLiteral("sweepValues%1").arg(row + 1));
        values[row]->setPlaceholderText(row == 0 ? tr("values, e.g. 5, 15, 30, 50") : tr("e.g. auto, 200"));
        grid->addWidget(new QLabel(row == 0 ? tr("&Vary:") : tr("&And:"), &dialog), row, 0);
        grid->addWidget(parameter[row], row, 1);
        grid->addWidget(values[row], row, 2);
    }
    auto* problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("sweepProblem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton* run = buttons->button(QDialogButtonBox::Ok);
    grid->addWidget(problem, 2, 0, 1, 3);
    grid->addWidget(buttons, 3, 0, 1, 3);
    std::vector<app::SweepAxis> axes;
    const auto check = [&] {
        axes.clear();
        QString reason;
        for (int row = 0; row < 2 && reason.isEmpty(); ++row) {
            const int chosen = parameter[row]->currentData().toInt();
            if (chosen < 0)
                continue;
            QString text = values[row]->text();
            text.remove(QLatin1Char(' '));
            auto axis = app::parseSweepAxis(app::sweepParameterName(app::SweepParameter(chosen)) + "=" + text.toStdString());
            if (!axis)
                reason = QString::fromStdString(axis.error().message).remove(QStringLiteral("--sweep "));
            else
                axes.push_back(std::move(axis.value()));
        }
        if (reason.isEmpty()) {
            auto members = app::sweepMembers(hooks_.parameters(), axes);
            if (!members)
                reason = QString::fromStdString(members.error().message);
            else if (auto valid = app::checkSweep(*members, hooks_.itemCount(), 0); !valid)
                reason = QString::fromStdString(valid.error().message);
            else
                run->setText(tr("&Run %n map(s)", nullptr, int(members->size())));
        }
        problem->setText(reason);
        problem->setVisible(!reason.isEmpty());
        run->setEnabled(reason.isEmpty());
    };
    for (int row = 0; row < 2; ++row) {
        connect(parameter[row], &QComboBox::currentIndexChanged, &dialog, check);
        connect(values[row], &QLineEdit::textChanged, &dialog, check);
    }
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() == QDialog::Accepted)
        startSweep(axes);
}

bool SweepCommands::startSweep(const std::vector<app::SweepAxis>& axes)
{
    if (active_) {
        emit failed(tr("A sweep is running: cancel it first."));
        return false;
    }
    auto members = app::sweepMembers(hooks_.parameters(), axes);
    if (!members) {
        emit failed(QString::fromStdString(members.error().message));
        return false;
    }
    if (hooks_.itemCount() == 0) {
        emit failed(tr("Open a dataset first: the sweep runs on it."));
        return false;
    }
    if (auto valid = app::checkSweep(*members, hooks_.itemCount(), 0); !valid) {
        emit failed(QString::fromStdString(valid.error().message));
        return false;
    }
    members_ = std::move(members.value());
    runIds_.clear();
    QStringList varied;
    for (const auto& axis : axes)
        varied << QString::fromStdString(app::sweepParameterName(axis.parameter));
    title_ = varied.join(QStringLiteral(" × "));
    next_ = 0;
    active_ = true;
    runs_->setKeepAffinities(true);
    launchNext();
    return active_;
}

void SweepCommands::launchNext()
{
    if (next_ >= members_.size()) {
        active_ = false;
        runs_->setKeepAffinities(false);
        emit message(tr("Sweep done: %n map(s).", nullptr, int(runIds_.size())), 6000);
        showWindow();
        emit finished(runIds_);
        return;
    }
    const app::SweepMember& member = members_[next_++];
    emit message(tr("Sweep %1 of %2: %3").arg(next_).arg(members_.size()).arg(QString::fromStdString(member.label)), 0);
    if (!hooks_.launch(member.parameters)) {
        active_ = false;
        runs_->setKeepAffinities(false);
        emit failed(tr("The sweep could not start member %1 (%2).").arg(next_).arg(QString::fromStdString(member.label)));
    }
}

void SweepCommands::runEnded(int storedId)
{
    if (!active_)
        return;
    const run::RunRecord* record = storedId ? projects_->run(storedId) : nullptr;
    if (!record || record->status != run::RunStatus::Finished) {
        active_ = false;
        runs_->setKeepAffinities(false);
        emit failed(tr("The sweep stopped at member %1 of %2; the maps made so far are kept.")
                        .arg(next_)
                        .arg(members_.size()));
        if (runIds_.size() > 1)
            showWindow();
        return;
    }
    projects_->renameRun(storedId, tr("sweep: %1").arg(QString::fromStdString(members_[next_ - 1].label)));
    runIds_.push_back(storedId);
    // After the finished run's signals have all been delivered.
    QTimer::singleShot(0, this, &SweepCommands::launchNext);
}

void SweepCommands::showWindow()
{
    std::vector<std::pair<int, const run::RunRecord*>> runs;
    for (int id : runIds_)
        if (const run::RunRecord* record = projects_->run(id))
            runs.emplace_back(id, record);
    if (runs.empty())
        return;
    window_ = new SweepWindow(runs, title_, parentWindow_);
    connect(window_, &SweepWindow::runChosen, this, [this](int id) {
        if (parentWindow_)
            parentWindow_->activateWindow();
        emit runChosen(id);
    });
    window_->show();
}

}  // namespace tse::gui
