#include "mat_decoder.h"

#include "image_decoder.h"
#include "image_scanner.h"
#include "mat_image_bridge.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <opencv2/imgcodecs.hpp>

namespace shelf {

MatDecoder::Header MatDecoder::readHeader(const QString& path)
{
    Header header{QSize(), 1, QString()};
    if (QFileInfo::exists(path) && QFileInfo(path).size() == 0) {
        header.error = tr("%1: the file is empty (0 bytes)").arg(path);
        return header;
    }
    int width = 0, height = 0;
    QString error;
    if (!ImageScanner::readHeader(path, width, height, header.orientation, error)) {
        header.error = tr("%1: cannot read the image header (%2)").arg(path, error);
        return header;
    }
    header.size = QSize(width, height);
    return header;
}

MatDecoder::Result MatDecoder::decode(const QString& path, qint64 maxPixels)
{
    Result result;
    const Header header = readHeader(path);
    if (!header.error.isEmpty()) {
        result.error = header.error;
        return result;
    }
    const qint64 pixels = qint64(header.size.width()) * header.size.height();
    if (pixels > maxPixels) {
        result.error = tr("%1: the image is %2 x %3 pixels (%4 megapixels); at most %5 megapixels "
                          "can be decoded for detection. Downscale the image or split it into "
                          "parts.")
                           .arg(path)
                           .arg(header.size.width())
                           .arg(header.size.height())
                           .arg(double(pixels) / 1e6, 0, 'f', 1)
                           .arg(double(maxPixels) / 1e6, 0, 'f', 1);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot open the file (%2)").arg(path, file.errorString());
        return result;
    }
    // Reading the bytes ourselves keeps non-ASCII paths working, which cv::imread does not on
    // every platform.
    const QByteArray bytes = file.readAll();
    cv::Mat decoded;
    try {
        decoded = cv::imdecode(
            cv::Mat(1, int(bytes.size()), CV_8UC1, const_cast<char*>(bytes.constData())),
            cv::IMREAD_COLOR);
    } catch (const cv::Exception&) {
        decoded.release(); // OpenCV refused it; Qt gets its chance below
    }
    if (!decoded.empty() && decoded.cols == header.size.width() &&
        decoded.rows == header.size.height()) {
        result.image = std::move(decoded);
        return result;
    }
    // OpenCV cannot read it, or reads its orientation differently: Qt decides, as for the UI.
    ImageDecoder::Result qt = ImageDecoder::decode(path);
    if (qt.image.isNull()) {
        result.error = qt.error;
        return result;
    }
    result.image = imagebridge::toBgr(qt.image);
    result.usedQtFallback = true;
    return result;
}

} // namespace shelf
