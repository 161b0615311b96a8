#pragma once

#include "candidate.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace shelf::merge::testing {

/// Deterministic synthetic candidates for the merge tests: `count` jittered boxes around one
/// product, from a fixed-seed generator so that every run and machine sees the same scene.
class SceneBuilder
{
public:
    explicit SceneBuilder(std::uint64_t seed) : m_state(seed * 2654435761u + 1) {}

    /// Adds `count` candidates around the product (x, y, w, h), each corner moved by up to
    /// `jitter` of the size, confidences in [conf - 0.1, conf].
    void addProduct(double x, double y, double w, double h, int count, double conf = 0.8,
                    double jitter = 0.05)
    {
        m_truth.push_back({x, y, x + w, y + h, 1, 1});
        for (int i = 0; i < count; ++i) {
            Candidate c;
            c.x1 = x + w * jitter * signedUnit();
            c.y1 = y + h * jitter * signedUnit();
            c.x2 = x + w + w * jitter * signedUnit();
            c.y2 = y + h + h * jitter * signedUnit();
            c.confidence = conf - 0.1 * unit();
            c.hard_score = std::min(1.0, c.confidence + 0.05);
            m_candidates.push_back(c);
        }
    }

    const std::vector<Candidate>& candidates() const { return m_candidates; }
    const std::vector<Candidate>& truth() const { return m_truth; }

private:
    double unit()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(m_state >> 11) / static_cast<double>(1ULL << 53);
    }
    double signedUnit() { return 2 * unit() - 1; }

    std::uint64_t m_state;
    std::vector<Candidate> m_candidates;
    std::vector<Candidate> m_truth;
};

} // namespace shelf::merge::testing
