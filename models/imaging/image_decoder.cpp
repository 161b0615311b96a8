#include "image_decoder.h"

#include "image_scanner.h"

#include <QImageReader>

namespace shelf {
namespace {

QImage toCanvasFormat(QImage image)
{
    if (image.format() != QImage::Format_RGB32 &&
        image.format() != QImage::Format_ARGB32_Premultiplied) {
        image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                              : QImage::Format_RGB32);
    }
    return image;
}

ImageDecoder::Result read(const QString& path, int maxSide)
{
    ImageDecoder::Result result;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize stored = reader.size();
    if (!stored.isValid()) {
        result.error = ImageDecoder::tr("%1: cannot read the image header (%2)")
                           .arg(path, reader.errorString());
        return result;
    }
    const bool swapped = reader.transformation() & QImageIOHandler::TransformationRotate90;
    result.fullSize = swapped ? stored.transposed() : stored;
    if (maxSide > 0 && std::max(stored.width(), stored.height()) > maxSide)
        reader.setScaledSize(stored.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        result.error =
            ImageDecoder::tr("%1: cannot decode the image (%2)").arg(path, reader.errorString());
        return result;
    }
    result.image = toCanvasFormat(std::move(image));
    return result;
}

} // namespace

QRect ImageDecoder::orientedRect(const QRect& r, QSize stored, int orientation)
{
    const int w = stored.width(), h = stored.height();
    const int x1 = r.left(), y1 = r.top(), x2 = r.left() + r.width(), y2 = r.top() + r.height();
    // Edges (not pixel centres) map exactly: x' = W - x for a mirror, and so on.
    switch (orientation) {
    case 2:
        return QRect(QPoint(w - x2, y1), QPoint(w - x1 - 1, y2 - 1));
    case 3:
        return QRect(QPoint(w - x2, h - y2), QPoint(w - x1 - 1, h - y1 - 1));
    case 4:
        return QRect(QPoint(x1, h - y2), QPoint(x2 - 1, h - y1 - 1));
    case 5: // transpose
        return QRect(QPoint(y1, x1), QPoint(y2 - 1, x2 - 1));
    case 6: // 90 degrees clockwise
        return QRect(QPoint(h - y2, x1), QPoint(h - y1 - 1, x2 - 1));
    case 7: // transverse
        return QRect(QPoint(h - y2, w - x2), QPoint(h - y1 - 1, w - x1 - 1));
    case 8: // 90 degrees counter-clockwise
        return QRect(QPoint(y1, w - x2), QPoint(y2 - 1, w - x1 - 1));
    default:
        return r;
    }
}

ImageDecoder::Band ImageDecoder::decodeBand(const QString& path, int band, int bands)
{
    Band out;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (!stored.isValid()) {
        out.result.error =
            tr("%1: cannot read the image header (%2)").arg(path, reader.errorString());
        return out;
    }
    const int orientation = ImageScanner::exifOrientation(reader.transformation());
    out.result.fullSize = orientation >= 5 ? stored.transposed() : stored;
    // Whole 16-row blocks: a JPEG decodes in blocks, so no block is decoded for two bands.
    const int blocks = (stored.height() + 15) / 16;
    const int top = std::min(stored.height(), blocks * band / bands * 16);
    const int bottom = band + 1 == bands
                           ? stored.height()
                           : std::min(stored.height(), blocks * (band + 1) / bands * 16);
    const QRect storedRect(0, top, stored.width(), bottom - top);
    if (storedRect.isEmpty())
        return out; // more bands than blocks: this one is empty
    reader.setClipRect(storedRect);
    QImage image = reader.read();
    if (image.isNull()) {
        out.result.error = tr("%1: cannot decode the image (%2)").arg(path, reader.errorString());
        return out;
    }
    out.result.image = toCanvasFormat(std::move(image));
    out.rect = orientedRect(storedRect, stored, orientation);
    return out;
}

ImageDecoder::Result ImageDecoder::decode(const QString& path)
{
    return read(path, 0);
}

ImageDecoder::Result ImageDecoder::decodePreview(const QString& path, int maxSide)
{
    return read(path, maxSide);
}

} // namespace shelf
