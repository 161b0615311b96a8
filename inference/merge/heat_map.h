#pragma once

#include "candidate.h"

#include <opencv2/core.hpp>

#include <span>
#include <vector>

namespace shelf::merge {

/// A thresholded uint8 heat map of part of an image: map pixel (x, y) covers image pixels
/// [(offset.x + x) / scale, (offset.x + x + 1) / scale) and likewise in y. Outside the map the
/// heat is 0. Owns its pixels.
struct HeatMap
{
    cv::Mat map; ///< CV_8U, values 0 or 5..255
    cv::Point offset;
    double scale = 1;
};

/// One blob of a heat map: an external contour with its bounding rect and contourArea(), both in
/// map pixels including the offset.
struct HeatBlob
{
    cv::Rect rect;
    double area = 0;
};

/// The authors' heat map at full resolution, float64 while accumulating (9 bytes a covered
/// pixel at peak, the float map freed before return). Boxes must be integer and inside the
/// image, in the authors' order (the sum order decides the last bits). Rows are split across
/// `threads`; the result does not depend on it.
HeatMap referenceHeatMap(std::span<const Candidate> boxes, ImageSize image, int threads);

/// The external contours of the non-zero map, in OpenCV's order, as the authors find blobs.
std::vector<HeatBlob> externalBlobs(const HeatMap& heat);

} // namespace shelf::merge
