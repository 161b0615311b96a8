#pragma once

#include "candidate.h"
#include "merge_result.h"

#include <span>

namespace shelf::merge {

/// The authors' EM-Merger (filter_duplicate_candidates() of EmMerger.py) on prepared candidates
/// (integer boxes inside the image, best first): full-resolution float64 heat map, blobs from
/// external contours, mixture collapse per blob, mirrored-ellipse pruning, gates, first-come
/// assignment, best 0.5 confidence + 0.5 hard score per gate, and their IoMin NMS at 0.3.
/// Fills kept (input_index = index into `boxes`), blobs and the blob totals. Blobs run on
/// `threads` threads with the same result for any count. No wall-clock limit: the work is
/// bounded by the number of candidates (see agglomerate()) and the image area.
MergeResult runReferenceMerger(std::span<const Candidate> boxes, ImageSize image, int threads);

} // namespace shelf::merge
