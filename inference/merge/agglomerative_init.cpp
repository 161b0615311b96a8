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

// Each alive component keeps its nearest neighbour. For a fixed r the authors' order of pairs
// (distance, then lower index, then higher index, as np.argmin scans their upper-triangular
// matrix) reduces to: smallest distance, then smallest partner index. Globally the pair of
// smallest (distance, lower index, higher index) merges next.
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
        for (std::size_t i = 0; i < n; ++i) {
            m_ids.push_back(i);
            m_x.push_back(inputs[i].mx);
            m_y.push_back(inputs[i].my);
        }
        m_nnD.assign(n, kInf);
        m_nnJ.assign(n, kNone);
        m_row.resize(n);
        m_budget = 8 * static_cast<std::uint64_t>(n) * n + (1u << 16);
    }

    Agglomeration run()
    {
        Agglomeration out;
        for (std::size_t r = 0; r < m_comps.size(); ++r)
            findNearest(r);
        while (m_ids.size() > m_k && m_ids.size() > 1) {
            if (m_evaluations > m_budget) {
                out.capped = true;
                mergeByPosition();
                break;
            }
            mergeBest();
        }
        for (const std::size_t id : m_ids)
            out.components.push_back(m_comps[id]);
        return out;
    }

private:
    // Distances from component r to the alive ones, in m_ids order (ascending ids), into m_row;
    // r itself gets +inf.
    void distancesFrom(std::size_t r)
    {
        const std::size_t m = m_ids.size();
        m_evaluations += m;
        const double x = m_comps[r].mx;
        const double y = m_comps[r].my;
        double* row = m_row.data();
        const double* xs = m_x.data();
        const double* ys = m_y.data();
        if (m_arithmetic == Arithmetic::Fast) {
            for (std::size_t p = 0; p < m; ++p) {
                const double dx = x - xs[p];
                const double dy = y - ys[p];
                row[p] = dx * dx + dy * dy;
            }
        } else {
            // scipy's cdist, then the authors' "distances[distances == 0] = inf"
            for (std::size_t p = 0; p < m; ++p) {
                const double dx = x - xs[p];
                const double dy = y - ys[p];
                const double d = std::sqrt(dx * dx + dy * dy);
                row[p] = d == 0 ? kInf : d;
            }
        }
        const std::size_t self = position(r);
        if (self < m)
            row[self] = kInf;
    }

    std::size_t position(std::size_t id) const
    {
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        return it != m_ids.end() && *it == id ? static_cast<std::size_t>(it - m_ids.begin())
                                              : m_ids.size();
    }

    // Nearest neighbour of r from m_row: smallest distance, first (lowest id) on a tie.
    void nearestFromRow(std::size_t r)
    {
        const std::size_t m = m_ids.size();
        double best = kInf;
        std::size_t bestP = m;
        for (std::size_t p = 0; p < m; ++p) {
            if (m_row[p] < best) {
                best = m_row[p];
                bestP = p;
            }
        }
        if (bestP == m) {
            // Every partner at distance "infinity" (coincident means): the lowest other id.
            bestP = m_ids[0] == r && m > 1 ? 1 : 0;
        }
        m_nnD[r] = best;
        m_nnJ[r] = bestP < m ? m_ids[bestP] : kNone;
    }

    void findNearest(std::size_t r)
    {
        distancesFrom(r);
        nearestFromRow(r);
    }

    void mergeBest()
    {
        std::size_t bi = kNone;
        std::size_t bj = kNone;
        double bd = kInf;
        for (const std::size_t r : m_ids) {
            if (m_nnJ[r] == kNone)
                continue;
            const std::size_t lo = std::min(r, m_nnJ[r]);
            const std::size_t hi = std::max(r, m_nnJ[r]);
            if (bi == kNone || m_nnD[r] < bd ||
                (m_nnD[r] == bd && (lo < bi || (lo == bi && hi < bj)))) {
                bd = m_nnD[r];
                bi = lo;
                bj = hi;
            }
        }
        const std::size_t l = replace(bi, bj);
        distancesFrom(l);
        std::vector<std::size_t> orphans;
        for (std::size_t p = 0; p + 1 < m_ids.size(); ++p) {
            const std::size_t r = m_ids[p];
            if (m_nnJ[r] == bi || m_nnJ[r] == bj) {
                orphans.push_back(r);
            } else if (m_row[p] < m_nnD[r]) { // l, the highest id, never wins a tie
                m_nnD[r] = m_row[p];
                m_nnJ[r] = l;
            }
        }
        nearestFromRow(l);
        for (const std::size_t r : orphans)
            findNearest(r);
    }

    // Merges i < j into a new component with the next id; returns that id.
    std::size_t replace(std::size_t i, std::size_t j)
    {
        const Gaussian2 merged = mergeMoments(m_comps[i], m_comps[j]);
        for (const std::size_t dead : {j, i}) {
            const std::size_t p = position(dead);
            m_ids.erase(m_ids.begin() + static_cast<std::ptrdiff_t>(p));
            m_x.erase(m_x.begin() + static_cast<std::ptrdiff_t>(p));
            m_y.erase(m_y.begin() + static_cast<std::ptrdiff_t>(p));
            m_alive[dead] = 0;
        }
        const std::size_t l = m_comps.size();
        m_comps.push_back(merged);
        m_alive.push_back(1);
        m_nnD.push_back(kInf);
        m_nnJ.push_back(kNone);
        m_ids.push_back(l);
        m_x.push_back(merged.mx);
        m_y.push_back(merged.my);
        return l;
    }

    // Past the work bound: sort by position and merge neighbours pairwise, round after round.
    void mergeByPosition()
    {
        while (m_ids.size() > m_k) {
            std::vector<std::size_t> order = m_ids;
            std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                const Gaussian2& ga = m_comps[a];
                const Gaussian2& gb = m_comps[b];
                if (ga.mx != gb.mx)
                    return ga.mx < gb.mx;
                if (ga.my != gb.my)
                    return ga.my < gb.my;
                return a < b;
            });
            for (std::size_t p = 0; p + 1 < order.size() && m_ids.size() > m_k; p += 2)
                replace(std::min(order[p], order[p + 1]), std::max(order[p], order[p + 1]));
        }
    }

    std::size_t m_k = 1;
    Arithmetic m_arithmetic = Arithmetic::Authors;
    std::vector<Gaussian2> m_comps; ///< by id: inputs first, merged ones appended
    std::vector<char> m_alive;
    std::vector<double> m_nnD;      ///< by id: distance to the nearest neighbour
    std::vector<std::size_t> m_nnJ; ///< by id: the nearest neighbour's id
    std::vector<std::size_t> m_ids; ///< alive ids, ascending, with their means beside
    std::vector<double> m_x;
    std::vector<double> m_y;
    std::vector<double> m_row;
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
