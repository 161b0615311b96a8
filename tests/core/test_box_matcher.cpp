// BoxMatcher (the compare view's matching) and ImageMatcher (the evaluator's) on hand-made cases,
// and against each other on random shelves.
#include "box_matcher.h"
#include "coco_accumulator.h"
#include "image_matcher.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace shelf;

namespace {

EvalBox box(double x1, double y1, double x2, double y2, double score = 1.0)
{
    return {Box{x1, y1, x2, y2}, score, {}};
}

using Pairs = QList<QPair<int, int>>;

} // namespace

class TestBoxMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void higherScoreChoosesFirst()
    {
        // A0 (0.6) and A1 (0.9) both overlap B0; A1 ranks first and takes it.
        const BoxMatch m = BoxMatcher::match({box(0, 0, 10, 10, 0.6), box(1, 0, 11, 10, 0.9)},
                                             {box(1, 0, 11, 10)});
        QCOMPARE(m.pairs, (Pairs{{1, 0}}));
        QCOMPARE(m.onlyA, QList<int>{0});
        QVERIFY(m.onlyB.isEmpty());
    }

    void bestIouWinsAndTakenBoxesAreSkipped()
    {
        // A0 (0.9) is B0 exactly; A1 (0.8) overlaps B0 (IoU 80/120) and B1 (70/130 = 0.538):
        // B0 is taken, so A1 takes B1 at 0.5 but nothing at 0.55.
        const QList<EvalBox> a = {box(0, 0, 10, 10, 0.9), box(2, 0, 12, 10, 0.8)};
        const QList<EvalBox> b = {box(0, 0, 10, 10), box(5, 0, 15, 10)};
        QCOMPARE(BoxMatcher::match(a, b, 0.5).pairs, (Pairs{{0, 0}, {1, 1}}));
        const BoxMatch strict = BoxMatcher::match(a, b, 0.55);
        QCOMPARE(strict.pairs, (Pairs{{0, 0}}));
        QCOMPARE(strict.onlyA, QList<int>{1});
        QCOMPARE(strict.onlyB, QList<int>{1});
    }

    void equalIouGoesToTheLaterBox()
    {
        // A0 lies between B0 and B1 with IoU 50/150 to each: COCO keeps the later candidate.
        const BoxMatch m =
            BoxMatcher::match({box(5, 0, 15, 10)}, {box(0, 0, 10, 10), box(10, 0, 20, 10)}, 0.3);
        QCOMPARE(m.pairs, (Pairs{{0, 1}}));
        QCOMPARE(m.onlyB, QList<int>{0});
    }

    void equalScoresKeepInputOrder()
    {
        const BoxMatch m = BoxMatcher::match({box(0, 0, 10, 10, 0.5), box(0, 0, 10, 10, 0.5)},
                                             {box(0, 0, 10, 10)});
        QCOMPARE(m.pairs, (Pairs{{0, 0}}));
        QCOMPARE(m.onlyA, QList<int>{1});
    }

    void thresholdIsInclusiveAndCappedBelowOne()
    {
        // IoU exactly 0.5 (50 / 100) matches at 0.5; a threshold of 1 still matches an
        // identical box, as COCO caps it at 1 - 1e-10.
        QCOMPARE(BoxMatcher::match({box(0, 0, 10, 5)}, {box(0, 0, 10, 10)}, 0.5).pairs.size(), 1);
        QCOMPARE(BoxMatcher::match({box(0, 0, 10, 10)}, {box(0, 0, 10, 10)}, 1.0).pairs.size(), 1);
        QVERIFY(BoxMatcher::match({}, {box(0, 0, 1, 1)}).onlyB == QList<int>{0});
    }

    void imageMatcherSetsOneBitPerThreshold()
    {
        // IoU 0.72: matched at 0.50, 0.55, 0.60, 0.65, 0.70 (bits 0-4).
        const std::vector<Box> dets = {Box{0, 0, 10, 7.2}};
        const std::vector<Box> truths = {Box{0, 0, 10, 10}};
        QCOMPARE(ImageMatcher::match(dets, truths), std::vector<quint16>{0x1F});
        QCOMPARE(ImageMatcher::match({}, truths), std::vector<quint16>{});
        QCOMPARE(ImageMatcher::match(dets, {}), std::vector<quint16>{0});
    }

    void imageMatcherAgreesWithBoxMatcherOnRandomShelves()
    {
        // The sweep of ImageMatcher must give what the plain definition (BoxMatcher, every pair)
        // gives, at every threshold. Dense rows of jittered boxes make many competing overlaps.
        QRandomGenerator rng(42);
        for (int round = 0; round < 50; ++round) {
            QList<EvalBox> truths;
            QList<EvalBox> dets;
            for (int i = 0; i < 40; ++i) {
                const double x = (i % 10) * 20 + rng.bounded(4.0);
                const double y = (i / 10) * 30 + rng.bounded(4.0);
                truths << box(x, y, x + 15 + rng.bounded(10.0), y + 25);
            }
            for (int i = 0; i < 60; ++i) {
                const EvalBox& t = truths[rng.bounded(40)];
                const double dx = rng.bounded(12.0) - 6, dy = rng.bounded(12.0) - 6;
                dets << box(t.box.x1 + dx, t.box.y1 + dy, t.box.x2 + dx, t.box.y2 + dy,
                            rng.bounded(5) / 4.0); // few distinct scores: many ties
            }
            // The evaluator hands ImageMatcher detections already ranked.
            std::vector<int> order(60);
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(),
                             [&](int p, int q) { return dets[p].score > dets[q].score; });
            QList<EvalBox> ranked;
            std::vector<Box> rankedBoxes;
            for (int i : order) {
                ranked << dets[i];
                rankedBoxes.push_back(dets[i].box);
            }
            std::vector<Box> truthBoxes;
            for (const EvalBox& t : truths)
                truthBoxes.push_back(t.box);
            const std::vector<quint16> bits = ImageMatcher::match(rankedBoxes, truthBoxes);
            for (int t = 0; t < CocoAccumulator::kThresholds; ++t) {
                const BoxMatch m =
                    BoxMatcher::match(ranked, truths, CocoAccumulator::iouThresholds()[t]);
                std::vector<quint16> expected(60, 0);
                for (const auto& p : m.pairs)
                    expected[std::size_t(p.first)] = 1;
                for (int d = 0; d < 60; ++d)
                    QCOMPARE(int((bits[std::size_t(d)] >> t) & 1), int(expected[std::size_t(d)]));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBoxMatcher)
#include "test_box_matcher.moc"
