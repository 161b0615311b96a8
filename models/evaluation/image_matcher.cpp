#include "image_matcher.h"

#include "coco_accumulator.h"

#include <algorithm>
#include <numeric>

namespace shelf {

namespace {

struct Candidate
{
    int truth;
    double iou;
};

} // namespace

std::vector<quint16> ImageMatcher::match(std::span<const Box> ranked, std::span<const Box> truths)
{
    std::vector<quint16> matched(ranked.size(), 0);
    if (ranked.empty() || truths.empty())
        return matched;
    const auto& thresholds = CocoAccumulator::iouThresholds();
    const double lowest = thresholds.front();

    // Truths sorted by x1; a truth left of x1 - (widest truth) cannot overlap a detection.
    std::vector<int> byX1(truths.size());
    std::iota(byX1.begin(), byX1.end(), 0);
    std::sort(byX1.begin(), byX1.end(),
              [&](int a, int b) { return truths[std::size_t(a)].x1 < truths[std::size_t(b)].x1; });
    std::vector<double> x1s(truths.size());
    double widest = 0;
    for (std::size_t i = 0; i < byX1.size(); ++i) {
        x1s[i] = truths[std::size_t(byX1[i])].x1;
        widest = std::max(widest, truths[std::size_t(byX1[i])].width());
    }

    // Candidate pairs per detection, truths in input order (the order COCO scans them in).
    std::vector<std::size_t> start(ranked.size() + 1, 0);
    std::vector<Candidate> candidates;
    for (std::size_t d = 0; d < ranked.size(); ++d) {
        const Box& det = ranked[d];
        start[d] = candidates.size();
        // One pixel of slack: x1 + width may round below x2.
        const auto from = std::lower_bound(x1s.begin(), x1s.end(), det.x1 - widest - 1.0);
        const auto to = std::lower_bound(from, x1s.end(), det.x2);
        for (auto it = from; it != to; ++it) {
            const int g = byX1[std::size_t(it - x1s.begin())];
            // iou(detection, truth): COCO's union is detection area + truth area - intersection.
            const double v = iou(det, truths[std::size_t(g)]);
            if (v >= lowest)
                candidates.push_back({g, v});
        }
        std::sort(candidates.begin() + std::ptrdiff_t(start[d]), candidates.end(),
                  [](const Candidate& a, const Candidate& b) { return a.truth < b.truth; });
    }
    start[ranked.size()] = candidates.size();

    std::vector<quint16> truthMatched(truths.size(), 0);
    for (int t = 0; t < CocoAccumulator::kThresholds; ++t) {
        const quint16 bit = quint16(1u << t);
        const double threshold = std::min(thresholds[std::size_t(t)], 1 - 1e-10);
        for (std::size_t d = 0; d < ranked.size(); ++d) {
            double best = threshold;
            int m = -1;
            for (std::size_t c = start[d]; c < start[d + 1]; ++c) {
                const Candidate& cand = candidates[c];
                if (truthMatched[std::size_t(cand.truth)] & bit)
                    continue;
                if (cand.iou < best)
                    continue;
                best = cand.iou;
                m = cand.truth;
            }
            if (m < 0)
                continue;
            truthMatched[std::size_t(m)] |= bit;
            matched[d] |= bit;
        }
    }
    return matched;
}

} // namespace shelf
