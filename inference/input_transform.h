#pragma once

#include "model_info.h"

#include "box.h"

#include <QRect>
#include <QSize>

namespace shelf {

/// Where a region of the original image lands in the model input, and back.
///
/// The region `source` (original-image pixels; the whole image or one tile) is resized to
/// `content` pixels, placed at (padLeft, padTop) of an input of `input` pixels, the rest padded.
/// Boxes are corner coordinates (x to the right, y down), so the mapping is a pure scale and
/// shift per axis: with OpenCV's pixel-centre convention, the input edge x maps to the source
/// edge x * sourceWidth / contentWidth exactly.
struct InputTransform
{
    QRect source;  ///< region of the original image, pixels
    QSize content; ///< resized region in the input, pixels
    int padLeft = 0;
    int padTop = 0;
    QSize input; ///< padded input, pixels

    double scaleX() const { return double(content.width()) / source.width(); }
    double scaleY() const { return double(content.height()) / source.height(); }

    /// An input-pixel box in original-image pixels.
    Box toOriginal(double x1, double y1, double x2, double y2) const
    {
        // Multiplying before dividing rounds once: integer input pixels map exactly wherever
        // the true value is representable.
        const auto x = [this](double v) {
            return source.x() + (v - padLeft) * source.width() / content.width();
        };
        const auto y = [this](double v) {
            return source.y() + (v - padTop) * source.height() / content.height();
        };
        return {x(x1), y(y1), x(x2), y(y2)};
    }

    bool operator==(const InputTransform&) const = default;
};

/// The transform `spec` gives a region of `source` pixels at `origin`:
/// - Resize: scale = minSide / shorter side, lowered to maxSide / longer side when the longer
///   side would pass maxSide; content = round(side * scale) per axis (at least 1); input = content
///   rounded up to sizeDivisor; no left/top padding.
/// - Letterbox: scale = min(width / w, height / h); content = round(side * scale); the padding
///   split as Ultralytics does (left = round(dw / 2 - 0.1), top likewise); input = width x height.
/// `fixedScale` > 0 replaces the scale (tiles are fed at full resolution: 1); the content must
/// then fit the letterbox, which the tile plan ensures.
InputTransform planInput(const QRect& source, const InputSpec& spec, double fixedScale = 0);

/// Rounds `side` up to a multiple of `divisor` (divisor >= 1).
inline int roundUp(int side, int divisor)
{
    return (side + divisor - 1) / divisor * divisor;
}

} // namespace shelf
