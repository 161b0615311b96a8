#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace shelf {

/// Decodes a shelf photo into a BGR cv::Mat for detection, with the EXIF orientation applied so
/// that its size is the displayed size that ImageDecoder and ImageRecord use.
///
/// The header is read first and an image of more than `maxPixels` is refused before any pixel is
/// decoded, so a 20000 x 20000 file costs a few bytes of memory, not 1.2 GB. OpenCV decodes
/// (IMREAD_COLOR applies the EXIF orientation); when its size disagrees with Qt's reading of the
/// header (an orientation one library applies and the other does not), Qt's decode is used so that
/// boxes stay in the geometry the project stores.
///
/// Thread: any (stateless). Units: pixels.
class MatDecoder
{
    Q_DECLARE_TR_FUNCTIONS(shelf::MatDecoder)
public:
    /// 2^27 pixels (134 MP, 400 MB as BGR): far above camera photos, below what the merge accepts.
    static constexpr qint64 kDefaultMaxPixels = qint64(1) << 27;

    struct Header
    {
        QSize size;      ///< displayed size (after orientation); invalid on error
        int orientation; ///< EXIF orientation 1-8
        QString error;   ///< for people; names the file
    };

    struct Result
    {
        cv::Mat image; ///< CV_8UC3, BGR, displayed orientation; empty on error
        QString error; ///< for people; names the file
        bool usedQtFallback = false;
    };

    /// Reads only the header.
    static Header readHeader(const QString& path);

    /// Decodes the whole image, refusing one of more than `maxPixels` (checked on the header).
    static Result decode(const QString& path, qint64 maxPixels = kDefaultMaxPixels);
};

} // namespace shelf
