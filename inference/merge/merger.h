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
/// input gives the same output for any `options.threads`. Memory is O(candidates + map) with
/// the map 9 bytes per covered pixel for EmReference and a reduced-scale float map for
/// EmDefault; no wall-clock limit, see README.md for the work bound.
MergeResult merge(std::span<const Candidate> candidates, ImageSize image,
                  const MergeOptions& options = {});

} // namespace shelf::merge
