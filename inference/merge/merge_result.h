#pragma once

#include "candidate.h"

#include <cstddef>
#include <string>
#include <vector>

namespace shelf::merge {

/// One box kept by a merge: a candidate of the caller's vector, emitted with its own scores and,
/// unless box voting moved it (the default preset's, see box_voting.h), its own box (the reference
/// preset emits the box as the authors do: clipped and truncated to integers; Soft-NMS emits the
/// decayed confidence).
struct KeptBox
{
    std::size_t input_index = 0;      ///< index into the caller's candidate vector
    Candidate box;                    ///< box and scores as emitted
    std::vector<std::size_t> cluster; ///< caller indices of the candidates it absorbed (itself too)
    int blob = -1;                    ///< index into MergeResult::blobs, -1 for the NMS methods
};

/// What the EM-Merger did with one blob of the heat map.
enum class BlobOutcome {
    Merged,               ///< EM converged; the components became gates
    FellBackNotMonotonic, ///< EM's objective rose: the agglomerative initialisation was used
    FellBackNotConverged, ///< 20 EM iterations without converging: initialisation used
    TooFewCandidates, ///< n <= k: the reference emits nothing, the default its IoMin-NMS survivors
    TooSmall,         ///< bounding rect 3 px or less wide or high: skipped (as the authors do)
    NoMembers,        ///< no candidate centre inside the blob
};

/// Diagnostics of one blob, for the review UI. Rect in original-image pixels.
struct BlobDiagnostics
{
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    std::size_t n = 0; ///< candidates whose centre lies in the blob
    int k = 0;         ///< estimated number of products
    BlobOutcome outcome = BlobOutcome::NoMembers;
    int em_iterations = 0;
    std::size_t gates = 0;             ///< components left after pruning that became gates
    bool agglomeration_capped = false; ///< the size bound of the initialisation was hit
};

/// Counts of one merge call.
struct MergeTotals
{
    std::size_t candidates = 0; ///< given by the caller
    std::size_t dropped_low_hard_score = 0;
    std::size_t dropped_over_cap = 0; ///< beyond max_candidates (a warning is logged)
    std::size_t dropped_empty = 0;    ///< zero width or height after clipping to the image
    std::size_t merged = 0;           ///< candidates that entered the merge
    std::size_t outputs = 0;
    std::size_t blobs = 0;
    std::size_t fallbacks = 0; ///< blobs whose EM fell back to its initialisation
};

/// Result of merge(): kept boxes, per-blob diagnostics (EM methods only) and totals. When `error`
/// is not empty the input was refused and nothing else is filled.
struct MergeResult
{
    std::vector<KeptBox> kept;
    std::vector<BlobDiagnostics> blobs;
    MergeTotals totals;
    std::string error;

    bool ok() const { return error.empty(); }
};

} // namespace shelf::merge
