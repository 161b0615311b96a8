#pragma once

#include "input_transform.h"
#include "model_info.h"

#include <opencv2/core/mat.hpp>

namespace shelf {

/// One image (or tile) ready for the model: planar float RGB, the layout of one [3, H, W] slice
/// of the input tensor, so that the model wraps it without a copy.
struct PreparedInput
{
    InputTransform transform;
    /// CV_32FC1 of 3 * input.height rows and input.width columns: the R, G and B planes one under
    /// the other, values times spec.valueScale, padding spec.padValue times spec.valueScale.
    cv::Mat planes;
};

/// The contract's pre-processing with OpenCV: crop the transform's source region, resize it with
/// INTER_LINEAR (on 8-bit pixels, as cv::resize does for the training export), BGR to RGB,
/// place it in the padded input.
///
/// Thread: any (pure). Memory: one resized copy plus the float planes.
class Preprocessor
{
public:
    /// `bgr`: CV_8UC3 of the whole image; `transform.source` must lie inside it.
    static PreparedInput prepare(const cv::Mat& bgr, const InputTransform& transform,
                                 const InputSpec& spec);
};

} // namespace shelf
