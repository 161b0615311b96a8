#include "image_decoder.h"

#include <QImageReader>

namespace shelf {
namespace {

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
    if (image.format() != QImage::Format_RGB32 &&
        image.format() != QImage::Format_ARGB32_Premultiplied) {
        image = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                              : QImage::Format_RGB32);
    }
    result.image = std::move(image);
    return result;
}

} // namespace

ImageDecoder::Result ImageDecoder::decode(const QString& path)
{
    return read(path, 0);
}

ImageDecoder::Result ImageDecoder::decodePreview(const QString& path, int maxSide)
{
    return read(path, maxSide);
}

} // namespace shelf
