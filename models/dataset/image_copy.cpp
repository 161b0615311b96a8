#include "image_copy.h"

#include "dataset_snapshot.h"
#include "image_decoder.h"

#include <QFile>

namespace shelf {

QString ImageCopy::copy(const DatasetImage& image, const QString& destination)
{
    if (image.record.orientation == 1) {
        QFile source(image.absolutePath);
        if (!source.copy(destination))
            return tr("%1: cannot copy to %2 (%3)")
                .arg(image.absolutePath, destination, source.errorString());
        return {};
    }
    const ImageDecoder::Result decoded = ImageDecoder::decode(image.absolutePath);
    if (decoded.image.isNull())
        return decoded.error;
    if (!decoded.image.save(destination, nullptr, 95))
        return tr("%1: cannot write the image").arg(destination);
    return {};
}

} // namespace shelf
