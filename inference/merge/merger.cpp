#include "merger.h"

#include "box_voting.h"
#include "candidate_preparation.h"
#include "default_merger.h"
#include "merge_logger.h"
#include "nms.h"
#include "reference_merger.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace shelf::merge {
namespace {

MergeResult fromPicks(const std::vector<NmsPick>& picks, std::span<const Candidate> boxes,
                      bool decayed)
{
    MergeResult result;
    for (const NmsPick& pick : picks) {
        KeptBox kept;
        kept.input_index = pick.index;
        kept.box = boxes[pick.index];
        if (decayed)
            kept.box.confidence = pick.score;
        kept.cluster = pick.cluster;
        std::sort(kept.cluster.begin(), kept.cluster.end());
        result.kept.push_back(std::move(kept));
    }
    return result;
}

MergeResult dispatch(std::span<const Candidate> boxes, ImageSize image, const MergeOptions& options)
{
    switch (options.method) {
    case Method::EmReference:
        return runReferenceMerger(boxes, image, options.threads);
    case Method::EmDefault:
        return runDefaultMerger(boxes, image, options);
    case Method::Nms:
        return fromPicks(iouNms(boxes, options.nms_iou_threshold), boxes, false);
    case Method::IoMinNms:
        return fromPicks(iominNms(boxes, options.iomin_threshold), boxes, false);
    case Method::SoftNms:
        return fromPicks(softNms(boxes, options.soft_nms_sigma, options.soft_nms_min_score), boxes,
                         true);
    }
    return {};
}

} // namespace

double boxVotingIou(const MergeOptions& options)
{
    if (options.method == Method::EmReference)
        return 0;
    return options.box_voting_iou.value_or(
        options.method == Method::EmDefault ? kDefaultBoxVotingIou : 0.0);
}

std::optional<Method> methodFromName(std::string_view name)
{
    for (const Method m :
         {Method::EmDefault, Method::EmReference, Method::Nms, Method::IoMinNms, Method::SoftNms})
        if (methodName(m) == name)
            return m;
    return std::nullopt;
}

std::string_view methodName(Method method)
{
    switch (method) {
    case Method::EmDefault:
        return "em";
    case Method::EmReference:
        return "em-reference";
    case Method::Nms:
        return "nms";
    case Method::IoMinNms:
        return "iomin-nms";
    case Method::SoftNms:
        return "soft-nms";
    }
    return "em";
}

MergeResult merge(std::span<const Candidate> candidates, ImageSize image,
                  const MergeOptions& options)
{
    if (const auto issue = validateCandidates(candidates, image)) {
        MergeResult refused;
        refused.error = issue->message;
        return refused;
    }
    const PreparedCandidates prepared =
        prepareCandidates(candidates, image, options, options.method == Method::EmReference);
    if (prepared.dropped_over_cap > 0) {
        logger()->warn("{} candidates over the cap of {} were dropped (lowest confidence first)",
                       prepared.dropped_over_cap, options.max_candidates);
    }
    MergeResult result = dispatch(prepared.boxes, image, options);
    voteBoxes(prepared.boxes, result.kept, boxVotingIou(options));
    // Back from prepared positions to the caller's indices.
    for (KeptBox& kept : result.kept) {
        kept.input_index = prepared.source[kept.input_index];
        for (std::size_t& c : kept.cluster)
            c = prepared.source[c];
        std::sort(kept.cluster.begin(), kept.cluster.end());
    }
    result.totals.candidates = candidates.size();
    result.totals.dropped_low_hard_score = prepared.dropped_low_hard_score;
    result.totals.dropped_over_cap = prepared.dropped_over_cap;
    result.totals.dropped_empty = prepared.dropped_empty;
    result.totals.merged = prepared.boxes.size();
    result.totals.outputs = result.kept.size();
    return result;
}

} // namespace shelf::merge
