#include "box_warnings.h"
#include "project_store.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace shelf;

namespace {

Annotation box(qint64 id, Box b, ReviewState state = ReviewState::Proposed)
{
    Annotation a;
    a.id = id;
    a.imageId = 1;
    a.layer = layers::em;
    a.box = b;
    a.state = state;
    return a;
}

Annotation labelled(qint64 id, Box b)
{
    Annotation a = box(id, b, ReviewState::Accepted);
    a.skuId = QStringLiteral("6901234");
    return a;
}

QList<qint64> ids(const QList<BoxWarning>& warnings, WarningKind kind)
{
    QList<qint64> out;
    for (const BoxWarning& w : warnings) {
        if (w.kind == kind)
            out << w.annotationId;
    }
    return out;
}

using Pair = std::tuple<qint64, qint64>;

QList<Pair> pairs(const QList<BoxWarning>& warnings)
{
    QList<Pair> out;
    for (const BoxWarning& w : warnings) {
        if (w.kind == WarningKind::NearDuplicate)
            out << Pair{w.annotationId, w.otherId};
    }
    return out;
}

// The definition, checked on every pair.
QList<Pair> bruteForcePairs(const QList<Annotation>& boxes, double t)
{
    QList<Pair> out;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            const Annotation &a = boxes[i], &b = boxes[j];
            if (a.state == ReviewState::Rejected || b.state == ReviewState::Rejected ||
                a.imageId != b.imageId || a.layer != b.layer)
                continue;
            if (iou(a.box, b.box) >= t)
                out << Pair{std::min(a.id, b.id), std::max(a.id, b.id)};
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Shelf-like random boxes: rows of products with detector jitter, some boxes proposed twice.
QList<Annotation> randomShelf(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Annotation> boxes;
    for (qint64 id = 1; id <= count; ++id) {
        Box b;
        if (id > 1 && rng.bounded(4) == 0) { // a jittered copy of an earlier box
            const Box& o = boxes[rng.bounded(int(boxes.size()))].box;
            const double j = rng.bounded(30.0) - 15;
            b = {o.x1 + j, o.y1 - j / 2, o.x2 + rng.bounded(20.0), o.y2 + j};
        } else {
            const double x = rng.bounded(4000.0), y = rng.bounded(3000.0);
            b = {x, y, x + 40 + rng.bounded(260.0), y + 40 + rng.bounded(400.0)};
        }
        Annotation a = box(id * 3, b, ReviewState(rng.bounded(3)));
        if (rng.bounded(2))
            a.shape = Shape::Can;
        boxes << a;
    }
    return boxes;
}

} // namespace

class TestBoxWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizeBoundaryIs80Pixels()
    {
        const QList<BoxWarning> w =
            findWarnings({box(1, {0, 0, 80, 80}), box(2, {1000, 0, 1079, 1080}),
                          box(3, {2000, 0, 2080, 79.5}), box(4, {3000, 0, 3200, 2000})});
        QCOMPARE(ids(w, WarningKind::TooSmall), (QList<qint64>{2, 3}));
        QCOMPARE(w[0].value, 79.0);
        QCOMPARE(w[0].size, QSizeF(79, 1080));
        QCOMPARE(w[1].value, 79.5);
        QCOMPARE(w[1].size, QSizeF(80, 79.5));
        WarningRules rules;
        rules.minSide = 100;
        QCOMPARE(ids(findWarnings({box(1, {0, 0, 80, 80})}, rules), WarningKind::TooSmall),
                 QList<qint64>{1});
    }

    void iouOfExactly07IsADuplicate()
    {
        // 140 x 100 inside 200 x 100: IoU 14000 / 20000 = 0.7 exactly.
        QList<BoxWarning> w = findWarnings({box(5, {0, 0, 200, 100}), box(2, {0, 0, 140, 100})});
        QCOMPARE(pairs(w), QList<Pair>{Pair(2, 5)});
        QCOMPARE(w.last().value, 0.7);
        QCOMPARE(w.last().size, QSizeF(140, 100));
        // Shifted right to the sweep's reach: 70 x 100 at x 30 inside 100 x 100, IoU 0.7.
        w = findWarnings({box(1, {0, 0, 100, 100}), box(2, {30, 0, 100, 100})});
        QCOMPARE(pairs(w), QList<Pair>{Pair(1, 2)});
        // One pixel further: IoU 69 / 100, no warning.
        w = findWarnings({box(1, {0, 0, 100, 100}), box(2, {31, 0, 100, 100})});
        QVERIFY(pairs(w).isEmpty());
        WarningRules rules;
        rules.duplicateIou = 0.69;
        QCOMPARE(pairs(findWarnings({box(1, {0, 0, 100, 100}), box(2, {31, 0, 100, 100})}, rules)),
                 QList<Pair>{Pair(1, 2)});
    }

    void rejectedBoxesNeverWarn()
    {
        Annotation rejected = box(7, {0, 0, 10, 10}, ReviewState::Rejected);
        QVERIFY(findWarnings({rejected}).isEmpty());
        // Not even as the other half of a duplicate of a good box.
        rejected.box = {0, 0, 200, 200};
        QVERIFY(findWarnings({rejected, labelled(8, {0, 0, 200, 200})}).isEmpty());
    }

