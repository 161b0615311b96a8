#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

#include "image_decoder.h"

class QLabel;
class QListView;
class QUndoView;

namespace shelf {

class AnnotationEditor;
class BoxInspector;
class ImageCanvas;
class ImageListModel;
class ProjectDocument;

/// The first main window: the project's images in a list, the selected one on the canvas with its
/// boxes. Images are decoded off the UI thread, a reduced preview first, then full detail; a result
/// for an image that is no longer selected is dropped.
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
    QListView* imageList() const { return m_list; }
    qint64 currentImageId() const { return m_currentImage; }

    /// Tells the user that `missing` images of the open project are not where it says, and offers
    /// to look for them under a folder; reopens the project when some were found.
    void offerRelink(int missing);

    /// Longer side of the preview decoded before the full image.
    static constexpr int kPreviewSide = 1600;

Q_SIGNALS:
    /// The user asked to open a project file or a folder of images.
    void openRequested(const QString& path);
    /// The full-resolution image of `imageId` is on the canvas (for tests and timing).
    void imageShown(qint64 imageId, bool fullResolution);

private:
    void createActions();
    void createEditMenus();
    void goToImage(int delta);
    void showImage(qint64 imageId);
    void reloadBoxes();
    void onDecoded(QFutureWatcher<ImageDecoder::Result>* watcher, qint64 imageId, bool full);
    void updateStatus();

    std::unique_ptr<ProjectDocument> m_document;
    ImageListModel* m_model = nullptr;
    QListView* m_list;
    ImageCanvas* m_canvas;
    AnnotationEditor* m_editor;
    BoxInspector* m_inspector;
    QUndoView* m_undoView;
    QLabel* m_zoomLabel;
    QLabel* m_cursorLabel;
    QLabel* m_countLabel;
    qint64 m_currentImage = 0;
    qint64 m_fullShownImage = 0;
    quint64 m_loadGeneration = 0;
};

} // namespace shelf
