#include "dataset_split.h"

#include <QTest>

using namespace shelf;
using Set = DatasetSplit::Set;

namespace {

int count(const QList<Set>& sets, const QStringList& classes, const QString& cls, Set set)
{
    int n = 0;
    for (qsizetype i = 0; i < sets.size(); ++i)
        n += classes[i] == cls && sets[i] == set;
    return n;
}

QStringList repeated(const QString& cls, int n)
{
    return QStringList(n, cls);
}

} // namespace

class TestDatasetSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testCounts_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("share");
        QTest::addColumn<int>("tests");
        QTest::newRow("10 at 0.9") << 10 << 0.9 << 1;
        QTest::newRow("5 at 0.9 rounds half up") << 5 << 0.9 << 1;
        QTest::newRow("4 at 0.9") << 4 << 0.9 << 0;
        QTest::newRow("15 at 0.9") << 15 << 0.9 << 2;
        QTest::newRow("1 at 0.9 stays in train") << 1 << 0.9 << 0;
        QTest::newRow("1 at 0.5 stays in train") << 1 << 0.5 << 0;
        QTest::newRow("3 at 0.5") << 3 << 0.5 << 2;
        QTest::newRow("3 at 0.01: one kept in train") << 3 << 0.01 << 2;
        QTest::newRow("all train") << 7 << 1.0 << 0;
        QTest::newRow("all test") << 7 << 0.0 << 7;
        QTest::newRow("none") << 0 << 0.9 << 0;
    }
    void testCounts()
    {
        QFETCH(int, n);
        QFETCH(double, share);
        QFETCH(int, tests);
        QCOMPARE(DatasetSplit::testCount(n, share), tests);
    }

    void byItemIsStratified()
    {
        // Interleaved classes: 20 a, 10 b, 1 c.
        QStringList classes;
        for (int i = 0; i < 20; ++i) {
            classes << QStringLiteral("a");
            if (i % 2 == 0)
                classes << QStringLiteral("b");
        }
        classes << QStringLiteral("c");
        const QList<Set> sets = DatasetSplit::byItem(classes, 0.9, 42);
        QCOMPARE(sets.size(), classes.size());
        QCOMPARE(count(sets, classes, QStringLiteral("a"), Set::Test), 2);
        QCOMPARE(count(sets, classes, QStringLiteral("a"), Set::Train), 18);
        QCOMPARE(count(sets, classes, QStringLiteral("b"), Set::Test), 1);
        QCOMPARE(count(sets, classes, QStringLiteral("c"), Set::Test), 0);
    }

    void byItemIsDeterministicPerSeed()
    {
        const QStringList classes = repeated(QStringLiteral("a"), 50) + repeated("b", 30);
        QCOMPARE(DatasetSplit::byItem(classes, 0.9, 7), DatasetSplit::byItem(classes, 0.9, 7));
        QSet<QString> distinct;
        for (quint64 seed = 0; seed < 10; ++seed) {
            QString pattern;
            for (const Set s : DatasetSplit::byItem(classes, 0.9, seed))
                pattern += s == Set::Test ? QLatin1Char('T') : QLatin1Char('-');
            distinct.insert(pattern);
        }
        QVERIFY(distinct.size() > 1);
    }

    void otherClassesDoNotMoveAClass()
    {
        const QStringList alone = repeated(QStringLiteral("a"), 30);
        QStringList mixed;
        QList<qsizetype> positionsOfA;
        for (int i = 0; i < 30; ++i) {
            positionsOfA << mixed.size();
            mixed << QStringLiteral("a") << QStringLiteral("z");
        }
        const QList<Set> a = DatasetSplit::byItem(alone, 0.8, 3);
        const QList<Set> m = DatasetSplit::byItem(mixed, 0.8, 3);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(m[positionsOfA[i]], a[i]);
    }

    void byImageStratifiesByDominantClass()
    {
        // 10 images mostly "a", 10 mostly "b", 5 empty.
        QList<QStringList> images;
        for (int i = 0; i < 10; ++i)
            images << QStringList{"a", "a", "b"};
        for (int i = 0; i < 10; ++i)
            images << QStringList{"b", "b", "a"};
        for (int i = 0; i < 5; ++i)
            images << QStringList{};
        const QList<Set> sets = DatasetSplit::byImage(images, 0.9, 11);
        QCOMPARE(sets.size(), 25);
        QCOMPARE(sets.mid(0, 10).count(Set::Test), 1);
        QCOMPARE(sets.mid(10, 10).count(Set::Test), 1);
        QCOMPARE(sets.mid(20, 5).count(Set::Test), 1); // 5 at 0.9 -> 1
        QCOMPARE(DatasetSplit::byImage(images, 0.9, 11), sets);
    }

    void tiesGoToTheSmallestName()
    {
        // One image with a and b once each: its stratum is "a", so it shares a's rounding.
        QList<QStringList> images(9, QStringList{"a"});
        images << QStringList{"b", "a"};
        // 10 images in stratum a at 0.9 -> exactly one test image.
        QCOMPARE(DatasetSplit::byImage(images, 0.9, 5).count(Set::Test), 1);
    }

    void everythingTrainAtOne()
    {
        const QList<Set> sets = DatasetSplit::byItem(repeated(QStringLiteral("x"), 40), 1.0, 1);
        QCOMPARE(sets.count(Set::Test), 0);
    }
};

QTEST_APPLESS_MAIN(TestDatasetSplit)
#include "test_dataset_split.moc"
