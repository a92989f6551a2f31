// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Replay frames saved with a run: a round trip (read on demand, not with the run), removal with
// the run, frames of another map refused at save, and damaged rows refused with the file and the
// reason while the run itself still loads.

#include <gtest/gtest.h>

#include <filesystem>

#include "rawsql.h"
#include "tse/project/projectfile.h"

namespace fs = std::filesystem;
using namespace tse::project;
using namespace tse::run;

namespace {

fs::path freshProject(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_replay" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir / "p.tsnex";
}

RunRecord replayedRun(int n, int dims)
{
    RunRecord r;
    r.name = "replayed";
    r.status = RunStatus::Finished;
    r.coordinates = tse::Matrix::Random(n, dims);
    r.replay = MapReplay(n, dims);
    for (int k = 0; k < 5; ++k)
        EXPECT_TRUE(r.replay.add(k * 10, tse::Matrix::Random(n, dims) * float(k + 1)));
    return r;
}

}  // namespace

TEST(ProjectReplay, FramesRoundTripAndGoWithTheRun)
{
    const auto path = freshProject("roundtrip");
    const RunRecord r = replayedRun(60, 3);
    int id = 0;
    {
        auto project = ProjectFile::create(path);
        ASSERT_TRUE(project);
        id = (*project)->addRun(r).value();
    }
    auto project = ProjectFile::open(path);
    ASSERT_TRUE(project);
    const auto loaded = (*project)->loadRun(id);
    ASSERT_TRUE(loaded) << loaded.error().message;
    EXPECT_TRUE(loaded->replay.empty()) << "frames are read when asked for, not with every run";
    const auto frames = (*project)->loadReplay(id);
    ASSERT_TRUE(frames) << frames.error().message;
    EXPECT_EQ(frames.value(), r.replay);
    ASSERT_TRUE((*project)->deleteRun(id));
    const auto again = (*project)->addRun([] {
        RunRecord plain;
        plain.name = "plain";
        plain.coordinates = tse::Matrix::Random(60, 3);
        return plain;
    }());
    ASSERT_TRUE(again);
    EXPECT_TRUE((*project)->loadReplay(*again)->empty()) << "no stale frames under a reused id";
    EXPECT_FALSE((*project)->loadReplay(9999)) << "no such run";
    RunRecord wrong = replayedRun(60, 3);
    wrong.coordinates = tse::Matrix::Random(61, 3);
    EXPECT_FALSE((*project)->addRun(wrong)) << "frames of another map";
}

TEST(ProjectReplay, DamagedFramesAreRefusedWithTheReason)
{
    const auto path = freshProject("damaged");
    int id = 0;
    {
        auto project = ProjectFile::create(path);
        ASSERT_TRUE(project);
        id = (*project)->addRun(replayedRun(20, 2)).value();
    }
    for (const char* sql : {"UPDATE run_replay SET frame_values = X'0100'", "UPDATE run_replay SET items = 21",
                            "UPDATE run_replay SET dims = 3", "UPDATE run_replay SET iterations = X'00000000'",
                            "UPDATE run_replay SET steps = zeroblob(3)"}) {
        auto project = ProjectFile::create(path);  // a fresh copy each time
        ASSERT_TRUE(project);
        id = (*project)->addRun(replayedRun(20, 2)).value();
        project->reset();
        executeSql(path, QString::fromLatin1(sql));
        auto opened = ProjectFile::open(path);
        ASSERT_TRUE(opened);
        EXPECT_TRUE((*opened)->loadRun(id)) << "the run itself is not lost";
        const auto frames = (*opened)->loadReplay(id);
        ASSERT_FALSE(frames) << sql;
        EXPECT_EQ(frames.error().code, tse::ErrorCode::BadFormat);
        EXPECT_NE(frames.error().message.find("replay of run"), std::string::npos) << frames.error().message;
        EXPECT_NE(frames.error().message.find(path.string()), std::string::npos);
    }
}
