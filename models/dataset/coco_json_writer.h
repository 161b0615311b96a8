#pragma once

#include "export_options.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace shelf {

struct DatasetSnapshot;
class ExportContext;

/// Writes a COCO object-detection JSON file (cocodataset.org/#format-data) for some images of a
/// snapshot.
///
/// - images: id = 1-based position in the whole snapshot (project order), so ids agree between
///   instances_train.json and instances_test.json; file_name = the image's path relative to the
///   project folder; width/height after EXIF orientation; extra fields shelf_type and store_id.
///   Images are not copied: point a loader's image root at the project folder.
/// - categories: id = 1-based position of the class name in sorted order over the whole export
///   (ExportOptions::classBy), supercategory "product".
/// - annotations: id 1-based in export order; bbox [x, y, w, h] in pixels as doubles
///   (x = x1, w = x2 - x1: integer boxes round-trip exactly, fractional ones within an ulp or
///   two), area = w * h, iscrowd 0, segmentation []. Extra fields keep what the format has no
///   place for, so that a COCO round trip loses nothing: sku_id, name, brand, type, shape, size,
///   flavor (the RP2K attributes, empty strings when unset), state, origin, and confidence where
///   the box has one.
/// The JSON is written by hand into one buffer (450 000 boxes in well under a second), UTF-8.
class CocoJsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(shelf::CocoJsonWriter)
public:
    /// Writes the images at `imageIndices` of `snapshot` to `file`. `categoryIds` maps each class
    /// name to its id. Returns an error for people (naming the file), or an empty string; an empty
    /// string with ctx.cancelled() means it stopped early.
    static QString write(const DatasetSnapshot& snapshot, const QList<int>& imageIndices,
                         const QMap<QString, int>& categoryIds, const ExportOptions& options,
                         const QString& file, ExportContext& ctx);
};

} // namespace shelf
