#include "golden_case.h"
#include "merger.h"
#include "synthetic_scene.h"

#include <QTest>

using namespace shelf::merge;
using namespace shelf::merge::testing;

namespace {

MergeResult run(const std::vector<Candidate>& candidates, ImageSize size, Method method)
{
    MergeOptions options;
    options.method = method;
    return merge(candidates, size, options);
}

// Every kept box lists itself in its cluster, and no candidate is in two clusters.
bool clustersArePartition(const MergeResult& r, std::size_t candidates)
{
    std::vector<char> seen(candidates, 0);
    for (const KeptBox& k : r.kept) {
        if (std::find(k.cluster.begin(), k.cluster.end(), k.input_index) == k.cluster.end())
            return false;
        for (const std::size_t c : k.cluster) {
            if (c >= candidates || seen[c])
                return false;
            seen[c] = 1;
        }
    }
    return true;
}

} // namespace

/// The default preset keeps what the reference loses, and never recalls less than it.
class TestEmDefault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recallAtLeastReference_data()
    {
        QTest::addColumn<QString>("name");
        const auto names = goldenCaseNames(SHELF_GOLDEN_EM_DIR);
        if (names.empty())
            QSKIP("golden folder " SHELF_GOLDEN_EM_DIR " is absent");
        for (const std::string& name : names)
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    void recallAtLeastReference()
    {
        QFETCH(QString, name);
        const GoldenCase c = loadGoldenCase(SHELF_GOLDEN_EM_DIR, name.toStdString());
        QVERIFY2(c.error.empty(), c.error.c_str());
        const MergeResult reference = run(c.candidates, c.size, Method::EmReference);
        const MergeResult improved = run(c.candidates, c.size, Method::EmDefault);
        QVERIFY(reference.ok() && improved.ok());
        const std::size_t refMatched = matchedProducts(keptBoxes(reference), c.truth);
        const std::size_t defMatched = matchedProducts(keptBoxes(improved), c.truth);
        QVERIFY2(defMatched >= refMatched,
                 qPrintable(QString("default matches %1 products, reference %2")
                                .arg(defMatched)
                                .arg(refMatched)));
        QVERIFY(clustersArePartition(improved, c.candidates.size()));
        QVERIFY(clustersArePartition(reference, c.candidates.size()));
        for (const KeptBox& k : improved.kept)
            QCOMPARE(k.box.confidence, c.candidates[k.input_index].confidence); // emitted unchanged
    }

    void productWithOneCandidateIsKept()
    {
        // A blob with one candidate has n <= k: the authors emit nothing for it.
        SceneBuilder scene(1);
        scene.addProduct(100, 100, 150, 300, 1, 0.9);
        scene.addProduct(400, 100, 150, 300, 8);
        scene.addProduct(700, 100, 150, 300, 8);
        const ImageSize size{1200, 600};
        const MergeResult improved = run(scene.candidates(), size, Method::EmDefault);
        const MergeResult reference = run(scene.candidates(), size, Method::EmReference);
        const std::vector<Candidate> single{scene.truth()[0]};
        QCOMPARE(matchedProducts(keptBoxes(improved), scene.truth()), std::size_t(3));
        QCOMPARE(matchedProducts(keptBoxes(improved), single), std::size_t(1));
        QCOMPARE(matchedProducts(keptBoxes(reference), single), std::size_t(0));
        QCOMPARE(matchedProducts(keptBoxes(reference), scene.truth()), std::size_t(2));
        bool sawTooFew = false;
        for (const BlobDiagnostics& b : improved.blobs)
            sawTooFew = sawTooFew || (b.outcome == BlobOutcome::TooFewCandidates && b.n == 1);
        QVERIFY(sawTooFew);
    }

    void hotProductDoesNotEraseWeakOnes()
    {
        // One product with 400 candidates beside four with 5: under the authors' global
        // normalisation the weak ones fall below 4/255 and vanish.
        SceneBuilder scene(2);
        scene.addProduct(100, 200, 180, 360, 400);
        for (int p = 1; p <= 4; ++p)
            scene.addProduct(100 + 300 * p, 200, 180, 360, 5);
        const ImageSize size{1700, 800};
        const MergeResult improved = run(scene.candidates(), size, Method::EmDefault);
        const MergeResult reference = run(scene.candidates(), size, Method::EmReference);
        QCOMPARE(matchedProducts(keptBoxes(improved), scene.truth()), std::size_t(5));
        QCOMPARE(improved.kept.size(), std::size_t(5));
        QCOMPARE(matchedProducts(keptBoxes(reference), scene.truth()), std::size_t(1));
        QVERIFY(clustersArePartition(improved, scene.candidates().size()));
        // The hot product's box absorbed (nearly) all of its 400 candidates.
        std::size_t largest = 0;
        for (const KeptBox& k : improved.kept)
            largest = std::max(largest, k.cluster.size());
        QVERIFY(largest >= 380);
    }

    void touchingProductsStaySeparate()
    {
        SceneBuilder scene(3);
        for (int p = 0; p < 6; ++p)
            scene.addProduct(50 + 160 * p, 50, 160, 320, 12, 0.85, 0.04);
        const MergeResult improved = run(scene.candidates(), {1100, 450}, Method::EmDefault);
        QCOMPARE(matchedProducts(keptBoxes(improved), scene.truth()), std::size_t(6));
        QCOMPARE(improved.kept.size(), std::size_t(6));
    }

    void explicitFullScaleMapAgrees()
    {
        SceneBuilder scene(4);
        for (int p = 0; p < 5; ++p)
            scene.addProduct(60 + 250 * p, 80, 200, 380, 9);
        MergeOptions options;
        options.heat_map_scale = 1.0;
        const MergeResult full = merge(scene.candidates(), {1400, 600}, options);
        QCOMPARE(matchedProducts(keptBoxes(full), scene.truth()), std::size_t(5));
        QCOMPARE(full.kept.size(), std::size_t(5));
    }
};

QTEST_GUILESS_MAIN(TestEmDefault)
#include "test_em_default.moc"
