#include "box_voting.h"
#include "golden_case.h"
#include "merger.h"
#include "synthetic_scene.h"

#include <QTest>

#include <cmath>
#include <cstdint>

using namespace shelf::merge;
using namespace shelf::merge::testing;

namespace {

MergeResult run(const std::vector<Candidate>& candidates, ImageSize size, Method method,
                std::optional<double> voting = std::nullopt)
{
    MergeOptions options;
    options.method = method;
    options.box_voting_iou = voting;
    return merge(candidates, size, options);
}

double meanBestIou(const MergeResult& r, const std::vector<Candidate>& truth)
{
    double sum = 0;
    for (const Candidate& t : truth) {
        double best = 0;
        for (const KeptBox& k : r.kept)
            best = std::max(best, iou(k.box, t));
        sum += best;
    }
    return sum / static_cast<double>(truth.size());
}

// A product row with strongly jittered candidates: single picks are visibly off.
SceneBuilder jitteredRow()
{
    SceneBuilder scene(11);
    for (int p = 0; p < 6; ++p)
        scene.addProduct(60 + 170 * p, 80, 160, 300, 25, 0.85, 0.1);
    return scene;
}

bool sameBox(const Candidate& a, const Candidate& b)
{
    return a.x1 == b.x1 && a.y1 == b.y1 && a.x2 == b.x2 && a.y2 == b.y2;
}

} // namespace

/// Box voting: what it averages, that it helps, and that it stays where it is asked for.
class TestBoxVoting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalsBruteForce_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::newRow("0.3") << 0.3;
        QTest::newRow("0.5") << 0.5;
        QTest::newRow("0.8") << 0.8;
    }

    // The search window by centre x must not miss a candidate that reaches the IoU, including
    // very wide or very flat ones.
    void equalsBruteForce()
    {
        QFETCH(double, threshold);
        std::uint64_t state = 7;
        const auto unit = [&] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<double>(state >> 11) / static_cast<double>(1ULL << 53);
        };
        std::vector<Candidate> boxes;
        for (int i = 0; i < 3000; ++i) {
            const double w = 5 + 200 * unit() * (unit() < 0.1 ? 6 : 1);
            const double h = 5 + 200 * unit() * (unit() < 0.1 ? 6 : 1);
            const double x = 1000 * unit();
            const double y = 1000 * unit();
            boxes.push_back({x, y, x + w, y + h, unit(), unit()});
            if (i % 5 == 0) // a close neighbour, so that even IoU 0.8 finds voters
                boxes.push_back({x + 2 * unit(), y + 2 * unit(), x + w - 2 * unit(),
                                 y + h + 2 * unit(), unit(), unit()});
        }
        std::vector<KeptBox> kept;
        for (std::size_t i = 0; i < boxes.size(); i += 7)
            kept.push_back({i, boxes[i], {i}, -1});
        std::vector<KeptBox> voted = kept;
        voteBoxes(boxes, voted, threshold);
        int moved = 0;
        for (std::size_t n = 0; n < kept.size(); ++n) {
            const Candidate& pick = kept[n].box;
            double x1 = 0, y1 = 0, x2 = 0, y2 = 0, total = 0;
            for (const Candidate& c : boxes) {
                if (iou(c, pick) < threshold)
                    continue;
                const double w = std::pow(c.confidence * c.hard_score, 2);
                x1 += w * c.x1;
                y1 += w * c.y1;
                x2 += w * c.x2;
                y2 += w * c.y2;
                total += w;
            }
            const Candidate& v = voted[n].box;
            QVERIFY(total > 0);
            QVERIFY(std::abs(v.x1 - x1 / total) < 1e-9 && std::abs(v.y1 - y1 / total) < 1e-9);
            QVERIFY(std::abs(v.x2 - x2 / total) < 1e-9 && std::abs(v.y2 - y2 / total) < 1e-9);
            QCOMPARE(v.confidence, pick.confidence);
            QCOMPARE(v.hard_score, pick.hard_score);
            moved += sameBox(v, pick) ? 0 : 1;
        }
        QVERIFY2(moved > 20, qPrintable(QString("only %1 boxes had neighbours").arg(moved)));
    }

    void zeroThresholdLeavesBoxes()
    {
        const std::vector<Candidate> boxes{{0, 0, 10, 10, 0.9, 0.9}, {1, 1, 11, 11, 0.9, 0.9}};
        std::vector<KeptBox> kept{{0, boxes[0], {0}, -1}};
        voteBoxes(boxes, kept, 0);
        QVERIFY(sameBox(kept[0].box, boxes[0]));
        voteBoxes(boxes, kept, 0.5);
        QCOMPARE(kept[0].box.x1, 0.5);
        QCOMPARE(kept[0].box.y2, 10.5);
    }

    void emVotesByDefaultAndGetsCloser()
    {
        const SceneBuilder scene = jitteredRow();
        const ImageSize size{1200, 500};
        const MergeResult voted = run(scene.candidates(), size, Method::EmDefault);
        const MergeResult picked = run(scene.candidates(), size, Method::EmDefault, 0.0);
        QCOMPARE(voted.kept.size(), picked.kept.size());
        QCOMPARE(matchedProducts(keptBoxes(voted), scene.truth()), std::size_t(6));
        for (std::size_t i = 0; i < voted.kept.size(); ++i) {
            const KeptBox& v = voted.kept[i];
            const KeptBox& p = picked.kept[i];
            QCOMPARE(v.input_index, p.input_index);
            QCOMPARE(v.cluster, p.cluster);
            QCOMPARE(v.box.confidence, p.box.confidence);
            QVERIFY(sameBox(p.box, scene.candidates()[p.input_index])); // off: the pick's box
        }
        const double before = meanBestIou(picked, scene.truth());
        const double after = meanBestIou(voted, scene.truth());
        QVERIFY2(
            after > before + 0.01,
            qPrintable(
                QString("mean IoU with the products %1 voted, %2 picked").arg(after).arg(before)));
    }

    void referenceNeverVotes()
    {
        const SceneBuilder scene = jitteredRow();
        const ImageSize size{1200, 500};
        const MergeResult asked = run(scene.candidates(), size, Method::EmReference, 0.5);
        const MergeResult plain = run(scene.candidates(), size, Method::EmReference);
        QCOMPARE(asked.kept.size(), plain.kept.size());
        for (std::size_t i = 0; i < asked.kept.size(); ++i)
            QVERIFY(sameBox(asked.kept[i].box, plain.kept[i].box));
        MergeOptions options;
        options.method = Method::EmReference;
        options.box_voting_iou = 0.5;
        QCOMPARE(boxVotingIou(options), 0.0);
    }

    void nmsVotesOnlyWhenAsked()
    {
        const SceneBuilder scene = jitteredRow();
        const ImageSize size{1200, 500};
        const MergeResult plain = run(scene.candidates(), size, Method::Nms);
        for (const KeptBox& k : plain.kept)
            QVERIFY(sameBox(k.box, scene.candidates()[k.input_index]));
        const MergeResult voted = run(scene.candidates(), size, Method::Nms, 0.5);
        QVERIFY(meanBestIou(voted, scene.truth()) > meanBestIou(plain, scene.truth()) + 0.01);
    }
};

QTEST_GUILESS_MAIN(TestBoxVoting)
#include "test_box_voting.moc"
