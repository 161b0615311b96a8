#include "detection_evaluator.h"

#include "coco_accumulator.h"
#include "image_matcher.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <numeric>
#include <thread>

namespace shelf {

namespace {

// Per image and category: the ranked, matched detections and the number of truths.
struct CategoryMatches
{
    std::vector<ScoredMatch> ranked;
    int truths = 0;
};

// The categories of an evaluation: names, and which category each box belongs to (-1: none).
struct Categories
{
    QStringList names; ///< one "" entry when class-agnostic
    bool perClass = false;
    QHash<QString, int> index;

    int of(const EvalBox& box) const
    {
        if (!perClass)
            return 0;
        return index.value(box.className, -1);
    }
};

Categories categoriesOf(const QList<ImageEvalInput>& images, bool perClass)
{
    bool namedTruths = false;
    bool namedDetections = false;
    QStringList names;
    for (const ImageEvalInput& image : images) {
        for (const EvalBox& b : image.truths) {
            namedTruths = namedTruths || !b.className.isEmpty();
            names.append(b.className);
        }
        for (const EvalBox& b : image.detections)
            namedDetections = namedDetections || !b.className.isEmpty();
    }
    Categories c;
    c.perClass = perClass && namedTruths && namedDetections;
    if (!c.perClass) {
        c.names = QStringList{QString()};
        return c;
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    c.names = names;
    for (int i = 0; i < names.size(); ++i)
        c.index.insert(names[i], i);
    return c;
}

// Runs work(i) for i in [0, n) on up to hardware_concurrency threads.
void parallelFor(qsizetype n, const std::function<void(qsizetype)>& work)
{
    const qsizetype threads =
        std::min<qsizetype>(std::max(1u, std::thread::hardware_concurrency()), (n + 15) / 16);
    std::atomic<qsizetype> next = 0;
    const auto run = [&] {
        for (qsizetype i = next++; i < n; i = next++)
            work(i);
    };
    std::vector<std::thread> pool;
    for (qsizetype t = 1; t < threads; ++t)
        pool.emplace_back(run);
    run();
    for (std::thread& t : pool)
        t.join();
}

std::vector<CategoryMatches> matchImage(const ImageEvalInput& image, const Categories& categories,
                                        int maxDetections)
{
    const std::size_t k = std::size_t(categories.names.size());
    std::vector<std::vector<Box>> truths(k);
    std::vector<std::vector<int>> detections(k); // indices into image.detections
    for (const EvalBox& b : image.truths) {
        const int c = categories.of(b);
        if (c >= 0)
            truths[std::size_t(c)].push_back(b.box);
    }
    for (int i = 0; i < image.detections.size(); ++i) {
        const int c = categories.of(image.detections[i]);
        if (c >= 0)
            detections[std::size_t(c)].push_back(i);
    }
    std::vector<CategoryMatches> out(k);
    std::vector<Box> boxes;
    for (std::size_t c = 0; c < k; ++c) {
        std::vector<int>& order = detections[c];
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return image.detections[a].score > image.detections[b].score;
        });
        if (maxDetections > 0 && order.size() > std::size_t(maxDetections))
            order.resize(std::size_t(maxDetections));
        boxes.clear();
        for (int i : order)
            boxes.push_back(image.detections[i].box);
        const std::vector<quint16> matched = ImageMatcher::match(boxes, truths[c]);
        CategoryMatches& m = out[c];
        m.truths = int(truths[c].size());
        m.ranked.resize(order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            m.ranked[i] = {image.detections[order[i]].score, matched[i]};
    }
    return out;
}

struct Summary
{
    double ap = -1, ap50 = -1, ap75 = -1, ar = -1;
};

Summary summarize(std::span<const CocoAccumulator::Curves> curves)
{
    // Index 5 of np.linspace(.5, .95, 10) is exactly 0.75, which COCO's summarize looks up.
    return {CocoAccumulator::averagePrecision(curves), CocoAccumulator::averagePrecision(curves, 0),
            CocoAccumulator::averagePrecision(curves, 5), CocoAccumulator::averageRecall(curves)};
}

// ImageMetrics, DatasetMetrics and ClassMetrics name the four figures alike.
template <class Metrics> void assignSummary(Metrics& m, const Summary& s)
{
    m.ap = s.ap;
    m.ap50 = s.ap50;
    m.ap75 = s.ap75;
    m.ar300 = s.ar;
}

PrCurve meanCurve(std::span<const CocoAccumulator::Curves> curves, int threshold)
{
    PrCurve pr;
    int defined = 0;
    for (const auto& c : curves)
        defined += c.defined ? 1 : 0;
    if (defined == 0)
        return pr;
    const auto& points = CocoAccumulator::recallThresholds();
    for (int r = 0; r < CocoAccumulator::kRecallPoints; ++r) {
        double sum = 0;
        for (const auto& c : curves) {
            if (c.defined)
                sum += c.precision[std::size_t(threshold)][std::size_t(r)];
        }
        pr.recall.append(points[std::size_t(r)]);
        pr.precision.append(sum / defined);
    }
    return pr;
}

// Per category over the given images: their matches concatenated in the order given, then
// ranked (stable), as COCO ranks the detections of all images together.
std::vector<CocoAccumulator::Curves>
accumulateImages(const std::vector<const std::vector<CategoryMatches>*>& images, std::size_t k)
{
    std::vector<CocoAccumulator::Curves> curves(k);
    std::vector<ScoredMatch> all;
    for (std::size_t c = 0; c < k; ++c) {
        all.clear();
        int truths = 0;
        for (const auto* image : images) {
            all.insert(all.end(), (*image)[c].ranked.begin(), (*image)[c].ranked.end());
            truths += (*image)[c].truths;
        }
        CocoAccumulator::sortByScore(all);
        curves[c] = CocoAccumulator::accumulate(all, truths);
    }
    return curves;
}

void setCountErrors(DatasetMetrics& metrics, const std::vector<int>& errors)
{
    double absSum = 0;
    double squareSum = 0;
    for (const int e : errors) {
        absSum += std::abs(double(e));
        squareSum += double(e) * double(e);
    }
    if (!errors.empty()) {
        metrics.mae = absSum / double(errors.size());
        metrics.rmse = std::sqrt(squareSum / double(errors.size()));
    }
}

// The detections that count for MAE/RMSE (EvalOptions::countThreshold).
int countedDetections(const ImageEvalInput& image, double countThreshold)
{
    return int(std::count_if(image.detections.begin(), image.detections.end(),
                             [&](const EvalBox& b) { return b.score >= countThreshold; }));
}

} // namespace

DatasetMetrics DetectionEvaluator::evaluate(const QList<ImageEvalInput>& images,
                                            const EvalOptions& options)
{
    const Categories categories = categoriesOf(images, options.perClass);
    const std::size_t k = std::size_t(categories.names.size());
    const qsizetype n = images.size();

    DatasetMetrics metrics;
    metrics.images.resize(n);
    std::vector<std::vector<CategoryMatches>> matches(static_cast<std::size_t>(n));
    parallelFor(n, [&](qsizetype i) {
        const ImageEvalInput& image = images[i];
        matches[std::size_t(i)] = matchImage(image, categories, options.maxDetections);
        std::vector<CocoAccumulator::Curves> curves;
        for (const CategoryMatches& m : matches[std::size_t(i)])
            curves.push_back(CocoAccumulator::accumulate(m.ranked, m.truths));
        const Summary s = summarize(curves);
        ImageMetrics& im = metrics.images[i];
        im.image = image.image;
        im.truths = int(image.truths.size());
        im.detections = int(image.detections.size());
        assignSummary(im, s);
        im.counted = countedDetections(image, options.countThreshold);
        im.countError = im.counted - im.truths;
    });

    std::vector<const std::vector<CategoryMatches>*> all;
    for (const auto& image : matches)
        all.push_back(&image);
    const std::vector<CocoAccumulator::Curves> curves = accumulateImages(all, k);
    const Summary s = summarize(curves);
    assignSummary(metrics, s);
    metrics.pr50 = meanCurve(curves, 0);
    metrics.pr75 = meanCurve(curves, 5);

    std::vector<int> errors;
    for (const ImageMetrics& im : metrics.images) {
        metrics.truths += im.truths;
        metrics.detections += im.detections;
        errors.push_back(im.countError);
    }
    setCountErrors(metrics, errors);

    if (categories.perClass) {
        std::vector<int> truthCounts(k, 0);
        std::vector<int> detectionCounts(k, 0);
        for (const ImageEvalInput& image : images) {
            for (const EvalBox& b : image.truths)
                ++truthCounts[std::size_t(categories.of(b))];
            for (const EvalBox& b : image.detections) {
                const int c = categories.of(b);
                if (c >= 0)
                    ++detectionCounts[std::size_t(c)];
            }
        }
        for (std::size_t c = 0; c < k; ++c) {
            const Summary cs = summarize(std::span(curves).subspan(c, 1));
            ClassMetrics cm;
            cm.className = categories.names[qsizetype(c)];
            assignSummary(cm, cs);
            cm.truths = truthCounts[c];
            cm.detections = detectionCounts[c];
            metrics.classes.append(cm);
        }
    }
    return metrics;
}

QList<DatasetMetrics>
DetectionEvaluator::evaluateDraws(const QList<ImageEvalInput>& images, const EvalOptions& options,
                                  const std::vector<std::vector<qsizetype>>& draws)
{
    const Categories categories = categoriesOf(images, options.perClass);
    const std::size_t k = std::size_t(categories.names.size());
    const qsizetype n = images.size();
    std::vector<std::vector<CategoryMatches>> matches(static_cast<std::size_t>(n));
    std::vector<int> errors(static_cast<std::size_t>(n));
    parallelFor(n, [&](qsizetype i) {
        matches[std::size_t(i)] = matchImage(images[i], categories, options.maxDetections);
        errors[std::size_t(i)] =
            countedDetections(images[i], options.countThreshold) - int(images[i].truths.size());
    });
    const std::vector<CategoryMatches> empty(k);

    QList<DatasetMetrics> out(qsizetype(draws.size()));
    parallelFor(qsizetype(draws.size()), [&](qsizetype d) {
        std::vector<const std::vector<CategoryMatches>*> drawn;
        std::vector<int> drawnErrors;
        DatasetMetrics& m = out[d];
        for (const qsizetype i : draws[std::size_t(d)]) {
            Q_ASSERT(i >= -1 && i < n);
            drawn.push_back(i < 0 ? &empty : &matches[std::size_t(i)]);
            drawnErrors.push_back(i < 0 ? 0 : errors[std::size_t(i)]);
            if (i >= 0) {
                m.truths += int(images[i].truths.size());
                m.detections += int(images[i].detections.size());
            }
        }
        const Summary s = summarize(accumulateImages(drawn, k));
        assignSummary(m, s);
        setCountErrors(m, drawnErrors);
    });
    return out;
}

} // namespace shelf
