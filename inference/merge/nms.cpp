#include "nms.h"

#include "box_overlap.h"
#include "numpy_compat.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace shelf::merge {
namespace {

std::vector<std::size_t> rankByConfidence(std::span<const Candidate> boxes)
{
    std::vector<std::size_t> order(boxes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return boxes[a].confidence > boxes[b].confidence;
    });
    return order;
}

template <typename Suppresses>
std::vector<NmsPick> greedy(std::span<const Candidate> boxes, Suppresses suppresses)
{
    const std::vector<std::size_t> order = rankByConfidence(boxes);
    std::vector<char> removed(boxes.size(), 0);
    std::vector<NmsPick> picks;
    for (std::size_t r = 0; r < order.size(); ++r) {
        const std::size_t best = order[r];
        if (removed[best])
            continue;
        NmsPick pick{best, boxes[best].confidence, {best}};
        for (std::size_t s = r + 1; s < order.size(); ++s) {
            const std::size_t other = order[s];
            if (!removed[other] && suppresses(boxes[best], boxes[other])) {
                removed[other] = 1;
                pick.cluster.push_back(other);
            }
        }
        picks.push_back(std::move(pick));
    }
    return picks;
}

} // namespace

std::vector<NmsPick> iouNms(std::span<const Candidate> boxes, double threshold)
{
    return greedy(boxes, [threshold](const Candidate& a, const Candidate& b) {
        return intersectionOverUnion(a, b) > threshold;
    });
}

std::vector<NmsPick> iominNms(std::span<const Candidate> boxes, double threshold)
{
    return greedy(boxes, [threshold](const Candidate& a, const Candidate& b) {
        return intersectionOverMinimum(a, b) >= threshold;
    });
}

std::vector<NmsPick> softNms(std::span<const Candidate> boxes, double sigma, double minScore)
{
    std::vector<double> score(boxes.size());
    for (std::size_t i = 0; i < boxes.size(); ++i)
        score[i] = boxes[i].confidence;
    std::vector<char> open(boxes.size(), 1);
    std::size_t remaining = boxes.size();
    std::vector<NmsPick> picks;
    while (remaining > 0) {
        std::size_t best = boxes.size();
        for (std::size_t i = 0; i < boxes.size(); ++i)
            if (open[i] && (best == boxes.size() || score[i] > score[best]))
                best = i;
        open[best] = 0;
        --remaining;
        NmsPick pick{best, score[best], {best}};
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            if (!open[i])
                continue;
            const double iou = intersectionOverUnion(boxes[best], boxes[i]);
            score[i] *= std::exp(-(iou * iou) / sigma);
            if (score[i] < minScore) {
                open[i] = 0;
                --remaining;
                pick.cluster.push_back(i);
            }
        }
        picks.push_back(std::move(pick));
    }
    return picks;
}

std::vector<NmsPick> authorsIoMinNms(std::span<const Candidate> boxes, double threshold)
{
    std::vector<double> scores(boxes.size());
    for (std::size_t i = 0; i < boxes.size(); ++i)
        scores[i] = boxes[i].confidence;
    const std::vector<std::int64_t> ascending = numpyArgsort(scores);
    std::vector<std::size_t> indices(ascending.begin(), ascending.end());
    std::vector<std::size_t> suppressor(boxes.size(), boxes.size());
    while (!indices.empty()) {
        const std::size_t best = indices.back();
        indices.pop_back();
        if (indices.size() == 1)
            break;
        // The authors divide by the smaller area cast to float32 and count an empty box as no
        // overlap; the cast is kept so that areas beyond 2^24 px round as theirs do.
        const double bestArea =
            (boxes[best].x2 - boxes[best].x1) * (boxes[best].y2 - boxes[best].y1);
        std::vector<std::size_t> kept;
        kept.reserve(indices.size());
        for (const std::size_t other : indices) {
            const Candidate& o = boxes[other];
            const double area = (o.x2 - o.x1) * (o.y2 - o.y1);
            const double smaller = std::min(area, bestArea);
            double overlap = 0;
            if (smaller > 0) {
                const double iw =
                    std::max(0.0, std::min(o.x2, boxes[best].x2) - std::max(o.x1, boxes[best].x1));
                const double ih =
                    std::max(0.0, std::min(o.y2, boxes[best].y2) - std::max(o.y1, boxes[best].y1));
                overlap = (iw * ih) / static_cast<double>(static_cast<float>(smaller));
            }
            if (overlap >= threshold)
                suppressor[other] = best;
            else
                kept.push_back(other);
        }
        indices = std::move(kept);
    }
    std::vector<NmsPick> picks;
    std::vector<std::size_t> pickOf(boxes.size(), boxes.size());
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (suppressor[i] != boxes.size())
            continue;
        pickOf[i] = picks.size();
        picks.push_back({i, boxes[i].confidence, {i}});
    }
    // A suppressor may itself have been suppressed later; follow the chain to a survivor.
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        std::size_t s = i;
        while (suppressor[s] != boxes.size())
            s = suppressor[s];
        if (s != i)
            picks[pickOf[s]].cluster.push_back(i);
    }
    return picks;
}

} // namespace shelf::merge
