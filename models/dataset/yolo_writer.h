#pragma once

#include "export_options.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace shelf {

struct DatasetSnapshot;
class ExportContext;

/// Writes a YOLO detection dataset (the layout Ultralytics YOLOv5/v8 read):
///
///     data.yaml                 path, train/val sets, nc, names (id: name)
///     classes.txt               the class names, one a line, in id order (darknet tools)
///     images/<set>/<image>      copies (ExportOptions::copyImages, see ImageCopy)
///     labels/<set>/<stem>.txt   one line per box: `class cx cy w h`
///
/// Sets are train and test (data.yaml names test as `val` too, Ultralytics needs one). Class ids
/// are 0-based in sorted name order (the COCO category id minus one). cx, cy, w, h are the box
/// centre and size divided by the image width and height, with 10 decimals: 5e-11 of the image,
/// which reads back within 1e-6 px on images up to 20 000 px. An image without boxes gets an empty
/// label file (a background image). File names: DatasetNames.
class YoloWriter
{
    Q_DECLARE_TR_FUNCTIONS(shelf::YoloWriter)
public:
    /// `imagesPerSet[s]` are the snapshot indices of set s (DatasetSplit::Set). Returns an error
    /// for people, or an empty string.
    static QString write(const DatasetSnapshot& snapshot, const QList<QList<int>>& imagesPerSet,
                         const QMap<QString, int>& categoryIds, const ExportOptions& options,
                         const QString& folder, ExportContext& ctx);
    /// A YAML single-quoted scalar ('' doubles a quote).
    static QString yamlQuoted(const QString& text);
};

} // namespace shelf
