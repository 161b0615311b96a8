#include "preprocessor.h"

#include <opencv2/imgproc.hpp>

#include <array>

namespace shelf {

PreparedInput Preprocessor::prepare(const cv::Mat& bgr, const InputTransform& transform,
                                    const InputSpec& spec)
{
    PreparedInput out;
    out.transform = transform;
    const QRect& s = transform.source;
    const cv::Mat region = bgr(cv::Rect(s.x(), s.y(), s.width(), s.height()));
    cv::Mat resized;
    if (transform.content.width() == s.width() && transform.content.height() == s.height())
        resized = region;
    else
        cv::resize(region, resized, cv::Size(transform.content.width(), transform.content.height()),
                   0, 0, cv::INTER_LINEAR);

    const int w = transform.input.width();
    const int h = transform.input.height();
    out.planes = cv::Mat(3 * h, w, CV_32FC1, cv::Scalar(spec.padValue * spec.valueScale));
    std::array<cv::Mat, 3> channels;
    cv::split(resized, channels.data());
    for (int c = 0; c < 3; ++c) {
        // Plane c is R, G, B: OpenCV's channel 2, 1, 0.
        cv::Mat target = out.planes(
            cv::Rect(transform.padLeft, c * h + transform.padTop, resized.cols, resized.rows));
        channels[2 - c].convertTo(target, CV_32F, spec.valueScale);
    }
    return out;
}

} // namespace shelf
