// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "costestimatetext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tse::gui {
namespace {

QString duration(double seconds)
{
    if (seconds < 10)
        return QCoreApplication::translate("tse::gui::CostEstimateText", "%1 s").arg(QLocale().toString(seconds, 'f', 1));
    if (seconds < 120)
        return QCoreApplication::translate("tse::gui::CostEstimateText", "%1 s").arg(std::lround(seconds));
    if (seconds < 7200)
        return QCoreApplication::translate("tse::gui::CostEstimateText", "%1 min").arg(std::lround(seconds / 60));
    return QCoreApplication::translate("tse::gui::CostEstimateText", "%1 h").arg(QLocale().toString(seconds / 3600, 'f', 1));
}

QString bytes(std::uint64_t value) { return QLocale().formattedDataSize(qint64(value), 1, QLocale::DataSizeSIFormat); }

}  // namespace

QString costEstimateText(const app::CostEstimate& estimate, std::optional<std::uint64_t> availableBytes)
{
    QString text = estimate.featureTimeKnown
                       ? QCoreApplication::translate("tse::gui::CostEstimateText", "Estimated: about %1, %2 of memory").arg(duration(estimate.totalSeconds()), bytes(estimate.peakBytes))
                       : QCoreApplication::translate("tse::gui::CostEstimateText", "Estimated: about %1 plus the model's own time, %2 of memory")
                             .arg(duration(estimate.totalSeconds()), bytes(estimate.peakBytes));
    if (!app::memoryRefusal(estimate, availableBytes).empty())
        text += QLatin1Char('\n') + QCoreApplication::translate("tse::gui::CostEstimateText", "More memory than the %1 available: the run would be refused.").arg(bytes(*availableBytes));
    return text;
}

QString machineSpeedText(std::optional<double> slowdown)
{
    if (!slowdown)
        return QCoreApplication::translate("tse::gui::CostEstimateText",
                                           "Times of the reference machine (2 cores): this machine's speed is measured once, "
                                           "in the background, when the workbench is idle.");
    return QCoreApplication::translate("tse::gui::CostEstimateText",
                                       "Times for this machine: it measured %1× the reference machine's time "
                                       "(measured once and remembered).")
        .arg(QLocale().toString(*slowdown, 'f', 2));
}

}  // namespace tse::gui
