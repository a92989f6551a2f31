// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "parameterdock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "costestimatetext.h"
#include "parameterproblemtext.h"
#include "weightsdownloader.h"
#include "pipeline/pipeline.h"
#include "tse/features/torchruntime.h"

#include <QFileInfo>
#include <cmath>
#include <limits>
#include "variancechart.h"

namespace tse::gui {
namespace {

QLabel* makeErrorLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setVisible(false);
    return label;
}

}  // namespace

ParameterDock::ParameterDock(QWidget* parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("ParameterDock"));
    auto* body = new QWidget(this);
    auto* form = new QFormLayout();
    form_ = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    iterations_ = new QSpinBox(body);
    iterations_->setObjectName(QStringLiteral("iterations"));
    iterations_->setRange(1, 100000);
    iterations_->setSingleStep(100);
    iterations_->setValue(1000);

    perplexity_ = new QDoubleSpinBox(body);
    perplexity_->setObjectName(QStringLiteral("perplexity"));
    perplexity_->setRange(1.0, 100000.0);
    perplexity_->setDecimals(1);
    perplexity_->setValue(30.0);

    learningRate_ = new QDoubleSpinBox(body);
    learningRate_->setObjectName(QStringLiteral("learningRate"));
    learningRate_->setRange(0.0, 1000000.0);
    learningRate_->setDecimals(0);
    learningRate_->setSingleStep(50);
    learningRate_->setValue(0.0);

    pcaDims_ = new QSpinBox(body);
    pcaDims_->setObjectName(QStringLiteral("pcaDims"));
    pcaDims_->setRange(0, 100000);
    pcaDims_->setValue(50);

    dimensions_ = new QComboBox(body);
    dimensions_->setObjectName(QStringLiteral("dimensions"));
    dimensions_->addItem(QString(), 2);
    dimensions_->addItem(QString(), 3);
    dimensions_->setCurrentIndex(1);

    seed_ = new QSpinBox(body);
    seed_->setObjectName(QStringLiteral("seed"));
    seed_->setRange(0, 2147483647);
    seed_->setValue(1);

    features_ = new QComboBox(body);
    features_->setObjectName(QStringLiteral("features"));
    for (auto kind : {run::Extractor::RawPixels, run::Extractor::Vgg16, run::Extractor::Vgg19, run::Extractor::VggFile,
                      run::Extractor::TorchScript})
        features_->addItem(QString(), static_cast<int>(kind));

    layer_ = new QComboBox(body);
    layer_->setObjectName(QStringLiteral("featureLayer"));
    for (auto layer : {run::NetworkLayer::Fc7, run::NetworkLayer::Fc6, run::NetworkLayer::Pool5})
        layer_->addItem(QString::fromLatin1(run::layerName(layer)), static_cast<int>(layer));
    modelRow_ = new QWidget(body);
    modelFile_ = new QLineEdit(modelRow_);
    modelFile_->setObjectName(QStringLiteral("modelFile"));
    modelFile_->setClearButtonEnabled(true);
    browseModel_ = new QPushButton(modelRow_);
    browseModel_->setObjectName(QStringLiteral("browseModel"));
    auto* modelLayout = new QHBoxLayout(modelRow_);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    modelLayout->addWidget(modelFile_, 1);
    modelLayout->addWidget(browseModel_);
    inputSize_ = new QSpinBox(body);
    inputSize_->setObjectName(QStringLiteral("inputSize"));
    inputSize_->setRange(8, 4096);
    inputSize_->setValue(224);
    inputMean_ = new QLineEdit(QStringLiteral("0.485, 0.456, 0.406"), body);
    inputMean_->setObjectName(QStringLiteral("inputMean"));
    inputStd_ = new QLineEdit(QStringLiteral("0.229, 0.224, 0.225"), body);
    inputStd_->setObjectName(QStringLiteral("inputStd"));
    faces_ = new QCheckBox(body);
    faces_->setObjectName(QStringLiteral("faces"));
    featuresError_ = makeErrorLabel(body, QStringLiteral("featuresError"));
    downloadButton_ = new QPushButton(body);
    downloadButton_->setObjectName(QStringLiteral("downloadWeights"));
    downloadButton_->setVisible(false);
    connect(downloadButton_, &QPushButton::clicked, this, [this] { emit downloadRequested(extractor()); });
    // torchvision's weights are fetched here, with a progress dialog; the checks then rerun.
    downloader_ = new WeightsDownloader(this);
    connect(this, &ParameterDock::downloadRequested, this, [this](run::Extractor model) {
        downloader_->start(window(), model, qEnvironmentVariable("TSE_WEIGHTS_URL"));
    });
    connect(downloader_, &WeightsDownloader::finished, this, [this](bool ok, const QString& text) {
        validate();
        if (ok)
            emit message(text, 8000);
        else
            QMessageBox::warning(window(), tr("Download weights"), text);
    });
    connect(browseModel_, &QPushButton::clicked, this, &ParameterDock::browseForModel);

    iterationsError_ = makeErrorLabel(body, QStringLiteral("iterationsError"));
    perplexityError_ = makeErrorLabel(body, QStringLiteral("perplexityError"));
    learningRateError_ = makeErrorLabel(body, QStringLiteral("learningRateError"));
    pcaError_ = makeErrorLabel(body, QStringLiteral("pcaError"));
    perplexityHint_ = new QLabel(body);
    perplexityHint_->setObjectName(QStringLiteral("perplexityHint"));
    perplexityHint_->setWordWrap(true);
    perplexityHint_->setStyleSheet(QStringLiteral("color: palette(mid);"));

    varianceChart_ = new VarianceChart(body);
    varianceCaption_ = new QLabel(body);
    varianceCaption_->setObjectName(QStringLiteral("varianceCaption"));
    varianceCaption_->setWordWrap(true);

    for (auto*& label : labels_)
        label = new QLabel(body);
    for (auto*& label : featureLabels_)
        label = new QLabel(body);
    // The four parameters everyone knows and the map's dimensions come first, so that they and
    // Run are in sight in a short dock; the features follow (CNN rows only when a CNN is
    // chosen), and the PCA spectrum and the seed fold away under "More".
    auto* core = new QFormLayout();
    core->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    core->addRow(labels_[2], perplexity_);
    core->addRow(QString(), perplexityHint_);
    core->addRow(QString(), perplexityError_);
    core->addRow(labels_[3], learningRate_);
    core->addRow(QString(), learningRateError_);
    core->addRow(labels_[4], iterations_);
    core->addRow(QString(), iterationsError_);
    core->addRow(labels_[1], pcaDims_);
    core->addRow(QString(), pcaError_);
    core->addRow(labels_[5], dimensions_);
    form->addRow(labels_[0], features_);
    form->addRow(featureLabels_[0], layer_);
    form->addRow(featureLabels_[1], modelRow_);
    form->addRow(featureLabels_[2], inputSize_);
    form->addRow(featureLabels_[3], inputMean_);
    form->addRow(featureLabels_[4], inputStd_);
    // Full-width rows: a long message or check box must not widen the narrow dock.
    form->addRow(faces_);
    form->addRow(featuresError_);
    form->addRow(downloadButton_);
    featureLabels_[0]->setBuddy(layer_);
    featureLabels_[1]->setBuddy(modelFile_);
    featureLabels_[2]->setBuddy(inputSize_);
    featureLabels_[3]->setBuddy(inputMean_);
    featureLabels_[4]->setBuddy(inputStd_);
    moreButton_ = new QToolButton(body);
    moreButton_->setObjectName(QStringLiteral("moreParameters"));
    moreButton_->setCheckable(true);
    moreButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    moreButton_->setArrowType(Qt::RightArrow);
    moreButton_->setAutoRaise(true);
    more_ = new QWidget(body);
    more_->setObjectName(QStringLiteral("moreParametersPanel"));
    auto* moreForm = new QFormLayout(more_);
    moreForm->setContentsMargins(0, 0, 0, 0);
    moreForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    moreForm->addRow(varianceChart_);
    moreForm->addRow(varianceCaption_);
    moreForm->addRow(labels_[6], seed_);
    more_->setVisible(false);
    connect(moreButton_, &QToolButton::toggled, this, [this](bool open) {
        more_->setVisible(open);
        moreButton_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        fitWrappedLabels();
    });
    labels_[0]->setBuddy(features_);
    labels_[1]->setBuddy(pcaDims_);
    labels_[2]->setBuddy(perplexity_);
    labels_[3]->setBuddy(learningRate_);
    labels_[4]->setBuddy(iterations_);
    labels_[5]->setBuddy(dimensions_);
    labels_[6]->setBuddy(seed_);

    runButton_ = new QPushButton(body);
    runButton_->setObjectName(QStringLiteral("runButton"));
    runButton_->setDefault(true);
    cancelButton_ = new QPushButton(body);
    cancelButton_->setObjectName(QStringLiteral("cancelButton"));
    cancelButton_->setEnabled(false);
    sweepButton_ = new QPushButton(body);
    sweepButton_->setObjectName(QStringLiteral("sweepButton"));
    connect(runButton_, &QPushButton::clicked, this, &ParameterDock::runRequested);
    connect(sweepButton_, &QPushButton::clicked, this, &ParameterDock::sweepRequested);
    connect(cancelButton_, &QPushButton::clicked, this, &ParameterDock::cancelRequested);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(runButton_);
    buttons->addWidget(sweepButton_);
    buttons->addWidget(cancelButton_);

    auto* layout = new QVBoxLayout(body);
    layout->addLayout(core);
    layout->addLayout(form);
    layout->addWidget(moreButton_);
    layout->addWidget(more_);
    layout->addStretch(1);
    // Error messages and the chart add height: in a short dock the form scrolls instead of
    // squeezing its rows on top of each other, while Run and Cancel stay in sight below it.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(body);
    auto* outer = new QWidget(this);
    auto* outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 4);
    outerLayout->addWidget(scroll, 1);
    // Why Run is disabled, right above it (the field's own message may be scrolled away).
    // What the run will cost, from the data's size and the settings (pipeline/costestimate.h).
    costEstimate_ = new QLabel(outer);
    costEstimate_->setObjectName(QStringLiteral("costEstimate"));
    costEstimate_->setWordWrap(true);
    costEstimate_->setVisible(false);
    outerLayout->addWidget(costEstimate_);
    runBlocked_ = makeErrorLabel(outer, QStringLiteral("runBlockedReason"));
    outerLayout->addWidget(runBlocked_);
    outerLayout->addLayout(buttons);
    setWidget(outer);

    auto changed = [this] {
        validate();
        emit parametersChanged();
    };
    connect(iterations_, &QSpinBox::valueChanged, this, changed);
    connect(perplexity_, &QDoubleSpinBox::valueChanged, this, changed);
    connect(learningRate_, &QDoubleSpinBox::valueChanged, this, changed);
    connect(pcaDims_, &QSpinBox::valueChanged, this, changed);
    connect(pcaDims_, &QSpinBox::valueChanged, this, [this](int value) {
        varianceChart_->setMarker(value);
        updateVarianceCaption();
    });
    connect(seed_, &QSpinBox::valueChanged, this, changed);
    connect(dimensions_, &QComboBox::currentIndexChanged, this, changed);
    connect(features_, &QComboBox::currentIndexChanged, this, [this, changed] {
        updateFeatureRows();
        changed();
    });
    // A CNN picked by the user: libtorch's 0.4 s start happens now, not when Run is pressed.
    connect(features_, &QComboBox::activated, this, [this] {
        if (extractor() != run::Extractor::RawPixels)
            features::preloadTorchRuntime();
    });
    connect(layer_, &QComboBox::currentIndexChanged, this, changed);
    connect(modelFile_, &QLineEdit::textChanged, this, changed);
    connect(inputSize_, &QSpinBox::valueChanged, this, changed);
    connect(inputMean_, &QLineEdit::textChanged, this, changed);
    connect(inputStd_, &QLineEdit::textChanged, this, changed);
    connect(faces_, &QCheckBox::toggled, this, changed);
    // Long item texts must not set the dock's minimum width: the form would be clipped.
    for (QComboBox* combo : {features_, layer_, dimensions_}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    modelFile_->setMinimumWidth(40);
    browseModel_->setMaximumWidth(browseModel_->fontMetrics().horizontalAdvance(QStringLiteral("……")) + 16);
    connect(modelFile_, &QLineEdit::textChanged, modelFile_, [this](const QString& text) { modelFile_->setToolTip(text); });
    updateFeatureRows();
    retranslate();
    validate();
}

