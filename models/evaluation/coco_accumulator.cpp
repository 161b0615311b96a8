#include "coco_accumulator.h"

#include <algorithm>
#include <limits>

namespace shelf {

namespace {

template <std::size_t N> std::array<double, N> linspace(double start, double stop)
{
    std::array<double, N> values{};
    const double step = (stop - start) / double(N - 1);
    for (std::size_t i = 0; i < N; ++i)
        values[i] = double(i) * step + start;
    values[N - 1] = stop;
    return values;
}

double meanOrUndefined(const std::vector<double>& values)
{
    if (values.empty())
        return -1;
    return CocoAccumulator::pairwiseSum(values.data(), qsizetype(values.size())) /
           double(values.size());
}

} // namespace

const std::array<double, CocoAccumulator::kThresholds>& CocoAccumulator::iouThresholds()
{
    static const auto values = linspace<kThresholds>(0.5, 0.95);
    return values;
}

const std::array<double, CocoAccumulator::kRecallPoints>& CocoAccumulator::recallThresholds()
{
    static const auto values = linspace<kRecallPoints>(0.0, 1.0);
    return values;
}

void CocoAccumulator::sortByScore(std::vector<ScoredMatch>& matches)
{
    std::stable_sort(matches.begin(), matches.end(),
                     [](const ScoredMatch& a, const ScoredMatch& b) { return a.score > b.score; });
}

CocoAccumulator::Curves CocoAccumulator::accumulate(std::span<const ScoredMatch> ranked, int truths)
{
    Curves curves;
    if (truths <= 0)
        return curves;
    curves.defined = true;
    const auto& recallPoints = recallThresholds();
    const qsizetype n = qsizetype(ranked.size());
    const double truthCount = truths;
    // np.spacing(1): COCO adds it to the denominator of precision.
    constexpr double eps = std::numeric_limits<double>::epsilon();
    std::vector<double> recall(std::size_t(n), 0.0);
    std::vector<double> precision(std::size_t(n), 0.0);
    for (int t = 0; t < kThresholds; ++t) {
        const quint16 bit = quint16(1u << t);
        double tp = 0;
        double fp = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (ranked[i].matched & bit)
                tp += 1;
            else
                fp += 1;
            recall[i] = tp / truthCount;
            precision[i] = tp / (fp + tp + eps);
        }
        curves.recall[t] = n > 0 ? recall[n - 1] : 0.0;
        // Precision made monotone from the right (the envelope).
        for (qsizetype i = n - 1; i > 0; --i) {
            if (precision[i] > precision[i - 1])
                precision[i - 1] = precision[i];
        }
        // np.searchsorted(rc, recThrs, side='left'): the first index with recall >= the point;
        // past the end, precision stays 0.
        auto& q = curves.precision[t];
        q.fill(0.0);
        auto from = recall.begin();
        for (int r = 0; r < kRecallPoints; ++r) {
            from = std::lower_bound(from, recall.end(), recallPoints[r]);
            if (from == recall.end())
                break;
            q[r] = precision[std::size_t(from - recall.begin())];
        }
    }
    return curves;
}

double CocoAccumulator::averagePrecision(std::span<const Curves> categories, int threshold)
{
    // COCO's precision array is [T, R, K]; s[s > -1] flattens it in that order.
    std::vector<double> values;
    const int first = threshold < 0 ? 0 : threshold;
    const int last = threshold < 0 ? kThresholds - 1 : threshold;
    for (int t = first; t <= last; ++t) {
        for (int r = 0; r < kRecallPoints; ++r) {
            for (const Curves& c : categories) {
                if (c.defined)
                    values.push_back(c.precision[t][r]);
            }
        }
    }
    return meanOrUndefined(values);
}

double CocoAccumulator::averageRecall(std::span<const Curves> categories)
{
    std::vector<double> values;
    for (int t = 0; t < kThresholds; ++t) {
        for (const Curves& c : categories) {
            if (c.defined)
                values.push_back(c.recall[t]);
        }
    }
    return meanOrUndefined(values);
}

double CocoAccumulator::pairwiseSum(const double* a, qsizetype n)
{
    // numpy/core/src/umath/loops_utils.h.src, pairwise_sum: blocks of 128 summed with eight
    // accumulators, halves (cut at a multiple of 8) summed recursively.
    constexpr qsizetype blockSize = 128;
    if (n < 8) {
        double sum = -0.0;
        for (qsizetype i = 0; i < n; ++i)
            sum += a[i];
        return sum;
    }
    if (n <= blockSize) {
        double r[8];
        for (int j = 0; j < 8; ++j)
            r[j] = a[j];
        qsizetype i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (int j = 0; j < 8; ++j)
                r[j] += a[i + j];
        }
        double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            sum += a[i];
        return sum;
    }
    qsizetype half = n / 2;
    half -= half % 8;
    return pairwiseSum(a, half) + pairwiseSum(a + half, n - half);
}

} // namespace shelf
