#pragma once

#include "prediction.h"

#include <QSize>

namespace shelf {

/// Runs one merge method of shelf_merge over an image's raw candidates and keeps, for each merged
/// box, its scores, label and the raw candidates of its cluster.
///
/// Contract: `raw` in original-image pixels with confidence already mixed (so no hard-score
/// rate is applied again); `minHardScore` and `maxCandidates` are the ones the raw layer was cut
/// with, so the merge drops nothing more. On a refused input `error` is set. Thread: any.
MergedLayer mergeLayer(const std::vector<Detection>& raw, QSize image, merge::Method method,
                       merge::MergeOptions options, double minHardScore, int maxCandidates,
                       std::string& error);

} // namespace shelf
