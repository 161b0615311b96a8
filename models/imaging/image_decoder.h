#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QString>

namespace shelf {

/// Decodes shelf photos with their EXIF orientation applied, so that pixels match the displayed
/// size stored in ImageRecord.
///
/// Thread: any (stateless); the UI calls it through QtConcurrent, never on the UI thread.
class ImageDecoder
{
    Q_DECLARE_TR_FUNCTIONS(shelf::ImageDecoder)
public:
    struct Result
    {
        QImage image;   ///< Format_RGB32 or ARGB32_Premultiplied; null on error
        QSize fullSize; ///< displayed size of the full image (after orientation)
        QString error;  ///< for people; names the file
    };

    /// Decodes the whole image.
    static Result decode(const QString& path);

    /// Decodes a reduced copy whose longer side is at most `maxSide` (the decoder scales while
    /// decoding where the format allows, which for JPEG is several times faster than a full
    /// decode).
    static Result decodePreview(const QString& path, int maxSide);

    /// One horizontal band of the stored image (before orientation), the image split into
    /// `bands` bands of whole 16-row JPEG blocks: `image` is that band with the orientation
    /// applied and `rect` where it lies in the displayed image. Bands decode independently, so
    /// full detail can stream in band by band, on several threads.
    struct Band
    {
        Result result;
        QRect rect; ///< in displayed (oriented) pixels
    };
    static Band decodeBand(const QString& path, int band, int bands);
    /// Where stored rect `r` of a `stored`-sized image lies after EXIF orientation 1-8.
    static QRect orientedRect(const QRect& r, QSize stored, int orientation);
};

} // namespace shelf
