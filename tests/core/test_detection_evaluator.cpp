// DetectionEvaluator against hand-computed COCO answers (pycocotools cocoeval.py semantics).
// Notation in comments: tp/fp are cumulative counts in ranking order, rc = tp / truths,
// pr = tp / (tp + fp + eps) with eps = 2^-52 (np.spacing(1)), made monotone from the right, and
// AP at one IoU threshold = mean of pr sampled at recall 0, 0.01, ..., 1 (0 past the last recall).
#include "coco_accumulator.h"
#include "detection_evaluator.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace shelf;

namespace {

constexpr double eps = std::numeric_limits<double>::epsilon();
// Precision of a lone true positive: 1 / (1 + eps).
constexpr double firstHit = 1.0 / (1.0 + eps);

EvalBox truth(double x1, double y1, double x2, double y2, const QString& cls = {})
{
    return {Box{x1, y1, x2, y2}, 1.0, cls};
}

EvalBox det(double x1, double y1, double x2, double y2, double score, const QString& cls = {})
{
    return {Box{x1, y1, x2, y2}, score, cls};
}

// 51 of the 101 recall points (0 .. 0.5) at precision p, the rest 0.
double halfRecallAp(double p)
{
    return 51.0 * p / 101.0;
}

} // namespace

class TestDetectionEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdsAreNumpysLinspace()
    {
        const auto& t = CocoAccumulator::iouThresholds();
        QVERIFY(t[0] == 0.5);
        QVERIFY(t[5] == 0.75); // summarize() looks it up by equality
        QVERIFY(t[8] == 0.8999999999999999);
        QVERIFY(t[9] == 0.95);
        const auto& r = CocoAccumulator::recallThresholds();
        QVERIFY(r[1] == 0.01);
        QVERIFY(r[57] == 0.5700000000000001);
        QVERIFY(r[100] == 1.0);
    }

    void pairwiseSumIsNumpys()
    {
        // np.mean(np.full(101, 1/(1+eps))) is 0.9999999999999999, not 1/(1+eps): numpy's
        // pairwise summation rounds differently from a running sum.
        std::vector<double> v(101, firstHit);
        QVERIFY(CocoAccumulator::pairwiseSum(v.data(), 101) / 101 == 0.9999999999999999);
        v.assign(1010, firstHit);
        QVERIFY(CocoAccumulator::pairwiseSum(v.data(), 1010) / 1010 == 0.9999999999999998);
    }

    void onePerfectDetectionGivesCocosFigures()
    {
        const DatasetMetrics m = DetectionEvaluator::evaluate(
            {{QStringLiteral("a.jpg"), {truth(0, 0, 10, 10)}, {det(0, 0, 10, 10, 0.9)}}});
        // What pycocotools prints for this case, to the last bit.
        QVERIFY(m.ap == 0.9999999999999998);
        QVERIFY(m.ap50 == 0.9999999999999999);
        QVERIFY(m.ap75 == 0.9999999999999999);
        QVERIFY(m.ar300 == 1.0);
        QCOMPARE(m.truths, 1);
        QCOMPARE(m.detections, 1);
        QCOMPARE(m.images.size(), 1);
        QVERIFY(m.images[0].ap == m.ap);
        QCOMPARE(m.pr50.recall.size(), 101);
        QVERIFY(m.pr50.precision[100] == firstHit);
        QVERIFY(m.classes.isEmpty());
    }

    void missedTruthHalvesRecall()
    {
        // Truths A, B; the 0.9 detection is A, the 0.8 one hits nothing.
        // tp = [1, 1], fp = [0, 1], rc = [.5, .5], pr = [firstHit, .5] -> 51 points at firstHit.
        const DatasetMetrics m =
            DetectionEvaluator::evaluate({{QStringLiteral("a.jpg"),
                                           {truth(0, 0, 10, 10), truth(20, 0, 30, 10)},
                                           {det(0, 0, 10, 10, 0.9), det(50, 50, 60, 60, 0.8)}}});
        QCOMPARE(m.ap, halfRecallAp(firstHit));
        QCOMPARE(m.ap50, halfRecallAp(firstHit));
        QCOMPARE(m.ar300, 0.5);
    }

    void falsePositiveRankedFirstCostsPrecision()
    {
        // tp = [0, 1], fp = [1, 1], rc = [0, 1], pr = [0, 1/(2+eps)] -> envelope .5 everywhere.
        const DatasetMetrics m =
            DetectionEvaluator::evaluate({{QStringLiteral("a.jpg"),
                                           {truth(0, 0, 10, 10)},
                                           {det(50, 50, 60, 60, 0.9), det(0, 0, 10, 10, 0.8)}}});
        QCOMPARE(m.ap, 0.5);
        QCOMPARE(m.ar300, 1.0);
    }

    void iouDecidesTheThresholdsMatched()
    {
        // IoU 72 / 100 = 0.72: a hit at 0.50 ... 0.70 (5 thresholds), a miss from 0.75.
        const DatasetMetrics m = DetectionEvaluator::evaluate(
            {{QStringLiteral("a.jpg"), {truth(0, 0, 10, 10)}, {det(0, 0, 10, 7.2, 0.9)}}});
        QCOMPARE(m.ap50, firstHit);
        QCOMPARE(m.ap75, 0.0);
        QCOMPARE(m.ap, 0.5 * firstHit);
        QCOMPARE(m.ar300, 0.5);
    }

    void equalScoresKeepInputOrder()
    {
        // Both scores 0.5: the false positive comes first in the input, so it ranks first.
        const auto one = [](bool fpFirst) {
            QList<EvalBox> d = {det(50, 50, 60, 60, 0.5), det(0, 0, 10, 10, 0.5)};
            if (!fpFirst)
                std::swap(d[0], d[1]);
            return DetectionEvaluator::evaluate(
                {{QStringLiteral("a.jpg"), {truth(0, 0, 10, 10)}, d}});
        };
        QCOMPARE(one(true).ap, 0.5);
        QCOMPARE(one(false).ap, firstHit);
    }

    void equalScoresAcrossImagesKeepImageOrder()
    {
        // Image A's hit and image B's false positive share score 0.5; each image has one truth.
        // A first: ranked [tp, fp], rc = [.5, .5], pr = [firstHit, .5] -> 51 points at firstHit.
        // B first: ranked [fp, tp], rc = [0, .5], pr = [0, .5] -> envelope .5 on 51 points.
        const ImageEvalInput a{
            QStringLiteral("a.jpg"), {truth(0, 0, 10, 10)}, {det(0, 0, 10, 10, 0.5)}};
        const ImageEvalInput b{
            QStringLiteral("b.jpg"), {truth(0, 0, 10, 10)}, {det(50, 50, 60, 60, 0.5)}};
        QCOMPARE(DetectionEvaluator::evaluate({a, b}).ap50, halfRecallAp(firstHit));
        QCOMPARE(DetectionEvaluator::evaluate({b, a}).ap50, halfRecallAp(0.5));
    }

    void detectionOverlappingTwoTruthsTakesTheBest()
    {
        // D1 (0.9) overlaps T1 with IoU 90/110 and T2 with 90/110: equal, so COCO's scan keeps the
        // later truth, T2. D2 (0.8) is T2's copy; T2 taken, it falls back to T1 (IoU 80/120).
        // At 0.75: D1 hits T2 (0.818), D2 misses (0.667 < 0.75): AP75 = 51/101 * firstHit.
        // Had D1 taken T1, D2 would hit T2 exactly and AP75 would be 1.
        const DatasetMetrics m =
            DetectionEvaluator::evaluate({{QStringLiteral("a.jpg"),
                                           {truth(0, 0, 10, 10), truth(2, 0, 12, 10)},
                                           {det(1, 0, 11, 10, 0.9), det(2, 0, 12, 10, 0.8)}}});
        QCOMPARE(m.ap50, 1.0); // pr = [firstHit, 2/(2+eps) = 1] -> envelope 1
        QCOMPARE(m.ap75, halfRecallAp(firstHit));
    }

    void imageWithoutTruthsOnlyAddsFalsePositives()
    {
        // Image b has no truths: undefined per image, and its 0.95 detection ranks first overall:
        // ranked [fp, tp] -> AP 0.5.
        const DatasetMetrics m = DetectionEvaluator::evaluate(
            {{QStringLiteral("a.jpg"), {truth(0, 0, 10, 10)}, {det(0, 0, 10, 10, 0.9)}},
             {QStringLiteral("b.jpg"), {}, {det(0, 0, 10, 10, 0.95)}},
             {QStringLiteral("c.jpg"), {}, {}}});
        QCOMPARE(m.ap, 0.5);
        QCOMPARE(m.images[0].ap50, 0.9999999999999999);
        QCOMPARE(m.images[1].ap, -1.0);
        QCOMPARE(m.images[1].ar300, -1.0);
        QCOMPARE(m.images[2].ap, -1.0);
        QCOMPARE(m.images[1].countError, 1);
    }

    void imageWithoutDetectionsScoresZero()
    {
        // Image a: one truth, nothing found -> AP 0, AR 0. Over both images: ranked [tp] with two
        // truths, rc = [.5] -> 51 points at firstHit, AR .5.
        const DatasetMetrics m = DetectionEvaluator::evaluate(
            {{QStringLiteral("a.jpg"), {truth(0, 0, 10, 10)}, {}},
             {QStringLiteral("b.jpg"), {truth(0, 0, 10, 10)}, {det(0, 0, 10, 10, 0.9)}}});
        QCOMPARE(m.images[0].ap, 0.0);
        QCOMPARE(m.images[0].ar300, 0.0);
        QCOMPARE(m.ap50, halfRecallAp(firstHit));
        QCOMPARE(m.ar300, 0.5);
        QCOMPARE(m.images[0].countError, -1);
    }

    void onlyTheBest300DetectionsCount()
    {
        // 300 false positives at 0.9 outrank the one hit at 0.5: it is cut, AP 0, AR 0.
        QList<EvalBox> d;
        for (int i = 0; i < 300; ++i)
            d << det(100 + i, 100, 105 + i, 105, 0.9);
        d << det(0, 0, 10, 10, 0.5);
        const QList<ImageEvalInput> in = {{QStringLiteral("a.jpg"), {truth(0, 0, 10, 10)}, d}};
        const DatasetMetrics m = DetectionEvaluator::evaluate(in);
        QCOMPARE(m.ap, 0.0);
        QCOMPARE(m.ar300, 0.0);
        QCOMPARE(m.images[0].detections, 301);
        QCOMPARE(m.images[0].countError, 300); // counting is not cut

        // Keeping 301: the hit ranks last, pr = 1/301 at recall 1 -> envelope 1/301 everywhere.
        EvalOptions options;
        options.maxDetections = 301;
        const DatasetMetrics all = DetectionEvaluator::evaluate(in, options);
        QCOMPARE(all.ap, 1.0 / 301);
        QCOMPARE(all.ar300, 1.0);

        // Equal scores at the cut: input order decides who stays.
        for (EvalBox& b : d)
            b.score = 0.5;
        QCOMPARE(DetectionEvaluator::evaluate({{QStringLiteral("a.jpg"), {truth(0, 0, 10, 10)}, d}})
                     .ar300,
                 0.0);
        d.move(300, 0);
        QCOMPARE(DetectionEvaluator::evaluate({{QStringLiteral("a.jpg"), {truth(0, 0, 10, 10)}, d}})
                     .ar300,
                 1.0);
    }

    void countingErrors()
    {
        // Counts - truths per image: 3 - 1 = +2, 0 - 1 = -1, 1 - 1 = 0.
        // MAE = 3 / 3 = 1, RMSE = sqrt(5 / 3).
        const QList<ImageEvalInput> in = {
            {QStringLiteral("a.jpg"),
             {truth(0, 0, 10, 10)},
             {det(0, 0, 10, 10, 0.9), det(20, 0, 30, 10, 0.4), det(40, 0, 50, 10, 0.2)}},
            {QStringLiteral("b.jpg"), {truth(0, 0, 10, 10)}, {}},
            {QStringLiteral("c.jpg"), {truth(0, 0, 10, 10)}, {det(0, 0, 10, 10, 0.3)}}};
        DatasetMetrics m = DetectionEvaluator::evaluate(in);
        QCOMPARE(m.mae, 1.0);
        QCOMPARE(m.rmse, std::sqrt(5.0 / 3.0));
        QCOMPARE(m.images[0].counted, 3);

        // Counting only scores >= 0.5: errors 0, -1, -1 -> MAE 2/3, RMSE sqrt(2/3).
        EvalOptions options;
        options.countThreshold = 0.5;
        m = DetectionEvaluator::evaluate(in, options);
        QCOMPARE(m.images[0].countError, 0);
        QCOMPARE(m.images[2].countError, -1);
        QCOMPARE(m.mae, 2.0 / 3.0);
        QCOMPARE(m.rmse, std::sqrt(2.0 / 3.0));
    }

    void classesAreEvaluatedApart()
    {
        // Class a: both truths found (AP50 1). Class b: one of two (51/101 * firstHit).
        // A "c" detection has no truth class: left out. Dataset AP50 = mean over both classes.
        const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c");
        const QList<ImageEvalInput> in = {
            {QStringLiteral("x.jpg"),
             {truth(0, 0, 10, 10, a), truth(20, 0, 30, 10, a), truth(40, 0, 50, 10, b),
              truth(60, 0, 70, 10, b)},
             {det(0, 0, 10, 10, 0.9, a), det(20, 0, 30, 10, 0.8, a), det(40, 0, 50, 10, 0.7, b),
              det(60, 0, 70, 10, 0.99, c)}}};
        const DatasetMetrics m = DetectionEvaluator::evaluate(in);
        QCOMPARE(m.classes.size(), 2);
        QCOMPARE(m.classes[0].className, a);
        QCOMPARE(m.classes[0].ap50, 1.0);
        QCOMPARE(m.classes[0].truths, 2);
        QCOMPARE(m.classes[1].className, b);
        QCOMPARE(m.classes[1].ap50, halfRecallAp(firstHit));
        QCOMPARE(m.classes[1].ar300, 0.5);
        QCOMPARE(m.ap50, (1.0 + halfRecallAp(firstHit)) / 2);
        QCOMPARE(m.images[0].ap50, m.ap50);

        // The c detection sits on a b truth: class-agnostic, it is the first hit.
        EvalOptions agnostic;
        agnostic.perClass = false;
        const DatasetMetrics one = DetectionEvaluator::evaluate(in, agnostic);
        QVERIFY(one.classes.isEmpty());
        QCOMPARE(one.ap50, 1.0);
        QCOMPARE(one.ar300, 1.0);
    }

    void detectionsWithoutClassesAreClassAgnostic()
    {
        // SKU-110K: truths say "object", results carry no class.
        const DatasetMetrics m =
            DetectionEvaluator::evaluate({{QStringLiteral("a.jpg"),
                                           {truth(0, 0, 10, 10, QStringLiteral("object"))},
                                           {det(0, 0, 10, 10, 0.9)}}});
        QVERIFY(m.classes.isEmpty());
        QCOMPARE(m.ar300, 1.0);
    }

    void noTruthsAnywhereIsUndefined()
    {
        const DatasetMetrics m =
            DetectionEvaluator::evaluate({{QStringLiteral("a.jpg"), {}, {det(0, 0, 10, 10, 0.9)}}});
        QCOMPARE(m.ap, -1.0);
        QCOMPARE(m.ap50, -1.0);
        QCOMPARE(m.ar300, -1.0);
        QVERIFY(m.pr50.recall.isEmpty());
        const DatasetMetrics none = DetectionEvaluator::evaluate({});
        QCOMPARE(none.ap, -1.0);
        QCOMPARE(none.mae, 0.0);
    }

    void resultsDoNotDependOnThreads()
    {
        // Many images: the parallel run must equal an image-by-image evaluation.
        QList<ImageEvalInput> in;
        for (int i = 0; i < 200; ++i) {
            ImageEvalInput image{QStringLiteral("%1.jpg").arg(i), {}, {}};
            for (int k = 0; k < 5; ++k) {
                image.truths << truth(k * 20, 0, k * 20 + 10, 10);
                image.detections << det(k * 20 + (i % 4), 0, k * 20 + 10, 10,
                                        (i * 7 + k) % 10 / 10.0);
            }
            in << image;
        }
        const DatasetMetrics m = DetectionEvaluator::evaluate(in);
        for (int i = 0; i < in.size(); ++i) {
            const DatasetMetrics single = DetectionEvaluator::evaluate({in[i]});
            QVERIFY(m.images[i].ap == single.ap);
            QVERIFY(m.images[i].ar300 == single.ar300);
        }
        QVERIFY(DetectionEvaluator::evaluate(in).ap == m.ap);
    }

    void drawsScoreAsTheirImagesWould()
    {
        // Three images of different quality; a draw must score exactly as evaluate() on the
        // images it lists, repeats and order included, and -1 as an empty image.
        ImageEvalInput a{
            QStringLiteral("a.jpg"),
            {truth(0, 0, 10, 10), truth(20, 0, 30, 10)},
            {det(0, 0, 10, 10, 0.9), det(21, 0, 31, 10, 0.4), det(50, 0, 60, 10, 0.8)}};
        ImageEvalInput b{QStringLiteral("b.jpg"), {truth(0, 0, 10, 10)}, {det(0, 0, 10, 12, 0.7)}};
        ImageEvalInput c{QStringLiteral("c.jpg"), {truth(0, 0, 10, 10)}, {}};
        const QList<ImageEvalInput> images{a, b, c};
        EvalOptions options;
        options.maxDetections = 2;
        const QList<DatasetMetrics> drawn = DetectionEvaluator::evaluateDraws(
            images, options, {{0, 1, 2}, {1, 1, 0}, {2, -1, 2}, {}});
        QCOMPARE(drawn.size(), 4);
        const QList<QList<ImageEvalInput>> same{{a, b, c}, {b, b, a}, {c, {}, c}, {}};
        for (int d = 0; d < 4; ++d) {
            const DatasetMetrics want = DetectionEvaluator::evaluate(same[d], options);
            QVERIFY2(drawn[d].ap == want.ap, qPrintable(QString::number(d)));
            QVERIFY(drawn[d].ap50 == want.ap50);
            QVERIFY(drawn[d].ap75 == want.ap75);
            QVERIFY(drawn[d].ar300 == want.ar300);
            QCOMPARE(drawn[d].mae, want.mae);
            QCOMPARE(drawn[d].rmse, want.rmse);
            QCOMPARE(drawn[d].truths, want.truths);
            QCOMPARE(drawn[d].detections, want.detections);
        }
        // The draws differ, so the check above compared different figures.
        QVERIFY(drawn[0].ap != drawn[1].ap);
        QCOMPARE(drawn[2].ap, 0.0);        // c alone: its truth missed
        QCOMPARE(drawn[3].ap, -1.0);       // nothing drawn: undefined
        QCOMPARE(drawn[2].mae, 2.0 / 3.0); // c's -1 twice, the empty image's 0
    }
};

QTEST_GUILESS_MAIN(TestDetectionEvaluator)
#include "test_detection_evaluator.moc"
