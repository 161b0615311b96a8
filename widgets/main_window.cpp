#include "main_window.h"

#include "annotation_editor.h"
#include "box_inspector.h"
#include "image_canvas.h"
#include "image_list_model.h"
#include "log.h"
#include "project_document.h"
#include "project_setup.h"
#include "store_error.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoView>
#include <QtConcurrent>

namespace shelf {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_list(new QListView), m_canvas(new ImageCanvas),
      m_editor(new AnnotationEditor(m_canvas, this)), m_inspector(new BoxInspector),
      m_undoView(new QUndoView), m_zoomLabel(new QLabel), m_cursorLabel(new QLabel),
      m_countLabel(new QLabel)
{
    setWindowTitle(tr("ShelfLabel"));
    setCentralWidget(m_canvas);
    auto* dock = new QDockWidget(tr("Images"), this);
    dock->setObjectName(QStringLiteral("imagesDock"));
    dock->setWidget(m_list);
    m_list->setUniformItemSizes(true);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    auto* inspector = new QDockWidget(tr("Labels"), this);
    inspector->setObjectName(QStringLiteral("labelsDock"));
    inspector->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspector);
    connect(m_canvas, &ImageCanvas::selectionChanged, m_inspector, &BoxInspector::setSelection);
    auto* history = new QDockWidget(tr("History"), this);
    history->setObjectName(QStringLiteral("historyDock"));
    history->setWidget(m_undoView);
    m_undoView->setEmptyLabel(tr("<opened>"));
    addDockWidget(Qt::LeftDockWidgetArea, history);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_cursorLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_canvas, &ImageCanvas::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(zoom * 100))); });
    connect(m_canvas, &ImageCanvas::cursorMoved, this, [this](QPointF p, bool inside) {
        m_cursorLabel->setText(inside ? tr("x %1, y %2").arg(int(p.x())).arg(int(p.y()))
                                      : QString());
    });
    connect(m_editor, &AnnotationEditor::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_editor, &AnnotationEditor::imageDone, this, [this] { goToImage(+1); });
    createActions();
    createEditMenus();
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openProject = file->addAction(tr("&Open Project..."));
    openProject->setShortcut(QKeySequence::Open);
    connect(openProject, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                          tr("ShelfLabel projects (*.shelf)"));
        if (!path.isEmpty())
            Q_EMIT openRequested(path);
    });
    QAction* openFolder = file->addAction(tr("Open &Folder of Images..."));
    connect(openFolder, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open Folder of Images"));
        if (!path.isEmpty())
            Q_EMIT openRequested(path);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = view->addAction(tr("Zoom &In"), m_canvas, &ImageCanvas::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus)});
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), m_canvas, &ImageCanvas::zoomOut);
    zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)});
    QAction* fit = view->addAction(tr("&Fit to Window"), m_canvas, &ImageCanvas::zoomToFit);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* actual = view->addAction(tr("&Actual Size"), m_canvas, &ImageCanvas::zoomToActualSize);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addSeparator();
    QAction* rejected = view->addAction(tr("Show &Rejected Boxes"));
    rejected->setCheckable(true);
    connect(rejected, &QAction::toggled, m_canvas, &ImageCanvas::setShowRejected);
}

void MainWindow::createEditMenus()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = new QAction(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    QAction* redo = new QAction(tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    connect(redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_editor->editActions());

    QMenu* review = menuBar()->addMenu(tr("&Review"));
    review->addActions(m_editor->reviewActions());
    review->addSeparator();
    QAction* previous = review->addAction(tr("Pre&vious Image"), this, [this] { goToImage(-1); });
    previous->setObjectName(QStringLiteral("previousImage"));
    previous->setShortcut(QKeySequence(Qt::Key_A));
    QAction* next = review->addAction(tr("Ne&xt Image"), this, [this] { goToImage(+1); });
    next->setObjectName(QStringLiteral("nextImage"));
    next->setShortcut(QKeySequence(Qt::Key_D));
    for (QAction* action : {previous, next}) {
        // Letters belong to text fields when one has focus.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_canvas->addAction(action);
        m_list->addAction(action);
    }
}

void MainWindow::goToImage(int delta)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, m_model->rowCount() - 1);
    m_list->setCurrentIndex(m_model->index(row));
    m_canvas->setFocus();
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    m_list->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_canvas->clear();
    m_currentImage = 0;
    m_undoView->setStack(nullptr);
    m_editor->setDocument(nullptr);
    m_inspector->setDocument(nullptr);
    m_document = std::move(document);
    if (!m_document)
        return;
    m_editor->setDocument(m_document.get());
    m_inspector->setDocument(m_document.get());
    connect(m_document.get(), &ProjectDocument::imageChanged, m_inspector, &BoxInspector::refresh);
    m_undoView->setStack(m_document->undoStack());
    setWindowTitle(tr("%1 - ShelfLabel").arg(QFileInfo(m_document->store().filePath()).fileName()));
    m_model = new ImageListModel(m_document.get(), this);
    m_list->setModel(m_model);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showImage(m_model->imageIdAt(current.row())); });
    auto boxesChanged = [this](qint64 imageId) {
        if (imageId == m_currentImage)
            reloadBoxes();
    };
    connect(m_document.get(), &ProjectDocument::annotationsInserted, this, boxesChanged);
    connect(m_document.get(), &ProjectDocument::annotationsRemoved, this, boxesChanged);
    connect(m_document.get(), &ProjectDocument::annotationsChanged, this, boxesChanged);
    connect(m_document.get(), &ProjectDocument::storeFailed, this, [this](const QString& msg) {
        QMessageBox::critical(this, tr("Change not saved"), msg);
    });
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    updateStatus();
}

