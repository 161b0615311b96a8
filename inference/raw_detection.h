#pragma once

#include <vector>

namespace shelf {

/// One candidate as a model returned it, in the pixels of its input (before mapping back).
/// softIou is -1 for a model with no Soft-IoU head.
struct RawDetection
{
    float x1 = 0;
    float y1 = 0;
    float x2 = 0;
    float y2 = 0;
    float hardScore = 0;
    float softIou = -1;
    int label = 0;
};

using RawDetections = std::vector<RawDetection>;

} // namespace shelf
