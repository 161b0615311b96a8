#include "layer_comparison.h"

#include "box_matcher.h"
#include "detection_evaluator.h"
#include "eval_input.h"
#include "image_name_index.h"
#include "log.h"
#include "project_store.h"
#include "store_error.h"

#include <QHash>

#include <tuple>

namespace shelf {
namespace {

bool takesPart(const Annotation& a, bool asTruth)
{
    return asTruth ? EvalInput::isTruth(a) : EvalInput::isDetection(a);
}

/// Boxes of one side that take part, and where each came from in the caller's list.
struct Side
{
    QList<EvalBox> boxes;
    QList<int> origin;
};

Side sideOf(const QList<Annotation>& boxes, bool asTruth)
{
    Side side;
    for (int i = 0; i < boxes.size(); ++i) {
        if (!takesPart(boxes[i], asTruth))
            continue;
        side.boxes.append({boxes[i].box, LayerComparison::score(boxes[i]), {}});
        side.origin.append(i);
    }
    return side;
}

ImageComparison rowOf(qint64 imageId, const ImageEvalInput& input)
{
    const BoxMatch m =
        BoxMatcher::match(input.detections, input.truths, LayerComparison::kIouThreshold);
    ImageComparison row;
    row.imageId = imageId;
    row.image = input.image;
    row.countA = int(input.detections.size());
    row.countB = int(input.truths.size());
    row.matched = int(m.pairs.size());
    row.onlyA = int(m.onlyA.size());
    row.onlyB = int(m.onlyB.size());
    return row;
}

} // namespace

double LayerComparison::score(const Annotation& a)
{
    return EvalInput::scoreOf(a.confidence, a.hardScore);
}

QList<EvalBox> LayerComparison::evalBoxes(const QList<Annotation>& boxes, bool asTruth)
{
    return sideOf(boxes, asTruth).boxes;
}

BoxMatch LayerComparison::match(const QList<Annotation>& a, const QList<Annotation>& b,
                                bool bIsTruth)
{
    const Side sa = sideOf(a, false);
    const Side sb = sideOf(b, bIsTruth);
    BoxMatch m = BoxMatcher::match(sa.boxes, sb.boxes, kIouThreshold);
    for (auto& [i, j] : m.pairs) {
        i = sa.origin[i];
        j = sb.origin[j];
    }
    for (int& i : m.onlyA)
        i = sa.origin[i];
    for (int& j : m.onlyB)
        j = sb.origin[j];
    return m;
}

ImageComparison LayerComparison::compareImage(const ImageRecord& image, const QString& name,
                                              const QList<Annotation>& a,
                                              const QList<Annotation>& b, bool bIsTruth)
{
    const ImageEvalInput input{name, sideOf(b, bIsTruth).boxes, sideOf(a, false).boxes};
    ImageComparison row = rowOf(image.id, input);
    if (bIsTruth) {
        const DatasetMetrics metrics = DetectionEvaluator::evaluate({input});
        row.ap = metrics.ap;
        row.ap75 = metrics.ap75;
    }
    return row;
}

LayerComparison::Result LayerComparison::run(const QString& projectFile, const Options& options,
                                             const std::atomic_bool& cancel,
                                             const std::function<void(int, int)>& progress)
{
    Result result;
    QList<ImageRecord> images;
    QHash<qint64, QList<Annotation>> boxesA, boxesB;
    try {
        const auto store = ProjectStore::open(projectFile);
        images = store->images();
        store->forEachAnnotation(options.layerA, [&](const Annotation& a) {
            boxesA[a.imageId].append(a);
            return !cancel;
        });
        store->forEachAnnotation(options.layerB, [&](const Annotation& a) {
            boxesB[a.imageId].append(a);
            return !cancel;
        });
    } catch (const StoreError& e) {
        result.error = e.message();
        return result;
    }
    if (cancel) {
        result.cancelled = true;
        return result;
    }
    const ImageNameIndex names(images);
    QList<ImageEvalInput> inputs;
    inputs.reserve(images.size());
    for (int i = 0; i < images.size(); ++i) {
        if (cancel) {
            result.cancelled = true;
            return result;
        }
        const ImageRecord& image = images[i];
        const QList<Annotation> a = boxesA.value(image.id);
        const QList<Annotation> b = boxesB.value(image.id);
        ImageEvalInput input{names.exportName(image), sideOf(b, options.bIsTruth).boxes,
                             sideOf(a, false).boxes};
        // Histograms show what a detector scored; boxes without a score (drawn by hand) have
        // nothing to show.
        for (const auto& [boxes, asTruth, scores] :
             {std::tuple(&a, false, &result.scoresA),
              std::tuple(&b, options.bIsTruth, &result.scoresB)}) {
            for (const Annotation& box : *boxes) {
                if (takesPart(box, asTruth) && (box.confidence >= 0 || box.hardScore >= 0))
                    scores->append(score(box));
            }
        }
        result.images.append(rowOf(image.id, input));
        inputs.append(std::move(input));
        if (progress && (i % 64 == 0 || i + 1 == images.size()))
            progress(i + 1, int(images.size()));
    }
    if (options.bIsTruth) {
        result.metrics = DetectionEvaluator::evaluate(inputs);
        for (int i = 0; i < result.images.size() && i < result.metrics.images.size(); ++i) {
            result.images[i].ap = result.metrics.images[i].ap;
            result.images[i].ap75 = result.metrics.images[i].ap75;
        }
    }
    moduleLogger("core")->info("compared layers {} and {} over {} images",
                               options.layerA.toStdString(), options.layerB.toStdString(),
                               images.size());
    return result;
}

} // namespace shelf