void ParameterDock::retranslate()
{
    setWindowTitle(tr("Parameters"));
    labels_[0]->setText(tr("&Features:"));
    labels_[1]->setText(tr("Initial &PCA dimensions:"));
    labels_[2]->setText(tr("Pe&rplexity:"));
    labels_[3]->setText(tr("&Learning rate:"));
    labels_[4]->setText(tr("&Iterations:"));
    labels_[5]->setText(tr("&Output:"));
    labels_[6]->setText(tr("Random &seed:"));
    features_->setItemText(0, tr("Raw pixels"));
    features_->setItemText(1, tr("VGG16 (ImageNet)"));
    features_->setItemText(2, tr("VGG19 (ImageNet)"));
    features_->setItemText(3, tr("VGG weights file…"));
    features_->setItemText(4, tr("TorchScript model…"));
    features_->setToolTip(tr("What each image becomes before PCA: its pixels, or the activations of a CNN."));
    featureLabels_[0]->setText(tr("La&yer:"));
    featureLabels_[1]->setText(tr("&Model file:"));
    featureLabels_[2]->setText(tr("I&nput size:"));
    featureLabels_[3]->setText(tr("Input &mean:"));
    featureLabels_[4]->setText(tr("Input s&td:"));
    layer_->setToolTip(tr("fc7 (default) and fc6: the fully connected layers (4,096 values); "
                          "pool5: the last convolutional block (25,088 values)."));
    // A narrow dock leaves little room: the button is "…" and the path gets the rest.
    browseModel_->setText(QStringLiteral("…"));
    browseModel_->setToolTip(tr("Choose the model file"));
    faces_->setText(tr("Crop to the largest &face"));
    faces_->setToolTip(tr("Detect the largest face in each image (Haar cascade) and use only it; "
                          "images without a face are used whole and listed in the run's notes."));
    downloadButton_->setText(tr("&Download weights…"));
    inputMean_->setToolTip(tr("Per-channel mean (R, G, B) subtracted after scaling to [0, 1]."));
    inputStd_->setToolTip(tr("Per-channel standard deviation (R, G, B) the input is divided by."));
    updateFeatureRows();
    dimensions_->setItemText(0, tr("2D map"));
    dimensions_->setItemText(1, tr("3D map"));
    learningRate_->setSpecialValueText(tr("auto"));
    pcaDims_->setSpecialValueText(tr("off"));
    learningRate_->setToolTip(tr("Step size of the optimisation; auto = max(N / 12, 50). Typical: 10–1000."));
    perplexity_->setToolTip(tr("Roughly the number of neighbours each point keeps close. Typical: 5–50."));
    pcaDims_->setToolTip(tr("Features are reduced to this many principal components before t-SNE (0 = off)."));
    iterations_->setToolTip(tr("Optimisation steps; the first 250 use early exaggeration."));
    perplexityHint_->setText(tr("Suggested: 5–50."));
    varianceChart_->setToolTip(tr("Share of the variance per principal component (bars) and in total (line); "
                                  "the dashed line marks the PCA dimensions."));
    updateVarianceCaption();
    moreButton_->setText(tr("More: PCA spectrum, seed"));
    runButton_->setText(tr("&Run"));
    runButton_->setToolTip(tr("Start a t-SNE run with these parameters (Ctrl+R)"));
    sweepButton_->setText(tr("S&weep…"));
    sweepButton_->setToolTip(tr("Runs for several values of one or two parameters, shown side by side (Ctrl+Shift+W)"));
    cancelButton_->setText(tr("&Cancel"));
    cancelButton_->setToolTip(tr("Stop the run and keep the map so far (Esc)"));
    validate();
}

