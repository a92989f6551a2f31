// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// The run parameters stored as JSON in projects (and exported beside figures).
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "tse/project/parametersjson.h"
#include "tse/run/parameterproblem.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto document = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (document.isObject()) {
        const auto parameters = tse::project::parametersFromJson(document.object());
        (void)tse::run::checkParameters(parameters, 1000, 784);
    }
    return 0;
}
