#include "input_transform.h"

#include <algorithm>
#include <cmath>

namespace shelf {
namespace {

int scaled(int side, double scale)
{
    return std::max(1, int(std::lround(side * scale)));
}

} // namespace

InputTransform planInput(const QRect& source, const InputSpec& spec, double fixedScale)
{
    InputTransform t;
    t.source = source;
    const int w = source.width();
    const int h = source.height();
    if (spec.mode == InputSpec::Mode::Resize) {
        double scale = fixedScale;
        if (scale <= 0) {
            scale = double(spec.minSide) / std::min(w, h);
            if (std::max(w, h) * scale > spec.maxSide)
                scale = double(spec.maxSide) / std::max(w, h);
        }
        t.content = QSize(scaled(w, scale), scaled(h, scale));
        const int divisor = std::max(1, spec.sizeDivisor);
        t.input = QSize(roundUp(t.content.width(), divisor), roundUp(t.content.height(), divisor));
        return t;
    }
    double scale = fixedScale;
    if (scale <= 0)
        scale = std::min(double(spec.width) / w, double(spec.height) / h);
    t.content =
        QSize(std::min(spec.width, scaled(w, scale)), std::min(spec.height, scaled(h, scale)));
    // Ultralytics: dw = (W - w') / 2; left = round(dw - 0.1), right = round(dw + 0.1).
    const double dw = (spec.width - t.content.width()) / 2.0;
    const double dh = (spec.height - t.content.height()) / 2.0;
    t.padLeft = int(std::lround(dw - 0.1));
    t.padTop = int(std::lround(dh - 0.1));
    t.input = QSize(spec.width, spec.height);
    return t;
}

} // namespace shelf
