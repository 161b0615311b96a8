#include "golden_case.h"
#include "merge_logger.h"
#include "merger.h"
#include "synthetic_scene.h"

#include <QTest>

#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <cmath>
#include <limits>
#include <random>

using namespace shelf::merge;
using namespace shelf::merge::testing;

namespace {

const std::vector<Method> kMethods{Method::EmDefault, Method::EmReference, Method::Nms,
                                   Method::IoMinNms, Method::SoftNms};

MergeResult run(const std::vector<Candidate>& candidates, ImageSize size, Method method,
                int threads = 0)
{
    MergeOptions options;
    options.method = method;
    options.threads = threads;
    return merge(candidates, size, options);
}

bool sameResult(const MergeResult& a, const MergeResult& b)
{
    if (a.kept.size() != b.kept.size() || a.blobs.size() != b.blobs.size())
        return false;
    for (std::size_t i = 0; i < a.kept.size(); ++i) {
        const KeptBox& x = a.kept[i];
        const KeptBox& y = b.kept[i];
        if (x.input_index != y.input_index || x.cluster != y.cluster || x.blob != y.blob ||
            x.box.x1 != y.box.x1 || x.box.y2 != y.box.y2 || x.box.confidence != y.box.confidence)
            return false;
    }
    for (std::size_t i = 0; i < a.blobs.size(); ++i) {
        const BlobDiagnostics& x = a.blobs[i];
        const BlobDiagnostics& y = b.blobs[i];
        if (x.x != y.x || x.y != y.y || x.n != y.n || x.k != y.k || x.outcome != y.outcome ||
            x.gates != y.gates || x.em_iterations != y.em_iterations)
            return false;
    }
    return true;
}

} // namespace

