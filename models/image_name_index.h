#pragma once

#include "image_record.h"

#include <QHash>
#include <QList>

namespace shelf {

/// Matches the image names of dataset files to a project's images, and picks the name an export
/// writes. SKU-110K files name images by file name alone ("train_0.jpg"), while a project stores
/// paths relative to its file ("images/train_0.jpg"); a name matches a relative path exactly, or
/// else the file name of exactly one image.
class ImageNameIndex
{
public:
    explicit ImageNameIndex(const QList<ImageRecord>& images);

    /// The image a dataset name refers to, or nullptr (unknown, or a file name shared by several).
    const ImageRecord* find(const QString& name) const;
    /// The name an export writes: the file name where it is unique in the project, else the
    /// relative path. Importing what was exported finds the same image.
    QString exportName(const ImageRecord& image) const;

private:
    QList<ImageRecord> m_images;
    QHash<QString, qsizetype> m_byPath;
    QHash<QString, qsizetype> m_byFileName; ///< -1 where several images share the name
};

} // namespace shelf
