#pragma once

#include "eval_types.h"

#include <QList>
#include <QPair>

namespace shelf {

/// The result of matching two box lists: index pairs (a, b), in a's ranking order, and the
/// indices left over on each side, ascending.
struct BoxMatch
{
    QList<QPair<int, int>> pairs;
    QList<int> onlyA;
    QList<int> onlyB;
};

/// Greedy one-to-one matching of two box lists of one image at one IoU threshold, COCO style
/// (pycocotools cocoeval.py, evaluateImg): boxes of A in descending score order (equal scores
/// keep their input order) each take the unmatched box of B with the highest IoU, provided it
/// is >= min(threshold, 1 - 1e-10); of equal IoUs the later box of B wins, as in COCO. Class
/// names are not compared. Used by the compare view; pure function, thread-safe.
class BoxMatcher
{
public:
    static BoxMatch match(const QList<EvalBox>& a, const QList<EvalBox>& b,
                          double iouThreshold = 0.5);
};

} // namespace shelf
