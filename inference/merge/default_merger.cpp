#include "default_merger.h"

#include "agglomerative_init.h"
#include "box_overlap.h"
#include "component_pruning.h"
#include "mixture_em.h"
#include "nms.h"
#include "parallel.h"
#include "scaled_heat_map.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace shelf::merge {
namespace {

// A box the default preset emits before the final NMS: the index of the candidate it keeps and
// the candidates it absorbed.
struct Emitted
{
    std::size_t index = 0;
    std::vector<std::size_t> cluster;
    int blob = -1;
};

struct BlobWork
{
    BlobDiagnostics diagnostics;
    std::vector<Emitted> emitted;
};

// The member to emit for a gate: the authors take the best 0.5 * confidence + 0.5 * hard score,
// which may be a poorly placed box that the final NMS then loses against a neighbour. Here the
// score is weighted by the member's IoU with the members' confidence-weighted mean box, so the
// pick is a well-placed box of the product the gate holds.
std::size_t bestOf(std::span<const Candidate> boxes, const std::vector<std::size_t>& members)
{
    Candidate mean;
    double total = 0;
    for (const std::size_t i : members) {
        const Candidate& b = boxes[i];
        mean.x1 += b.confidence * b.x1;
        mean.y1 += b.confidence * b.y1;
        mean.x2 += b.confidence * b.x2;
        mean.y2 += b.confidence * b.y2;
        total += b.confidence;
    }
    if (total > 0) {
        mean.x1 /= total;
        mean.y1 /= total;
        mean.x2 /= total;
        mean.y2 /= total;
    }
    std::size_t best = members.front();
    double bestScore = -1;
    for (const std::size_t i : members) {
        const double score = (0.5 * boxes[i].confidence + 0.5 * boxes[i].hard_score) *
                             intersectionOverUnion(boxes[i], mean);
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

// IoMin NMS over a subset; survivors with their clusters, in rank order.
std::vector<Emitted> nmsSubset(std::span<const Candidate> boxes,
                               const std::vector<std::size_t>& subset, double threshold, int blob)
{
    std::vector<Candidate> local;
    local.reserve(subset.size());
    for (const std::size_t i : subset)
        local.push_back(boxes[i]);
    std::vector<Emitted> out;
    for (const NmsPick& pick : iominNms(local, threshold)) {
        Emitted e{subset[pick.index], {}, blob};
        for (const std::size_t c : pick.cluster)
            e.cluster.push_back(subset[c]);
        out.push_back(std::move(e));
    }
    return out;
}

double medianQuarterArea(std::span<const Candidate> boxes, const std::vector<std::size_t>& members)
{
    std::vector<double> areas;
    areas.reserve(members.size());
    for (const std::size_t i : members)
        areas.push_back((boxes[i].width() * 0.5) * (boxes[i].height() * 0.5));
    const auto mid = areas.begin() + static_cast<std::ptrdiff_t>(areas.size() / 2);
    std::nth_element(areas.begin(), mid, areas.end());
    return *mid;
}

BlobWork resolveBlob(std::span<const Candidate> boxes, const ScaledHeatMap& map, std::size_t b,
                     const std::vector<std::size_t>& members, double iominThreshold)
{
    BlobWork work;
    BlobDiagnostics& d = work.diagnostics;
    const int blob = static_cast<int>(b);
    const cv::Rect2d rect = map.toImage(map.blobs[b].rect);
    d.x = static_cast<int>(std::floor(rect.x));
    d.y = static_cast<int>(std::floor(rect.y));
    d.width = static_cast<int>(std::ceil(rect.x + rect.width)) - d.x;
    d.height = static_cast<int>(std::ceil(rect.y + rect.height)) - d.y;
    d.n = members.size();
    if (members.empty()) {
        d.outcome = BlobOutcome::NoMembers;
        return work;
    }
    const double area = map.blobs[b].pixels / (map.scale * map.scale);
    const double medianArea = medianQuarterArea(boxes, members);
    d.k = medianArea > 0 ? static_cast<int>(std::clamp(std::round(area / medianArea), 1.0, 100.0))
                         : 1;
    if (members.size() <= static_cast<std::size_t>(d.k)) {
        d.outcome = BlobOutcome::TooFewCandidates;
        work.emitted = nmsSubset(boxes, members, iominThreshold, blob);
        d.gates = work.emitted.size();
        return work;
    }

    double total = 0;
    for (const std::size_t i : members)
        total += boxes[i].confidence;
    std::vector<Gaussian2> inputs;
    inputs.reserve(members.size());
    for (const std::size_t i : members) {
        const Candidate& c = boxes[i];
        const double sx = c.width() / 4;
        const double sy = c.height() / 4;
        inputs.push_back({c.confidence / total, c.centreX(), c.centreY(), sx * sx, 0.0, sy * sy});
    }
    Agglomeration init = agglomerate(inputs, static_cast<std::size_t>(d.k), Arithmetic::Fast);
    d.agglomeration_capped = init.capped;
    const EmResult em = collapseEm(inputs, std::move(init.components), 20, 1e-10, Arithmetic::Fast);
    d.em_iterations = em.iterations;
    d.outcome = em.status == EmStatus::Converged      ? BlobOutcome::Merged
                : em.status == EmStatus::NotMonotonic ? BlobOutcome::FellBackNotMonotonic
                                                      : BlobOutcome::FellBackNotConverged;
    const auto heatAt = [&](double x, double y) {
        const cv::Point p = map.toMap(x, y);
        return static_cast<double>(map.heat.at<float>(p));
    };
    const std::vector<Gaussian2> survivors = pruneAnalytic(em.components, heatAt);

    // Gates: mean +- 2 sigma inside the blob, more than 5 px a side.
    struct GateBox
    {
        Candidate box;
        const Gaussian2* component;
    };
    std::vector<GateBox> gates;
    for (const Gaussian2& g : survivors) {
        const double sx = std::sqrt(g.sxx);
        const double sy = std::sqrt(g.syy);
        Candidate box;
        box.x1 = std::max(rect.x, g.mx - 2 * sx);
        box.y1 = std::max(rect.y, g.my - 2 * sy);
        box.x2 = std::min(rect.x + rect.width, g.mx + 2 * sx);
        box.y2 = std::min(rect.y + rect.height, g.my + 2 * sy);
        if (box.width() > 5 && box.height() > 5)
            gates.push_back({box, &g});
    }
    d.gates = gates.size();

    // Each member goes to the gate holding its centre whose component is nearest (Mahalanobis,
    // diagonal), not to the first gate listed; members no gate holds are leftovers.
    std::vector<std::vector<std::size_t>> taken(gates.size());
    std::vector<std::size_t> leftovers;
    for (const std::size_t i : members) {
        const double x = boxes[i].centreX();
        const double y = boxes[i].centreY();
        std::size_t best = gates.size();
        double bestDistance = std::numeric_limits<double>::infinity();
        for (std::size_t g = 0; g < gates.size(); ++g) {
            const Candidate& gb = gates[g].box;
            if (x < gb.x1 || x > gb.x2 || y < gb.y1 || y > gb.y2)
                continue;
            const Gaussian2& c = *gates[g].component;
            const double dist = (x - c.mx) * (x - c.mx) / c.sxx + (y - c.my) * (y - c.my) / c.syy;
            if (dist < bestDistance) {
                best = g;
                bestDistance = dist;
            }
        }
        if (best == gates.size())
            leftovers.push_back(i);
        else
            taken[best].push_back(i);
    }
    for (std::size_t g = 0; g < gates.size(); ++g) {
        if (!taken[g].empty())
            work.emitted.push_back({bestOf(boxes, taken[g]), taken[g], blob});
    }
    // A product whose candidates no gate holds is not dropped: the leftovers' IoMin-NMS
    // survivors that overlap no gate's pick join the output.
    for (Emitted& rescued : nmsSubset(boxes, leftovers, iominThreshold, blob)) {
        bool covered = false;
        for (Emitted& e : work.emitted) {
            if (intersectionOverMinimum(boxes[e.index], boxes[rescued.index]) >= iominThreshold) {
                e.cluster.insert(e.cluster.end(), rescued.cluster.begin(), rescued.cluster.end());
                covered = true;
                break;
            }
        }
        if (!covered)
            work.emitted.push_back(std::move(rescued));
    }
    return work;
}

} // namespace

MergeResult runDefaultMerger(std::span<const Candidate> boxes, ImageSize,
                             const MergeOptions& options)
{
    MergeResult result;
    if (boxes.empty())
        return result;
    const double scale = chooseHeatMapScale(boxes, options.heat_map_scale);
    const ScaledHeatMap map = buildScaledHeatMap(boxes, scale, options.threads);

    // Membership by the blob under each centre; centres on no blob are orphans.
    std::vector<std::vector<std::size_t>> members(map.blobs.size());
    std::vector<std::size_t> orphans;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const int label = map.labels.at<int>(map.toMap(boxes[i].centreX(), boxes[i].centreY()));
        if (label > 0)
            members[static_cast<std::size_t>(label - 1)].push_back(i);
        else
            orphans.push_back(i);
    }
    std::vector<BlobWork> work(map.blobs.size());
    parallelFor(map.blobs.size(), options.threads, [&](std::size_t b) {
        work[b] = resolveBlob(boxes, map, b, members[b], options.iomin_threshold);
    });

    std::vector<Emitted> emitted;
    for (BlobWork& w : work) {
        result.blobs.push_back(w.diagnostics);
        if (w.diagnostics.outcome == BlobOutcome::FellBackNotMonotonic ||
            w.diagnostics.outcome == BlobOutcome::FellBackNotConverged)
            ++result.totals.fallbacks;
        for (Emitted& e : w.emitted)
            emitted.push_back(std::move(e));
    }
    result.totals.blobs = map.blobs.size();
    for (Emitted& e : nmsSubset(boxes, orphans, options.iomin_threshold, -1))
        emitted.push_back(std::move(e));

    // Correct IoMin NMS across blobs (their rects may overlap), ranked by confidence.
    std::vector<Candidate> picked;
    picked.reserve(emitted.size());
    for (const Emitted& e : emitted)
        picked.push_back(boxes[e.index]);
    for (const NmsPick& pick : iominNms(picked, options.iomin_threshold)) {
        KeptBox kept;
        kept.input_index = emitted[pick.index].index;
        kept.box = boxes[kept.input_index];
        kept.blob = emitted[pick.index].blob;
        for (const std::size_t p : pick.cluster)
            kept.cluster.insert(kept.cluster.end(), emitted[p].cluster.begin(),
                                emitted[p].cluster.end());
        std::sort(kept.cluster.begin(), kept.cluster.end());
        result.kept.push_back(std::move(kept));
    }
    return result;
}

} // namespace shelf::merge
