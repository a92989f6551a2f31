// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "sweepwindow.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

#include "figure.h"
#include "tse/tsne/alignment.h"

namespace tse::gui {
namespace {

const QSize kTile(300, 240);

QString value(const std::optional<double>& v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("—");
}

}  // namespace

QString SweepWindow::caption(const run::RunRecord& run)
{
    // The member's own part of the name ("sweep: perplexity 5" → "perplexity 5").
    QString name = QString::fromStdString(run.name);
    if (const int colon = name.indexOf(QStringLiteral(": ")); colon >= 0)
        name = name.mid(colon + 2);
    return tr("%1\nKL %2 · 10-NN %3 · trust %4")
        .arg(name, value(run.klDivergence, 3), value(run.knnAccuracy, 3), value(run.trustworthiness, 3));
}

SweepWindow::SweepWindow(const std::vector<std::pair<int, const run::RunRecord*>>& runs, const QString& title,
                         QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("SweepWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Sweep: %1 — t-SNE Explorer").arg(title));
    auto* grid = new QWidget(this);
    auto* gridLayout = new QGridLayout(grid);
    const int columns = runs.size() <= 4 ? std::max<int>(1, int(runs.size())) : int(std::ceil(std::sqrt(double(runs.size()))));
    const run::RunRecord* first = runs.empty() ? nullptr : runs.front().second;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        const auto& [id, record] = runs[k];
        aligned_.push_back(k > 0 && first && record->coordinates.cols() == first->coordinates.cols() &&
                                   record->coordinates.rows() == first->coordinates.rows()
                               ? tsne::procrustesAlign(first->coordinates, record->coordinates)
                               : record->coordinates);
        figure::FigureOptions options;
        options.size = kTile;
        options.showLegend = false;
        const QImage image = figure::renderFigure(
            figure::classFigure(aligned_.back(), record->labels, record->classNames), options);
        auto* tile = new QToolButton(grid);
        tile->setObjectName(QStringLiteral("sweepTile%1").arg(k));
        tile->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        tile->setIcon(QIcon(QPixmap::fromImage(image)));
        tile->setIconSize(kTile);
        tile->setText(caption(*record));
        tile->setToolTip(tr("Open this run in the main window"));
        tile->setAutoRaise(true);
        connect(tile, &QToolButton::clicked, this, [this, id = id] { emit runChosen(id); });
        gridLayout->addWidget(tile, int(k) / columns, int(k) % columns);
        tiles_.push_back(tile);
    }
    // One legend for all: the classes of the first map.
    QStringList classes;
    if (first)
        for (const auto& name : first->classNames)
            classes << QString::fromStdString(name);
    auto* legend = new QLabel(this);
    legend->setWordWrap(true);
    legend->setText(first ? tr("Maps turned onto the first. Colours: %1.").arg(classes.join(QStringLiteral(", ")))
                          : QString());
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(legend);
    resize(std::min(columns * (kTile.width() + 24) + 40, 1500),
           std::min(int((runs.size() + std::size_t(columns) - 1) / std::size_t(columns)) * (kTile.height() + 70) + 90, 1000));
}

}  // namespace tse::gui
