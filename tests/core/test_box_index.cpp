#include "box_index.h"

#include <QRandomGenerator>
#include <QTest>

using namespace shelf;

class TestBoxIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallestBoxUnderThePointComesFirst()
    {
        BoxIndex index;
        index.rebuild({{1, Box{0, 0, 1000, 1000}},
                       {2, Box{100, 100, 200, 200}},
                       {3, Box{120, 120, 150, 150}},
                       {4, Box{600, 600, 700, 700}}});
        QCOMPARE(index.at({130, 130}), (QList<qint64>{3, 2, 1}));
        QCOMPARE(index.at({650, 650}), (QList<qint64>{4, 1}));
        QCOMPARE(index.at({5000, 5000}), QList<qint64>{});
        QCOMPARE(index.at({203, 150}), (QList<qint64>{1}));
        QCOMPARE(index.at({203, 150}, 4), (QList<qint64>{2, 1}));
        QCOMPARE(index.inside({90, 90, 200, 200}), (QList<qint64>{2, 3}));
    }

    void agreesWithAFullScan()
    {
        QRandomGenerator rng(42);
        QList<std::pair<qint64, Box>> boxes;
        for (qint64 id = 1; id <= 700; ++id) {
            const double x = rng.bounded(3000), y = rng.bounded(4000);
            boxes.append({id, Box{x, y, x + 20 + rng.bounded(400), y + 20 + rng.bounded(500)}});
        }
        BoxIndex index(97);
        index.rebuild(boxes);
        for (int probe = 0; probe < 2000; ++probe) {
            const QPointF p(rng.bounded(3400), rng.bounded(4500));
            QList<qint64> expected;
            for (const auto& [id, b] : boxes) {
                if (p.x() >= b.x1 && p.x() <= b.x2 && p.y() >= b.y1 && p.y() <= b.y2)
                    expected << id;
            }
            QList<qint64> got = index.at(p);
            std::sort(got.begin(), got.end());
            QCOMPARE(got, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestBoxIndex)
#include "test_box_index.moc"
