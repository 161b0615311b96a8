// MainWindow: menus and their actions.
#include "annotation_editor.h"
#include "compare_panel.h"
#include "export_dialog.h"
#include "image_canvas.h"
#include "main_window.h"
#include "pre_annotation_bar.h"
#include "project_document.h"
#include "recent_projects_menu.h"
#include "settings_dialog.h"
#include "shortcuts_dialog.h"
#include "sku_catalog_widget.h"
#include "theme.h"
#include "warnings_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace shelf {

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openProject = file->addAction(tr("&Open Project..."));
    openProject->setObjectName(QStringLiteral("openProject"));
    openProject->setShortcut(QKeySequence::Open);
    connect(openProject, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                          tr("ShelfLabel projects (*.shelf)"));
        if (!path.isEmpty())
            Q_EMIT openRequested(path);
    });
    QAction* openFolder = file->addAction(tr("New Project from &Folder of Images..."));
    openFolder->setObjectName(QStringLiteral("openFolder"));
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openFolder, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open Folder of Images"));
        if (!path.isEmpty())
            Q_EMIT openRequested(path);
    });
    m_recent = new RecentProjectsMenu(this);
    connect(m_recent, &RecentProjectsMenu::openRequested, this, &MainWindow::openRequested);
    file->addMenu(m_recent);
    file->addSeparator();
    QAction* exportDataset = file->addAction(tr("&Export Dataset..."));
    exportDataset->setObjectName(QStringLiteral("exportDataset"));
    exportDataset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportDataset, &QAction::triggered, this, &MainWindow::showExportDialog);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::showExportDialog()
{
    if (!m_document) {
        statusBar()->showMessage(tr("Open a project first."), 5000);
        return;
    }
    auto* dialog =
        new ExportDialog(m_document->store().filePath(), m_document->store().layerNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::createEditMenus()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = edit->addAction(tr("&Undo"), this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = edit->addAction(tr("&Redo"), this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addSeparator();
    edit->addActions(m_editor->editActions());
    edit->addSeparator();
    QAction* findSku =
        edit->addAction(tr("Find &SKU..."), m_catalog, &SkuCatalogWidget::focusSearch);
    findSku->setObjectName(QStringLiteral("findSku"));
    findSku->setShortcut(QKeySequence::Find);
    QAction* importCatalog =
        edit->addAction(tr("&Import SKU Catalog..."), m_catalog, &SkuCatalogWidget::importCatalog);
    importCatalog->setObjectName(QStringLiteral("importCatalog"));
    edit->addSeparator();
    QAction* preferences =
        edit->addAction(tr("&Preferences..."), this, &MainWindow::showSettingsDialog);
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // Ctrl+, everywhere, beside what the platform calls Preferences (none on some desktops).
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferenceKeys);

    QMenu* review = menuBar()->addMenu(tr("&Review"));
    review->addActions(m_editor->reviewActions());
    review->addSeparator();
    QAction* previous = review->addAction(tr("Pre&vious Image"), this, [this] { goToImage(-1); });
    previous->setObjectName(QStringLiteral("previousImage"));
    previous->setShortcut(QKeySequence(Qt::Key_A));
    QAction* next = review->addAction(tr("Ne&xt Image"), this, [this] { goToImage(+1); });
    next->setObjectName(QStringLiteral("nextImage"));
    next->setShortcut(QKeySequence(Qt::Key_D));
    review->addSeparator();
    QAction* current = review->addAction(tr("Pre-annotate &Current Image"), this, [this] {
        if (m_currentImage != 0)
            Q_EMIT preAnnotateRequested({m_currentImage});
    });
    current->setObjectName(QStringLiteral("preAnnotateCurrent"));
    current->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction* listed = review->addAction(tr("Pre-annotate All &Listed Images"), this, [this] {
        if (m_document)
            Q_EMIT preAnnotateRequested(listedImages());
    });
    listed->setObjectName(QStringLiteral("preAnnotateAll"));
    listed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction* model = review->addAction(tr("Choose Detector &Model..."), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose Detector Model"), QString(),
                                         tr("TorchScript models (*.pt *.torchscript)"));
        if (!path.isEmpty())
            Q_EMIT modelChosen(path);
    });
    model->setObjectName(QStringLiteral("chooseModel"));
    review->addSeparator();
    QAction* nextWarning =
        review->addAction(tr("Next &Warning"), m_warnings, &WarningsPanel::nextWarning);
    nextWarning->setObjectName(QStringLiteral("nextWarning"));
    nextWarning->setShortcut(QKeySequence(Qt::Key_F8));
    QAction* previousWarning =
        review->addAction(tr("Previous Warnin&g"), m_warnings, &WarningsPanel::previousWarning);
    previousWarning->setObjectName(QStringLiteral("previousWarning"));
    previousWarning->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    for (QAction* action : {previous, next}) {
        // Letters belong to text fields when one has focus.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_canvas->addAction(action);
        m_list->addAction(action);
    }
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = view->addAction(tr("Zoom &In"), m_canvas, &ImageCanvas::zoomIn);
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus)});
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), m_canvas, &ImageCanvas::zoomOut);
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)});
    QAction* fit = view->addAction(tr("&Fit to Window"), m_canvas, &ImageCanvas::zoomToFit);
    fit->setObjectName(QStringLiteral("zoomFit"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* actual = view->addAction(tr("&Actual Size"), m_canvas, &ImageCanvas::zoomToActualSize);
    actual->setObjectName(QStringLiteral("zoomActual"));
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addSeparator();
    QAction* rejected = view->addAction(tr("Show &Rejected Boxes"));
    rejected->setObjectName(QStringLiteral("showRejected"));
    rejected->setCheckable(true);
    rejected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(rejected, &QAction::toggled, m_canvas, &ImageCanvas::setShowRejected);
    QAction* compare = m_compareDock->toggleViewAction();
    compare->setText(tr("&Compare Layers"));
    compare->setObjectName(QStringLiteral("compareLayers"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    view->addAction(compare);
    connect(compare, &QAction::triggered, m_compareDock, [this](bool on) {
        if (on)
            m_compareDock->raise();
    });
    QAction* inspector = m_inspectorDock->toggleViewAction();
    inspector->setText(tr("&EM-Merger Inspector"));
    inspector->setObjectName(QStringLiteral("mergeInspector"));
    inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    view->addAction(inspector);
    connect(inspector, &QAction::triggered, m_inspectorDock, [this](bool on) {
        if (on)
            m_inspectorDock->raise();
    });
    QAction* blink = view->addAction(tr("&Blink Compared Layers"));
    blink->setObjectName(QStringLiteral("blinkCompare"));
    blink->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(blink, &QAction::triggered, m_compare, &ComparePanel::toggleBlink);
    QMenu* themeMenu = view->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto* themes = new QActionGroup(themeMenu);
    for (Theme::Choice choice :
         {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark}) {
        QAction* action = themeMenu->addAction(Theme::displayName(choice));
        action->setObjectName(QStringLiteral("theme_") + Theme::key(choice));
        action->setCheckable(true);
        action->setData(Theme::key(choice));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [choice] {
            Theme::save(choice);
            Theme::apply(choice);
        });
    }
    // The settings dialog changes the theme too: check the saved one whenever the menu opens.
    auto checkSavedTheme = [themes] {
        for (QAction* action : themes->actions()) {
            action->setChecked(action->data().toString() == Theme::key(Theme::saved()));
            // The platform may have switched between light and dark since the menu was made.
            if (const auto choice = Theme::fromKey(action->data().toString()))
                action->setText(Theme::displayName(*choice));
        }
    };
    checkSavedTheme();
    connect(themeMenu, &QMenu::aboutToShow, themes, checkSavedTheme);
    view->addSeparator();
    QAction* shortcuts = view->addAction(tr("&Keyboard Shortcuts..."));
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(findChildren<QAction*>(), this);
        dialog.exec();
    });
    ShortcutsDialog::applySaved(findChildren<QAction*>());
}

void MainWindow::showSettingsDialog()
{
    auto* dialog = new SettingsDialog(DetectorSettings::load(QSettings()), Theme::saved(),
                                      m_preAnnotation->detectorStatus(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, &MainWindow::detectorSettingsChanged);
    dialog->open();
}

} // namespace shelf
