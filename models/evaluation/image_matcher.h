#pragma once

#include "box.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace shelf {

/// COCO's evaluateImg() matching for one image and one category, at the ten IoU thresholds of
/// CocoAccumulator at once (pycocotools cocoeval.py, COCOeval.evaluateImg, area "all", no crowd):
/// for each threshold t, detections in ranking order each take, among the truths not yet matched
/// at t, the one of highest IoU with IoU >= min(t, 1 - 1e-10); of equal IoUs the later truth
/// wins, as COCO's scan keeps the last candidate not below its running best.
///
/// Only pairs of IoU >= 0.5 can ever match, so they are found with a sweep over truths sorted by
/// x1 instead of the full IoU matrix. Pure function, thread-safe.
class ImageMatcher
{
public:
    /// `ranked`: detections, best first (already cut to maxDets). `truths`: in input order.
    /// Returns per detection a mask whose bit t is set when it matched at threshold t.
    static std::vector<quint16> match(std::span<const Box> ranked, std::span<const Box> truths);
};

} // namespace shelf
