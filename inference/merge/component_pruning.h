#pragma once

#include "gaussian_mixture.h"

#include <opencv2/core.hpp>

#include <functional>
#include <vector>

namespace shelf::merge {

/// The authors' removal of redundant components (remove_redundant() of EmMerger.py), quirks
/// kept: means rounded half to even; each component's 50%-mass ellipse drawn as a 24-point
/// polygon rotated by MINUS its angle, rasterised inside the blob's rect and traced back to a
/// contour; a pair is redundant when either centre lies in the other's contour or the contours'
/// gap (distance of each centre to the other's contour, minus the centres' distance) is negative;
/// pairs are walked in np.argsort order and the centre of lower `heat` (the blob's uint8 map)
/// goes, the first of the pair on a tie. Returns the survivors, in order, with rounded means.
/// Work: k rasterisations of at most the blob's rect, k^2 polygon tests. Pure.
std::vector<Gaussian2> pruneAuthors(const std::vector<Gaussian2>& components, const cv::Mat& heat);

/// ShelfLabel's pruning: the same rule with the ellipse at its true angle, measured analytically
/// (no rasterisation, no rounding of means); `heat(x, y)` ranks a pair's centres, ties go to the
/// lighter component, then to the first. Pairs are walked by gap, then by index. Pure.
std::vector<Gaussian2> pruneAnalytic(const std::vector<Gaussian2>& components,
                                     const std::function<double(double, double)>& heat);

} // namespace shelf::merge
