// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#pragma once
// The parameter editor: the four parameters users know from t-SNE demos plus output
// dimensions, seed and feature extractor. Problems are shown next to the field they concern
// as soon as a value changes, never only after a failed run.

#include <QDockWidget>

#include "tse/run/runrecord.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace tse::gui {

class VarianceChart;

class ParameterDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ParameterDock(QWidget* parent = nullptr);

    run::RunParameters parameters() const;
    void setParameters(const run::RunParameters& parameters);
    // The data the next run will use, so limits (perplexity, PCA dims) can be checked.
    void setDataShape(std::size_t itemCount, std::size_t featureCount);
    bool isValid() const { return valid_; }
    // The problem shown next to a field, empty when fine (for tests).
    QString perplexityProblem() const;
    QString pcaProblem() const;
    QString featuresProblem() const;
    // Whether the editor offers to download the chosen VGG's weights (they are missing).
    bool offersDownload() const;
    // Checks the feature settings again (e.g. after weights were downloaded).
    void refreshFeatureChecks() { validate(); }
    void setRunning(bool running);
    // PCA explained-variance ratios of the current dataset (empty: unknown, being computed).
    void setExplainedVariance(const std::vector<double>& ratios);
    QString varianceText() const;
    // This machine's time over the reference machine's for the cost estimate
    // (pipeline/machinespeed.h); nothing while it is not measured yet.
    void setMachineSlowdown(std::optional<double> slowdown);
    // The estimate line and its tooltip, as shown (for tests).
    QString costEstimateShown() const;
    QString costEstimateToolTip() const;

signals:
    void runRequested();
    void sweepRequested();
    void cancelRequested();
    void parametersChanged();
    // The user asked to fetch torchvision's weights for "vgg16" or "vgg19".
    void downloadRequested(tse::run::Extractor model);
    // A status-bar message (e.g. the weights arrived).
    void message(const QString& text, int milliseconds);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void validate();
    void retranslate();

    QSpinBox* iterations_ = nullptr;
    QDoubleSpinBox* perplexity_ = nullptr;
    QDoubleSpinBox* learningRate_ = nullptr;
    QSpinBox* pcaDims_ = nullptr;
    QComboBox* dimensions_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QComboBox* features_ = nullptr;
    QComboBox* layer_ = nullptr;
    QLineEdit* modelFile_ = nullptr;
    QPushButton* browseModel_ = nullptr;
    QSpinBox* inputSize_ = nullptr;
    QLineEdit* inputMean_ = nullptr;
    QLineEdit* inputStd_ = nullptr;
    QCheckBox* faces_ = nullptr;
    QLabel* featuresError_ = nullptr;
    QPushButton* downloadButton_ = nullptr;
    class WeightsDownloader* downloader_ = nullptr;
    QLabel* featureLabels_[5] = {};  // layer, model file, input size, mean, std
    QWidget* modelRow_ = nullptr;
    QFormLayout* form_ = nullptr;
    void updateFeatureRows();
    void browseForModel();
    // Feature count after extraction when it is known without loading the model, else 0.
    std::size_t extractedFeatureCount() const;
    run::Extractor extractor() const;
    QLabel* iterationsError_ = nullptr;
    QLabel* perplexityError_ = nullptr;
    QLabel* learningRateError_ = nullptr;
    QLabel* pcaError_ = nullptr;
    QLabel* perplexityHint_ = nullptr;
    VarianceChart* varianceChart_ = nullptr;
    QLabel* varianceCaption_ = nullptr;
    void updateVarianceCaption();
    // Word-wrapped labels get the height their text needs at their current width (the scroll
    // area around the form does not pass height-for-width through).
    void fitWrappedLabels();
    QLabel* labels_[7] = {};
    QPushButton* runButton_ = nullptr;
    QLabel* runBlocked_ = nullptr;     // why Run is disabled, beside the buttons
    QLabel* costEstimate_ = nullptr;   // expected time and memory of the run as set
    QToolButton* moreButton_ = nullptr;  // folds the PCA spectrum and the seed
    QWidget* more_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* sweepButton_ = nullptr;
    std::size_t itemCount_ = 0;
    std::size_t featureCount_ = 0;
    std::optional<double> machineSlowdown_;
    bool valid_ = true;
    bool running_ = false;
};

}  // namespace tse::gui
