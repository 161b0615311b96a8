#include "box_voting.h"

#include "box_overlap.h"

#include <algorithm>
#include <numeric>

namespace shelf::merge {

void voteBoxes(std::span<const Candidate> boxes, std::vector<KeptBox>& kept, double threshold)
{
    if (threshold <= 0 || boxes.empty())
        return;
    // Candidates by centre x, so that each kept box looks only at those that can reach the IoU:
    // IoU >= t needs the other box's height >= t * h and area <= w * h / t, hence a width of at
    // most w / t^2 and a centre within w * (1 + 1 / t^2) / 2 in x.
    std::vector<std::size_t> byX(boxes.size());
    std::iota(byX.begin(), byX.end(), std::size_t{0});
    std::stable_sort(byX.begin(), byX.end(), [&](std::size_t a, std::size_t b) {
        return boxes[a].centreX() < boxes[b].centreX();
    });
    const double reach = (1 + 1 / (threshold * threshold)) / 2;
    for (KeptBox& k : kept) {
        const Candidate pick = k.box;
        const double left = pick.centreX() - pick.width() * reach;
        const double right = pick.centreX() + pick.width() * reach;
        auto it = std::lower_bound(byX.begin(), byX.end(), left,
                                   [&](std::size_t i, double x) { return boxes[i].centreX() < x; });
        // Offsets from the pick, so that voters equal to it leave it exactly where it is, and
        // the result kept inside the voters' own extremes, so that it never leaves the image.
        double dx1 = 0, dy1 = 0, dx2 = 0, dy2 = 0, total = 0;
        Candidate low = pick;
        Candidate high = pick;
        for (; it != byX.end() && boxes[*it].centreX() <= right; ++it) {
            const Candidate& c = boxes[*it];
            if (intersectionOverUnion(c, pick) < threshold)
                continue;
            const double score = c.confidence * c.hard_score;
            const double w = score * score;
            dx1 += w * (c.x1 - pick.x1);
            dy1 += w * (c.y1 - pick.y1);
            dx2 += w * (c.x2 - pick.x2);
            dy2 += w * (c.y2 - pick.y2);
            total += w;
            low = {std::min(low.x1, c.x1), std::min(low.y1, c.y1), std::min(low.x2, c.x2),
                   std::min(low.y2, c.y2)};
            high = {std::max(high.x1, c.x1), std::max(high.y1, c.y1), std::max(high.x2, c.x2),
                    std::max(high.y2, c.y2)};
        }
        if (total <= 0)
            continue;
        k.box.x1 = std::clamp(pick.x1 + dx1 / total, low.x1, high.x1);
        k.box.y1 = std::clamp(pick.y1 + dy1 / total, low.y1, high.y1);
        k.box.x2 = std::clamp(pick.x2 + dx2 / total, low.x2, high.x2);
        k.box.y2 = std::clamp(pick.y2 + dy2 / total, low.y2, high.y2);
    }
}

} // namespace shelf::merge
