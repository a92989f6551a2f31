// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "projectcontroller.h"

#include <QFileInfo>

#include <algorithm>
#include <filesystem>

namespace tse::gui {

ProjectController::ProjectController(QObject* parent) : QObject(parent) {}

ProjectController::~ProjectController() = default;

QString ProjectController::displayName() const
{
    if (path_.isEmpty())
        return tr("Untitled");
    return readOnly() ? tr("%1 (read-only)").arg(QFileInfo(path_).fileName()) : QFileInfo(path_).fileName();
}

const run::RunRecord* ProjectController::run(int id) const
{
    const auto it = runs_.find(id);
    return it == runs_.end() ? nullptr : &it->second;
}

void ProjectController::setModified(bool modified)
{
    if (modified_ == modified)
        return;
    modified_ = modified;
    emit modifiedChanged(modified_);
}

QString ProjectController::uniqueName(const QString& wanted, int exceptId) const
{
    auto taken = [&](const QString& name) {
        for (const auto& [id, r] : runs_)
            if (id != exceptId && QString::fromStdString(r.name) == name)
                return true;
        return false;
    };
    QString name = wanted.trimmed();
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted.trimmed()).arg(n);
    return name;
}

int ProjectController::addRun(run::RunRecord record)
{
    const int id = nextUnsavedId_--;
    record.id = id;
    record.name = uniqueName(QString::fromStdString(record.name), id).toStdString();
    runs_[id] = std::move(record);
    setModified(true);
    emit runAdded(id);
    return id;
}

bool ProjectController::renameRun(int id, const QString& name)
{
    auto it = runs_.find(id);
    if (it == runs_.end() || name.trimmed().isEmpty())
        return false;
    it->second.name = uniqueName(name, id).toStdString();
    if (id > 0)
        renamed_.insert(id);
    setModified(true);
    emit runChanged(id);
    return true;
}

bool ProjectController::setNotes(int id, const QString& notes)
{
    auto it = runs_.find(id);
    if (it == runs_.end())
        return false;
    it->second.notes = notes.toStdString();
    if (id > 0)
        annotated_.insert(id);
    setModified(true);
    emit runChanged(id);
    return true;
}

bool ProjectController::setClusters(int id, run::ClusterLabels clusters)
{
    auto it = runs_.find(id);
    if (it == runs_.end() || (!clusters.empty() && clusters.labels.size() != std::size_t(it->second.coordinates.rows())))
        return false;
    it->second.clusters = std::move(clusters);
    if (id > 0)
        clustered_.insert(id);
    setModified(true);
    emit runChanged(id);
    return true;
}

std::optional<run::RunRecord> ProjectController::takeRun(int id)
{
    auto it = runs_.find(id);
    if (it == runs_.end())
        return std::nullopt;
    run::RunRecord record = std::move(it->second);
    runs_.erase(it);
    if (id > 0)
        deleted_.insert(id);
    setModified(true);
    emit runRemoved(id);
    return record;
}

void ProjectController::restoreRun(run::RunRecord record)
{
    const int id = record.id;
    deleted_.erase(id);
    runs_[id] = std::move(record);
    setModified(true);
    emit runAdded(id);
}

void ProjectController::newProject()
{
    renamed_.clear();
    annotated_.clear();
    clustered_.clear();
    deleted_.clear();
    file_.reset();
    runs_.clear();
    path_.clear();
    nextUnsavedId_ = -1;
    emit pathChanged(path_);
    setModified(false);
    emit runsReset();
}

Status ProjectController::open(const QString& path)
{
    // Editing: a second workbench on the same project gets it read-only (and says why).
    auto file = project::ProjectFile::open(path.toStdString(), project::OpenMode::Editing);
    if (!file)
        return file.error();
    auto summaries = (*file)->runs();
    if (!summaries)
        return summaries.error();
    std::map<int, run::RunRecord> loaded;
    for (const auto& s : summaries.value()) {
        auto record = (*file)->loadRun(s.id);
        if (!record)
            return record.error();  // nothing replaced: the current project stays open
        loaded[s.id] = std::move(record.value());
    }
    file_ = std::move(file.value());
    runs_ = std::move(loaded);
    renamed_.clear();
    annotated_.clear();
    clustered_.clear();
    deleted_.clear();
    path_ = path;
    nextUnsavedId_ = -1;
    emit pathChanged(path_);
    setModified(false);
    emit runsReset();
    return Status::success();
}

Result<const run::MapReplay*> ProjectController::replay(int id)
{
    auto it = runs_.find(id);
    if (it == runs_.end())
        return makeError(ErrorCode::InvalidArgument, "there is no run " + std::to_string(id));
    if (it->second.replay.empty() && id > 0 && file_) {
        auto loaded = file_->loadReplay(id);
        if (!loaded)
            return loaded.error();
        it->second.replay = std::move(loaded.value());
    }
    return &it->second.replay;
}