void ParameterDock::setExplainedVariance(const std::vector<double>& ratios)
{
    varianceChart_->setRatios(ratios);
    varianceChart_->setMarker(pcaDims_->value());
    updateVarianceCaption();
}

QString ParameterDock::varianceText() const { return varianceCaption_->text(); }

void ParameterDock::updateVarianceCaption()
{
    if (!varianceChart_->hasData()) {
        varianceCaption_->setText(tr("Explained variance: computing…"));
        return;
    }
    const int k = pcaDims_->value();
    if (k == 0)
        varianceCaption_->setText(tr("PCA is off: t-SNE sees all features."));
    else
        varianceCaption_->setText(tr("%n component(s) keep %1% of the variance.", nullptr, k)
                                      .arg(100.0 * varianceChart_->cumulative(k), 0, 'f', 1));
    fitWrappedLabels();
}

void ParameterDock::fitWrappedLabels()
{
    for (QLabel* label : {iterationsError_, perplexityError_, learningRateError_, pcaError_, varianceCaption_,
                          perplexityHint_, featuresError_, runBlocked_}) {
        const int width = label->width() > 20 ? label->width() : label->sizeHint().width();
        label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(width));
    }
}

void ParameterDock::resizeEvent(QResizeEvent* event)
{
    QDockWidget::resizeEvent(event);
    fitWrappedLabels();
}

void ParameterDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

run::RunParameters ParameterDock::parameters() const
{
    run::RunParameters p;
    run::FeatureChoice& f = p.features;
    f.extractor = extractor();
    f.layer = static_cast<run::NetworkLayer>(layer_->currentData().toInt());
    f.modelFile = modelFile_->text().trimmed().toStdString();
    f.faces = faces_->isChecked();
    f.inputSize = inputSize_->value();
    // Three comma-separated numbers; anything else becomes NaN, which the checks report.
    auto triple = [](const QLineEdit* edit) {
        const QStringList parts = edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        std::array<float, 3> values{std::nanf(""), 0.0f, 0.0f};
        if (parts.size() != 3)
            return values;
        for (int c = 0; c < 3; ++c) {
            bool ok = false;
            const float v = parts[c].trimmed().toFloat(&ok);
            values[c] = ok ? v : std::numeric_limits<float>::quiet_NaN();
        }
        return values;
    };
    if (f.extractor == run::Extractor::TorchScript) {
        f.mean = triple(inputMean_);
        f.std = triple(inputStd_);
    }
    p.pcaDims = pcaDims_->value();
    p.tsne.perplexity = perplexity_->value();
    p.tsne.learningRate = learningRate_->value();  // 0 = auto
    p.tsne.iterations = iterations_->value();
    p.tsne.dimensions = dimensions_->currentData().toInt();
    p.tsne.seed = static_cast<std::uint64_t>(seed_->value());
    return p;
}

