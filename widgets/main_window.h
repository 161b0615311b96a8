#pragma once

#include "detector_settings.h"
#include "image_decoder.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QListView;
class QSortFilterProxyModel;
class QUndoView;

namespace shelf {

class AnnotationEditor;
class BoxInspector;
class ComparePanel;
class MergeInspectorPanel;
class ImageCache;
class ImageCanvas;
class ImageListDelegate;
class ImageListModel;
class ProjectDocument;
class PreAnnotationBar;
class RecentProjectsMenu;
class SkuCatalogWidget;
class WarningsPanel;

/// The annotator's window: the project's images (thumbnails, status, box counts, a status
/// filter), the canvas with the editing verbs, the labels dock and the undo history.
///
/// Images are decoded off the UI thread: a reduced preview first, then full detail; the next
/// and previous images of the list are decoded ahead into a byte-budgeted cache, so moving
/// through a folder shows full detail at once. A result for an image that is no longer selected
/// is dropped. Window layout, recent projects and shortcuts persist in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows `document` (ownership is taken). Selects the first image.
    void setDocument(std::unique_ptr<ProjectDocument> document);
    ProjectDocument* document() const { return m_document.get(); }
    ImageCanvas* canvas() const { return m_canvas; }
    AnnotationEditor* editor() const { return m_editor; }
    BoxInspector* inspector() const { return m_inspector; }
    WarningsPanel* warnings() const { return m_warnings; }
    SkuCatalogWidget* catalog() const { return m_catalog; }
    QListView* imageList() const { return m_list; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    RecentProjectsMenu* recentProjects() const { return m_recent; }
    qint64 currentImageId() const { return m_currentImage; }
    PreAnnotationBar* preAnnotationBar() const { return m_preAnnotation; }
    ComparePanel* comparePanel() const { return m_compare; }
    MergeInspectorPanel* mergeInspector() const { return m_mergeInspector; }
    /// Selects `imageId` in the list (clearing the status filter when it hides the image).
    void selectImage(qint64 imageId);
    /// Opens the (non-modal) dataset export dialog for the open project.
    void showExportDialog();
    /// Ids of the images the list shows, in its order (the status filter applied).
    QList<qint64> listedImages() const;
    /// Opens Edit > Preferences (window-modal, not blocking); OK saves the settings and emits
    /// detectorSettingsChanged.
    void showSettingsDialog();

    /// Tells the user that `missing` images of the open project are not where it says, and offers
    /// to look for them under a folder; reopens the project when some were found.
    void offerRelink(int missing);

    /// Longer side of the preview decoded before the full image.
    static constexpr int kPreviewSide = 1600;

Q_SIGNALS:
    /// The user asked to open a project file or a folder of images.
    void openRequested(const QString& path);
    /// Pre-annotate these images with the detector (the app runs it off the UI thread).
    void preAnnotateRequested(const QList<qint64>& imageIds);
    /// The user chose another detector model file.
    void modelChosen(const QString& path);
    /// The user saved new pre-annotation settings (already in QSettings); the next run uses them.
    void detectorSettingsChanged(const shelf::DetectorSettings& settings);
    /// The image `imageId` is on the canvas, reduced or at full resolution (for tests, timing).
    void imageShown(qint64 imageId, bool fullResolution);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createImageListPanel();
    void createCompareDock();
    void createFileMenu();
    void createEditMenus();
    void createViewMenu();
    void restoreLayout();
    void goToImage(int delta);
    void showImage(qint64 imageId);
    void preloadNeighbours();
    void onDecoded(const ImageDecoder::Result& result, qint64 imageId, bool full);
    void reloadBoxes();
    void updateStatus();
    QString imagePath(qint64 imageId) const;

    std::unique_ptr<ProjectDocument> m_document;
    ImageListModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter;
    QListView* m_list;
    QComboBox* m_statusFilter;
    ImageCache* m_thumbnails;
    ImageCache* m_images;
    ImageListDelegate* m_delegate;
    ImageCanvas* m_canvas;
    AnnotationEditor* m_editor;
    BoxInspector* m_inspector;
    WarningsPanel* m_warnings;
    SkuCatalogWidget* m_catalog;
    QUndoView* m_undoView;
    RecentProjectsMenu* m_recent = nullptr;
    PreAnnotationBar* m_preAnnotation;
    ComparePanel* m_compare = nullptr;
    QDockWidget* m_compareDock = nullptr;
    MergeInspectorPanel* m_mergeInspector = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    QLabel* m_zoomLabel;
    QLabel* m_cursorLabel;
    QLabel* m_countLabel;
    qint64 m_currentImage = 0;
    qint64 m_fullShownImage = 0;
    qint64 m_shownImage = 0; ///< the image on the canvas, reduced or full
    quint64 m_loadGeneration = 0;
};

} // namespace shelf
