// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "projectcommands.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

#include "preferences.h"
#include "projectcontroller.h"

namespace tse::gui {

ProjectCommands::ProjectCommands(ProjectController* projects, QWidget* window, std::function<bool()> busy)
    : QObject(window), projects_(projects), window_(window), busy_(std::move(busy))
{
    new_ = new QAction(this);
    new_->setShortcut(QKeySequence::New);
    connect(new_, &QAction::triggered, this, [this] {
        if (!busy_() && maybeSave())
            projects_->newProject();
    });
    open_ = new QAction(this);
    open_->setShortcut(QKeySequence::Open);
    connect(open_, &QAction::triggered, this, &ProjectCommands::openWithDialog);
    save_ = new QAction(this);
    save_->setShortcut(QKeySequence::Save);
    connect(save_, &QAction::triggered, this, &ProjectCommands::save);
    saveAs_ = new QAction(this);
    saveAs_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveAs_, &QAction::triggered, this, &ProjectCommands::saveAs);
}

void ProjectCommands::addActions(QMenu* fileMenu)
{
    fileMenu->addAction(new_);
    fileMenu->addAction(open_);
    recent_ = fileMenu->addMenu(QString());
    connect(recent_, &QMenu::aboutToShow, this, &ProjectCommands::fillRecentMenu);
    fileMenu->addAction(save_);
    fileMenu->addAction(saveAs_);
}

void ProjectCommands::retranslate()
{
    new_->setText(tr("&New project"));
    open_->setText(tr("&Open project…"));
    if (recent_)
        recent_->setTitle(tr("Open &recent"));
    save_->setText(tr("&Save project"));
    saveAs_->setText(tr("Save project &as…"));
}

void ProjectCommands::fillRecentMenu()
{
    recent_->clear();
    for (const QString& path : preferences::recentProjects())
        recent_->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openAndReport(path);
        })->setToolTip(path);
    recent_->setEnabled(!recent_->isEmpty());
}

Status ProjectCommands::openProject(const QString& path)
{
    if (busy_())
        return makeError(ErrorCode::InvalidArgument, "cancel the run before opening a project");
    auto opened = projects_->open(path);
    if (opened)
        preferences::addRecentProject(QFileInfo(path).absoluteFilePath());
    if (opened && projects_->readOnly())
        emit message(tr("%1 is open read-only: %2. Save As keeps changes in another file.")
                         .arg(QFileInfo(path).fileName(), projects_->readOnlyReason()),
                     0);
    return opened;
}

Status ProjectCommands::saveProjectAs(const QString& path)
{
    auto saved = projects_->saveAs(path);
    if (saved)
        preferences::addRecentProject(QFileInfo(path).absoluteFilePath());
    return saved;
}

bool ProjectCommands::maybeSave()
{
    if (!projects_->isModified())
        return true;
    const auto answer = QMessageBox::question(
        window_, tr("Unsaved runs"), tr("%1 has runs that are not saved. Save them?").arg(projects_->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    return save();
}

bool ProjectCommands::save()
{
    if (projects_->path().isEmpty())
        return saveAs();
    if (projects_->readOnly()) {
        emit message(tr("%1 is read-only (%2): choose where to save a copy.")
                         .arg(QFileInfo(projects_->path()).fileName(), projects_->readOnlyReason()),
                     0);
        return saveAs();
    }
    if (auto saved = projects_->save(); !saved) {
        QMessageBox::warning(window_, tr("Save failed"),
                             tr("Could not save %1:\n%2\nThe file keeps its previous content.")
                                 .arg(projects_->path(), QString::fromStdString(saved.error().message)));
        return false;
    }
    emit message(tr("Saved %1").arg(projects_->path()), 5000);
    return true;
}

bool ProjectCommands::saveAs()
{
    QString path = QFileDialog::getSaveFileName(window_, tr("Save project"), projects_->path(),
                                                tr("t-SNE Explorer projects (*.tsnex)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".tsnex")))
        path += QStringLiteral(".tsnex");
    if (auto saved = saveProjectAs(path); !saved) {
        QMessageBox::warning(window_, tr("Save failed"),
                             tr("Could not save %1:\n%2").arg(path, QString::fromStdString(saved.error().message)));
        return false;
    }
    emit message(tr("Saved %1").arg(path), 5000);
    return true;
}

void ProjectCommands::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open project"), QString(),
                                                      tr("t-SNE Explorer projects (*.tsnex);;All files (*)"));
    if (!path.isEmpty())
        openAndReport(path);
}

void ProjectCommands::openAndReport(const QString& path)
{
    if (auto opened = openProject(path); !opened)
        reportOpenFailure(path, opened.error());
}

void ProjectCommands::reportOpenFailure(const QString& path, const Error& error)
{
    QMessageBox::warning(window_, tr("Open failed"),
                         tr("Could not open %1:\n%2").arg(path, QString::fromStdString(error.message)));
}

}  // namespace tse::gui
