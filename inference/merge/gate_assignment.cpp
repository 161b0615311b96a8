#include "gate_assignment.h"

#include <algorithm>
#include <numeric>

namespace shelf::merge {

CentreIndex::CentreIndex(std::span<const Candidate> boxes)
    : m_cx(boxes.size()), m_cy(boxes.size()), m_byX(boxes.size())
{
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        m_cx[i] = boxes[i].centreX();
        m_cy[i] = boxes[i].centreY();
    }
    std::iota(m_byX.begin(), m_byX.end(), std::size_t{0});
    std::stable_sort(m_byX.begin(), m_byX.end(),
                     [&](std::size_t a, std::size_t b) { return m_cx[a] < m_cx[b]; });
}

std::vector<std::size_t> CentreIndex::inside(double x1, double y1, double x2, double y2) const
{
    const auto lo = std::lower_bound(m_byX.begin(), m_byX.end(), x1,
                                     [&](std::size_t i, double v) { return m_cx[i] < v; });
    std::vector<std::size_t> out;
    for (auto it = lo; it != m_byX.end() && m_cx[*it] <= x2; ++it)
        if (m_cy[*it] >= y1 && m_cy[*it] <= y2)
            out.push_back(*it);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::vector<std::size_t>> assignFirstCome(const CentreIndex& centres, std::size_t count,
                                                      std::span<const Gate> gates)
{
    std::vector<char> taken(count, 0);
    std::vector<std::vector<std::size_t>> out(gates.size());
    for (std::size_t g = 0; g < gates.size(); ++g) {
        for (const std::size_t i :
             centres.inside(gates[g].x1, gates[g].y1, gates[g].x2, gates[g].y2)) {
            if (!taken[i]) {
                taken[i] = 1;
                out[g].push_back(i);
            }
        }
    }
    return out;
}

std::size_t bestMember(std::span<const Candidate> boxes, std::span<const std::size_t> members)
{
    std::size_t best = members.front();
    double bestScore = 0.5 * boxes[best].confidence + 0.5 * boxes[best].hard_score;
    for (const std::size_t i : members) {
        const double score = 0.5 * boxes[i].confidence + 0.5 * boxes[i].hard_score;
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

} // namespace shelf::merge
