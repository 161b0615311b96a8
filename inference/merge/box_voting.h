#pragma once

#include "candidate.h"
#include "merge_result.h"

#include <span>
#include <vector>

namespace shelf::merge {

/// Box voting over the EM-Merger's output: each kept box's coordinates become the mean of the
/// candidates whose IoU with it is at least `threshold`, weighted by (confidence * hard score)^2;
/// its scores, input_index and cluster stay the picked candidate's. `boxes` are the prepared
/// candidates the kept boxes index into. Why: the pick is one candidate of many, so its corners
/// carry that candidate's regression error; the well-scored candidates around it average part of
/// that error out (README.md, "Box voting", has the figures).
void voteBoxes(std::span<const Candidate> boxes, std::vector<KeptBox>& kept, double threshold);

} // namespace shelf::merge
