// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/common/progress.h"

#include <algorithm>

namespace tse {

Progress::Progress(ReportFn report, CancelFn isCancelled)
    : report_(std::move(report)), isCancelled_(std::move(isCancelled))
{
}

Progress Progress::withFlag(std::shared_ptr<CancelFlag> flag, ReportFn report)
{
    return Progress(std::move(report), [flag = std::move(flag)] { return flag && flag->isCancelled(); });
}

void Progress::report(std::string_view stage, double fraction) const
{
    if (!report_)
        return;
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    report_(stage, begin_ + (end_ - begin_) * clamped);
}

bool Progress::cancelled() const { return isCancelled_ && isCancelled_(); }

Progress Progress::subRange(double begin, double end) const
{
    Progress sub = *this;
    sub.begin_ = begin_ + (end_ - begin_) * std::clamp(begin, 0.0, 1.0);
    sub.end_ = begin_ + (end_ - begin_) * std::clamp(end, 0.0, 1.0);
    return sub;
}

}  // namespace tse
