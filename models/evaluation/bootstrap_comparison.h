#pragma once

#include "eval_types.h"

#include <QList>

#include <array>

namespace shelf {

/// How far sets of detections on the same images are from a baseline, and how far that would
/// move on other images like these: a paired bootstrap over images (Efron and Tibshirani, "An
/// Introduction to the Bootstrap", 1993, ch. 13, percentile intervals). A resample draws as many
/// images as there are, with replacement, and scores every set on the same draw, so what varies
/// between resamples is which shelves were photographed, not the detectors. The images, not the
/// boxes, are what is drawn, because boxes of one shelf are not independent (a hard shelf costs
/// every detector). Deterministic for a seed; results do not depend on the thread count.
class BootstrapComparison
{
public:
    enum Metric { Ap, Ap50, Ap75, Ar, Mae, Rmse };
    static constexpr int kMetrics = 6;

    /// One metric of one set against the baseline.
    struct Difference
    {
        bool defined = false;     ///< false when AP/AR is undefined (no truths) in every resample
        double observed = 0;      ///< set minus baseline, on all the images
        double low = 0, high = 0; ///< 2.5th and 97.5th percentiles of the resampled differences
        double better = 0;        ///< share of resamples where the set beats the baseline
        double tied = 0;          ///< share of resamples where both score the same
    };

    struct Result
    {
        int resamples = 0;
        quint64 seed = 0;
        int images = 0; ///< images drawn from: every name any set has
        /// For the sets 1.. of compare()'s input, in order, against set 0.
        QList<std::array<Difference, kMetrics>> sets;
    };

    /// `sets[s]` is the evaluation input of one set of detections (as DetectionEvaluator takes
    /// it), `sets[0]` the baseline. Images pair up by ImageEvalInput::image; an image a set lacks
    /// counts there as one with neither truths nor detections. Needs two sets or more and
    /// resamples >= 1.
    static Result compare(const QList<QList<ImageEvalInput>>& sets, const EvalOptions& options,
                          int resamples, quint64 seed);

    /// AP and AR are better higher, MAE and RMSE lower.
    static bool higherIsBetter(Metric metric);
    /// The metric's value in `m` (-1: undefined).
    static double value(const DatasetMetrics& m, Metric metric);
};

} // namespace shelf
