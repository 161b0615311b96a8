#include "agglomerative_init.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>

namespace shelf::merge {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// A candidate pair, ordered as np.argmin scans the authors' upper-triangular matrix: by
// distance, then row (the lower index), then column.
struct PairKey
{
    double d = kInf;
    std::size_t lo = kNone;
    std::size_t hi = kNone;

    bool operator<(const PairKey& o) const
    {
        if (d != o.d)
            return d < o.d;
        if (lo != o.lo)
            return lo < o.lo;
        return hi < o.hi;
    }
};

class Agglomerator
{
public:
    Agglomerator(std::span<const Gaussian2> inputs, std::size_t k, Arithmetic arithmetic)
        : m_k(k), m_arithmetic(arithmetic)
    {
        const std::size_t n = inputs.size();
        m_comps.assign(inputs.begin(), inputs.end());
        m_comps.reserve(2 * n);
        m_alive.assign(n, 1);
        m_nn.assign(n, {});
        m_aliveCount = n;
        m_budget = 32 * static_cast<std::uint64_t>(n) * n + (1u << 16);
    }

    Agglomeration run()
    {
        Agglomeration out;
        const std::size_t n = m_comps.size();
        for (std::size_t r = 0; r < n; ++r)
            for (std::size_t s = r + 1; s < n; ++s) {
                const PairKey key{distance(r, s), r, s};
                if (key < m_nn[r])
                    m_nn[r] = key;
                if (key < m_nn[s])
                    m_nn[s] = key;
            }
        while (m_aliveCount > m_k && m_aliveCount > 1) {
            if (m_evaluations > m_budget) {
                out.capped = true;
                mergeByPosition();
                break;
            }
            mergeBest();
        }
        for (std::size_t i = 0; i < m_comps.size(); ++i)
            if (m_alive[i])
                out.components.push_back(m_comps[i]);
        return out;
    }

private:
    double distance(std::size_t a, std::size_t b)
    {
        ++m_evaluations;
        const double dx = m_comps[a].mx - m_comps[b].mx;
        const double dy = m_comps[a].my - m_comps[b].my;
        if (m_arithmetic == Arithmetic::Fast)
            return dx * dx + dy * dy;
        // scipy's cdist, then the authors' "distances[distances == 0] = inf"
        const double d = std::sqrt(dx * dx + dy * dy);
        return d == 0 ? kInf : d;
    }

    std::size_t append(const Gaussian2& g)
    {
        m_comps.push_back(g);
        m_alive.push_back(1);
        m_nn.push_back({});
        return m_comps.size() - 1;
    }

    void kill(std::size_t i)
    {
        m_alive[i] = 0;
        --m_aliveCount;
    }

    void mergeBest()
    {
        PairKey best;
        for (std::size_t r = 0; r < m_comps.size(); ++r)
            if (m_alive[r] && m_nn[r] < best)
                best = m_nn[r];
        const std::size_t i = best.lo;
        const std::size_t j = best.hi;
        const std::size_t l = append(mergeMoments(m_comps[i], m_comps[j]));
        kill(i);
        kill(j);
        ++m_aliveCount;
        std::vector<std::size_t> orphans;
        for (std::size_t r = 0; r < l; ++r) {
            if (!m_alive[r])
                continue;
            const PairKey key{distance(r, l), r, l};
            if (key < m_nn[l])
                m_nn[l] = key;
            if (m_nn[r].lo == i || m_nn[r].lo == j || m_nn[r].hi == i || m_nn[r].hi == j)
                orphans.push_back(r);
            else if (key < m_nn[r])
                m_nn[r] = key;
        }
        for (const std::size_t r : orphans) {
            PairKey nn;
            for (std::size_t s = 0; s < m_comps.size(); ++s) {
                if (s == r || !m_alive[s])
                    continue;
                const PairKey key{distance(r, s), std::min(r, s), std::max(r, s)};
                if (key < nn)
                    nn = key;
            }
            m_nn[r] = nn;
        }
    }

    // Past the work bound: sort by position and merge neighbours pairwise, round after round.
    void mergeByPosition()
    {
        while (m_aliveCount > m_k) {
            std::vector<std::size_t> order;
            for (std::size_t i = 0; i < m_comps.size(); ++i)
                if (m_alive[i])
                    order.push_back(i);
            std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                const Gaussian2& ga = m_comps[a];
                const Gaussian2& gb = m_comps[b];
                if (ga.mx != gb.mx)
                    return ga.mx < gb.mx;
                if (ga.my != gb.my)
                    return ga.my < gb.my;
                return a < b;
            });
            for (std::size_t p = 0; p + 1 < order.size() && m_aliveCount > m_k; p += 2) {
                const std::size_t i = std::min(order[p], order[p + 1]);
                const std::size_t j = std::max(order[p], order[p + 1]);
                append(mergeMoments(m_comps[i], m_comps[j]));
                kill(i);
                kill(j);
                ++m_aliveCount;
            }
        }
    }

    std::size_t m_k = 1;
    Arithmetic m_arithmetic = Arithmetic::Authors;
    std::vector<Gaussian2> m_comps;
    std::vector<char> m_alive;
    std::vector<PairKey> m_nn;
    std::size_t m_aliveCount = 0;
    std::uint64_t m_evaluations = 0;
    std::uint64_t m_budget = 0;
};

} // namespace

Gaussian2 mergeMoments(const Gaussian2& a, const Gaussian2& b)
{
    Gaussian2 m;
    m.weight = a.weight + b.weight;
    m.mx = (a.weight * a.mx + b.weight * b.mx) / m.weight;
    m.my = (a.weight * a.my + b.weight * b.my) / m.weight;
    const double harmonic = (a.weight * b.weight) / m.weight;
    const double dx = a.mx - b.mx;
    const double dy = a.my - b.my;
    m.sxx = (a.weight * a.sxx + b.weight * b.sxx + harmonic * (dx * dx)) / m.weight;
    m.sxy = (a.weight * a.sxy + b.weight * b.sxy + harmonic * (dx * dy)) / m.weight;
    m.syy = (a.weight * a.syy + b.weight * b.syy + harmonic * (dy * dy)) / m.weight;
    return m;
}

Agglomeration agglomerate(std::span<const Gaussian2> inputs, std::size_t k, Arithmetic arithmetic)
{
    if (inputs.size() <= k || inputs.empty())
        return {std::vector<Gaussian2>(inputs.begin(), inputs.end()), false};
    return Agglomerator(inputs, std::max<std::size_t>(k, 1), arithmetic).run();
}

} // namespace shelf::merge
