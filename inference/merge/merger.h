#pragma once

#include "candidate.h"
#include "merge_options.h"
#include "merge_result.h"

#include <span>

namespace shelf::merge {

/// Merges detector candidates into one box per product with the method of `options`.
///
/// Contract: candidates in original-image pixels, any order; `image` the image size. Refused
/// (result.error set, nothing else): an image size out of range, a NaN or infinite field (the
/// message names the row and field). Otherwise the candidates are prepared as the authors do
/// (see prepareCandidates(); more than max_candidates logs a warning on the "merge" logger) and
/// merged. KeptBox::input_index and clusters index `candidates`.
///
/// Thread-safe and re-entrant (no shared state besides the logger); deterministic: the same
/// input gives the same output for any `options.threads`.
///
/// Bounds, by size only (no wall-clock limit): at most max_candidates (9999) candidates take
/// part, the rest are dropped lowest confidence first with a warning; a blob of n candidates
/// costs O(n) memory and a few n^2 distance evaluations (capped at 8 n^2 + 65536, past which
/// the rest of its initialisation pairs neighbours by position and the blob is flagged
/// agglomeration_capped), 20 EM iterations of n x k (k <= 100) and k^2 pruning tests. Memory is
/// O(candidates) plus the heat map: 8 bytes per covered pixel while summing for EmReference, a
/// few bytes per pixel of a reduced-scale map for EmDefault. See README.md.
MergeResult merge(std::span<const Candidate> candidates, ImageSize image,
                  const MergeOptions& options = {});

} // namespace shelf::merge
