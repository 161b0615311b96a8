#include "layer_merger.h"

#include "merger.h"

namespace shelf {

MergedLayer mergeLayer(const std::vector<Detection>& raw, QSize image, merge::Method method,
                       merge::MergeOptions options, double minHardScore, int maxCandidates,
                       std::string& error)
{
    std::vector<merge::Candidate> candidates;
    candidates.reserve(raw.size());
    for (const Detection& d : raw)
        candidates.push_back({d.box.x1, d.box.y1, d.box.x2, d.box.y2, d.confidence, d.hardScore});
    options.method = method;
    options.hard_score_rate.reset();
    options.min_hard_score = minHardScore;
    options.max_candidates = std::size_t(std::max(1, maxCandidates));
    merge::MergeResult result =
        merge::merge(candidates, merge::ImageSize{image.width(), image.height()}, options);

    MergedLayer layer;
    layer.method = method;
    if (!result.ok()) {
        error = result.error;
        return layer;
    }
    layer.boxes.reserve(result.kept.size());
    for (merge::KeptBox& kept : result.kept) {
        const Detection& source = raw[kept.input_index];
        MergedDetection m;
        m.detection.box = {kept.box.x1, kept.box.y1, kept.box.x2, kept.box.y2};
        m.detection.hardScore = kept.box.hard_score;
        m.detection.softIou = source.softIou;
        m.detection.confidence = kept.box.confidence;
        m.detection.label = source.label;
        m.cluster = std::move(kept.cluster);
        m.blob = kept.blob;
        layer.boxes.push_back(std::move(m));
    }
    layer.blobs = std::move(result.blobs);
    layer.totals = result.totals;
    return layer;
}

} // namespace shelf
