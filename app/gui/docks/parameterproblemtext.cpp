// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "parameterproblemtext.h"

#include <QCoreApplication>

namespace tse::gui {
namespace {

// Module sentences ("the vgg16 weights are …") stand alone here: capitalised.
QString sentence(const std::string& text)
{
    QString s = QString::fromStdString(text);
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

}  // namespace

QString parameterProblemText(const run::ParameterProblem& p)
{
    using K = run::ProblemKind;
    const QString items = QString::number(p.items);
    switch (p.kind) {
    case K::TooFewItems: return QCoreApplication::translate("ParameterProblem", "t-SNE needs at least 4 items; this dataset has %1.").arg(items);
    case K::IterationsTooFew: return QCoreApplication::translate("ParameterProblem", "At least 1 iteration is needed.");
    case K::PerplexityTooSmall: return QCoreApplication::translate("ParameterProblem", "Perplexity must be at least 1.");
    case K::PerplexityTooLarge:
        return QCoreApplication::translate("ParameterProblem", "Too large for %1 items: at most %2.").arg(items).arg(p.limit, 0, 'f', 1);
    case K::LearningRateInvalid: return QCoreApplication::translate("ParameterProblem", "Enter a number or choose auto.");
    case K::DimensionsInvalid: return QCoreApplication::translate("ParameterProblem", "The map has 2 or 3 dimensions.");
    case K::PcaDimsNegative: return QCoreApplication::translate("ParameterProblem", "0 skips PCA; negative values are not allowed.");
    case K::PcaDimsAboveFeatures: return QCoreApplication::translate("ParameterProblem", "At most %1 (the number of features).").arg(p.limit, 0, 'f', 0);
    case K::PcaDimsAboveItems: return QCoreApplication::translate("ParameterProblem", "At most %1 (the number of items).").arg(p.limit, 0, 'f', 0);
    case K::ExactMethodTooLarge:
        return QCoreApplication::translate("ParameterProblem", "The exact gradient is limited to %1 items; this dataset has %2.").arg(p.limit, 0, 'f', 0).arg(items);
    case K::ThetaOutOfRange: return QCoreApplication::translate("ParameterProblem", "Barnes-Hut theta must be above 0 and at most 1.");
    case K::InputSizeOutOfRange: return QCoreApplication::translate("ParameterProblem", "The model input size must be between 8 and 4096 pixels.");
    case K::NormalisationInvalid: return QCoreApplication::translate("ParameterProblem", "Enter three means and three positive standard deviations.");
    case K::ModelUnavailable:
    case K::OtherOption: return sentence(p.detail);
    }
    return sentence(p.message());
}

QString parameterFieldName(run::ParameterField field)
{
    using F = run::ParameterField;
    switch (field) {
    case F::Items: return QCoreApplication::translate("ParameterProblem", "Dataset");
    case F::Iterations: return QCoreApplication::translate("ParameterProblem", "Iterations");
    case F::Perplexity: return QCoreApplication::translate("ParameterProblem", "Perplexity");
    case F::LearningRate: return QCoreApplication::translate("ParameterProblem", "Learning rate");
    case F::Dimensions: return QCoreApplication::translate("ParameterProblem", "Output");
    case F::PcaDims: return QCoreApplication::translate("ParameterProblem", "Initial PCA dimensions");
    case F::Method: return QCoreApplication::translate("ParameterProblem", "Gradient method");
    case F::Features: return QCoreApplication::translate("ParameterProblem", "Features");
    }
    return {};
}

}  // namespace tse::gui
