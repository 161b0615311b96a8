#include "merge_inspector.h"

#include "candidate_preparation.h"
#include "layer_merger.h"
#include "scaled_heat_map.h"

#include <algorithm>
#include <cmath>

namespace shelf {
namespace {

// Blob outcomes for people.
QString outcomeText(merge::BlobOutcome outcome)
{
    switch (outcome) {
    case merge::BlobOutcome::Merged:
        return MergeInspector::tr("EM converged");
    case merge::BlobOutcome::FellBackNotMonotonic:
        return MergeInspector::tr("EM fell back: its objective rose");
    case merge::BlobOutcome::FellBackNotConverged:
        return MergeInspector::tr("EM fell back: no convergence in 20 iterations");
    case merge::BlobOutcome::TooFewCandidates:
        return MergeInspector::tr("too few candidates for EM (n <= k): NMS survivors kept");
    case merge::BlobOutcome::TooSmall:
        return MergeInspector::tr("blob too small for EM");
    case merge::BlobOutcome::NoMembers:
        return MergeInspector::tr("no candidate centre in the blob");
    }
    return {};
}

// The stored box of `boxes` that overlaps `box` most, and that IoU; -1 when none overlaps.
std::pair<qsizetype, double> bestOverlap(const QList<Annotation>& boxes, const Box& box)
{
    std::pair<qsizetype, double> best{-1, 0.0};
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const double o = iou(boxes[i].box, box);
        if (o > best.second)
            best = {i, o};
    }
    return best;
}

} // namespace

QImage MergeInspector::colourMap(const float* heat, int width, int height, qsizetype stride)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    float peak = 0;
    for (int y = 0; y < height; ++y) {
        const float* row = heat + y * stride;
        peak = std::max(peak, *std::max_element(row, row + width));
    }
    for (int y = 0; y < height; ++y) {
        const float* row = heat + y * stride;
        auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const double t = peak > 0 ? std::clamp(double(row[x]) / peak, 0.0, 1.0) : 0.0;
            const int alpha = int(std::lround(200 * std::sqrt(t)));
            const int green = int(std::lround(255 * t));
            // Premultiplied: colour channels scaled by alpha.
            out[x] = qRgba(alpha, green * alpha / 255, 0, alpha);
        }
    }
    return image;
}

MergeInspection MergeInspector::inspect(qint64 imageId, const QList<Annotation>& raw,
                                        const QList<Annotation>& em, QSize imageSize,
                                        const Box& selected)
{
    MergeInspection out;
    out.imageId = imageId;
    out.requested = selected;
    const auto [emIndex, emIou] = bestOverlap(em, selected);
    if (emIndex < 0 || emIou < kMinSelectionIou) {
        out.error = tr("No EM-Merger box lies under the selection: pre-annotate the image, or "
                       "select a box the detector proposed.");
        return out;
    }
    out.em = em[emIndex];
    out.emIou = emIou;
    if (raw.isEmpty()) {
        out.error = tr("The image has no raw candidates stored: pre-annotate it again.");
        return out;
    }

    std::vector<Detection> detections;
    detections.reserve(raw.size());
    for (const Annotation& a : raw)
        detections.push_back({a.box, a.hardScore, a.softIou, a.confidence, 0});
    // The raw layer was cut when it was stored: the merge must drop nothing more.
    std::string error;
    const MergedLayer merged = mergeLayer(detections, imageSize, merge::Method::EmDefault, {}, 0.0,
                                          int(detections.size()), error);
    if (!error.empty()) {
        out.error =
            tr("The EM-Merger refused the raw layer: %1").arg(QString::fromStdString(error));
        return out;
    }
    const MergedDetection* kept = nullptr;
    for (const MergedDetection& m : merged.boxes) {
        const double o = iou(m.detection.box, out.em.box);
        if (o > out.recomputedIou) {
            out.recomputedIou = o;
            kept = &m;
        }
    }
    if (!kept) {
        out.error = tr("The recomputed merge kept no box where the em layer has one: the em "
                       "layer was made with other settings.");
        return out;
    }
    out.recomputed = kept->detection.box;
    for (std::size_t i : kept->cluster)
        out.candidates.append(raw[qsizetype(i)]);
    std::stable_sort(
        out.candidates.begin(), out.candidates.end(),
        [](const Annotation& a, const Annotation& b) { return a.confidence > b.confidence; });
    if (kept->blob < 0 || std::size_t(kept->blob) >= merged.blobs.size())
        return out; // kept outside any blob (an orphan centre): no EM diagnostics to show
    const merge::BlobDiagnostics& blob = merged.blobs[std::size_t(kept->blob)];
    out.hasBlob = true;
    out.blob = QRectF(blob.x, blob.y, blob.width, blob.height);
    out.n = int(blob.n);
    out.k = blob.k;
    out.outcome = outcomeText(blob.outcome);
    out.fellBack = blob.outcome == merge::BlobOutcome::FellBackNotMonotonic ||
                   blob.outcome == merge::BlobOutcome::FellBackNotConverged;
    out.emIterations = blob.em_iterations;

    // The same heat map the default merger builds, cut to the blob with a margin.
    std::vector<merge::Candidate> candidates;
    for (const Detection& d : detections)
        candidates.push_back({d.box.x1, d.box.y1, d.box.x2, d.box.y2, d.confidence, d.hardScore});
    merge::MergeOptions options;
    options.min_hard_score = 0;
    options.max_candidates = candidates.size();
    const merge::PreparedCandidates prepared = merge::prepareCandidates(
        candidates, {imageSize.width(), imageSize.height()}, options, false);
    const double scale = merge::chooseHeatMapScale(prepared.boxes, options.heat_map_scale);
    const merge::ScaledHeatMap map = merge::buildScaledHeatMap(prepared.boxes, scale, 1);
    const double margin = 0.25 * std::max(out.blob.width(), out.blob.height());
    const cv::Point topLeft = map.toMap(out.blob.left() - margin, out.blob.top() - margin);
    const cv::Point bottomRight = map.toMap(out.blob.right() + margin, out.blob.bottom() + margin);
    const cv::Rect cut(topLeft, bottomRight + cv::Point(1, 1));
    const cv::Rect inMap = cut & cv::Rect(0, 0, map.heat.cols, map.heat.rows);
    if (inMap.area() > 0) {
        const cv::Mat region = map.heat(inMap);
        out.heatMap =
            colourMap(region.ptr<float>(0), region.cols, region.rows, qsizetype(region.step1()));
        const cv::Rect2d covered = map.toImage(inMap);
        out.heatRect = QRectF(covered.x, covered.y, covered.width, covered.height);
    }
    return out;
}

} // namespace shelf
