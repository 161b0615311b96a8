#include "reference_merger.h"

#include "agglomerative_init.h"
#include "component_pruning.h"
#include "gate_assignment.h"
#include "heat_map.h"
#include "mixture_em.h"
#include "nms.h"
#include "numpy_compat.h"
#include "parallel.h"

#include <algorithm>
#include <cmath>

namespace shelf::merge {
namespace {

struct BlobWork
{
    BlobDiagnostics diagnostics;
    std::vector<Gate> gates;
};

// pandas' Series.median(): the middle value, or the mean of the two middle ones.
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// find_new_candidates() for one contour.
BlobWork resolveBlob(const HeatBlob& blob, const HeatMap& heat, std::span<const Candidate> boxes,
                     const CentreIndex& centres, int blobIndex)
{
    BlobWork work;
    BlobDiagnostics& d = work.diagnostics;
    const cv::Rect& r = blob.rect;
    d.x = r.x;
    d.y = r.y;
    d.width = r.width;
    d.height = r.height;
    const std::vector<std::size_t> members =
        centres.inside(r.x, r.y, r.x + r.width, r.y + r.height);
    d.n = members.size();
    if (members.empty()) {
        d.outcome = BlobOutcome::NoMembers;
        return work;
    }
    if (r.width <= 3 || r.height <= 3) {
        d.outcome = BlobOutcome::TooSmall;
        return work;
    }
    std::vector<double> areas;
    areas.reserve(members.size());
    for (const std::size_t i : members)
        areas.push_back((boxes[i].width() * 0.5) * (boxes[i].height() * 0.5));
    const double medianArea = median(std::move(areas));
    const double estimate =
        medianArea > 0 ? std::min(roundHalfEven(blob.area / medianArea), 100.0) : 0.0;
    d.k = std::max(1, static_cast<int>(estimate));
    if (members.size() <= static_cast<std::size_t>(d.k)) {
        d.outcome = BlobOutcome::TooFewCandidates;
        return work;
    }

    std::vector<double> confidences;
    confidences.reserve(members.size());
    for (const std::size_t i : members)
        confidences.push_back(boxes[i].confidence);
    const double total = numpyPairwiseSum(confidences);
    std::vector<Gaussian2> inputs;
    inputs.reserve(members.size());
    for (const std::size_t i : members) {
        const Candidate& b = boxes[i];
        // the shrunk box of the heat map gives the spread: sigma = shrunk size / 2
        const int w = static_cast<int>(b.width());
        const int h = static_cast<int>(b.height());
        const double sx = (w - 2 * static_cast<int>(w * 0.5 / 2.)) / 2.;
        const double sy = (h - 2 * static_cast<int>(h * 0.5 / 2.)) / 2.;
        inputs.push_back({b.confidence / total, centres.centreX(i) - r.x, centres.centreY(i) - r.y,
                          sx * sx, 0.0, sy * sy});
    }
    Agglomeration init = agglomerate(inputs, static_cast<std::size_t>(d.k), Arithmetic::Authors);
    d.agglomeration_capped = init.capped;
    EmResult em = collapseEm(inputs, std::move(init.components), 20, 1e-10, Arithmetic::Authors);
    d.em_iterations = em.iterations;
    d.outcome = em.status == EmStatus::Converged      ? BlobOutcome::Merged
                : em.status == EmStatus::NotMonotonic ? BlobOutcome::FellBackNotMonotonic
                                                      : BlobOutcome::FellBackNotConverged;

    const cv::Mat sub = heat.map(r - heat.offset);
    for (const Gaussian2& g : pruneAuthors(em.components, sub)) {
        // set_candidates(): mean +- 2 sigma, clipped to the blob, rounded, more than 5 px a side
        const double sx = std::sqrt(g.sxx);
        const double sy = std::sqrt(g.syy);
        const double x1 = roundHalfEven(std::max(0.0, g.mx - 2 * sx));
        const double y1 = roundHalfEven(std::max(0.0, g.my - 2 * sy));
        const double x2 = roundHalfEven(std::min(static_cast<double>(r.width), g.mx + 2 * sx));
        const double y2 = roundHalfEven(std::min(static_cast<double>(r.height), g.my + 2 * sy));
        if (x2 - x1 > 5 && y2 - y1 > 5)
            work.gates.push_back({x1 + r.x, y1 + r.y, x2 + r.x, y2 + r.y, blobIndex});
    }
    d.gates = work.gates.size();
    return work;
}

} // namespace

MergeResult runReferenceMerger(std::span<const Candidate> boxes, ImageSize image, int threads)
{
    MergeResult result;
    if (boxes.empty())
        return result;
    const HeatMap heat = referenceHeatMap(boxes, image, threads);
    const std::vector<HeatBlob> blobs = externalBlobs(heat);
    const CentreIndex centres(boxes);

    std::vector<BlobWork> work(blobs.size());
    parallelFor(blobs.size(), threads, [&](std::size_t b) {
        work[b] = resolveBlob(blobs[b], heat, boxes, centres, static_cast<int>(b));
    });

    std::vector<Gate> gates;
    for (BlobWork& w : work) {
        gates.insert(gates.end(), w.gates.begin(), w.gates.end());
        result.blobs.push_back(w.diagnostics);
        if (w.diagnostics.outcome == BlobOutcome::FellBackNotMonotonic ||
            w.diagnostics.outcome == BlobOutcome::FellBackNotConverged)
            ++result.totals.fallbacks;
    }
    result.totals.blobs = blobs.size();

    const auto taken = assignFirstCome(centres, boxes.size(), gates);
    std::vector<Candidate> picked;
    std::vector<std::size_t> pickedIndex;
    std::vector<std::size_t> pickedGate;
    for (std::size_t g = 0; g < gates.size(); ++g) {
        if (taken[g].empty())
            continue;
        const std::size_t best = bestMember(boxes, taken[g]);
        picked.push_back(boxes[best]);
        pickedIndex.push_back(best);
        pickedGate.push_back(g);
    }
    for (const NmsPick& pick : authorsIoMinNms(picked, 0.3)) {
        KeptBox kept;
        kept.input_index = pickedIndex[pick.index];
        kept.box = boxes[kept.input_index];
        kept.blob = gates[pickedGate[pick.index]].blob;
        for (const std::size_t p : pick.cluster) {
            const auto& members = taken[pickedGate[p]];
            kept.cluster.insert(kept.cluster.end(), members.begin(), members.end());
        }
        std::sort(kept.cluster.begin(), kept.cluster.end());
        result.kept.push_back(std::move(kept));
    }
    return result;
}

} // namespace shelf::merge
