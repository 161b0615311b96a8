#pragma once

#include <algorithm>

namespace shelf::merge {

/// One detector candidate, in original-image pixels: (x1, y1) top left, (x2, y2) bottom right,
/// x to the right and y down. `confidence` ranks candidates (the mixed hard / Soft-IoU score of the
/// SKU-110K detector); `hard_score` is the detector's objectness. A plain value, copied freely.
struct Candidate
{
    double x1 = 0;
    double y1 = 0;
    double x2 = 0;
    double y2 = 0;
    double confidence = 0;
    double hard_score = 0;

    double width() const { return x2 - x1; }
    double height() const { return y2 - y1; }
    double area() const { return std::max(0.0, width()) * std::max(0.0, height()); }
    double centreX() const { return x1 + width() / 2.0; }
    double centreY() const { return y1 + height() / 2.0; }
};

/// Size of the image the candidates belong to, in pixels.
struct ImageSize
{
    int width = 0;
    int height = 0;
};

} // namespace shelf::merge
