// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Sharing and failing storage (issue 19): a second workbench on one project, a project that
// cannot be written, and a save onto a full disk.

#include <gtest/gtest.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <QString>
#include <QSysInfo>

#include "tse/project/projectfile.h"

namespace fs = std::filesystem;
using namespace tse::project;

namespace {

fs::path freshDir(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_project_access" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

tse::run::RunRecord record(int n, const std::string& name)
{
    tse::run::RunRecord r;
    r.name = name;
    r.parameters.dataset = "sample";
    r.parameters.tsne.dimensions = 2;
    r.coordinates = tse::Matrix::Random(n, 2);
    r.labels.assign(std::size_t(n), 1);
    r.status = tse::run::RunStatus::Finished;
    return r;
}

std::size_t runCount(const fs::path& path)
{
    auto project = ProjectFile::open(path);
    if (!project)
        return 0;
    auto runs = (*project)->runs();
    return runs ? runs->size() : 0;
}

// A small tmpfs at dir, when this process may mount (root in CI); unmounted at the end.
struct SmallTmpfs {
    fs::path dir;
    bool mounted = false;
    SmallTmpfs(fs::path at, const std::string& size) : dir(std::move(at))
    {
        fs::create_directories(dir);
        mounted = geteuid() == 0 && ::mount("tmpfs", dir.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
    }
    bool remountReadOnly() { return ::mount("tmpfs", dir.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0; }
    ~SmallTmpfs()
    {
        if (mounted)
            ::umount2(dir.c_str(), MNT_DETACH);
    }
};

}  // namespace

TEST(ProjectAccess, ASecondEditorOpensReadOnlyAndSaysWhy)
{
    const auto path = freshDir("two-editors") / "shared.tsnex";
    {
        auto created = ProjectFile::create(path);
        ASSERT_TRUE(created.ok()) << created.error().message;
        ASSERT_TRUE((*created)->addRun(record(20, "first")).ok());
    }
    auto first = ProjectFile::open(path, OpenMode::Editing);
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_FALSE((*first)->readOnly());
    ASSERT_TRUE(editingLockHolder(path).has_value());
    EXPECT_NE(editingLockHolder(path)->find("process " + std::to_string(getpid())), std::string::npos);

    auto second = ProjectFile::open(path, OpenMode::Editing);
    ASSERT_TRUE(second.ok()) << second.error().message;
    ASSERT_TRUE((*second)->readOnly());
    EXPECT_NE((*second)->readOnlyReason().find("open in another t-SNE Explorer (process " + std::to_string(getpid())),
              std::string::npos)
        << (*second)->readOnlyReason();
    // Viewing works; every change is refused with the reason, and nothing is written.
    auto runs = (*second)->runs();
    ASSERT_TRUE(runs.ok());
    ASSERT_EQ(runs->size(), 1u);
    EXPECT_TRUE((*second)->loadRun(runs->front().id).ok());
    auto refused = (*second)->addRun(record(5, "from the second"));
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("read-only"), std::string::npos) << refused.error().message;
    EXPECT_FALSE((*second)->renameRun(runs->front().id, "renamed").ok());
    EXPECT_FALSE((*second)->deleteRun(runs->front().id).ok());
    EXPECT_FALSE((*second)->save(ProjectChanges{}).ok());

    // The first editor keeps saving; once it closes, the project is free for editing again.
    EXPECT_TRUE((*first)->addRun(record(5, "from the first")).ok());
    first->reset();
    EXPECT_FALSE(editingLockHolder(path).has_value());
    second->reset();
    auto third = ProjectFile::open(path, OpenMode::Editing);
    ASSERT_TRUE(third.ok());
    EXPECT_FALSE((*third)->readOnly());
    EXPECT_EQ((*third)->runs()->size(), 2u);
}

TEST(ProjectAccess, TheLockOfAProcessThatEndedIsTakenOver)
{
    const auto path = freshDir("stale-lock") / "p.tsnex";
    ASSERT_TRUE(ProjectFile::create(path).ok());
    // A workbench that crashed left its lock: a process id that is not running, this host.
    pid_t dead = fork();
    if (dead == 0)
        _exit(0);
    ASSERT_GT(dead, 0);
    int status = 0;
    waitpid(dead, &status, 0);
    std::ofstream(path.string() + ".lock") << dead << "\ntsne-explorer\n" << QSysInfo::machineHostName().toStdString() << "\n";
    EXPECT_FALSE(editingLockHolder(path).has_value());
    auto project = ProjectFile::open(path, OpenMode::Editing);
    ASSERT_TRUE(project.ok());
    EXPECT_FALSE((*project)->readOnly()) << (*project)->readOnlyReason();
}

TEST(ProjectAccess, AProjectThatCannotBeWrittenOpensForViewing)
{
    const auto dir = freshDir("read-only");
    SmallTmpfs disk(dir / "disk", "4m");
    const auto path = (disk.mounted ? disk.dir : dir) / "p.tsnex";
    {
        auto created = ProjectFile::create(path);
        ASSERT_TRUE(created.ok()) << created.error().message;
        ASSERT_TRUE((*created)->addRun(record(30, "kept")).ok());
    }
    const auto before = fs::file_size(path);
    // Root writes through permissions, so as root the file system itself becomes read-only.
    if (disk.mounted)
        ASSERT_TRUE(disk.remountReadOnly());
    else
        fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    auto project = ProjectFile::open(path, OpenMode::Editing);
    ASSERT_TRUE(project.ok()) << project.error().message;
    ASSERT_TRUE((*project)->readOnly());
    EXPECT_NE((*project)->readOnlyReason().find("cannot be written"), std::string::npos) << (*project)->readOnlyReason();
    auto runs = (*project)->runs();
    ASSERT_TRUE(runs.ok());
    ASSERT_EQ(runs->size(), 1u);
    auto loaded = (*project)->loadRun(runs->front().id);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->coordinates.rows(), 30);
    auto refused = (*project)->addRun(record(5, "no"));
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("read-only because the file cannot be written"), std::string::npos)
        << refused.error().message;
    project->reset();
    EXPECT_EQ(fs::file_size(path), before);
    if (!disk.mounted)
        fs::permissions(path, fs::perms::owner_all);
}

