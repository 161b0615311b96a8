// MainWindow: docks, status bar, the open document. Menus are in main_window_menus.cpp, the
// image list and image loading in main_window_images.cpp.
#include "main_window.h"

#include "annotation_editor.h"
#include "box_inspector.h"
#include "compare_panel.h"
#include "image_cache.h"
#include "image_canvas.h"
#include "image_list_model.h"
#include "merge_inspector_panel.h"
#include "pre_annotation_bar.h"
#include "project_document.h"
#include "project_setup.h"
#include "set_labels_command.h"
#include "sku_catalog_widget.h"
#include "store_error.h"
#include "warnings_panel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QUndoView>

namespace shelf {
namespace {
constexpr qint64 kThumbnailBudget = 64ll << 20;
// About five 12 MP photos: the current one, and the neighbours decoded ahead.
constexpr qint64 kImageBudget = 256ll << 20;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_list(new QListView),
      m_thumbnails(new ImageCache(kThumbnailBudget, 1, this)),
      m_images(new ImageCache(kImageBudget, 2, this)), m_canvas(new ImageCanvas),
      m_editor(new AnnotationEditor(m_canvas, this)), m_inspector(new BoxInspector),
      m_warnings(new WarningsPanel), m_catalog(new SkuCatalogWidget), m_undoView(new QUndoView),
      m_preAnnotation(new PreAnnotationBar), m_zoomLabel(new QLabel), m_cursorLabel(new QLabel),
      m_countLabel(new QLabel)
{
    setWindowTitle(tr("ShelfLabel"));
    setCentralWidget(m_canvas);
    auto* images = new QDockWidget(tr("Images"), this);
    images->setObjectName(QStringLiteral("imagesDock"));
    images->setWidget(createImageListPanel());
    addDockWidget(Qt::LeftDockWidgetArea, images);
    auto* inspector = new QDockWidget(tr("Labels"), this);
    inspector->setObjectName(QStringLiteral("labelsDock"));
    inspector->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspector);
    connect(m_canvas, &ImageCanvas::selectionChanged, m_inspector, &BoxInspector::setSelection);
    auto* catalog = new QDockWidget(tr("SKU Catalog"), this);
    catalog->setObjectName(QStringLiteral("catalogDock"));
    catalog->setWidget(m_catalog);
    addDockWidget(Qt::RightDockWidgetArea, catalog);
    connect(m_catalog, &SkuCatalogWidget::skuChosen, this, [this](const SkuEntry& sku) {
        const QList<qint64> ids = m_canvas->selection();
        if (!m_document || ids.isEmpty()) {
            statusBar()->showMessage(tr("Select the boxes to label first."), 5000);
            return;
        }
        AnnotationLabels labels;
        labels.shape = sku.shape;
        labels.skuId = sku.skuId;
        labels.productName = sku.name;
        labels.productType = sku.type;
        labels.brand = sku.brand;
        labels.size = sku.size;
        labels.flavor = sku.flavor;
        m_document->undoStack()->push(new SetLabelsCommand(m_document.get(), ids, labels));
        m_canvas->setFocus();
    });
    auto* warnings = new QDockWidget(tr("Warnings"), this);
    warnings->setObjectName(QStringLiteral("warningsDock"));
    warnings->setWidget(m_warnings);
    addDockWidget(Qt::RightDockWidgetArea, warnings);
    connect(m_warnings, &WarningsPanel::boxRequested, this, [this](qint64 id) {
        for (const Annotation& a : m_canvas->annotations()) {
            if (a.id == id) {
                m_canvas->setSelection({id});
                m_canvas->zoomToBox(a.box);
            }
        }
    });
    createCompareDock();
    auto* history = new QDockWidget(tr("History"), this);
    history->setObjectName(QStringLiteral("historyDock"));
    history->setWidget(m_undoView);
    m_undoView->setEmptyLabel(tr("<opened>"));
    addDockWidget(Qt::RightDockWidgetArea, history);
    // Permanent, so that temporary messages appear beside the counts instead of over them.
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_preAnnotation);
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
    createFileMenu();
    createEditMenus();
    createViewMenu();
    resize(1400, 900);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Child widgets go after the document; a field losing focus on the way out (editingFinished)
    // must not reach a document that is already gone.
    setDocument(nullptr);
    // Docks hide while QMainWindow's destructor deletes them; their handlers use this window.
    m_compareDock->disconnect(this);
    m_inspectorDock->disconnect(this);
}

