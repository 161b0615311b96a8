#include "mat_image_bridge.h"

#include <opencv2/imgproc.hpp>

namespace shelf::imagebridge {

cv::Mat wrap(QImage& image)
{
    int type = -1;
    switch (image.format()) {
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        type = CV_8UC4;
        break;
    case QImage::Format_RGB888:
        type = CV_8UC3;
        break;
    case QImage::Format_Grayscale8:
        type = CV_8UC1;
        break;
    default:
        return {};
    }
    // bits() (non-const) detaches once, so the Mat never points into a buffer shared with another
    // QImage that could later be written.
    return cv::Mat(image.height(), image.width(), type, image.bits(),
                   static_cast<size_t>(image.bytesPerLine()));
}

QImage wrap(const cv::Mat& mat)
{
    QImage::Format format = QImage::Format_Invalid;
    switch (mat.type()) {
    case CV_8UC4:
        format = QImage::Format_ARGB32;
        break;
    case CV_8UC3:
        format = QImage::Format_BGR888;
        break;
    case CV_8UC1:
        format = QImage::Format_Grayscale8;
        break;
    default:
        return {};
    }
    return QImage(mat.data, mat.cols, mat.rows, static_cast<qsizetype>(mat.step[0]), format);
}

cv::Mat toBgr(const QImage& image)
{
    if (image.isNull())
        return {};
    QImage rgb32 = image.convertToFormat(QImage::Format_RGB32);
    cv::Mat bgr;
    cv::cvtColor(wrap(rgb32), bgr, cv::COLOR_BGRA2BGR);
    return bgr;
}

QImage fromBgr(const cv::Mat& bgr)
{
    if (bgr.empty())
        return {};
    QImage out(bgr.cols, bgr.rows, QImage::Format_RGB32);
    cv::Mat view = wrap(out);
    if (bgr.type() == CV_8UC3)
        cv::cvtColor(bgr, view, cv::COLOR_BGR2BGRA);
    else if (bgr.type() == CV_8UC1)
        cv::cvtColor(bgr, view, cv::COLOR_GRAY2BGRA);
    else
        return {};
    return out;
}

} // namespace shelf::imagebridge
