#pragma once

#include "annotation.h"
#include "csv_diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shelf {

/// Reads a COCO object-detection JSON file into plain values; no project here (DatasetImporter
/// maps images and layers).
///
/// Checks, each error naming file:line:column (of the element's opening brace, or of a syntax
/// error) and the field as a JSON path ("annotations[3].bbox"):
///  - the file is a JSON object with arrays "images", "annotations" and "categories";
///  - images: integer id (unique), file_name a safe relative path (Sku110kCsv::
///    isSafeRelativePath), width and height whole numbers >= 1;
///  - categories: integer id (unique), non-empty name;
///  - annotations: image_id and category_id that exist, bbox of four finite numbers within 1e9
///    with w > 0 and h > 0 (as the SKU-110K reader refuses x2 <= x1).
/// Like the SKU-110K reader: a box with x < 0 or y < 0 is skipped with a warning, and a box
/// reaching past its image is clamped to the image edge, counted in one warning.
/// Our extra fields (CocoJsonWriter) are read when present: sku_id, name, brand, type, shape, size,
/// flavor, state, origin, confidence; an unknown shape, type, state or origin key is an error.
class CocoJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(shelf::CocoJsonReader)
public:
    struct Image
    {
        qint64 id = 0;
        QString fileName;
        int width = 0;
        int height = 0;
        qint64 line = 0;
        qint64 column = 0;
    };
    struct Object
    {
        qint64 imageId = 0;     ///< the file's image id
        QString category;       ///< the category's name
        Annotation annotation;  ///< box, labels, state, origin, confidence (no image, no layer)
        bool hasLabels = false; ///< labels came from our extra fields, not from the category
        qint64 line = 0;
        qint64 column = 0;
    };
    struct Result
    {
        std::optional<CsvDiagnostic> error;
        QList<CsvDiagnostic> warnings;
        QList<Image> images;
        QList<Object> objects;
        bool ok() const { return !error; }
    };

    static Result read(const QString& file);
};

} // namespace shelf