    void unlabelledMeansAcceptedWithoutSkuOrShape()
    {
        Annotation shaped = box(2, {0, 0, 100, 100}, ReviewState::Accepted);
        shaped.shape = Shape::Bottle;
        Annotation blankSku = box(3, {200, 0, 300, 100}, ReviewState::Accepted);
        blankSku.skuId = QStringLiteral("  ");
        const QList<BoxWarning> w =
            findWarnings({box(1, {400, 0, 500, 100}, ReviewState::Accepted), shaped, blankSku,
                          labelled(4, {600, 0, 700, 100}), box(5, {800, 0, 900, 100})});
        QCOMPARE(w.size(), 2);
        QCOMPARE(ids(w, WarningKind::Unlabelled), (QList<qint64>{1, 3}));
    }

    void eachPairOnceInKindAndIdOrder()
    {
        const QList<BoxWarning> w = findWarnings(
            {box(9, {0, 0, 100, 100}), box(4, {1, 1, 101, 101}), box(6, {2, 0, 102, 100}),
             box(3, {500, 0, 540, 100}), box(8, {800, 0, 900, 100}, ReviewState::Accepted)});
        QCOMPARE(pairs(w), (QList<Pair>{{4, 6}, {4, 9}, {6, 9}}));
        QList<WarningKind> kinds;
        for (const BoxWarning& x : w)
            kinds << x.kind;
        QCOMPARE(kinds, (QList<WarningKind>{WarningKind::TooSmall, WarningKind::NearDuplicate,
                                            WarningKind::NearDuplicate, WarningKind::NearDuplicate,
                                            WarningKind::Unlabelled}));
        QCOMPARE(w[0].annotationId, 3);
        QCOMPARE(w[4].annotationId, 8);
        QCOMPARE(w[4].otherId, 0);
    }

    void otherImagesAndLayersAreNotDuplicates()
    {
        Annotation a = box(1, {0, 0, 100, 100});
        Annotation b = box(2, {0, 0, 100, 100});
        Annotation c = box(3, {0, 0, 100, 100});
        Annotation d = box(4, {0, 0, 100, 100});
        b.imageId = 2;
        c.layer = layers::nms;
        QCOMPARE(pairs(findWarnings({a, b, c, d})), QList<Pair>{Pair(1, 4)});
        const QHash<qint64, WarningCounts> perImage = countWarningsPerImage({a, b, c, d});
        QCOMPARE(perImage.size(), 1);
        QCOMPARE(perImage.value(1).nearDuplicate, 1);
    }

    void degenerateBoxesAreTooSmallButNoDuplicates()
    {
        const QList<BoxWarning> w =
            findWarnings({box(1, {50, 50, 50, 50}), box(2, {50, 50, 50, 50}),
                          box(3, {100, 0, 90, 100}), box(4, {0, 0, qQNaN(), 100})});
        QCOMPARE(ids(w, WarningKind::TooSmall), (QList<qint64>{1, 2, 3}));
        QVERIFY(pairs(w).isEmpty());
    }

    void agreesWithBruteForce()
    {
        for (quint32 seed : {1u, 2u, 3u}) {
            const QList<Annotation> boxes = randomShelf(1000, seed);
            const QList<BoxWarning> w = findWarnings(boxes);
            const QList<Pair> expected = bruteForcePairs(boxes, 0.7);
            QVERIFY(expected.size() > 20); // the case really has duplicates
            QCOMPARE(pairs(w), expected);
            for (double t : {0.3, 0.5, 0.95, 1.0}) {
                WarningRules rules;
                rules.duplicateIou = t;
                QCOMPARE(pairs(findWarnings(boxes, rules)), bruteForcePairs(boxes, t));
            }
            // The counts agree with the list.
            WarningCounts counts;
            for (const BoxWarning& x : w)
                counts.add(x.kind);
            QCOMPARE(countWarnings(boxes), counts);
            QCOMPARE(counts.total(), w.size());
        }
    }

    void thousandBoxesTakeWellUnder5Ms()
    {
        const QList<Annotation> boxes = randomShelf(1000, 7);
        qint64 best = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QList<BoxWarning> w = findWarnings(boxes);
            best = std::min(best, timer.nsecsElapsed());
            QVERIFY(!w.isEmpty());
        }
        qInfo("findWarnings, 1000 boxes: %.3f ms (best of 5)", best / 1e6);
        QVERIFY2(best < 5'000'000, qPrintable(QString::number(best / 1e6) + " ms"));
    }

    void projectCountsPerImage()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.shelf")));
        QList<qint64> images;
        for (int i = 0; i < 2; ++i) {
            ImageRecord image;
            image.relativePath = QStringLiteral("s%1.jpg").arg(i);
            image.width = 4000;
            image.height = 3000;
            store->insertImage(image);
            images << image.id;
        }
        QList<Annotation> boxes = {box(0, {0, 0, 50, 50}), box(0, {0, 0, 100, 100}),
                                   box(0, {1, 1, 100, 100}), box(0, {0, 0, 500, 500})};
        boxes[3].state = ReviewState::Accepted;
        for (Annotation& a : boxes)
            a.imageId = images[0];
        Annotation other = box(0, {0, 0, 60, 60});
        other.imageId = images[1];
        boxes << other;
        Annotation human = box(0, {0, 0, 10, 10}); // another layer: not counted
        human.layer = layers::human;
        human.imageId = images[1];
        boxes << human;
        store->insertAnnotations(boxes);

        const QHash<qint64, WarningCounts> counts = countWarnings(*store, layers::em);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.value(images[0]), (WarningCounts{1, 1, 1}));
        QCOMPARE(counts.value(images[1]), (WarningCounts{1, 0, 0}));
        QCOMPARE(counts.value(images[0]).of(WarningKind::NearDuplicate), 1);
        QCOMPARE(counts.value(images[0]).total(), 3);
    }
};

QTEST_GUILESS_MAIN(TestBoxWarnings)
#include "test_box_warnings.moc"
