#include "candidate_preparation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace shelf::merge {

std::optional<InputIssue> validateCandidates(std::span<const Candidate> candidates, ImageSize image)
{
    if (image.width < 1 || image.height < 1 || image.width > kMaxImageSide ||
        image.height > kMaxImageSide ||
        static_cast<long long>(image.width) * image.height > kMaxImagePixels) {
        return InputIssue{std::nullopt, "image-size",
                          "image size " + std::to_string(image.width) + "x" +
                              std::to_string(image.height) +
                              " is out of range (1..65535 a side, 2^28 pixels in all)"};
    }
    static constexpr const char* names[] = {"x1", "y1", "x2", "y2", "confidence", "hard_score"};
    for (std::size_t row = 0; row < candidates.size(); ++row) {
        const Candidate& c = candidates[row];
        const double fields[] = {c.x1, c.y1, c.x2, c.y2, c.confidence, c.hard_score};
        for (int f = 0; f < 6; ++f) {
            if (!std::isfinite(fields[f])) {
                return InputIssue{row, names[f],
                                  "candidate row " + std::to_string(row) + ": field " + names[f] +
                                      " is " + (std::isnan(fields[f]) ? "NaN" : "infinite")};
            }
        }
    }
    return std::nullopt;
}

PreparedCandidates prepareCandidates(std::span<const Candidate> candidates, ImageSize image,
                                     const MergeOptions& options, bool integerBoxes)
{
    PreparedCandidates out;
    std::vector<Candidate> mixed(candidates.begin(), candidates.end());
    if (options.hard_score_rate) {
        const double rate = *options.hard_score_rate;
        for (Candidate& c : mixed)
            c.confidence = rate * c.hard_score + (1 - rate) * c.confidence;
    }
    std::vector<std::size_t> order;
    order.reserve(mixed.size());
    for (std::size_t i = 0; i < mixed.size(); ++i) {
        if (mixed[i].hard_score > options.min_hard_score)
            order.push_back(i);
    }
    out.dropped_low_hard_score = mixed.size() - order.size();
    const auto byConfidence = [&](std::size_t a, std::size_t b) {
        return mixed[a].confidence > mixed[b].confidence;
    };
    // Only the kept head needs ordering; the index tie-break makes the order total, so the
    // partial sort is as deterministic as a stable sort.
    const auto total = [&](std::size_t a, std::size_t b) {
        if (mixed[a].confidence != mixed[b].confidence)
            return byConfidence(a, b);
        return a < b;
    };
    if (order.size() > options.max_candidates) {
        out.dropped_over_cap = order.size() - options.max_candidates;
        std::partial_sort(order.begin(),
                          order.begin() + static_cast<std::ptrdiff_t>(options.max_candidates),
                          order.end(), total);
        order.resize(options.max_candidates);
    } else {
        std::sort(order.begin(), order.end(), total);
    }
    const double w = image.width;
    const double h = image.height;
    out.boxes.reserve(order.size());
    out.source.reserve(order.size());
    for (const std::size_t i : order) {
        Candidate c = mixed[i];
        c.x1 = std::clamp(c.x1, 0.0, w);
        c.x2 = std::clamp(c.x2, 0.0, w);
        c.y1 = std::clamp(c.y1, 0.0, h);
        c.y2 = std::clamp(c.y2, 0.0, h);
        if (integerBoxes) {
            c.x1 = std::trunc(c.x1);
            c.y1 = std::trunc(c.y1);
            c.x2 = std::trunc(c.x2);
            c.y2 = std::trunc(c.y2);
        }
        if (!(c.x2 > c.x1 && c.y2 > c.y1)) {
            ++out.dropped_empty;
            continue;
        }
        out.boxes.push_back(c);
        out.source.push_back(i);
    }
    return out;
}

} // namespace shelf::merge
