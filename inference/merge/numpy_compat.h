#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace shelf::merge {

/// Replicas of the few NumPy 1.24 routines whose exact behaviour decides the authors' results:
/// the order that np.argsort (default "quicksort", an introsort) gives to equal keys, and the
/// pairwise summation of np.sum. Pure functions, any thread.

/// Indices that sort `values` ascending, ties ordered exactly as np.argsort(kind="quicksort") on a
/// CPU path without SIMD sorting (NaN sorts last).
std::vector<std::int64_t> numpyArgsort(std::span<const double> values);

/// np.sum of a float64 array: pairwise summation in blocks of 8 and 128.
double numpyPairwiseSum(std::span<const double> values);

/// Round half to even (np.round, Python 3 round(), OpenCV's cvRound).
double roundHalfEven(double value);

} // namespace shelf::merge
