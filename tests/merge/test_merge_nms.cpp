#include "box_overlap.h"
#include "nms.h"

#include <QTest>

#include <cmath>

using namespace shelf::merge;

namespace {
Candidate box(double x1, double y1, double x2, double y2, double conf)
{
    return {x1, y1, x2, y2, conf, conf};
}
std::vector<std::size_t> indices(const std::vector<NmsPick>& picks)
{
    std::vector<std::size_t> out;
    for (const NmsPick& p : picks)
        out.push_back(p.index);
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

/// NMS baselines on cases small enough to compute by hand.
class TestMergeNms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlapMeasures()
    {
        const Candidate a = box(0, 0, 10, 10, 1);
        const Candidate b = box(5, 0, 15, 10, 1); // 50 px shared of 100 each
        QCOMPARE(intersectionArea(a, b), 50.0);
        QCOMPARE(intersectionOverUnion(a, b), 50.0 / 150.0);
        QCOMPARE(intersectionOverMinimum(a, b), 0.5);
        const Candidate inner = box(2, 2, 4, 4, 1); // inside a: IoMin 1, IoU 0.04
        QCOMPARE(intersectionOverMinimum(a, inner), 1.0);
        QCOMPARE(intersectionOverUnion(a, inner), 0.04);
        QCOMPARE(intersectionOverMinimum(a, box(3, 3, 3, 8, 1)), 0.0); // empty box
    }

    void iouNmsKeepsBelowThreshold()
    {
        // b overlaps a at IoU 1/3, c overlaps a at IoU 81/119 = 0.68, d is apart.
        const std::vector<Candidate> boxes{box(0, 0, 10, 10, 0.9), box(5, 0, 15, 10, 0.8),
                                           box(1, 1, 11, 10, 0.7), box(50, 50, 60, 60, 0.6)};
        const auto picks = iouNms(boxes, 0.5);
        QCOMPARE(indices(picks), (std::vector<std::size_t>{0, 1, 3}));
        QCOMPARE(picks[0].cluster, (std::vector<std::size_t>{0, 2}));
    }

    void iouNmsRanksByConfidenceThenIndex()
    {
        const std::vector<Candidate> boxes{box(0, 0, 10, 10, 0.5), box(0, 0, 10, 10, 0.5),
                                           box(0, 0, 10, 10, 0.7)};
        const auto picks = iouNms(boxes, 0.5);
        QCOMPARE(picks.size(), std::size_t(1));
        QCOMPARE(picks[0].index, std::size_t(2));
        QCOMPARE(picks[0].cluster, (std::vector<std::size_t>{2, 0, 1}));
    }

    void iominNmsSuppressesContainedBoxes()
    {
        // inner lies in outer: IoU 0.04 keeps both, IoMin 1 keeps the higher only.
        const std::vector<Candidate> boxes{box(0, 0, 10, 10, 0.6), box(2, 2, 4, 4, 0.9)};
        QCOMPARE(indices(iouNms(boxes, 0.5)), (std::vector<std::size_t>{0, 1}));
        QCOMPARE(indices(iominNms(boxes, 0.3)), (std::vector<std::size_t>{1}));
        // 0.3 exactly suppresses (>=): 30 of 100 px shared.
        const std::vector<Candidate> edge{box(0, 0, 10, 10, 0.9), box(7, 0, 17, 10, 0.8)};
        QCOMPARE(indices(iominNms(edge, 0.3)), (std::vector<std::size_t>{0}));
    }

    void iominNmsTestsTheLastBox()
    {
        const std::vector<Candidate> twins{box(0, 0, 10, 10, 0.9), box(0, 0, 10, 10, 0.8)};
        QCOMPARE(indices(iominNms(twins, 0.3)), (std::vector<std::size_t>{0}));
    }

    void authorsNmsNeverTestsTheLastBox()
    {
        // Their loop stops when one box is left: two identical boxes both survive...
        const std::vector<Candidate> twins{box(0, 0, 10, 10, 0.9), box(0, 0, 10, 10, 0.8)};
        QCOMPARE(indices(authorsIoMinNms(twins, 0.3)), (std::vector<std::size_t>{0, 1}));
        // ... while with three, the two below the best are tested and go.
        const std::vector<Candidate> triplets{box(0, 0, 10, 10, 0.9), box(0, 0, 10, 10, 0.8),
                                              box(0, 0, 10, 10, 0.7)};
        const auto picks = authorsIoMinNms(triplets, 0.3);
        QCOMPARE(indices(picks), (std::vector<std::size_t>{0}));
        QCOMPARE(picks[0].cluster, (std::vector<std::size_t>{0, 1, 2}));
    }

    void softNmsDecaysGaussian()
    {
        // b overlaps a at IoU 1/3: its score becomes 0.8 * exp(-(1/9) / 0.5).
        const std::vector<Candidate> boxes{box(0, 0, 10, 10, 0.9), box(5, 0, 15, 10, 0.8),
                                           box(0, 0, 10, 10, 0.005)};
        const auto picks = softNms(boxes, 0.5, 0.001);
        QCOMPARE(picks.size(), std::size_t(2)); // the twin of a decays to 0.005 * e^-2 < 0.001
        QCOMPARE(picks[0].index, std::size_t(0));
        QCOMPARE(picks[0].score, 0.9);
        QCOMPARE(picks[1].index, std::size_t(1));
        QVERIFY(std::abs(picks[1].score - 0.8 * std::exp(-(1.0 / 9.0) / 0.5)) < 1e-12);
        QCOMPARE(picks[0].cluster, (std::vector<std::size_t>{0, 2}));
    }

    void emptyInput()
    {
        QVERIFY(iouNms({}, 0.5).empty());
        QVERIFY(iominNms({}, 0.3).empty());
        QVERIFY(softNms({}, 0.5, 0.001).empty());
        QVERIFY(authorsIoMinNms({}, 0.3).empty());
    }
};

QTEST_GUILESS_MAIN(TestMergeNms)
#include "test_merge_nms.moc"
