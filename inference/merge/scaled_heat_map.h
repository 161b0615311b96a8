#pragma once

#include "candidate.h"

#include <opencv2/core.hpp>

#include <span>
#include <vector>

namespace shelf::merge {

/// One blob of a ScaledHeatMap: a connected region above its region's relative threshold.
struct ScaledBlob
{
    cv::Rect rect; ///< in map pixels, relative to the map
    int pixels = 0;
};

/// The default preset's heat map: the authors' kernels (central half of each box, exp(-(u^2 +
/// v^2)) rescaled to [0, confidence]) summed at a reduced scale over the area the boxes cover,
/// then thresholded per region: a pixel stays when its heat exceeds 4.5/255 of the peak of its
/// own connected region of non-zero heat (the authors' global 4/255 after rounding, made local so
/// that a hot product cannot erase a weaker one elsewhere). Blobs are the 8-connected components
/// of what stays. Owns its buffers; read-only after construction.
struct ScaledHeatMap
{
    cv::Mat heat;   ///< CV_32F summed kernels
    cv::Mat labels; ///< CV_32S, 0 = no blob, b + 1 = blobs[b]
    std::vector<ScaledBlob> blobs;
    cv::Point2d origin; ///< image position of map pixel (0, 0)'s top-left corner
    double scale = 1;   ///< map pixels per image pixel

    /// Map pixel holding an image point, clamped to the map.
    cv::Point toMap(double x, double y) const;
    /// Image rect (x1, y1, x2, y2) covered by a map rect.
    cv::Rect2d toImage(const cv::Rect& r) const;
};

/// Scale to use for `boxes`: `requested` when > 0 (at most 1), else the largest of the scales
/// that make the median box's central half 8 map pixels and the smallest tenth's 3 map pixels
/// on their shorter side, at most 1.
double chooseHeatMapScale(std::span<const Candidate> boxes, double requested);

/// Builds the map. Row bands run on `threads` threads; the result does not depend on it.
ScaledHeatMap buildScaledHeatMap(std::span<const Candidate> boxes, double scale, int threads);

} // namespace shelf::merge
