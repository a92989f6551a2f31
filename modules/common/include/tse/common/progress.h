// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Progress reporting and cooperative cancellation shared by every compute module.
//
// A Progress is cheap to copy and may be called from any thread. Algorithms call report()
// with a fraction in [0, 1] and poll cancelled() at least every ~100 ms of work; when it
// returns true they stop and return ErrorCode::Cancelled (or keep a partial result where the
// API says so). The app maps this onto QPromise; the CLI and tests use a CancelFlag.

#include <atomic>
#include <functional>
#include <memory>
#include <string_view>

namespace tse {

// A shared flag one thread sets and workers read.
class CancelFlag {
public:
    void cancel() { flag_.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return flag_.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> flag_{false};
};

class Progress {
public:
    using ReportFn = std::function<void(std::string_view stage, double fraction)>;
    using CancelFn = std::function<bool()>;

    Progress() = default;
    Progress(ReportFn report, CancelFn isCancelled);
    static Progress withFlag(std::shared_ptr<CancelFlag> flag, ReportFn report = {});

    // fraction is of this Progress' own range; a sub-range maps it onto its parent's.
    void report(std::string_view stage, double fraction) const;
    bool cancelled() const;

    // A Progress for a part of the work spanning [begin, end] of this one's range.
    Progress subRange(double begin, double end) const;

private:
    ReportFn report_;
    CancelFn isCancelled_;
    double begin_ = 0.0;
    double end_ = 1.0;
};

}  // namespace tse
