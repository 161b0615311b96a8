#pragma once

#include <QtGlobal>

#include <array>
#include <span>
#include <vector>

namespace shelf {

/// One ranked detection after matching: its score and, bit t, whether it matched a truth at
/// CocoAccumulator::iouThresholds()[t].
struct ScoredMatch
{
    double score = 0;
    quint16 matched = 0;
};

/// The accumulate() and summarize() steps of the COCO evaluator, for one category and area "all",
/// as pycocotools' cocoeval.py has them (github.com/cocodataset/cocoapi, PythonAPI/pycocotools/
/// cocoeval.py, COCOeval.accumulate and COCOeval.summarize). Crowd truths and area ranges do not
/// exist here, so no detection or truth is ever ignored.
class CocoAccumulator
{
public:
    static constexpr int kThresholds = 10;    ///< IoU 0.50:0.05:0.95
    static constexpr int kRecallPoints = 101; ///< recall 0:0.01:1

    /// np.linspace(.5, .95, 10) and np.linspace(0, 1, 101), bit for bit: numpy computes
    /// start + i * ((stop - start) / (num - 1)) and sets the last point to stop.
    static const std::array<double, kThresholds>& iouThresholds();
    static const std::array<double, kRecallPoints>& recallThresholds();

    /// What accumulation gives for one category over a set of images.
    struct Curves
    {
        bool defined = false; ///< false when there are no truths (COCO's -1)
        std::array<std::array<double, kRecallPoints>, kThresholds> precision{};
        std::array<double, kThresholds> recall{};
    };

    /// Sorts detections by score, highest first, keeping the input order of equal scores (numpy's
    /// argsort kind='mergesort', which COCO uses).
    static void sortByScore(std::vector<ScoredMatch>& matches);

    /// Precision at the 101 recall points and the final recall per IoU threshold, from detections
    /// in ranking order (sortByScore()) and the number of truths.
    static Curves accumulate(std::span<const ScoredMatch> ranked, int truths);

    /// COCO's summarize(): the mean of every defined value (np.mean(s[s > -1])), -1 if none.
    /// threshold -1 averages over all IoU thresholds, else uses that threshold index only.
    static double averagePrecision(std::span<const Curves> categories, int threshold = -1);
    static double averageRecall(std::span<const Curves> categories);

    /// numpy's pairwise summation (np.add.reduce on a contiguous float64 array), so that means
    /// agree with numpy's to the last bit.
    static double pairwiseSum(const double* values, qsizetype n);
};

} // namespace shelf
