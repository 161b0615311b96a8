#pragma once

#include <QCoreApplication>
#include <QString>

namespace shelf {

struct DatasetImage;

/// Puts a project image into a dataset folder. Exported boxes refer to the upright image (EXIF
/// orientation applied), so an image with orientation 1 is copied byte for byte, and any other
/// is decoded upright and saved in the format of its suffix (JPEG at quality 95), without the
/// orientation tag: every reader then sees the geometry the boxes refer to. Thread: any.
class ImageCopy
{
    Q_DECLARE_TR_FUNCTIONS(shelf::ImageCopy)
public:
    /// Returns an error for people naming the file, or an empty string.
    static QString copy(const DatasetImage& image, const QString& destination);
};

} // namespace shelf
