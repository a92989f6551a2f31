// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// A project: one SQLite file (.tsnex) holding the datasets a user works with and every saved
// run with its parameters, metrics and coordinates.
//
// Every change is one SQLite transaction, so a crash, a kill or a full disk in the middle of a
// save leaves the previous state intact. Opening checks that the file really is a project of
// a version this program can read and never modifies a file it rejects. Coordinates and labels
// are stored as blobs, one row per run, so opening is fast whatever the map sizes.
//
// Threading: a ProjectFile must be used from the thread that opened it (Qt Sql's rule).
//
// Sharing: SQLite keeps concurrent writers safe (a writer waits up to 5 s for another's
// transaction). The workbench opens a project for editing, which also takes a lock file beside
// it (<file>.lock, with the holder's process id and host; a holder that died no longer counts):
// a second workbench on the same project then opens it read-only and says why. A file or folder
// that cannot be written opens read-only too. A read-only project refuses every change with a
// message; Save As still writes a copy elsewhere.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tse/common/result.h"
#include "tse/run/runrecord.h"

class QLockFile;  // Qt Core; the header needs no Qt include

namespace tse::project {

// The project format this program writes; it reads this and every older one.
constexpr int kProjectFormatVersion = 1;

struct RunSummary {
    int id = 0;
    std::string name;
    std::string created;  // ISO 8601, UTC
    std::string dataset;
    run::FeatureChoice features;
    int pcaDims = 0;
    double perplexity = 0.0;
    double learningRate = 0.0;  // 0 = auto
    int iterations = 0;
    int dimensions = 0;
    std::uint64_t seed = 0;
    double seconds = 0.0;
    std::optional<double> klDivergence;
    std::optional<double> trustworthiness;
    run::RunStatus status = run::RunStatus::Finished;
    std::size_t items = 0;
};

// Everything a Save writes, applied in one transaction: all of it or none of it.
struct ProjectChanges {
    std::vector<const run::RunRecord*> added;                 // saved in this order; ids are assigned
    std::vector<std::pair<int, std::string>> renamed;    // id → name
    std::vector<std::pair<int, std::string>> notes;      // id → notes
    std::vector<std::pair<int, run::ClusterLabels>> clusters;  // id → clusters found (empty: removed)
    std::vector<int> deleted;
};

enum class OpenMode {
    Shared,   // other programs may write too (the CLI adding a run)
    Editing,  // also lock the project for this program; read-only if another holds the lock
};

// Who holds the editing lock of the project at path ("process 1234 on host"), if anyone alive.
std::optional<std::string> editingLockHolder(const std::filesystem::path& path);

class ProjectFile {
public:
    // A new, empty project (an existing file is replaced only once the new one is complete).
    static Result<std::unique_ptr<ProjectFile>> create(const std::filesystem::path& path);
    // An existing project; BadFormat with a clear message for anything else.
    static Result<std::unique_ptr<ProjectFile>> open(const std::filesystem::path& path,
                                                     OpenMode mode = OpenMode::Shared);
    static Result<std::unique_ptr<ProjectFile>> openOrCreate(const std::filesystem::path& path);
    ~ProjectFile();
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // True when changes cannot be saved to this file; readOnlyReason() then says why, e.g.
    // "it is open in another t-SNE Explorer (process 1234 on host)" or "the file cannot be written".
    bool readOnly() const { return !readOnlyReason_.empty(); }
    const std::string& readOnlyReason() const { return readOnlyReason_; }

    // Saves a run; returns its new id. A dataset given as a path is stored relative to the
    // project file when it lies below the project's folder.
    Result<int> addRun(const run::RunRecord& record, const std::string& datasetHash = {});
    Result<std::vector<RunSummary>> runs() const;
    // The run with its placement flags; its referenceSpace stays empty (see loadReferenceSpace).
    Result<run::RunRecord> loadRun(int id) const;
    // What placing new items on run id needs, saved with it (N × k floats: loaded only when asked).
    // InvalidArgument, with the reason, when the run was saved without it.
    Result<std::shared_ptr<const run::ReferenceSpace>> loadReferenceSpace(int id) const;
    // The run's replay frames (empty when it has none). Not part of loadRun: a project of many
    // runs opens without reading megabytes of frames per run.
    Result<run::MapReplay> loadReplay(int id) const;
    Status renameRun(int id, const std::string& name);
    Status setNotes(int id, const std::string& notes);
    Status deleteRun(int id);
    // Applies a Save; returns the ids given to the added runs, in order.
    Result<std::vector<int>> save(const ProjectChanges& changes);

private:
    Result<int> insertRun(const run::RunRecord& record, const std::string& datasetHash);
    explicit ProjectFile(std::filesystem::path path, std::string connection);
    Status refuseIfReadOnly(const std::string& what) const;
    std::filesystem::path path_;
    std::string connection_;
    std::string readOnlyReason_;
    std::unique_ptr<QLockFile> lock_;
};

}  // namespace tse::project
