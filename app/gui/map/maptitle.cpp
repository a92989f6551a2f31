// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "maptitle.h"

#include <QCoreApplication>

namespace tse::gui {

QString mapTitle(const run::RunRecord& record)
{
    const run::RunParameters& p = record.parameters;
    QString features;
    if (p.features.usesNetwork() || p.features.faces)
        features = QString::fromStdString(run::describe(p.features)) + QStringLiteral(", ");
    const QString rate = p.tsne.learningRate > 0 ? QString::number(p.tsne.learningRate)
                                                 : QCoreApplication::translate("MapTitle", "auto");
    const QString pca = p.pcaDims > 0 ? QCoreApplication::translate("MapTitle", "PCA %1").arg(p.pcaDims)
                                      : QCoreApplication::translate("MapTitle", "no PCA");
    QString title = QCoreApplication::translate("MapTitle", "%1 — %2perplexity %3, lr %4, %5 iterations, %6, %7D, seed %8")
                        .arg(QString::fromStdString(record.name), features)
                        .arg(p.tsne.perplexity)
                        .arg(rate)
                        .arg(p.tsne.iterations)
                        .arg(pca)
                        .arg(p.tsne.dimensions)
                        .arg(static_cast<qulonglong>(p.tsne.seed));
    if (record.klDivergence)
        title += QCoreApplication::translate("MapTitle", " — KL %1").arg(*record.klDivergence, 0, 'f', 3);
    if (record.status == run::RunStatus::Cancelled)
        title += QCoreApplication::translate("MapTitle", " — cancelled at iteration %1 of %2")
                     .arg(record.iterationsDone)
                     .arg(p.tsne.iterations);
    return title;
}

QString runOutcomeText(const run::RunRecord& record, const QString& error)
{
    if (!error.isEmpty())
        return QCoreApplication::translate("tse::gui::MainWindow", "Run failed: %1").arg(error);
    if (record.status == run::RunStatus::Cancelled)
        return QCoreApplication::translate("tse::gui::MainWindow", "Run %1 cancelled at iteration %2")
            .arg(record.id)
            .arg(record.iterationsDone);
    return QCoreApplication::translate("tse::gui::MainWindow", "Run %1 finished in %2 s, KL %3")
        .arg(record.id)
        .arg(record.timings.total(), 0, 'f', 1)
        .arg(record.klDivergence.value_or(0.0), 0, 'f', 3);
}

}  // namespace tse::gui