TEST(ProjectAccess, ASaveOntoAFullDiskFailsAndKeepsThePreviousFile)
{
    // A 1 MiB tmpfs as root (CI); otherwise a 1 MiB file-size limit, which SQLite meets the
    // same way (a write that fails part-way).
    const auto dir = freshDir("full-disk");
    SmallTmpfs disk(dir / "disk", "1m");
    const auto path = (disk.mounted ? disk.dir : dir) / "p.tsnex";
    {
        auto created = ProjectFile::create(path);
        ASSERT_TRUE(created.ok()) << created.error().message;
        ASSERT_TRUE((*created)->addRun(record(2000, "before")).ok());  // ~16 KB of coordinates
    }
    const auto before = fs::file_size(path);
    rlimit previous{};
    getrlimit(RLIMIT_FSIZE, &previous);
    if (!disk.mounted) {
        signal(SIGXFSZ, SIG_IGN);  // a failed write, not a killed process
        rlimit small{1 << 20, previous.rlim_max};
        ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    }
    {
        auto project = ProjectFile::open(path, OpenMode::Editing);
        ASSERT_TRUE(project.ok()) << project.error().message;
        const auto big = record(200'000, "does not fit");  // 1.6 MB of coordinates
        ProjectChanges changes;
        changes.added.push_back(&big);
        changes.renamed.emplace_back(1, "renamed in the same save");
        auto saved = (*project)->save(changes);
        ASSERT_FALSE(saved.ok()) << "the save should not fit";
        EXPECT_NE(saved.error().message.find("keeps its previous state"), std::string::npos) << saved.error().message;
    }
    if (!disk.mounted)
        setrlimit(RLIMIT_FSIZE, &previous);
    // All of the save or none of it: the file opens with its one run, under its old name.
    auto reopened = ProjectFile::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    auto runs = (*reopened)->runs();
    ASSERT_TRUE(runs.ok());
    ASSERT_EQ(runs->size(), 1u);
    EXPECT_EQ(runs->front().name, "before");
    EXPECT_EQ((*reopened)->loadRun(runs->front().id)->coordinates.rows(), 2000);
    EXPECT_LE(fs::file_size(path), before + 4096);
}

TEST(ProjectAccess, AProjectCarriesItsMarkForFileManagers)
{
    // The shared-mime-info type matches SQLite's header and 'tSNE' at byte 68 (application_id).
    const auto path = freshDir("marker") / "p.tsnex";
    ASSERT_TRUE(ProjectFile::create(path).ok());
    std::ifstream in(path, std::ios::binary);
    char header[72] = {};
    ASSERT_TRUE(in.read(header, sizeof header));
    EXPECT_EQ(std::string(header, 15), "SQLite format 3");
    EXPECT_EQ(std::string(header + 68, 4), "tSNE");
}
