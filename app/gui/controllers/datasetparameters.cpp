// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "datasetparameters.h"

#include <QCoreApplication>
#include <QStringList>

#include "preferences.h"
#include "tse/run/parameterproblem.h"

namespace tse::gui {

DatasetParameters parametersForDataset(const QString& spec, const imageio::Dataset& dataset)
{
    DatasetParameters out;
    if (auto remembered = preferences::runParametersFor(spec)) {
        out.parameters = *remembered;
        out.remembered = true;
        return out;
    }
    out.parameters = preferences::defaultRunParameters();
    QStringList changes;
    for (const auto& change : run::fitToData(out.parameters, dataset.size(), dataset.imageBytes())) {
        if (change.field == run::ParameterField::Perplexity)
            changes << QCoreApplication::translate("DatasetParameters", "perplexity %1 → %2")
                           .arg(change.from)
                           .arg(change.to);
        else
            changes << QCoreApplication::translate("DatasetParameters", "PCA dimensions %1 → %2")
                           .arg(change.from)
                           .arg(change.to);
    }
    const int items = static_cast<int>(dataset.size());
    if (!changes.isEmpty())
        out.adjusted = QCoreApplication::translate("DatasetParameters", "Defaults adapted to %n item(s): %1.", "", items)
                           .arg(changes.join(QStringLiteral(", ")));
    return out;
}

}  // namespace tse::gui
