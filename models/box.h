#pragma once

#include <algorithm>

namespace shelf {

/// An axis-aligned box in original-image pixels (after EXIF orientation), corners x1,y1 (top left)
/// and x2,y2 (bottom right). Doubles keep imported coordinates exact, whether integer or not.
struct Box
{
    double x1 = 0;
    double y1 = 0;
    double x2 = 0;
    double y2 = 0;

    double width() const { return x2 - x1; }
    double height() const { return y2 - y1; }
    double area() const { return std::max(0.0, width()) * std::max(0.0, height()); }
    bool isValid() const { return x2 > x1 && y2 > y1; }
    bool operator==(const Box&) const = default;
};

/// Intersection over union of two boxes; 0 when either is empty.
inline double iou(const Box& a, const Box& b)
{
    const double iw = std::min(a.x2, b.x2) - std::max(a.x1, b.x1);
    const double ih = std::min(a.y2, b.y2) - std::max(a.y1, b.y1);
    if (iw <= 0 || ih <= 0)
        return 0;
    const double inter = iw * ih;
    const double uni = a.area() + b.area() - inter;
    return uni > 0 ? inter / uni : 0;
}

} // namespace shelf
