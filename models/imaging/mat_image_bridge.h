#pragma once

#include <QImage>

#include <opencv2/core/mat.hpp>

namespace shelf {

/// Views one image's pixels as the other library's type. The wrapping functions make no copy:
/// the returned object points into the argument's buffer, so the argument must outlive it and
/// must not be detached (written through another QImage copy) meanwhile. The converting
/// functions copy.
///
/// Thread: any (pure functions).
namespace imagebridge {

/// A cv::Mat over a QImage's pixels, no copy: Format_RGB32 / ARGB32 / ARGB32_Premultiplied give
/// CV_8UC4 (B, G, R, A in memory on little-endian machines), Format_RGB888 gives CV_8UC3
/// (R, G, B), Format_Grayscale8 gives CV_8UC1. Other formats give an empty Mat. The Mat's step
/// is the image's bytesPerLine, so padded scan lines are honoured.
cv::Mat wrap(QImage& image);

/// A QImage over a cv::Mat's pixels, no copy: CV_8UC4 gives Format_ARGB32 (BGRA memory order),
/// CV_8UC3 gives Format_BGR888, CV_8UC1 gives Format_Grayscale8; other types a null QImage.
QImage wrap(const cv::Mat& mat);

/// A BGR CV_8UC3 copy of any QImage (alpha dropped), the layout OpenCV's functions expect.
cv::Mat toBgr(const QImage& image);

/// A Format_RGB32 copy of a BGR CV_8UC3 or grey CV_8UC1 Mat, the layout Qt paints fastest.
QImage fromBgr(const cv::Mat& bgr);

} // namespace imagebridge
} // namespace shelf
