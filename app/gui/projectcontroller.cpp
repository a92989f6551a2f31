#include "projectcontroller.h"

#include <QFileInfo>

#include <algorithm>

namespace tse::gui {

ProjectController::ProjectController(QObject* parent) : QObject(parent) {}

ProjectController::~ProjectController() = default;

QString ProjectController::displayName() const
{
    return path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).fileName();
}

const project::RunRecord* ProjectController::run(int id) const
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

int ProjectController::addRun(project::RunRecord record)
{
    const int id = nextUnsavedId_--;
    record.id = id;
    runs_[id] = std::move(record);
    setModified(true);
    emit runAdded(id);
    return id;
}

void ProjectController::newProject()
{
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
    auto file = project::ProjectFile::open(path.toStdString());
    if (!file)
        return file.error();
    auto summaries = (*file)->runs();
    if (!summaries)
        return summaries.error();
    std::map<int, project::RunRecord> loaded;
    for (const auto& s : summaries.value()) {
        auto record = (*file)->loadRun(s.id);
        if (!record)
            return record.error();  // nothing replaced: the current project stays open
        loaded[s.id] = std::move(record.value());
    }
    file_ = std::move(file.value());
    runs_ = std::move(loaded);
    path_ = path;
    nextUnsavedId_ = -1;
    emit pathChanged(path_);
    setModified(false);
    emit runsReset();
    return Status::success();
}

Status ProjectController::writeTo(project::ProjectFile& file, bool everything)
{
    project::ProjectChanges changes;
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
    std::map<int, project::RunRecord> renumbered;
    for (auto& [id, record] : runs_)
        if (std::find(order.begin(), order.end(), id) == order.end())
            renumbered[id] = std::move(record);
    for (std::size_t k = 0; k < order.size(); ++k) {
        project::RunRecord record = std::move(runs_.at(order[k]));
        record.id = ids->at(k);
        renumbered[record.id] = std::move(record);
    }
    runs_ = std::move(renumbered);
    return Status::success();
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
    auto file = project::ProjectFile::create(path.toStdString());
    if (!file)
        return file.error();
    if (auto written = writeTo(*file.value(), true); !written)
        return written;
    file_ = std::move(file.value());
    path_ = path;
    emit pathChanged(path_);
    setModified(false);
    emit runsReset();
    return Status::success();
}

}  // namespace tse::gui