Result<std::shared_ptr<const run::ReferenceSpace>> ProjectController::referenceSpace(int id)
{
    auto it = runs_.find(id);
    if (it == runs_.end())
        return makeError(ErrorCode::InvalidArgument, "the project has no run " + std::to_string(id));
    if (it->second.referenceSpace)
        return it->second.referenceSpace;
    if (id < 0 || !file_)
        return makeError(ErrorCode::InvalidArgument, "run " + it->second.name + " has no feature space to place items in");
    auto loaded = file_->loadReferenceSpace(id);
    if (loaded)
        it->second.referenceSpace = loaded.value();
    return loaded;
}

Result<int> ProjectController::loadSavedRun(const std::string& name)
{
    if (!file_)
        return makeError(ErrorCode::InvalidArgument, "the project has no file");
    auto summaries = file_->runs();
    if (!summaries)
        return summaries.error();
    for (auto it = summaries->rbegin(); it != summaries->rend(); ++it) {
        if (it->name != name)
            continue;
        if (runs_.count(it->id))
            return it->id;  // already here
        auto record = file_->loadRun(it->id);
        if (!record)
            return record.error();
        runs_[it->id] = std::move(record.value());
        emit runAdded(it->id);
        return it->id;
    }
    return makeError(ErrorCode::InvalidArgument, "the project has no run '" + name + "' yet");
}

Status ProjectController::writeTo(project::ProjectFile& file, bool everything)
{
    // A copy to another file takes the saved runs' feature spaces and replay frames along (they
    // stay on disk until asked for).
    if (everything && file_ && &file != file_.get())
        for (auto& [id, record] : runs_) {
            if (id <= 0)
                continue;
            if (!record.referenceSpace)
                if (auto space = file_->loadReferenceSpace(id))
                    record.referenceSpace = space.value();
            if (record.replay.empty())
                if (auto frames = file_->loadReplay(id))
                    record.replay = std::move(frames.value());
        }
    project::ProjectChanges changes;
    if (!everything) {
        changes.deleted.assign(deleted_.begin(), deleted_.end());
        for (int id : renamed_)
            if (runs_.count(id))
                changes.renamed.emplace_back(id, runs_.at(id).name);
        for (int id : annotated_)
            if (runs_.count(id))
                changes.notes.emplace_back(id, runs_.at(id).notes);
        for (int id : clustered_)
            if (runs_.count(id))
                changes.clusters.emplace_back(id, runs_.at(id).clusters);
    }
    std::vector<int> order;
    for (const auto& [id, record] : runs_)
        if (everything || id < 0)
            order.push_back(id);
    // Unsaved runs (negative ids) in the order they were made: −1, −2, …
    std::sort(order.begin(), order.end(), [](int a, int b) {
        if ((a < 0) != (b < 0))
            return a > 0;
        return a < 0 ? a > b : a < b;
    });
    for (int id : order)
        changes.added.push_back(&runs_.at(id));
    auto ids = file.save(changes);
    if (!ids)
        return ids.error();
    std::map<int, run::RunRecord> renumbered;
    for (auto& [id, record] : runs_)
        if (std::find(order.begin(), order.end(), id) == order.end())
            renumbered[id] = std::move(record);
    for (std::size_t k = 0; k < order.size(); ++k) {
        run::RunRecord record = std::move(runs_.at(order[k]));
        record.id = ids->at(k);
        renumbered[record.id] = std::move(record);
    }
    runs_ = std::move(renumbered);
    renamed_.clear();
    annotated_.clear();
    clustered_.clear();
    deleted_.clear();
    return Status::success();
}

bool ProjectController::readOnly() const { return file_ && file_->readOnly(); }

QString ProjectController::readOnlyReason() const
{
    return file_ ? QString::fromStdString(file_->readOnlyReason()) : QString();
}

Status ProjectController::save()
{
    if (!file_)
        return makeError(ErrorCode::InvalidArgument, "the project has no file yet: use Save As");
    if (auto written = writeTo(*file_, false); !written)
        return written;
    setModified(false);
    emit runsReset();
    return Status::success();
}

Status ProjectController::saveAs(const QString& path)
{
    // Everything is written to a new file beside the target, which replaces the target only
    // when complete: an existing file at that path survives a crash or a full disk.
    const std::string target = path.toStdString();
    if (path != path_)
        if (const auto holder = project::editingLockHolder(target))
            return makeError(ErrorCode::InvalidArgument, target + " is open in another t-SNE Explorer (" + *holder +
                                                             "); choose another name, or close it there first");
    const std::string temporary = target + ".saving";
    std::error_code ec;
    std::filesystem::remove(temporary, ec);
    {
        auto file = project::ProjectFile::create(temporary);
        if (!file)
            return file.error();
        if (auto written = writeTo(*file.value(), true); !written) {
            file.value().reset();
            std::filesystem::remove(temporary, ec);
            return written;
        }
    }
    file_.reset();
    std::filesystem::rename(temporary, target, ec);
    if (ec)
        return makeError(ErrorCode::UnreadableFile, "cannot replace " + target + ": " + ec.message());
    auto reopened = project::ProjectFile::open(target, project::OpenMode::Editing);
    if (!reopened)
        return reopened.error();
    file_ = std::move(reopened.value());
    path_ = path;
    emit pathChanged(path_);
    setModified(false);
    emit runsReset();
    return Status::success();
}

}  // namespace tse::gui
