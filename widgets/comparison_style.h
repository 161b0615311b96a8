#pragma once

#include "box.h"

#include <QBrush>
#include <QPen>

namespace shelf {

/// A box of a layer comparison drawn over the canvas. Layer A is drawn solid, layer B dashed, in
/// two hues no review state uses; a box without a partner is drawn thicker and tinted, so
/// disagreements stand out in a shelf of hundreds of agreeing boxes.
struct ComparisonBox
{
    enum Role { MatchedA, OnlyA, MatchedB, OnlyB };
    static constexpr int kRoles = 4;

    Box box;
    Role role = MatchedA;

    bool isA() const { return role == MatchedA || role == OnlyA; }
    static QPen pen(Role role);
    static QBrush fill(Role role);
};

} // namespace shelf
