#include "comparison_style.h"

namespace shelf {
namespace {

// Cyan and magenta: apart from each other and from the review-state colours (orange, green,
// blue, red) and from the shape hues, so the overlay reads on top of the human layer.
const QColor kColourA(0, 229, 255);
const QColor kColourB(255, 64, 200);

} // namespace

QPen ComparisonBox::pen(Role role)
{
    switch (role) {
    case MatchedA:
        return QPen(kColourA, 1);
    case OnlyA:
        return QPen(kColourA, 3);
    case MatchedB:
        return QPen(kColourB, 1, Qt::DashLine);
    case OnlyB:
        return QPen(kColourB, 3, Qt::DashLine);
    }
    return {};
}

QBrush ComparisonBox::fill(Role role)
{
    QColor c = role == OnlyA ? kColourA : kColourB;
    c.setAlpha(60);
    return role == OnlyA || role == OnlyB ? QBrush(c) : QBrush(Qt::NoBrush);
}

} // namespace shelf
