#pragma once

#include "csv_diagnostic.h"
#include "labels.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shelf {

class ProjectStore;
struct Annotation;

/// Imports COCO JSON files and YOLO folders into a layer of a project, so that existing datasets
/// can be reviewed and exported again. All or nothing, as Sku110kImport: the boxes go in one
/// transaction, and any error (a bad field, an unknown image) leaves the project unchanged.
/// Boxes are added to the layer (nothing is removed).
///
/// Images: a COCO file_name matches an image's relative path, or the file name of exactly one
/// image (ImageNameIndex); a YOLO label file's stem matches an exported stem or a unique file
/// base name (DatasetNames). YOLO boxes are turned into pixels with the project's image sizes;
/// coordinates within 1e-6 px past an edge are put on it (rounding), farther ones clamped to the
/// image with one warning, and a box with no area inside the image is skipped with a warning.
///
/// Labels: a box gets the labels of our COCO extra fields where present (CocoJsonWriter);
/// otherwise its class name labels it as the SKU-110K importer does: a shape key sets the shape,
/// "object" and "unlabelled" set nothing, any other name is the SKU id. Boxes are accepted human
/// boxes, except YOLO lines with a confidence (proposed model boxes) and COCO boxes whose state
/// and origin fields say otherwise.
class DatasetImporter
{
    Q_DECLARE_TR_FUNCTIONS(shelf::DatasetImporter)
public:
    struct Report
    {
        std::optional<CsvDiagnostic> error; ///< what stopped the import
        QList<CsvDiagnostic> warnings;
        qint64 imported = 0;
        qint64 images = 0; ///< images that received boxes
        bool ok() const { return !error; }
    };

    static Report importCoco(ProjectStore& store, const QString& file,
                             const QString& layer = layers::human);
    static Report importYolo(ProjectStore& store, const QString& folder,
                             const QString& layer = layers::human);

    /// Labels a box from a class name (see the class comment).
    static void applyClassName(const QString& className, Annotation& a);
};

} // namespace shelf
