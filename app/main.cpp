// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// t-SNE Explorer: the executable only starts the application; everything else is tse_gui.

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTimer>

#include <cstring>

#include "mainwindow.h"
#include "scatterview.h"
#include "translations.h"
#include "tse/features/torchruntime.h"

namespace {

// The command line, the same for --help, --version and a real start.
struct CommandLine {
    QCommandLineParser parser;
    QCommandLineOption dataset{QStringLiteral("dataset"), QStringLiteral("Dataset to open: sample, fashion-mnist, a folder or an IDX file."), QStringLiteral("SPEC")};
    QCommandLineOption language{QStringLiteral("lang"), QStringLiteral("User-interface language, e.g. de, zh_CN or ko (default: the system's)."), QStringLiteral("CODE")};
    QCommandLineOption noRun{QStringLiteral("no-autorun"), QStringLiteral("Do not start a run on the first dataset.")};
    QCommandLineOption runNow{QStringLiteral("run"), QStringLiteral("Start a run on the first dataset whatever its size.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"), QStringLiteral("After the first run, save a screenshot of the window to FILE and quit."), QStringLiteral("FILE")};

    CommandLine()
    {
        parser.setApplicationDescription(QStringLiteral("A workbench that turns image collections into 3D t-SNE maps."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({dataset, language, noRun, runNow, screenshot});
        parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A .tsnex project to open."), QStringLiteral("[project]"));
    }
};

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("tsne-explorer"));
    QCoreApplication::setApplicationName(QStringLiteral("tsne-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSE_VERSION));
}

// --help and --version print and exit without a window, so they work without a display.
bool asksOnlyForText(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char* word : {"--help", "-h", "-?", "--help-all", "--version", "-v"})
            if (std::strcmp(argv[i], word) == 0)
                return true;
    return false;
}

}  // namespace

int main(int argc, char** argv)
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameApplication();
        CommandLine commandLine;
        commandLine.parser.process(core);  // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("t-SNE Explorer"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tsne-explorer.svg")));

    CommandLine commandLine;
    QCommandLineParser& parser = commandLine.parser;
    parser.process(app);
    const auto& dataset = commandLine.dataset;
    const auto& language = commandLine.language;
    const auto& noRun = commandLine.noRun;
    const auto& runNow = commandLine.runNow;
    const auto& screenshot = commandLine.screenshot;

    const QLocale locale = parser.isSet(language) ? QLocale(parser.value(language)) : QLocale::system();
    tse::gui::installTranslations(app, locale);

    tse::gui::MainWindow::Options options;
    options.dataset = parser.value(dataset);
    options.autoRun = !parser.isSet(noRun);
    options.autoRunAnySize = parser.isSet(runNow);
    if (!parser.positionalArguments().isEmpty())
        options.project = parser.positionalArguments().first();
    tse::gui::MainWindow window(options);
    window.show();

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QObject::connect(&window, &tse::gui::MainWindow::runFinished, &window, [&window, path] {
            // Let the view draw the final map before grabbing the screen.
            QTimer::singleShot(1500, &window, [&window, path] {
                QPixmap shot = window.grab();
                if (QScreen* screen = window.screen())
                    shot = screen->grabWindow(0, window.x(), window.y(), window.frameGeometry().width(),
                                              window.frameGeometry().height());
                shot.save(path);
                window.scatterView()->renderImage(QSize(1200, 900)).save(path + QStringLiteral(".map.png"));
                QApplication::exit(0);  // not quit(): that would ask to save the run
            });
        });
    }
    const int code = app.exec();
    // A CNN picked just before quitting may still be loading libtorch on its second thread.
    tse::features::waitForTorchRuntime();
    return code;
}
