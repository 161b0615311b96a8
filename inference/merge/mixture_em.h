#pragma once

#include "gaussian_mixture.h"

#include <span>
#include <vector>

namespace shelf::merge {

/// How a mixture collapse ended.
enum class EmStatus {
    Converged,    ///< the objective stopped decreasing by more than epsilon
    NotMonotonic, ///< the objective rose: the initialisation is returned
    NotConverged, ///< max iterations without converging: the initialisation is returned
};

struct EmResult
{
    std::vector<Gaussian2> components;
    EmStatus status = EmStatus::Converged;
    int iterations = 0;
};

/// The authors' hard-assignment EM that fits k output Gaussians to n weighted input Gaussians:
/// each input goes to the component of smallest KL(f_t || g_j) (diagonal terms only), each
/// component with members is refitted by moment matching, a component with none keeps its
/// parameters; the objective is sum_t weight_t * min_j KL. O(iterations * n * k) time, O(n + k)
/// memory; pure.
EmResult collapseEm(std::span<const Gaussian2> inputs, std::vector<Gaussian2> init,
                    int maxIterations, double epsilon, Arithmetic arithmetic);

} // namespace shelf::merge
