#pragma once

#include "image_record.h"

#include <QHash>
#include <QList>
#include <QString>

namespace shelf {

/// File names of a project's images inside exported datasets, where every image becomes a file of
/// one flat folder (YOLO labels, VOC annotations, copied images, crop names). The flat name is the
/// image's file name where it is unique in the project, else its relative path with '/' turned
/// into "__". The stem is the flat name without its last suffix; where two images would share a
/// stem ("a.jpg", "a.png") each gets "_<image id>" appended. Importers build the same names from
/// the same project to find the image of a label file, and fall back to a unique file base name for
/// datasets made elsewhere.
class DatasetNames
{
public:
    explicit DatasetNames(const QList<ImageRecord>& images);

    QString stem(qint64 imageId) const { return m_stems.value(imageId); }
    /// stem + the image's own suffix (".jpg"), the name of a copied image.
    QString flatFileName(qint64 imageId) const { return m_flatFiles.value(imageId); }
    /// The image id of a stem: an exported stem, or else a unique file base name; 0 if none.
    qint64 findStem(const QString& stem) const;

private:
    QHash<qint64, QString> m_stems;
    QHash<qint64, QString> m_flatFiles;
    QHash<QString, qint64> m_byStem;
    QHash<QString, qint64> m_byBaseName; ///< -1 where several images share it
};

} // namespace shelf
