#pragma once

#include "candidate.h"

#include <cstddef>
#include <span>
#include <vector>

namespace shelf::merge {

/// A box kept by an NMS: its index in the span given, its (possibly decayed) score, and the
/// indices it suppressed, itself first.
struct NmsPick
{
    std::size_t index = 0;
    double score = 0;
    std::vector<std::size_t> cluster;
};

/// Non-maximum suppression baselines. Candidates are ranked by confidence, highest first, equal
/// confidences by index (deterministic). O(n * kept) time, O(n) memory; pure, any thread.

/// Greedy NMS on IoU: a box is suppressed by a kept one when IoU > threshold (RetinaNet's 0.5).
std::vector<NmsPick> iouNms(std::span<const Candidate> boxes, double threshold);

/// Greedy NMS on intersection over the smaller area, suppressing at >= threshold: the authors'
/// overlap measure, with every box tested (their loop skips the last one; see authorsIoMinNms).
std::vector<NmsPick> iominNms(std::span<const Candidate> boxes, double threshold);

/// Gaussian Soft-NMS: the highest box is kept and every other score decays by
/// exp(-IoU^2 / sigma); boxes whose score falls below minScore are dropped, each into the cluster
/// of the box whose decay dropped it. Picks carry the decayed scores.
std::vector<NmsPick> softNms(std::span<const Candidate> boxes, double sigma, double minScore);

/// The authors' IoMin NMS, quirks kept: ranked by np.argsort of the confidences, suppression at
/// >= threshold, and the loop stops when one box is left, so that box is never tested (two
/// identical boxes both survive). Picks come back in input order.
std::vector<NmsPick> authorsIoMinNms(std::span<const Candidate> boxes, double threshold);

} // namespace shelf::merge
