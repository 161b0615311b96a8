#include "image_list_model.h"

#include "project_document.h"

#include <QFileInfo>

namespace shelf {

ImageListModel::ImageListModel(ProjectDocument* document, QObject* parent)
    : QAbstractListModel(parent), m_document(document), m_images(document->images()),
      m_layer(layers::human)
{
    m_counts = m_document->store().annotationCounts(m_layer);
    auto refresh = [this](qint64 imageId) {
        reloadCounts(imageId);
        refreshRow(imageId);
    };
    connect(document, &ProjectDocument::annotationsInserted, this, refresh);
    connect(document, &ProjectDocument::annotationsRemoved, this, refresh);
    connect(document, &ProjectDocument::annotationsChanged, this, refresh);
    connect(document, &ProjectDocument::imageChanged, this, [this](qint64 imageId) {
        const int row = rowOf(imageId);
        if (row >= 0)
            m_images[row] = m_document->image(imageId);
        refreshRow(imageId);
    });
}

int ImageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

QVariant ImageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageRecord& image = m_images[index.row()];
    const AnnotationCounts counts = m_counts.value(image.id);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  ·  %2  ·  %n box(es)", nullptr, counts.total() - counts.rejected)
            .arg(QFileInfo(image.relativePath).fileName(), imageStatusDisplayName(image.status));
    case Qt::ToolTipRole:
        return tr("%1\n%2 x %3 px").arg(image.relativePath).arg(image.width).arg(image.height);
    case ImageIdRole:
        return image.id;
    case StatusRole:
        return int(image.status);
    case PathRole:
        return image.relativePath;
    case BoxCountRole:
        return counts.total() - counts.rejected;
    default:
        return {};
    }
}

void ImageListModel::setCountedLayer(const QString& layer)
{
    beginResetModel();
    m_layer = layer;
    m_counts = m_document->store().annotationCounts(m_layer);
    endResetModel();
}

qint64 ImageListModel::imageIdAt(int row) const
{
    return row >= 0 && row < m_images.size() ? m_images[row].id : 0;
}

int ImageListModel::rowOf(qint64 imageId) const
{
    for (int row = 0; row < m_images.size(); ++row) {
        if (m_images[row].id == imageId)
            return row;
    }
    return -1;
}

void ImageListModel::reloadCounts(qint64 imageId)
{
    m_counts[imageId] = m_document->store().annotationCounts(m_layer, imageId).value(imageId);
}

void ImageListModel::refreshRow(qint64 imageId)
{
    const int row = rowOf(imageId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

} // namespace shelf
