#include "box_style.h"

namespace shelf {

int BoxStyle::of(const Annotation& a)
{
    Kind kind = Accepted;
    if (a.state == ReviewState::Rejected)
        kind = Rejected;
    else if (a.state == ReviewState::Proposed)
        kind = Proposed;
    else if (a.origin == Origin::Human)
        kind = Human;
    return kind * kColours + int(a.shape);
}

QColor BoxStyle::shapeColour(Shape shape)
{
    // Distinct hues that stay visible on both light packaging and dark shelves.
    switch (shape) {
    case Shape::None:
        return {};
    case Shape::Bottle:
        return QColor(66, 133, 244);
    case Shape::Can:
        return QColor(219, 68, 55);
    case Shape::Box:
        return QColor(244, 180, 0);
    case Shape::Bag:
        return QColor(171, 71, 188);
    case Shape::Jar:
        return QColor(0, 172, 193);
    case Shape::HandledBottle:
        return QColor(255, 112, 67);
    case Shape::Pack:
        return QColor(124, 179, 66);
    }
    return {};
}

QPen BoxStyle::pen(int style)
{
    const Kind kind = Kind(style / kColours);
    QColor colour = shapeColour(Shape(style % kColours));
    if (!colour.isValid()) {
        switch (kind) {
        case Proposed:
            colour = QColor(255, 170, 0);
            break;
        case Accepted:
            colour = QColor(40, 200, 90);
            break;
        case Human:
            colour = QColor(0, 190, 255);
            break;
        case Rejected:
            colour = QColor(220, 60, 60);
            break;
        }
    }
    switch (kind) {
    case Proposed:
        return QPen(colour, 2, Qt::DashLine);
    case Accepted:
        return QPen(colour, 2);
    case Human:
        return QPen(colour, 3);
    case Rejected:
        colour.setAlpha(120);
        return QPen(colour, 1, Qt::DotLine);
    }
    return {};
}

} // namespace shelf
