#pragma once

#include "labels.h"

#include <QString>

namespace shelf {

/// One image of a project. width and height are the displayed size, after the EXIF orientation
/// (1-8) is applied; all box geometry refers to that size.
struct ImageRecord
{
    qint64 id = 0;        ///< database id; 0 until stored
    QString relativePath; ///< relative to the project file's folder, '/' separated
    int width = 0;
    int height = 0;
    int orientation = 1;
    QString shelfType;
    QString storeId;
    ImageStatus status = ImageStatus::New;
    bool reviewed = false; ///< a QA reviewer checked the image (compare mode); schema 2

    bool operator==(const ImageRecord&) const = default;
};

} // namespace shelf
