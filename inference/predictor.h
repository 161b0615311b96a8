#pragma once

#include "prediction.h"

#include <QCoreApplication>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <functional>
#include <vector>

namespace shelf {

class DetectorModel;

/// Image files in, raw candidates and merged layers out: decode (EXIF orientation applied),
/// pre-process, run the model (whole images in batches, or overlapping tiles), map boxes back to
/// original pixels, apply the score threshold and cap, mix the confidence, merge.
///
/// Tiling: with TileMode::Always, or in Auto when the model would see the image at less than
/// autoTileScale, when a first pass finds the candidates too small (a dense shelf), or when the
/// whole image runs out of memory. Tiles are fed at full resolution; their candidates are
/// concatenated (minus products cut by a tile edge that a neighbour sees whole, see TilePlan)
/// before the merges.
///
/// Thread: use from one thread at a time (the model's). Ownership: borrows the model, which must
/// outlive the predictor. `cancelled` is polled between images and between tile batches; a
/// cancelled image comes back with `cancelled` set and nothing else.
class Predictor
{
    Q_DECLARE_TR_FUNCTIONS(shelf::Predictor)
public:
    using CancelCheck = std::function<bool()>;

    explicit Predictor(DetectorModel& model);

    ImagePrediction predict(const QString& path, const PredictOptions& options = {},
                            const CancelCheck& cancelled = {});

    /// Whole images of a batch share forward runs (options.batchSize at a time); images that
    /// tile run on their own. One result per path, in order.
    std::vector<ImagePrediction> predictBatch(const QStringList& paths,
                                              const PredictOptions& options = {},
                                              const CancelCheck& cancelled = {});

    /// An image already decoded: CV_8UC3 BGR in displayed orientation. `name` is for messages.
    ImagePrediction predictImage(const cv::Mat& bgr, const QString& name,
                                 const PredictOptions& options = {},
                                 const CancelCheck& cancelled = {});

private:
    struct Work;
    void runWhole(std::vector<Work*>& batch, const PredictOptions& options);
    void runTiles(Work& work, const PredictOptions& options, const CancelCheck& cancelled);
    void finish(Work& work, const PredictOptions& options, const CancelCheck& cancelled);
    bool wantsTiles(const Work& work, const PredictOptions& options) const;

    DetectorModel& m_model;
};

} // namespace shelf
