#pragma once

#include "project_store.h"

#include <QAbstractListModel>

namespace shelf {

class ProjectDocument;

/// The images of a project for the image list: file name, status and box counts of one layer.
/// Follows the document's change signals; counts are read from the store per changed image.
class ImageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ImageIdRole = Qt::UserRole + 1, StatusRole, PathRole, BoxCountRole };

    explicit ImageListModel(ProjectDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The layer whose boxes are counted (default: every layer shown, counts of "human").
    void setCountedLayer(const QString& layer);
    qint64 imageIdAt(int row) const;
    int rowOf(qint64 imageId) const;

private:
    void reloadCounts(qint64 imageId);
    void refreshRow(qint64 imageId);

    ProjectDocument* m_document;
    QList<ImageRecord> m_images;
    QHash<qint64, AnnotationCounts> m_counts;
    QString m_layer;
};

} // namespace shelf
