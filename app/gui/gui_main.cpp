// shelflabel: the desktop application.
#include "main_window.h"
#include "merge_inspection_controller.h"
#include "project_document.h"
#include "project_opener.h"
#include "recent_projects_menu.h"
#include "theme.h"
#include "translations.h"
#ifdef SHELF_HAVE_INFERENCE
#include "pre_annotation_controller.h"
#endif

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
    // After the names above: the theme is kept in the application's settings.
    Theme::apply(Theme::saved());

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
    MergeInspectionController mergeInspection(&window);
#ifdef SHELF_HAVE_INFERENCE
    PreAnnotationController preAnnotation(&window);
    preAnnotation.loadDefaultModel();
#endif
    auto openPath = [&](const QString& path) {
        ProjectOpener::Opened opened = ProjectOpener::open(path);
        if (!opened.document) {
            QMessageBox::critical(&window, QApplication::translate("shelf::gui", "Cannot open"),
                                  opened.error);
            return;
        }
        window.setDocument(std::move(opened.document));
        window.recentProjects()->add(window.document()->store().filePath());
#ifdef SHELF_HAVE_INFERENCE
        // A folder opened for the first time is pre-annotated at once, in the background.
        if (opened.created)
            preAnnotation.start(window.listedImages());
        else
            preAnnotation.projectOpened();
#endif
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
