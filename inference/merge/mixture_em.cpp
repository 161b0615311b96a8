#include "mixture_em.h"

#include <cmath>
#include <limits>

namespace shelf::merge {
namespace {

// Per-iteration assignment: nearest component of every input, and the objective.
struct Assignment
{
    std::vector<std::size_t> cluster;
    double objective = 0;
};

Assignment assignAuthors(std::span<const Gaussian2> f, const std::vector<Gaussian2>& g)
{
    Assignment a;
    a.cluster.resize(f.size());
    double objective = 0;
    for (std::size_t t = 0; t < f.size(); ++t) {
        const double sfx = std::sqrt(f[t].sxx);
        const double sfy = std::sqrt(f[t].syy);
        double best = 0;
        std::size_t bestJ = 0;
        for (std::size_t j = 0; j < g.size(); ++j) {
            // min_kl() of CollapsingMoG.py, operation by operation
            const double logRatio =
                std::log(std::sqrt(g[j].sxx) / sfx) + std::log(std::sqrt(g[j].syy) / sfy);
            const double dx = f[t].mx - g[j].mx;
            const double dy = f[t].my - g[j].my;
            const double div =
                (f[t].sxx + dx * dx) / (2 * g[j].sxx) + (f[t].syy + dy * dy) / (2 * g[j].syy);
            const double kl = div + logRatio;
            if (j == 0 || kl < best) {
                best = kl;
                bestJ = j;
            }
        }
        a.cluster[t] = bestJ;
        objective += f[t].weight * best;
    }
    a.objective = objective;
    return a;
}

Assignment assignFast(std::span<const Gaussian2> f, const std::vector<Gaussian2>& g)
{
    // KL = (sfxx + dx^2) / (2 gxx) + (sfyy + dy^2) / (2 gyy) + log(sg_x sg_y) - log(sf_x sf_y):
    // the last term does not depend on j, so it joins the objective only.
    std::vector<double> ix(g.size());
    std::vector<double> iy(g.size());
    std::vector<double> lg(g.size());
    for (std::size_t j = 0; j < g.size(); ++j) {
        ix[j] = 0.5 / g[j].sxx;
        iy[j] = 0.5 / g[j].syy;
        lg[j] = 0.5 * std::log(g[j].sxx * g[j].syy);
    }
    Assignment a;
    a.cluster.resize(f.size());
    double objective = 0;
    for (std::size_t t = 0; t < f.size(); ++t) {
        double best = std::numeric_limits<double>::infinity();
        std::size_t bestJ = 0;
        for (std::size_t j = 0; j < g.size(); ++j) {
            const double dx = f[t].mx - g[j].mx;
            const double dy = f[t].my - g[j].my;
            const double kl = (f[t].sxx + dx * dx) * ix[j] + (f[t].syy + dy * dy) * iy[j] + lg[j];
            if (kl < best) {
                best = kl;
                bestJ = j;
            }
        }
        a.cluster[t] = bestJ;
        objective += f[t].weight * (best - 0.5 * std::log(f[t].sxx * f[t].syy));
    }
    a.objective = objective;
    return a;
}

// m_step() of CollapsingMoG.py: sums in input order, the mean first, then the covariance about it.
void refit(std::span<const Gaussian2> f, const Assignment& a, std::vector<Gaussian2>& g)
{
    std::vector<double> weight(g.size(), 0.0);
    std::vector<double> mx(g.size(), 0.0);
    std::vector<double> my(g.size(), 0.0);
    std::vector<char> used(g.size(), 0);
    for (std::size_t t = 0; t < f.size(); ++t) {
        const std::size_t j = a.cluster[t];
        used[j] = 1;
        weight[j] += f[t].weight;
        mx[j] += f[t].weight * f[t].mx;
        my[j] += f[t].weight * f[t].my;
    }
    for (std::size_t j = 0; j < g.size(); ++j) {
        if (!used[j])
            continue;
        g[j].weight = weight[j];
        g[j].mx = mx[j] / weight[j];
        g[j].my = my[j] / weight[j];
    }
    std::vector<double> cxx(g.size(), 0.0);
    std::vector<double> cxy(g.size(), 0.0);
    std::vector<double> cyy(g.size(), 0.0);
    for (std::size_t t = 0; t < f.size(); ++t) {
        const std::size_t j = a.cluster[t];
        const double dx = f[t].mx - g[j].mx;
        const double dy = f[t].my - g[j].my;
        cxx[j] += f[t].weight * (f[t].sxx + dx * dx);
        cxy[j] += f[t].weight * (f[t].sxy + dx * dy);
        cyy[j] += f[t].weight * (f[t].syy + dy * dy);
    }
    for (std::size_t j = 0; j < g.size(); ++j) {
        if (!used[j])
            continue;
        g[j].sxx = cxx[j] / weight[j];
        g[j].sxy = cxy[j] / weight[j];
        g[j].syy = cyy[j] / weight[j];
    }
}

} // namespace

EmResult collapseEm(std::span<const Gaussian2> inputs, std::vector<Gaussian2> init,
                    int maxIterations, double epsilon, Arithmetic arithmetic)
{
    const auto assign = arithmetic == Arithmetic::Authors ? assignAuthors : assignFast;
    EmResult result;
    std::vector<Gaussian2> g = init;
    double objective = std::numeric_limits<double>::infinity();
    double delta = std::numeric_limits<double>::infinity();
    Assignment a = assign(inputs, g);
    while (delta > epsilon && result.iterations < maxIterations) {
        ++result.iterations;
        refit(inputs, a, g);
        a = assign(inputs, g);
        const double previous = objective;
        objective = a.objective;
        delta = previous - objective;
        if (delta < 0) {
            result.status = EmStatus::NotMonotonic;
            result.components = std::move(init);
            return result;
        }
    }
    if (delta > epsilon) {
        result.status = EmStatus::NotConverged;
        result.components = std::move(init);
        return result;
    }
    result.components = std::move(g);
    return result;
}

} // namespace shelf::merge
