#pragma once

#include "annotation.h"

#include <QPen>

namespace shelf {

/// How a box looks on the canvas: line style by review state (proposed dashed, accepted solid,
/// rejected faint and dotted), human-drawn boxes thicker, colour by shape when one is set.
/// Styles are few and fixed, so that the canvas can draw every box of one style in one call.
struct BoxStyle
{
    enum Kind { Proposed, Accepted, Human, Rejected };
    static constexpr int kKinds = 4;
    static constexpr int kColours = 8; // no shape + the 7 RP2K shapes
    static constexpr int kCount = kKinds * kColours;

    static int of(const Annotation& a);
    static QPen pen(int style);
    static QColor shapeColour(Shape shape);
    static bool isRejected(int style) { return style / kColours == Rejected; }
};

} // namespace shelf
