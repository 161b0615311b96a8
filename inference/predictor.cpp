#include "predictor.h"

#include "detector_model.h"
#include "layer_merger.h"
#include "log.h"
#include "mat_decoder.h"
#include "preprocessor.h"
#include "tile_plan.h"
#include "tile_stitcher.h"

#include <QElapsedTimer>

#include <algorithm>

namespace shelf {
namespace {

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

/// One image on its way through the stages.
struct Predictor::Work
{
    ImagePrediction prediction;
    cv::Mat bgr;
    InputTransform whole;
    std::vector<Detection> candidates;
    std::vector<float> inputSides; ///< shorter side of each candidate in input pixels
    bool tiled = false;

    bool finished() const { return !prediction.ok(); }
};

Predictor::Predictor(DetectorModel& model) : m_model(model) {}

ImagePrediction Predictor::predict(const QString& path, const PredictOptions& options,
                                   const CancelCheck& cancelled)
{
    return std::move(predictBatch({path}, options, cancelled).front());
}

ImagePrediction Predictor::predictImage(const cv::Mat& bgr, const QString& name,
                                        const PredictOptions& options, const CancelCheck& cancelled)
{
    Work work;
    work.prediction.path = name;
    work.prediction.classes = m_model.info().classes;
    if (bgr.empty() || bgr.type() != CV_8UC3) {
        work.prediction.error = tr("%1: expected an 8-bit BGR image").arg(name);
        return work.prediction;
    }
    work.bgr = bgr;
    work.prediction.size = QSize(bgr.cols, bgr.rows);
    work.whole = planInput(QRect(0, 0, bgr.cols, bgr.rows), m_model.info().input);
    work.tiled = wantsTiles(work, options);
    if (!work.tiled) {
        std::vector<Work*> batch{&work};
        runWhole(batch, options);
    }
    if (work.tiled && !work.finished())
        runTiles(work, options, cancelled);
    finish(work, options, cancelled);
    return std::move(work.prediction);
}

std::vector<ImagePrediction> Predictor::predictBatch(const QStringList& paths,
                                                     const PredictOptions& options,
                                                     const CancelCheck& cancelled)
{
    const int batchSize = std::max(1, options.batchSize);
    std::vector<Work> works(std::size_t(paths.size()));
    std::vector<Work*> batch;
    const auto flush = [&] {
        if (!batch.empty())
            runWhole(batch, options);
        batch.clear();
    };
    for (std::size_t i = 0; i < works.size(); ++i) {
        Work& work = works[i];
        work.prediction.path = paths[qsizetype(i)];
        work.prediction.classes = m_model.info().classes;
        if (cancelled && cancelled()) {
            work.prediction.cancelled = true;
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        MatDecoder::Result decoded =
            MatDecoder::decode(work.prediction.path, options.maxImagePixels);
        work.prediction.timings.decodeMs = elapsedMs(timer);
        if (decoded.image.empty()) {
            work.prediction.error = decoded.error;
            continue;
        }
        work.bgr = std::move(decoded.image);
        work.prediction.size = QSize(work.bgr.cols, work.bgr.rows);
        work.whole = planInput(QRect(0, 0, work.bgr.cols, work.bgr.rows), m_model.info().input);
        work.tiled = wantsTiles(work, options);
        if (!work.tiled) {
            batch.push_back(&work);
            if (int(batch.size()) == batchSize)
                flush();
        }
    }
    flush();
    std::vector<ImagePrediction> out;
    out.reserve(works.size());
    for (Work& work : works) {
        if (work.tiled && !work.finished())
            runTiles(work, options, cancelled);
        finish(work, options, cancelled);
        work.bgr.release(); // the next images need the memory more
        out.push_back(std::move(work.prediction));
    }
    return out;
}

bool Predictor::wantsTiles(const Work& work, const PredictOptions& options) const
{
    switch (options.tiling) {
    case TileMode::Always:
        return true;
    case TileMode::Never:
        return false;
    case TileMode::Auto:
        return work.whole.scaleX() < options.autoTileScale;
    }
    return false;
}

void Predictor::runWhole(std::vector<Work*>& batch, const PredictOptions& options)
{
    const ModelInfo& info = m_model.info();
    const double threshold = options.scoreThreshold.value_or(info.scoreThreshold);
    std::vector<PreparedInput> inputs;
    for (Work* work : batch) {
        QElapsedTimer timer;
        timer.start();
        inputs.push_back(Preprocessor::prepare(work->bgr, work->whole, info.input));
        work->prediction.timings.preprocessMs += elapsedMs(timer);
    }
    QElapsedTimer timer;
    timer.start();
    const DetectorModel::Output out = m_model.forward(inputs, float(threshold));
    const double forwardMs = elapsedMs(timer) / double(batch.size());
    if (!out.error.isEmpty() && batch.size() > 1) {
        // One image may be the problem (or the batch too big for memory): run each alone.
        for (Work* work : batch) {
            std::vector<Work*> one{work};
            runWhole(one, options);
        }
        return;
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        Work& work = *batch[i];
        ImagePrediction& p = work.prediction;
        p.timings.forwardMs += forwardMs;
        if (!out.error.isEmpty()) {
            if (out.outOfMemory && options.tiling != TileMode::Never) {
                moduleLogger("inference")
                    ->warn("{}: out of memory on the whole image, retrying "
                           "in tiles",
                           p.path.toStdString());
                work.tiled = true;
            } else {
                p.error = tr("%1: %2").arg(p.path, out.error);
            }
            continue;
        }
        timer.restart();
        const double rate = options.hardScoreRate;
        work.inputSides.clear();
        for (const RawDetection& d : out.images[i]) {
            work.inputSides.push_back(std::min(d.x2 - d.x1, d.y2 - d.y1));
            const Box b = work.whole.toOriginal(d.x1, d.y1, d.x2, d.y2);
            Detection det{b, d.hardScore, d.softIou,
                          d.softIou >= 0 ? rate * d.hardScore + (1 - rate) * d.softIou
                                         : d.hardScore,
                          d.label};
            work.candidates.push_back(det);
        }
        p.timings.mergeMs += elapsedMs(timer);
        // A dense shelf: products too small for the model at this scale are found again at full
        // resolution in tiles.
        if (options.tiling == TileMode::Auto && work.whole.scaleX() < 1 &&
            work.inputSides.size() >= 20) {
            std::vector<float> sides = work.inputSides;
            std::nth_element(sides.begin(), sides.begin() + sides.size() / 2, sides.end());
            if (sides[sides.size() / 2] < options.denseBoxSide) {
                work.tiled = true;
                work.candidates.clear();
            }
        }
    }
}

void Predictor::runTiles(Work& work, const PredictOptions& options, const CancelCheck& cancelled)
{
    const ModelInfo& info = m_model.info();
    const InputSpec& spec = info.input;
    ImagePrediction& p = work.prediction;
    const QSize image = p.size;
    QSize tile = spec.mode == InputSpec::Mode::Resize
                     ? (image.width() >= image.height() ? QSize(spec.maxSide, spec.minSide)
                                                        : QSize(spec.minSide, spec.maxSide))
                     : QSize(spec.width, spec.height);
    const int shorter =
        std::min(std::min(tile.width(), image.width()), std::min(tile.height(), image.height()));
    const int overlap = std::clamp(int(options.tileOverlap * shorter), 0, std::max(0, shorter - 1));
    const TilePlan plan(image, tile, overlap);
    if (plan.count() > options.maxTiles) {
        p.error = tr("%1: the image is %2 x %3 pixels and would need %4 tiles of %5 x %6 (at most "
                     "%7 are allowed); downscale the image or run it without tiles.")
                      .arg(p.path)
                      .arg(image.width())
                      .arg(image.height())
                      .arg(plan.count())
                      .arg(plan.tileSize().width())
                      .arg(plan.tileSize().height())
                      .arg(options.maxTiles);
        return;
    }
    work.candidates.clear();
    p.tiles = plan.count();
    const double threshold = options.scoreThreshold.value_or(info.scoreThreshold);
    const double rate = options.hardScoreRate;
    const int batchSize = std::max(1, options.batchSize);
    std::vector<TilePiece> pieces; // products cut by a tile edge that no tile sees whole
    for (int first = 0; first < plan.count(); first += batchSize) {
        if (cancelled && cancelled()) {
            p.cancelled = true;
            return;
        }
        const int last = std::min(plan.count(), first + batchSize);
        QElapsedTimer timer;
        timer.start();
        std::vector<PreparedInput> inputs;
        for (int t = first; t < last; ++t)
            inputs.push_back(
                Preprocessor::prepare(work.bgr, planInput(plan.tile(t), spec, 1.0), spec));
        p.timings.preprocessMs += elapsedMs(timer);
        timer.restart();
        const DetectorModel::Output out = m_model.forward(inputs, float(threshold));
        p.timings.forwardMs += elapsedMs(timer);
        if (!out.error.isEmpty()) {
            p.error = out.outOfMemory
                          ? tr("%1: out of memory even in tiles (%2); lower the batch size or run "
                               "on the CPU")
                                .arg(p.path, out.error)
                          : tr("%1: %2").arg(p.path, out.error);
            return;
        }
        timer.restart();
        for (int t = first; t < last; ++t) {
            const InputTransform& transform = inputs[std::size_t(t - first)].transform;
            for (const RawDetection& d : out.images[std::size_t(t - first)]) {
                const Box b = transform.toOriginal(d.x1, d.y1, d.x2, d.y2);
                if (plan.seenWholeElsewhere(t, b))
                    continue;
                const Detection det{b, d.hardScore, d.softIou,
                                    d.softIou >= 0 ? rate * d.hardScore + (1 - rate) * d.softIou
                                                   : d.hardScore,
                                    d.label};
                if (plan.cutEdges(t, b) != 0)
                    pieces.push_back({det, t});
                else
                    work.candidates.push_back(det);
            }
        }
        p.timings.mergeMs += elapsedMs(timer);
    }
    QElapsedTimer timer;
    timer.start();
    const std::vector<Detection> joined = stitchCutPieces(plan, pieces);
    work.candidates.insert(work.candidates.end(), joined.begin(), joined.end());
    p.timings.mergeMs += elapsedMs(timer);
}

void Predictor::finish(Work& work, const PredictOptions& options, const CancelCheck& cancelled)
{
    ImagePrediction& p = work.prediction;
    if (work.finished())
        return;
    if (cancelled && cancelled()) {
        p.cancelled = true;
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const ModelInfo& info = m_model.info();
    const double threshold = options.scoreThreshold.value_or(info.scoreThreshold);
    const int cap = std::max(1, options.maxCandidates.value_or(info.maxCandidates));
    const double w = p.size.width(), h = p.size.height();
    std::vector<Detection>& raw = p.raw;
    raw.clear();
    for (Detection d : work.candidates) {
        // Stored geometry stays inside the image; a box left with no area is no product.
        d.box = {std::clamp(d.box.x1, 0.0, w), std::clamp(d.box.y1, 0.0, h),
                 std::clamp(d.box.x2, 0.0, w), std::clamp(d.box.y2, 0.0, h)};
        if (d.box.isValid() && d.hardScore > threshold)
            raw.push_back(d);
    }
    std::stable_sort(raw.begin(), raw.end(), [](const Detection& a, const Detection& b) {
        return a.confidence > b.confidence;
    });
    if (raw.size() > std::size_t(cap))
        raw.resize(std::size_t(cap));
    work.candidates.clear();

    std::string error;
    if (options.merge.nms)
        p.nms = mergeLayer(raw, p.size, merge::Method::Nms, options.mergeOptions, threshold, cap,
                           error);
    if (options.merge.em && error.empty())
        p.em =
            mergeLayer(raw, p.size, *options.merge.em, options.mergeOptions, threshold, cap, error);
    if (!error.empty()) {
        p.error = tr("%1: merging failed: %2").arg(p.path, QString::fromStdString(error));
        p.nms.reset();
        p.em.reset();
    }
    p.timings.mergeMs += elapsedMs(timer);
}

} // namespace shelf