void MainWindow::offerRelink(int missing)
{
    if (!m_document || missing <= 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Images not found"),
        tr("%n image(s) of this project are not where the project says. They may have been "
           "moved or renamed. Look for them in a folder?",
           nullptr, missing),
        QMessageBox::Yes | QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder with the missing images"), m_document->store().baseDir().path());
    if (folder.isEmpty())
        return;
    const QString project = m_document->store().filePath();
    int found = 0;
    try {
        found = ProjectSetup::relink(m_document->store(), folder);
    } catch (const StoreError& e) {
        QMessageBox::critical(this, tr("Relink failed"), e.message());
        return;
    }
    QMessageBox::information(this, tr("Relink"),
                             tr("Found %1 of %n missing image(s).", nullptr, missing).arg(found));
    if (found > 0)
        Q_EMIT openRequested(project); // reload the image list with the new paths
}

void MainWindow::showImage(qint64 imageId)
{
    m_currentImage = imageId;
    const quint64 generation = ++m_loadGeneration;
    if (imageId == 0) {
        m_canvas->clear();
        return;
    }
    const ImageRecord image = m_document->image(imageId);
    const QString path = m_document->store().absoluteImagePath(image);
    const int row = m_model->rowOf(imageId);
    m_editor->setImage(imageId, m_model->imageIdAt(row - 1));
    m_inspector->setImage(imageId);
    m_canvas->setSelection({});
    reloadBoxes();
    // Two stages off the UI thread: a quick reduced decode, then the full image.
    for (const bool full : {false, true}) {
        auto* watcher = new QFutureWatcher<ImageDecoder::Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, imageId, full, generation] {
                    if (generation == m_loadGeneration)
                        onDecoded(watcher, imageId, full);
                    watcher->deleteLater();
                });
        watcher->setFuture(QtConcurrent::run([path, full] {
            return full ? ImageDecoder::decode(path)
                        : ImageDecoder::decodePreview(path, kPreviewSide);
        }));
    }
}

void MainWindow::onDecoded(QFutureWatcher<ImageDecoder::Result>* watcher, qint64 imageId, bool full)
{
    const ImageDecoder::Result result = watcher->result();
    if (result.image.isNull()) {
        moduleLogger("ui")->warn("{}", result.error.toStdString());
        statusBar()->showMessage(result.error, 10000);
        return;
    }
    // The full image may finish first on a fast disk; never replace it with the preview.
    if (!full && m_fullShownImage == imageId)
        return;
    m_canvas->setImage(result.image, result.fullSize);
    m_fullShownImage = full ? imageId : 0;
    Q_EMIT imageShown(imageId, full);
}

void MainWindow::reloadBoxes()
{
    m_canvas->setAnnotations(
        m_document->annotations(m_currentImage, AnnotationEditor::workingLayer()));
    m_inspector->refresh();
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_countLabel->clear();
        return;
    }
    const ImageRecord image = m_document->image(m_currentImage);
    int boxes = 0, pending = 0;
    for (const Annotation& a : m_canvas->annotations()) {
        boxes += a.state != ReviewState::Rejected;
        pending += a.state == ReviewState::Proposed;
    }
    m_countLabel->setText(m_currentImage == 0
                              ? tr("%n image(s)", nullptr, int(m_document->images().size()))
                              : tr("%1  ·  %2 x %3 px  ·  %n box(es)", nullptr, boxes)
                                        .arg(image.relativePath)
                                        .arg(image.width)
                                        .arg(image.height) +
                                    QStringLiteral("  ·  ") + tr("%n to review", nullptr, pending));
}

} // namespace shelf
