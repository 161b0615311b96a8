// BootstrapComparison: a paired bootstrap over images, checked on sets whose differences are
// known: identical sets, a set better on every image, a set better on only some images, pairing
// by image name, and determinism for a seed.
#include "bootstrap_comparison.h"

#include <QTest>

using namespace shelf;
using Metric = BootstrapComparison::Metric;

namespace {

EvalBox box(double x, double score = 1.0)
{
    return {Box{x, 0, x + 10, 10}, score, {}};
}

// n images of 4 truths each; `found(i)` of them detected exactly, the others not at all, plus
// `extra` false positives per image scored below the hits.
QList<ImageEvalInput> shelves(int n, const std::function<int(int)>& found, int extra = 0)
{
    QList<ImageEvalInput> images;
    for (int i = 0; i < n; ++i) {
        ImageEvalInput image{QStringLiteral("%1.jpg").arg(i), {}, {}};
        for (int k = 0; k < 4; ++k)
            image.truths << box(k * 20);
        for (int k = 0; k < found(i); ++k)
            image.detections << box(k * 20, 0.9 - 0.01 * k);
        for (int k = 0; k < extra; ++k)
            image.detections << box(100 + k * 20, 0.5);
        images << image;
    }
    return images;
}

} // namespace

class TestBootstrapComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalSetsTieEverywhere()
    {
        const auto set = shelves(20, [](int i) { return i % 5; });
        const auto r = BootstrapComparison::compare({set, set}, {}, 200, 1);
        QCOMPARE(r.resamples, 200);
        QCOMPARE(r.images, 20);
        QCOMPARE(r.sets.size(), 1);
        for (const auto& d : r.sets[0]) {
            QVERIFY(d.defined);
            QCOMPARE(d.observed, 0.0);
            QCOMPARE(d.low, 0.0);
            QCOMPARE(d.high, 0.0);
            QCOMPARE(d.better, 0.0);
            QCOMPARE(d.tied, 1.0);
        }
    }

    void aSetBetterOnEveryImageWinsEveryResample()
    {
        // Baseline finds 2 of 4 everywhere, the other set 3 of 4: AR goes from 0.5 to 0.75 on
        // every draw, and each image's count error from -2 to -1.
        const auto base = shelves(30, [](int) { return 2; });
        const auto better = shelves(30, [](int) { return 3; });
        const auto r = BootstrapComparison::compare({base, better}, {}, 300, 5);
        const auto& ar = r.sets[0][Metric::Ar];
        QCOMPARE(ar.observed, 0.25);
        QCOMPARE(ar.better, 1.0);
        QCOMPARE(ar.low, 0.25);
        QCOMPARE(ar.high, 0.25);
        const auto& mae = r.sets[0][Metric::Mae];
        QCOMPARE(mae.observed, -1.0); // lower is better for MAE
        QCOMPARE(mae.better, 1.0);
        QVERIFY(r.sets[0][Metric::Ap].observed > 0);
        QCOMPARE(r.sets[0][Metric::Ap].better, 1.0);
    }

    void aSetBetterOnSomeImagesIsUncertain()
    {
        // Better on 2 of 40 images, worse on 1: ahead overall, but a resample that misses the two
        // images and keeps the third puts it behind, so the interval spans zero.
        const auto base = shelves(40, [](int) { return 2; });
        const auto other = shelves(40, [](int i) { return i < 2 ? 4 : i == 2 ? 1 : 2; });
        const auto r = BootstrapComparison::compare({base, other}, {}, 1000, 3);
        const auto& ar = r.sets[0][Metric::Ar];
        QVERIFY(ar.observed > 0);
        QVERIFY(ar.better > 0.5 && ar.better < 1.0);
        QVERIFY(ar.tied > 0.0);
        QVERIFY(ar.low < 0 && ar.high > 0);
        QVERIFY(ar.better + ar.tied < 1.0); // some resamples put it behind
    }

    void imagesPairByName()
    {
        // The same set listed in reverse order is the same set: a tie, not a difference.
        const auto set = shelves(
            15, [](int i) { return i % 4; }, 1);
        QList<ImageEvalInput> reversed(set.rbegin(), set.rend());
        const auto r = BootstrapComparison::compare({set, reversed}, {}, 100, 2);
        for (const auto& d : r.sets[0]) {
            QCOMPARE(d.observed, 0.0);
            QCOMPARE(d.tied, 1.0);
        }
        // An image one set lacks counts there as empty. Image 0 has 4 truths, none found, and
        // one false positive (count error -3); without it the set misses no truths there and
        // its count error is 0: MAE lower by 3/15, AR higher.
        const QList<ImageEvalInput> missing = set.mid(1);
        const auto m = BootstrapComparison::compare({set, missing}, {}, 100, 2);
        QCOMPARE(m.images, 15);
        QCOMPARE(m.sets[0][Metric::Mae].observed, -0.2);
        QVERIFY(m.sets[0][Metric::Ar].observed > 0);
    }

    void aSeedGivesTheSameResult()
    {
        const auto base = shelves(25, [](int i) { return i % 3; });
        const auto other = shelves(25, [](int i) { return (i + 1) % 4; });
        const auto a = BootstrapComparison::compare({base, other}, {}, 400, 11);
        const auto b = BootstrapComparison::compare({base, other}, {}, 400, 11);
        const auto c = BootstrapComparison::compare({base, other}, {}, 400, 12);
        for (int m = 0; m < BootstrapComparison::kMetrics; ++m) {
            QCOMPARE(a.sets[0][m].low, b.sets[0][m].low);
            QCOMPARE(a.sets[0][m].high, b.sets[0][m].high);
            QCOMPARE(a.sets[0][m].better, b.sets[0][m].better);
            QCOMPARE(a.sets[0][m].observed, c.sets[0][m].observed); // not resampled
        }
        QVERIFY(a.sets[0][Metric::Ap].better != c.sets[0][Metric::Ap].better ||
                a.sets[0][Metric::Ap].low != c.sets[0][Metric::Ap].low);
    }

    void noTruthsIsUndefined()
    {
        QList<ImageEvalInput> empty{{QStringLiteral("a.jpg"), {}, {box(0, 0.5)}}};
        const auto r = BootstrapComparison::compare({empty, empty}, {}, 10, 1);
        QVERIFY(!r.sets[0][Metric::Ap].defined);
        QVERIFY(r.sets[0][Metric::Mae].defined); // counting works without truths
    }
};

QTEST_GUILESS_MAIN(TestBootstrapComparison)
#include "test_bootstrap_comparison.moc"
