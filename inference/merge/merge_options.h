#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace shelf::merge {

/// How candidates are merged into one box per product.
enum class Method {
    EmDefault,   ///< EM-Merger with ShelfLabel's fixes (see README.md)
    EmReference, ///< the SKU-110K authors' EM-Merger, quirks included, bit for bit
    Nms,         ///< greedy NMS on intersection over union
    IoMinNms,    ///< greedy NMS on intersection over the smaller area (the authors' 0.3, correct)
    SoftNms,     ///< Gaussian Soft-NMS (Bodla et al. 2017)
};

/// Settings of one merge call. The defaults are the authors' values where they have one.
struct MergeOptions
{
    Method method = Method::EmDefault;

    /// When set, each candidate's `confidence` holds the raw Soft-IoU score and is replaced by
    /// rate * hard_score + (1 - rate) * soft_iou before anything else (0 = pure Soft-IoU).
    std::optional<double> hard_score_rate;
    double min_hard_score = 0.1;       ///< candidates with hard_score <= this are dropped
    std::size_t max_candidates = 9999; ///< top candidates by confidence kept (the authors' cap)

    double nms_iou_threshold = 0.5;    ///< Method::Nms: suppress at IoU >= threshold
    double iomin_threshold = 0.3;      ///< IoMin-NMS and the EM-Merger's final NMS
    double soft_nms_sigma = 0.5;       ///< Method::SoftNms: score *= exp(-iou^2 / sigma)
    double soft_nms_min_score = 0.001; ///< Method::SoftNms: boxes decayed below this are dropped

    /// EmDefault only: heat-map scale (map pixels per image pixel). 0 picks it from the median box
    /// size so that the smallest boxes still span several map pixels; 1 is full resolution.
    double heat_map_scale = 0;

    /// Box voting: each emitted box is moved to the weighted mean of the candidates whose IoU
    /// with it is at least this (scores stay the pick's; see box_voting.h). Unset:
    /// kDefaultBoxVotingIou for EmDefault, off for the others. Set: applied to every method but
    /// EmReference (which stays the authors' output); 0 = off, each kept candidate's own box.
    std::optional<double> box_voting_iou;

    /// Worker threads for heat map and blobs; 0 = std::thread::hardware_concurrency(). The result
    /// does not depend on it.
    int threads = 0;
};

/// EmDefault's box-voting threshold when MergeOptions::box_voting_iou is unset: box voting's
/// own (Gidaris and Komodakis, ICCV 2015; inference/merge/README.md). The Preferences tooltip
/// repeats it in words, as the widgets do not link the merge engine.
inline constexpr double kDefaultBoxVotingIou = 0.5;

/// The box-voting threshold `options` ask for (0 = none), from its default per method.
double boxVotingIou(const MergeOptions& options);

/// Parses "em", "em-reference", "nms", "iomin-nms", "soft-nms" (the CLI names).
std::optional<Method> methodFromName(std::string_view name);
/// The CLI name of a method.
std::string_view methodName(Method method);

} // namespace shelf::merge
