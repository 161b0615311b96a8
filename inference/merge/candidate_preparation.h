#pragma once

#include "candidate.h"
#include "merge_options.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace shelf::merge {

/// Largest image accepted: 65535 px a side and 2^28 px in all (the reference preset's heat map
/// takes 9 bytes a pixel).
inline constexpr int kMaxImageSide = 65535;
inline constexpr long long kMaxImagePixels = 1LL << 28;

/// Why an input was refused: the 0-based candidate row (or none for the image size), the field
/// and a sentence for the user.
struct InputIssue
{
    std::optional<std::size_t> row;
    std::string field;
    std::string message;
};

/// Checks what merge() refuses: an image size out of range, a NaN or infinite field. Boxes
/// outside the image, inverted or empty boxes are not errors (they are clipped or dropped).
std::optional<InputIssue> validateCandidates(std::span<const Candidate> candidates,
                                             ImageSize image);

/// Candidates ready to merge, best first, with the caller's index of each.
struct PreparedCandidates
{
    std::vector<Candidate> boxes;
    std::vector<std::size_t> source; ///< source[i] = caller's index of boxes[i]
    std::size_t dropped_low_hard_score = 0;
    std::size_t dropped_over_cap = 0;
    std::size_t dropped_empty = 0;
};

/// The authors' preparation: optional hard-score-rate mix, hard_score > min_hard_score, sort by
/// confidence descending (equal confidences keep the caller's order), keep max_candidates, clip
/// to [0, W] x [0, H], truncate to integers when `integerBoxes` (the reference preset), and drop
/// boxes left with no width or height. Input must have passed validateCandidates(). Pure.
PreparedCandidates prepareCandidates(std::span<const Candidate> candidates, ImageSize image,
                                     const MergeOptions& options, bool integerBoxes);

} // namespace shelf::merge
