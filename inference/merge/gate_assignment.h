#pragma once

#include "candidate.h"

#include <cstddef>
#include <span>
#include <vector>

namespace shelf::merge {

/// A gate: a box in image pixels (edges inclusive) that claims the candidates whose centre lies
/// in it, and the blob it came from.
struct Gate
{
    double x1 = 0;
    double y1 = 0;
    double x2 = 0;
    double y2 = 0;
    int blob = -1;
};

/// Finds candidates by centre quickly: centres sorted by x once, then each query is a binary
/// search plus a scan of the x range. Read-only after construction, any thread.
class CentreIndex
{
public:
    explicit CentreIndex(std::span<const Candidate> boxes);

    /// Indices (ascending) of the candidates whose centre lies in [x1, x2] x [y1, y2].
    std::vector<std::size_t> inside(double x1, double y1, double x2, double y2) const;

    double centreX(std::size_t i) const { return m_cx[i]; }
    double centreY(std::size_t i) const { return m_cy[i]; }

private:
    std::vector<double> m_cx;
    std::vector<double> m_cy;
    std::vector<std::size_t> m_byX;
};

/// The authors' map_original_boxes_to_new_boxes(): gates in order, each takes every candidate
/// not yet taken whose centre it holds. Returns the taken indices per gate (maybe empty).
std::vector<std::vector<std::size_t>> assignFirstCome(const CentreIndex& centres, std::size_t count,
                                                      std::span<const Gate> gates);

/// The member with the highest 0.5 * confidence + 0.5 * hard_score; the first on a tie.
std::size_t bestMember(std::span<const Candidate> boxes, std::span<const std::size_t> members);

} // namespace shelf::merge
