#include "golden_case.h"
#include "merger.h"

#include <QTest>

using namespace shelf::merge;
using namespace shelf::merge::testing;

/// The reference preset reproduces the authors' output on every golden case: the same set of
/// kept input rows, and each kept box as they emit it (clipped, truncated, scores unchanged).
class TestEmReferenceGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAuthors_data()
    {
        QTest::addColumn<QString>("name");
        const auto names = goldenCaseNames(SHELF_GOLDEN_EM_DIR);
        if (names.empty())
            QSKIP("golden folder " SHELF_GOLDEN_EM_DIR " is absent");
        for (const std::string& name : names)
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    void matchesAuthors()
    {
        QFETCH(QString, name);
        const GoldenCase c = loadGoldenCase(SHELF_GOLDEN_EM_DIR, name.toStdString());
        QVERIFY2(c.error.empty(), c.error.c_str());
        QVERIFY(!c.referenceRows.empty());
        MergeOptions options;
        options.method = Method::EmReference;
        const MergeResult r = merge(c.candidates, c.size, options);
        QVERIFY2(r.ok(), r.error.c_str());
        std::set<std::size_t> rows;
        for (const KeptBox& k : r.kept) {
            rows.insert(k.input_index);
            const Candidate& in = c.candidates[k.input_index];
            QCOMPARE(k.box.x1, std::trunc(in.x1));
            QCOMPARE(k.box.y2, std::trunc(in.y2));
            QCOMPARE(k.box.confidence, in.confidence);
            QVERIFY(std::find(k.cluster.begin(), k.cluster.end(), k.input_index) !=
                    k.cluster.end());
        }
        QCOMPARE(rows.size(), r.kept.size());
        std::vector<std::size_t> missing;
        std::vector<std::size_t> extra;
        std::set_difference(c.referenceRows.begin(), c.referenceRows.end(), rows.begin(),
                            rows.end(), std::back_inserter(missing));
        std::set_difference(rows.begin(), rows.end(), c.referenceRows.begin(),
                            c.referenceRows.end(), std::back_inserter(extra));
        QVERIFY2(missing.empty() && extra.empty(),
                 qPrintable(QString("%1 authors' rows missing, %2 extra")
                                .arg(missing.size())
                                .arg(extra.size())));
        // The authors' own counts from summary.json: blobs found, EM fallbacks.
        QCOMPARE(static_cast<double>(r.totals.blobs), c.summaryNumber("n_contours"));
        QCOMPARE(static_cast<double>(r.totals.fallbacks),
                 c.summaryNumber("em_not_converged") + c.summaryNumber("em_not_monotonic"));
        std::size_t collapses = 0;
        std::size_t maxN = 0;
        int maxK = 0;
        for (const BlobDiagnostics& b : r.blobs) {
            if (b.outcome != BlobOutcome::Merged &&
                b.outcome != BlobOutcome::FellBackNotMonotonic &&
                b.outcome != BlobOutcome::FellBackNotConverged)
                continue;
            ++collapses;
            QVERIFY(!b.agglomeration_capped); // real data stays far below the work bound
            maxN = std::max(maxN, b.n);
            maxK = std::max(maxK, b.k);
        }
        QCOMPARE(static_cast<double>(collapses), c.summaryNumber("n_collapse_calls"));
        QCOMPARE(static_cast<double>(maxN), c.summaryNumber("max_n_in_collapse"));
        QCOMPARE(static_cast<double>(maxK), c.summaryNumber("max_k_in_collapse"));
    }
};

QTEST_GUILESS_MAIN(TestEmReferenceGolden)
#include "test_em_reference_golden.moc"
