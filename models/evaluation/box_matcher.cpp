#include "box_matcher.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace shelf {

BoxMatch BoxMatcher::match(const QList<EvalBox>& a, const QList<EvalBox>& b, double iouThreshold)
{
    std::vector<int> order(std::size_t(a.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return a[x].score > a[y].score; });
    const double threshold = std::min(iouThreshold, 1 - 1e-10);
    std::vector<char> aMatched(std::size_t(a.size()), 0);
    std::vector<char> bMatched(std::size_t(b.size()), 0);
    BoxMatch result;
    for (int i : order) {
        double best = threshold;
        int m = -1;
        for (int j = 0; j < b.size(); ++j) {
            if (bMatched[std::size_t(j)])
                continue;
            const double v = iou(a[i].box, b[j].box);
            if (v < best)
                continue;
            best = v;
            m = j;
        }
        if (m < 0)
            continue;
        aMatched[std::size_t(i)] = 1;
        bMatched[std::size_t(m)] = 1;
        result.pairs.append({i, m});
    }
    for (int i = 0; i < a.size(); ++i) {
        if (!aMatched[std::size_t(i)])
            result.onlyA.append(i);
    }
    for (int j = 0; j < b.size(); ++j) {
        if (!bMatched[std::size_t(j)])
            result.onlyB.append(j);
    }
    return result;
}

} // namespace shelf
