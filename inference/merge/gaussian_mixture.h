#pragma once

namespace shelf::merge {

/// One weighted 2-D Gaussian of a mixture: weight, mean (mx, my) and the symmetric covariance
/// [[sxx, sxy], [sxy, syy]], in pixels of a blob's local frame. A plain value.
struct Gaussian2
{
    double weight = 0;
    double mx = 0;
    double my = 0;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
};

/// How the mixture collapse reproduces the authors. `Authors` keeps every rounding and tie rule
/// of their NumPy code (Euclidean distances with sqrt, a distance of exactly 0 never merges,
/// KL evaluated term by term); `Fast` compares squared distances, merges coincident means
/// first and evaluates the KL from per-component precomputed logarithms.
enum class Arithmetic { Authors, Fast };

} // namespace shelf::merge
