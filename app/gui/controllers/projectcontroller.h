// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The open project: its runs in memory, the file they are saved to, and whether there are
// unsaved changes. Runs are kept in memory until Save, which writes every change in one
// transaction; unsaved runs have negative ids until then.

#include <QObject>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <memory>

#include "tse/common/result.h"
#include "tse/project/projectfile.h"
#include "tse/run/runrecord.h"

namespace tse::gui {

class ProjectController : public QObject {
    Q_OBJECT
public:
    explicit ProjectController(QObject* parent = nullptr);
    ~ProjectController() override;

    QString path() const { return path_; }
    // "Untitled" or the file name.
    QString displayName() const;
    bool isModified() const { return modified_; }
    // The open file cannot take changes (another workbench has it, or it cannot be written):
    // Save then means Save As.
    bool readOnly() const;
    QString readOnlyReason() const;
    const std::map<int, run::RunRecord>& runs() const { return runs_; }
    const run::RunRecord* run(int id) const;

    // `wanted`, or "wanted (2)", "wanted (3)", … : names are unique in a project (exceptId's own
    // name does not count).
    QString uniqueName(const QString& wanted, int exceptId = 0) const;
    // What placing new items on run id needs: kept in memory by a run made in this session,
    // read from the file (once, then kept) for a saved one. The error says why there is none.
    Result<std::shared_ptr<const run::ReferenceSpace>> referenceSpace(int id);
    // The run's replay frames: in memory for a run of this session, read from the file (once,
    // then kept) for a saved one; empty when it has none. The error says why they cannot be read.
    Result<const run::MapReplay*> replay(int id);
    // A run another program (a cluster job, the CLI) saved into the open file since it was opened,
    // found by name: loaded and shown as saved. Returns its id; an error when it is not there.
    Result<int> loadSavedRun(const std::string& name);
    // Keeps a finished run under a unique name; returns its (temporary) id.
    int addRun(run::RunRecord record);
    void newProject();
    bool renameRun(int id, const QString& name);
    bool setNotes(int id, const QString& notes);
    // The run's map clusters found (or cleared, when empty); false for another map's.
    bool setClusters(int id, run::ClusterLabels clusters);
    // Removes a run and returns it, so it can be restored (undo).
    std::optional<run::RunRecord> takeRun(int id);
    void restoreRun(run::RunRecord record);
    Status open(const QString& path);
    // Save needs a path: use saveAs for an untitled project.
    Status save();
    Status saveAs(const QString& path);

signals:
    // The set of runs was replaced (new, open, save renumbering): views rebuild from runs().
    void runsReset();
    void runAdded(int id);
    void runChanged(int id);
    void runRemoved(int id);
    void modifiedChanged(bool modified);
    void pathChanged(const QString& path);

private:
    void setModified(bool modified);
    Status writeTo(project::ProjectFile& file, bool everything);

    QString path_;
    std::unique_ptr<project::ProjectFile> file_;
    std::map<int, run::RunRecord> runs_;
    int nextUnsavedId_ = -1;
    std::set<int> renamed_, annotated_, clustered_, deleted_;  // saved runs changed since the last Save
    bool modified_ = false;
};

}  // namespace tse::gui
