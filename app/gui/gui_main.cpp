// shelflabel: the desktop application.
#include "main_window.h"
#include "project_document.h"
#include "project_opener.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <spdlog/spdlog.h>

using namespace shelf;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ShelfLabel"));
    QApplication::setOrganizationName(QStringLiteral("ShelfLabel"));
    QApplication::setApplicationVersion(QStringLiteral(SHELF_VERSION));
    spdlog::set_level(qEnvironmentVariableIsSet("SHELF_LOG_DEBUG") ? spdlog::level::debug
                                                                   : spdlog::level::info);
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("shelf::gui", "ShelfLabel: make retail-shelf detection datasets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        QApplication::translate("shelf::gui", "A project file, or a folder of images."));
    parser.process(app);

    MainWindow window;
    auto openPath = [&window](const QString& path) {
        ProjectOpener::Opened opened = ProjectOpener::open(path);
        if (!opened.document) {
            QMessageBox::critical(&window, QApplication::translate("shelf::gui", "Cannot open"),
                                  opened.error);
            return;
        }
        window.setDocument(std::move(opened.document));
        for (const QString& w : opened.warnings)
            spdlog::warn("{}", w.toStdString());
        // Queued, so that the window is up before the question is asked.
        QMetaObject::invokeMethod(
            &window, [&window, n = opened.missingImages] { window.offerRelink(n); },
            Qt::QueuedConnection);
    };
    QObject::connect(&window, &MainWindow::openRequested, &window, openPath);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        openPath(parser.positionalArguments().constFirst());
    return app.exec();
}
