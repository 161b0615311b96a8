#pragma once

#include "candidate.h"

#include <algorithm>

namespace shelf::merge {

/// Overlap measures of two boxes, pixel edges exclusive (a 10 px wide box spans x1 .. x1 + 10).

inline double intersectionArea(const Candidate& a, const Candidate& b)
{
    const double iw = std::min(a.x2, b.x2) - std::max(a.x1, b.x1);
    const double ih = std::min(a.y2, b.y2) - std::max(a.y1, b.y1);
    return iw > 0 && ih > 0 ? iw * ih : 0.0;
}

/// Intersection over union; 0 when the union is empty.
inline double intersectionOverUnion(const Candidate& a, const Candidate& b)
{
    const double inter = intersectionArea(a, b);
    const double uni = a.area() + b.area() - inter;
    return uni > 0 ? inter / uni : 0.0;
}

/// Intersection over the smaller area; 0 when either box is empty (as the authors define it).
inline double intersectionOverMinimum(const Candidate& a, const Candidate& b)
{
    const double smaller = std::min(a.area(), b.area());
    return smaller > 0 ? intersectionArea(a, b) / smaller : 0.0;
}

} // namespace shelf::merge
