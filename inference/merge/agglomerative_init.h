#pragma once

#include "gaussian_mixture.h"

#include <cstddef>
#include <span>
#include <vector>

namespace shelf::merge {

/// Result of the agglomerative initialisation.
struct Agglomeration
{
    /// The k components: the inputs never merged, in input order, then the merged ones in the
    /// order they were made (the authors' order, which later tie-breaks depend on).
    std::vector<Gaussian2> components;
    bool capped = false; ///< the work bound was hit and the rest merged by position (see below)
};

/// Repeatedly merges the two components with the closest means (moment matching) until k are
/// left, as the authors' agglomerative_init but without their (2n-k)^2 float64 distance matrix:
/// each component keeps its nearest neighbour, O(n) memory. Ties go to the lowest pair of
/// indices, as np.argmin over their upper-triangular matrix does.
///
/// Bound: typical inputs cost a few n^2 distance evaluations. Degenerate ones (thousands of
/// coincident means) could cost n^3; past 8 n^2 + 2^16 evaluations (real data needs about 2.2 n^2)
/// the remaining merges pair neighbours in (x, y) order instead, and `capped` is set.
Agglomeration agglomerate(std::span<const Gaussian2> inputs, std::size_t k, Arithmetic arithmetic);

/// Moment-matching merge of two components, in the authors' operation order.
Gaussian2 mergeMoments(const Gaussian2& a, const Gaussian2& b);

} // namespace shelf::merge