void ParameterDock::setParameters(const run::RunParameters& p)
{
    const run::FeatureChoice& f = p.features;
    const int features = features_->findData(static_cast<int>(f.extractor));
    features_->setCurrentIndex(features >= 0 ? features : 0);
    const int layer = layer_->findData(static_cast<int>(f.layer));
    layer_->setCurrentIndex(layer >= 0 ? layer : 0);
    modelFile_->setText(QString::fromStdString(f.modelFile));
    faces_->setChecked(f.faces);
    inputSize_->setValue(f.inputSize);
    auto text = [](const std::array<float, 3>& values) {
        QStringList parts;
        for (float v : values)
            parts << QString::number(double(v));
        return parts.join(QStringLiteral(", "));
    };
    inputMean_->setText(text(f.mean));
    inputStd_->setText(text(f.std));
    pcaDims_->setValue(p.pcaDims);
    perplexity_->setValue(p.tsne.perplexity);
    learningRate_->setValue(std::max(0.0, p.tsne.learningRate));
    iterations_->setValue(p.tsne.iterations);
    dimensions_->setCurrentIndex(p.tsne.dimensions == 2 ? 0 : 1);
    seed_->setValue(static_cast<int>(std::min<std::uint64_t>(p.tsne.seed, 2147483647)));
    validate();
}

void ParameterDock::setDataShape(std::size_t itemCount, std::size_t featureCount)
{
    itemCount_ = itemCount;
    featureCount_ = featureCount;
    validate();
}

QString ParameterDock::perplexityProblem() const { return perplexityError_->isVisible() ? perplexityError_->text() : QString(); }
QString ParameterDock::pcaProblem() const { return pcaError_->isVisible() ? pcaError_->text() : QString(); }
QString ParameterDock::featuresProblem() const
{
    return featuresError_->isVisible() ? featuresError_->text() : QString();
}
bool ParameterDock::offersDownload() const { return !downloadButton_->isHidden(); }

void ParameterDock::updateFeatureRows()
{
    const run::Extractor kind = extractor();
    const bool published = kind == run::Extractor::Vgg16 || kind == run::Extractor::Vgg19;
    const bool vgg = published || kind == run::Extractor::VggFile;
    const bool script = kind == run::Extractor::TorchScript;
    form_->setRowVisible(layer_, vgg);
    form_->setRowVisible(modelRow_, vgg || script);
    form_->setRowVisible(inputSize_, script);
    form_->setRowVisible(inputMean_, script);
    form_->setRowVisible(inputStd_, script);
    // For torchvision's own VGGs the file is optional: the torch hub cache is the default.
    modelFile_->setPlaceholderText(published ? tr("torch hub cache (default)") : tr("choose a file"));
}

