#pragma once

#include "box.h"

#include "merge_options.h"
#include "merge_result.h"

#include <QMetaType>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace shelf {

/// One candidate or merged box in original-image pixels (after EXIF orientation). Scores 0..1;
/// softIou -1 for a model with no Soft-IoU head. confidence = rate * hard + (1 - rate) * soft
/// (= hard without Soft-IoU), as the model contract says. label indexes the model's classes.
struct Detection
{
    Box box;
    double hardScore = 0;
    double softIou = -1;
    double confidence = 0;
    int label = 0;

    bool operator==(const Detection&) const = default;
};

/// A box a merge kept, with the raw candidates it absorbed (indices into ImagePrediction::raw).
struct MergedDetection
{
    Detection detection;
    std::vector<std::size_t> cluster;
    int blob = -1; ///< index into MergedLayer::blobs; -1 for NMS
};

/// The output of one merge method over an image's raw candidates.
struct MergedLayer
{
    merge::Method method = merge::Method::EmDefault;
    std::vector<MergedDetection> boxes;
    std::vector<merge::BlobDiagnostics> blobs; ///< EM methods: what each heat-map blob did
    merge::MergeTotals totals;
};

/// Wall-clock milliseconds spent in each stage of one image.
struct StageTimings
{
    double decodeMs = 0;
    double preprocessMs = 0;
    double forwardMs = 0; ///< tensor packing, the model, reading its outputs
    double mergeMs = 0;   ///< candidate mapping, tile edges and every merge method

    double totalMs() const { return decodeMs + preprocessMs + forwardMs + mergeMs; }
};

/// Everything the detector and the merges made of one image: a value, sent across threads.
struct ImagePrediction
{
    QString path;
    QSize size;                     ///< displayed size of the image, pixels
    QStringList classes;            ///< the model's class names, for labels
    std::vector<Detection> raw;     ///< candidates after score threshold and cap, best first
    std::optional<MergedLayer> nms; ///< when NMS was asked for
    std::optional<MergedLayer> em;  ///< when an EM method was asked for
    int tiles = 1;                  ///< model inputs the image was split into
    StageTimings timings;
    QString error; ///< for people; the image was not processed when set
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// How the merged layers are made; the CLI's --merge names.
struct MergeChoice
{
    bool nms = true;
    std::optional<merge::Method> em = merge::Method::EmDefault; ///< EmDefault or EmReference

    /// "em", "em-reference", "nms", or "all" (nms and em).
    static std::optional<MergeChoice> fromName(const QString& name);
};

/// When an image is split into tiles.
enum class TileMode {
    Auto,   ///< when the image is very large, or dense (see PredictOptions)
    Always, ///< the CLI's --tile
    Never,
};

/// Settings of one prediction. Thresholds left unset come from the model's metadata.
struct PredictOptions
{
    MergeChoice merge;
    double hardScoreRate = 0.5; ///< confidence = rate * hard + (1 - rate) * soft_iou
    std::optional<double> scoreThreshold;
    std::optional<int> maxCandidates;
    merge::MergeOptions mergeOptions; ///< NMS thresholds, EM settings, threads (method ignored)

    TileMode tiling = TileMode::Auto;
    double tileOverlap = 0.25;    ///< share of the tile's shorter side two neighbours share
    double autoTileScale = 0.125; ///< Auto: tile when the model would see the image smaller
    double denseBoxSide = 12;     ///< Auto: tile when the median candidate is smaller (input px)
    int maxTiles = 400;           ///< more are refused with a message
    int batchSize = 4;            ///< tiles per forward run
    qint64 maxImagePixels = qint64(1) << 27; ///< larger images are refused before decoding
};

} // namespace shelf

Q_DECLARE_METATYPE(shelf::ImagePrediction)