/// Bad and extreme input: clear errors, no crash, bounded work; and results that do not depend
/// on the thread count.
class TestMergeRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyInput()
    {
        for (const Method m : kMethods) {
            const MergeResult r = run({}, {640, 480}, m);
            QVERIFY(r.ok());
            QVERIFY(r.kept.empty());
            QCOMPARE(r.totals.outputs, std::size_t(0));
        }
    }

    void nonFiniteRefusedNamingRow()
    {
        SceneBuilder scene(1);
        scene.addProduct(10, 10, 50, 80, 6);
        std::vector<Candidate> bad = scene.candidates();
        bad[4].x2 = std::numeric_limits<double>::infinity();
        for (const Method m : kMethods) {
            const MergeResult r = run(bad, {640, 480}, m);
            QVERIFY(!r.ok());
            QVERIFY(r.kept.empty());
            QVERIFY2(r.error.find("row 4") != std::string::npos &&
                         r.error.find("x2") != std::string::npos,
                     r.error.c_str());
        }
        bad[4].x2 = 60;
        bad[2].hard_score = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(
            run(bad, {640, 480}, Method::EmDefault).error.find("row 2: field hard_score is NaN") !=
            std::string::npos);
        QVERIFY(!run(scene.candidates(), {0, 480}, Method::EmDefault).ok());
    }

    void boxesOutsideTheImage()
    {
        SceneBuilder scene(2);
        scene.addProduct(-60, -40, 150, 200, 6); // sticks out top left
        scene.addProduct(560, 300, 150, 250, 6); // sticks out bottom right
        scene.addProduct(900, 900, 100, 100, 6); // entirely outside
        scene.addProduct(250, 150, 120, 200, 6);
        for (const Method m : kMethods) {
            const MergeResult r = run(scene.candidates(), {640, 480}, m);
            QVERIFY(r.ok());
            QCOMPARE(r.totals.dropped_empty, std::size_t(6));
            QVERIFY(!r.kept.empty());
            for (const KeptBox& k : r.kept) {
                QVERIFY(k.box.x1 >= 0 && k.box.y1 >= 0 && k.box.x2 <= 640 && k.box.y2 <= 480);
                QVERIFY(k.input_index < 12 || k.input_index >= 18); // never the outside product
            }
        }
    }

    void zeroSizeBoxes()
    {
        SceneBuilder scene(3);
        scene.addProduct(100, 100, 120, 200, 7);
        std::vector<Candidate> in = scene.candidates();
        in.push_back({50, 50, 50, 90, 0.99, 0.99});   // zero width
        in.push_back({300, 60, 340, 60, 0.99, 0.99}); // zero height
        in.push_back({10, 10, 10, 10, 0.99, 0.99});   // a point
        for (const Method m : kMethods) {
            const MergeResult r = run(in, {640, 480}, m);
            QVERIFY(r.ok());
            QCOMPARE(r.totals.dropped_empty, std::size_t(3));
            for (const KeptBox& k : r.kept)
                QVERIFY(k.input_index < 7);
        }
    }

    void fiveIdenticalBoxes()
    {
        const std::vector<Candidate> in(5, Candidate{100, 100, 200, 260, 0.8, 0.9});
        for (const Method m :
             {Method::EmDefault, Method::EmReference, Method::Nms, Method::IoMinNms}) {
            const MergeResult r = run(in, {640, 480}, m);
            QVERIFY(r.ok());
            QCOMPARE(r.kept.size(), std::size_t(1));
            QCOMPARE(r.kept[0].input_index, std::size_t(0)); // equal scores: the first row
            QCOMPARE(r.kept[0].cluster.size(), std::size_t(5));
        }
        // Soft-NMS decays identical boxes (IoU 1) by e^-2 a round: 0.8 e^-8 < 0.001 drops the
        // fifth.
        QCOMPARE(run(in, {640, 480}, Method::SoftNms).kept.size(), std::size_t(4));
    }

    void millionCandidatesCappedWithWarning()
    {
        auto ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(16);
        spdlog::drop("merge");
        auto log = std::make_shared<spdlog::logger>("merge", ring);
        spdlog::register_logger(log);
        QCOMPARE(logger().get(), log.get()); // the library logs through the registered logger

        std::mt19937_64 rng(9);
        std::vector<Candidate> in(1'000'000);
        for (Candidate& c : in) {
            const double x = static_cast<double>(rng() % 3800);
            const double y = static_cast<double>(rng() % 2800);
            c = {x,
                 y,
                 x + 60 + static_cast<double>(rng() % 140),
                 y + 90 + static_cast<double>(rng() % 200),
                 static_cast<double>(rng() % 100000) / 100000.0,
                 0.5};
        }
        const MergeResult r = run(in, {4000, 3000}, Method::EmDefault);
        QVERIFY(r.ok());
        QCOMPARE(r.totals.candidates, std::size_t(1'000'000));
        QCOMPARE(r.totals.merged, std::size_t(9999));
        QCOMPARE(r.totals.dropped_over_cap, std::size_t(1'000'000 - 9999));
        for (const KeptBox& k : r.kept)
            QVERIFY(in[k.input_index].confidence >= 0.99); // only the top 9999 take part
        bool warned = false;
        for (const std::string& line : ring->last_formatted())
            warned =
                warned || line.find("990001 candidates over the cap of 9999") != std::string::npos;
        QVERIFY(warned);
        spdlog::drop("merge");
    }

    void sameResultOnAnyThreadCount_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("em") << static_cast<int>(Method::EmDefault);
        QTest::newRow("em-reference") << static_cast<int>(Method::EmReference);
    }

    void sameResultOnAnyThreadCount()
    {
        QFETCH(int, method);
        std::vector<std::pair<std::vector<Candidate>, ImageSize>> scenes;
        SceneBuilder scene(4);
        for (int p = 0; p < 12; ++p)
            scene.addProduct(40 + 150 * (p % 6), 40 + 330 * (p / 6), 140, 300, 3 + 7 * (p % 4));
        scenes.emplace_back(scene.candidates(), ImageSize{1000, 720});
        for (const char* name : {"stress_n1000_s7_2448x3264", "touching_n2500_s4_2448x3264"}) {
            const GoldenCase c = loadGoldenCase(SHELF_GOLDEN_EM_DIR, name);
            if (c.error.empty())
                scenes.emplace_back(c.candidates, c.size);
        }
        for (const auto& [candidates, size] : scenes) {
            const MergeResult one = run(candidates, size, static_cast<Method>(method), 1);
            QVERIFY(!one.kept.empty());
            for (const int threads : {2, 3, 8})
                QVERIFY2(
                    sameResult(one, run(candidates, size, static_cast<Method>(method), threads)),
                    qPrintable(QString("%1 threads differ").arg(threads)));
        }
    }

    void oneBlobOfManyCandidatesStaysBounded()
    {
        // 4000 boxes piled on one spot of a 12 MP image: a single blob, k = 1, and an
        // agglomeration of 3999 merges, in bounded work and memory (no n x n matrix).
        SceneBuilder scene(5);
        scene.addProduct(1800, 1200, 300, 500, 4000, 0.9, 0.02);
        for (const Method m : {Method::EmDefault, Method::EmReference}) {
            const MergeResult r = run(scene.candidates(), {4000, 3000}, m);
            QVERIFY(r.ok());
            QCOMPARE(matchedProducts(keptBoxes(r), scene.truth()), std::size_t(1));
        }
    }
};

QTEST_GUILESS_MAIN(TestMergeRobustness)
#include "test_merge_robustness.moc"
