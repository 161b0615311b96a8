// MainWindow: the image list (thumbnails, status filter) and loading images onto the canvas.
#include "annotation_editor.h"
#include "box_inspector.h"
#include "compare_panel.h"
#include "image_cache.h"
#include "image_canvas.h"
#include "image_list_delegate.h"
#include "image_list_model.h"
#include "log.h"
#include "main_window.h"
#include "merge_inspector_panel.h"
#include "project_document.h"

#include <QComboBox>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace shelf {

QWidget* MainWindow::createImageListPanel()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_statusFilter = new QComboBox(panel);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All images"), -1);
    for (int s = int(ImageStatus::New); s <= int(ImageStatus::Done); ++s)
        m_statusFilter->addItem(imageStatusDisplayName(ImageStatus(s)), s);
    layout->addWidget(m_statusFilter);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setFilterRole(ImageListModel::StatusRole);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_filter->setFilterFixedString(status < 0 ? QString() : QString::number(status));
    });
    m_delegate = new ImageListDelegate(m_thumbnails, this);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list);
    connect(m_thumbnails, &ImageCache::ready, m_list->viewport(), qOverload<>(&QWidget::update));
    connect(m_images, &ImageCache::ready, this, [this](const QString& path, int) {
        // A neighbour decoded ahead may be the image the user just moved to.
        if (m_currentImage != 0 && m_fullShownImage != m_currentImage &&
            path == imagePath(m_currentImage)) {
            onDecoded(m_images->cached(path), m_currentImage, true);
        }
    });
    // Full detail streams in band by band over the preview of the image on the canvas.
    connect(m_images, &ImageCache::tileReady, this,
            [this](const QString& path, const QImage& tile, const QRect& rect) {
                if (m_currentImage != 0 && m_shownImage == m_currentImage &&
                    m_fullShownImage != m_currentImage && path == imagePath(m_currentImage))
                    m_canvas->addDetailTile(tile, rect);
            });
    return panel;
}

QList<qint64> MainWindow::listedImages() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids << m_filter->index(row, 0).data(ImageListModel::ImageIdRole).toLongLong();
    return ids;
}

QString MainWindow::imagePath(qint64 imageId) const
{
    return m_document->store().absoluteImagePath(m_document->image(imageId));
}

void MainWindow::goToImage(int delta)
{
    if (!m_document || m_filter->rowCount() == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, m_filter->rowCount() - 1);
    m_list->setCurrentIndex(m_filter->index(row, 0));
    m_canvas->setFocus();
}

void MainWindow::selectImage(qint64 imageId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(imageId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_statusFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_list->setCurrentIndex(index);
}

void MainWindow::showImage(qint64 imageId)
{
    m_currentImage = imageId;
    const quint64 generation = ++m_loadGeneration;
    m_fullShownImage = 0;
    if (imageId == 0) {
        m_canvas->clear();
        return;
    }
    m_delegate->setBaseDir(m_document->store().baseDir());
    const QString path = imagePath(imageId);
    const int row = m_list->currentIndex().row();
    m_editor->setImage(imageId,
                       m_filter->index(row - 1, 0).data(ImageListModel::ImageIdRole).toLongLong());
    m_inspector->setImage(imageId);
    m_compare->setImage(imageId);
    m_mergeInspector->setImage(imageId);
    m_canvas->setSelection({});
    reloadBoxes();
    const ImageDecoder::Result cached = m_images->cached(path);
    if (!cached.image.isNull()) {
        onDecoded(cached, imageId, true);
    } else {
        // Two stages off the UI thread: a quick reduced decode, then the full image.
        auto* watcher = new QFutureWatcher<ImageDecoder::Result>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, imageId, generation] {
            if (generation == m_loadGeneration)
                onDecoded(watcher->result(), imageId, false);
            watcher->deleteLater();
        });
        watcher->setFuture(
            QtConcurrent::run([path] { return ImageDecoder::decodePreview(path, kPreviewSide); }));
        m_images->request(path);
    }
    preloadNeighbours();
}

void MainWindow::preloadNeighbours()
{
    const int row = m_list->currentIndex().row();
    for (int r : {row + 1, row - 1}) {
        const qint64 id = m_filter->index(r, 0).data(ImageListModel::ImageIdRole).toLongLong();
        if (id != 0)
            m_images->request(imagePath(id));
    }
}

void MainWindow::onDecoded(const ImageDecoder::Result& result, qint64 imageId, bool full)
{
    if (result.image.isNull()) {
        moduleLogger("ui")->warn("{}", result.error.toStdString());
        statusBar()->showMessage(result.error, 10000);
        return;
    }
    // The full image may finish first; never replace it with the preview.
    if (!full && m_fullShownImage == imageId)
        return;
    m_canvas->setImage(result.image, result.fullSize);
    m_shownImage = imageId;
    if (full)
        m_fullShownImage = imageId;
    Q_EMIT imageShown(imageId, full);
}

} // namespace shelf