void MainWindow::createCompareDock()
{
    m_compare = new ComparePanel(m_canvas);
    m_compareDock = new QDockWidget(tr("Compare Layers"), this);
    m_compareDock->setObjectName(QStringLiteral("compareDock"));
    m_compareDock->setWidget(m_compare);
    addDockWidget(Qt::RightDockWidgetArea, m_compareDock);
    // Review docks share the labels dock's place, as tabs: a reviewer needs their full height.
    tabifyDockWidget(findChild<QDockWidget*>(QStringLiteral("labelsDock")), m_compareDock);
    // Compare mode is on while its dock is open: closing the dock clears the overlay.
    m_compareDock->hide();
    connect(m_compareDock, &QDockWidget::visibilityChanged, this,
            [this](bool) { m_compare->setActive(!m_compareDock->isHidden()); });
    connect(m_compare, &ComparePanel::imageRequested, this, &MainWindow::selectImage);
    m_mergeInspector = new MergeInspectorPanel(m_canvas);
    m_inspectorDock = new QDockWidget(tr("EM-Merger Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("mergeInspectorDock"));
    m_inspectorDock->setWidget(m_mergeInspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    tabifyDockWidget(m_compareDock, m_inspectorDock);
    m_inspectorDock->hide();
    connect(m_inspectorDock, &QDockWidget::visibilityChanged, this,
            [this](bool) { m_mergeInspector->setActive(!m_inspectorDock->isHidden()); });
    connect(m_compare, &ComparePanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    m_list->setModel(nullptr);
    m_filter->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_canvas->clear();
    m_images->clear();
    m_thumbnails->clear();
    m_currentImage = m_fullShownImage = m_shownImage = 0;
    m_undoView->setStack(nullptr);
    m_editor->setDocument(nullptr);
    m_inspector->setDocument(nullptr);
    m_catalog->setDocument(nullptr);
    m_compare->setDocument(nullptr);
    m_document = std::move(document);
    if (!m_document)
        return;
    setWindowTitle(tr("%1 - ShelfLabel").arg(QFileInfo(m_document->store().filePath()).fileName()));
    m_editor->setDocument(m_document.get());
    m_inspector->setDocument(m_document.get());
    m_catalog->setDocument(m_document.get());
    m_compare->setDocument(m_document.get());
    m_undoView->setStack(m_document->undoStack());
    m_model = new ImageListModel(m_document.get(), this);
    m_filter->setSourceModel(m_model);
    m_list->setModel(m_filter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                showImage(current.data(ImageListModel::ImageIdRole).toLongLong());
            });
    auto boxesChanged = [this](qint64 imageId) {
        if (imageId == m_currentImage)
            reloadBoxes();
    };
    connect(m_document.get(), &ProjectDocument::annotationsInserted, this, boxesChanged);
    connect(m_document.get(), &ProjectDocument::annotationsRemoved, this, boxesChanged);
    connect(m_document.get(), &ProjectDocument::annotationsChanged, this, boxesChanged);
    connect(m_document.get(), &ProjectDocument::imageChanged, m_inspector, &BoxInspector::refresh);
    connect(m_document.get(), &ProjectDocument::storeFailed, this, [this](const QString& msg) {
        QMessageBox::critical(this, tr("The change was not saved"), msg);
    });
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
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

void MainWindow::reloadBoxes()
{
    m_canvas->setAnnotations(
        m_document->annotations(m_currentImage, AnnotationEditor::workingLayer()));
    m_inspector->refresh();
    m_warnings->setAnnotations(m_canvas->annotations());
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