void ParameterDock::browseForModel()
{
    const bool script = extractor() == run::Extractor::TorchScript;
    const QString file = QFileDialog::getOpenFileName(
        this, script ? tr("Choose a TorchScript model") : tr("Choose VGG weights"),
        QFileInfo(modelFile_->text()).absolutePath(),
        script ? tr("TorchScript models (*.pt *.ptc *.torchscript);;All files (*)")
               : tr("PyTorch weights (*.pth *.pt);;All files (*)"));
    if (!file.isEmpty())
        modelFile_->setText(file);
}

std::size_t ParameterDock::extractedFeatureCount() const
{
    const run::Extractor kind = extractor();
    if (kind == run::Extractor::RawPixels)
        return faces_->isChecked() ? 0 : featureCount_;
    if (kind == run::Extractor::Vgg16 || kind == run::Extractor::Vgg19)
        return static_cast<run::NetworkLayer>(layer_->currentData().toInt()) == run::NetworkLayer::Pool5 ? 25088 : 4096;
    return 0;  // unknown until the model is loaded; checked when the run starts
}

run::Extractor ParameterDock::extractor() const { return static_cast<run::Extractor>(features_->currentData().toInt()); }

void ParameterDock::validate()
{
    const auto params = parameters();
    const auto problems = app::checkRunParameters(params, itemCount_, extractedFeatureCount());
    using Field = run::ParameterField;
    QLabel* perField[] = {iterationsError_, perplexityError_, learningRateError_, pcaError_, featuresError_};
    for (QLabel* label : perField) {
        label->clear();
        label->setVisible(false);
    }
    // Each field shows every problem it has, worded from the problem's kind and numbers.
    auto show = [](QLabel* label, const QString& text) {
        label->setText(label->text().isEmpty() ? text : label->text() + QLatin1Char('\n') + text);
        label->setVisible(true);
    };
    for (const auto& problem : problems) {
        const QString text = parameterProblemText(problem);
        switch (problem.field) {
        case Field::Iterations: show(iterationsError_, text); break;
        case Field::Items:
        case Field::Perplexity: show(perplexityError_, text); break;
        case Field::LearningRate: show(learningRateError_, text); break;
        case Field::PcaDims: show(pcaError_, text); break;
        case Field::Dimensions:
        case Field::Method:
        case Field::Features: show(featuresError_, text); break;
        }
    }
    // torchvision's weights can be fetched; other missing files must be chosen.
    const run::Extractor kind = extractor();
    const bool published = (kind == run::Extractor::Vgg16 || kind == run::Extractor::Vgg19) && modelFile_->text().trimmed().isEmpty();
    downloadButton_->setVisible(published && featuresError_->isVisible());
    valid_ = problems.empty();
    runButton_->setEnabled(valid_ && !running_);
    sweepButton_->setEnabled(valid_ && !running_);
    runBlocked_->setText(valid_ ? QString()
                                : tr("Run is disabled — %1: %2")
                                      .arg(parameterFieldName(problems.front().field), parameterProblemText(problems.front())));
    runBlocked_->setVisible(!valid_);
    costEstimate_->setVisible(itemCount_ > 0);
    if (itemCount_ > 0) {
        costEstimate_->setText(costEstimateText(app::estimateCost(params, itemCount_, extractedFeatureCount(),
                                                                  params.tsne.threads, true, app::InputRows::InMemory,
                                                                  machineSlowdown_.value_or(1.0)),
                                                app::availableMemoryBytes()));
        costEstimate_->setToolTip(machineSpeedText(machineSlowdown_));
    }
    fitWrappedLabels();
}

void ParameterDock::setMachineSlowdown(std::optional<double> slowdown)
{
    machineSlowdown_ = slowdown;
    validate();
}

QString ParameterDock::costEstimateShown() const { return costEstimate_->isHidden() ? QString() : costEstimate_->text(); }

QString ParameterDock::costEstimateToolTip() const { return costEstimate_->toolTip(); }

void ParameterDock::setRunning(bool running)
{
    running_ = running;
    runButton_->setEnabled(valid_ && !running_);
    sweepButton_->setEnabled(valid_ && !running_);
    cancelButton_->setEnabled(running_);
}

}  // namespace tse::gui
