// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// Run parameters as JSON: how projects store them and how exports describe a run.

#include <QJsonObject>

#include <string>

#include "tse/run/runrecord.h"

namespace tse::project {

// storedDataset: what to write as the dataset (e.g. a path made relative to the project).
QJsonObject parametersToJson(const run::RunParameters& parameters, const std::string& storedDataset);
run::RunParameters parametersFromJson(const QJsonObject& object);

}  // namespace tse::project
