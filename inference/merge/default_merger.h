#pragma once

#include "candidate.h"
#include "merge_options.h"
#include "merge_result.h"

#include <span>

namespace shelf::merge {

/// ShelfLabel's EM-Merger on prepared candidates (inside the image, best first); see README.md
/// for the steps and how they differ from the authors'. Fills kept (input_index = index into
/// `boxes`), blobs and the blob totals. Deterministic for any options.threads.
MergeResult runDefaultMerger(std::span<const Candidate> boxes, ImageSize image,
                             const MergeOptions& options);

} // namespace shelf::merge
