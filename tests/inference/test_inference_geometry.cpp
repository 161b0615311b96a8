// Input geometry without LibTorch: the contract's resize and Ultralytics' letterbox, mapping boxes
// back to the original pixel, pre-processing into planar RGB, the tile grid and its edge rule,
// the YOLO decoders, the merge choice and the merge of raw detections.
#include "input_transform.h"
#include "layer_merger.h"
#include "prediction.h"
#include "preprocessor.h"
#include "tile_plan.h"
#include "tile_stitcher.h"
#include "yolo_decoder.h"

#include <QTest>

#include <opencv2/core.hpp>

using namespace shelf;

namespace {

InputSpec resizeSpec(int minSide = 96, int maxSide = 160, int divisor = 32)
{
    InputSpec s;
    s.minSide = minSide;
    s.maxSide = maxSide;
    s.sizeDivisor = divisor;
    return s;
}

InputSpec letterboxSpec(int w = 96, int h = 96)
{
    InputSpec s;
    s.mode = InputSpec::Mode::Letterbox;
    s.width = w;
    s.height = h;
    s.padValue = 114;
    s.valueScale = 1.f / 255.f;
    return s;
}

} // namespace

class TestInferenceGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resizeToTheShorterSide()
    {
        const InputTransform t = planInput(QRect(0, 0, 400, 240), resizeSpec());
        QCOMPARE(t.content, QSize(160, 96));
        QCOMPARE(t.input, QSize(160, 96));
        QCOMPARE(t.toOriginal(10, 20, 50, 60), (Box{25, 50, 125, 150}));
    }

    void longerSideCapsTheScale()
    {
        const InputTransform t = planInput(QRect(0, 0, 600, 200), resizeSpec());
        QCOMPARE(t.content, QSize(160, 53)); // 200 * 160 / 600 = 53.3
        QCOMPARE(t.input, QSize(160, 64));   // padded to the divisor
        const Box b = t.toOriginal(10, 20, 50, 60);
        QCOMPARE(b.x1, 10 * 600.0 / 160);
        QCOMPARE(b.y1, 20 * 200.0 / 53);
        QCOMPARE(b.y2, 60 * 200.0 / 53);
        // The padded area maps outside the image.
        QVERIFY(t.toOriginal(0, 0, 160, 64).y2 > 200);
    }

    void portraitAndUpscaling()
    {
        QCOMPARE(planInput(QRect(0, 0, 240, 400), resizeSpec()).content, QSize(96, 160));
        const InputTransform up = planInput(QRect(0, 0, 50, 40), resizeSpec());
        QCOMPARE(up.content, QSize(120, 96));
        QCOMPARE(up.input, QSize(128, 96));
        QCOMPARE(up.toOriginal(12, 24, 120, 96), (Box{5, 10, 50, 40}));
    }

    void letterboxPadsBothSides()
    {
        const InputTransform t = planInput(QRect(0, 0, 200, 100), letterboxSpec());
        QCOMPARE(t.content, QSize(96, 48));
        QCOMPARE(t.padLeft, 0);
        QCOMPARE(t.padTop, 24);
        QCOMPARE(t.input, QSize(96, 96));
        const Box b = t.toOriginal(10, 30, 40, 60);
        QCOMPARE(b.x1, 10 * 200.0 / 96);
        QCOMPARE(b.y1, 12.5);
        QCOMPARE(b.y2, 75.0);
        // Odd padding: Ultralytics rounds (dh - 0.1) for the top.
        const InputTransform odd = planInput(QRect(0, 0, 100, 61), letterboxSpec());
        QCOMPARE(odd.content, QSize(96, 59));
        QCOMPARE(odd.padTop, 18);
    }

    void tilesRunAtFullResolution()
    {
        const InputTransform t = planInput(QRect(80, 40, 96, 64), resizeSpec(), 1.0);
        QCOMPARE(t.content, QSize(96, 64));
        QCOMPARE(t.input, QSize(96, 64));
        QCOMPARE(t.toOriginal(0, 0, 10, 10), (Box{80, 40, 90, 50}));
        const InputTransform l = planInput(QRect(10, 20, 64, 80), letterboxSpec(), 1.0);
        QCOMPARE(l.content, QSize(64, 80));
        QCOMPARE(l.padLeft, 16);
        QCOMPARE(l.toOriginal(16, 8, 26, 18), (Box{10, 20, 20, 30}));
    }

    void preprocessingIsPlanarRgb()
    {
        cv::Mat bgr(2, 3, CV_8UC3, cv::Scalar(0, 0, 0));
        bgr.at<cv::Vec3b>(1, 2) = cv::Vec3b(10, 20, 30); // B, G, R
        const InputSpec spec = resizeSpec(2, 3, 4);
        const InputTransform t = planInput(QRect(0, 0, 3, 2), spec);
        QCOMPARE(t.input, QSize(4, 4));
        const PreparedInput in = Preprocessor::prepare(bgr, t, spec);
        QCOMPARE(in.planes.type(), CV_32FC1);
        QCOMPARE(in.planes.rows, 12);
        QCOMPARE(in.planes.at<float>(0 * 4 + 1, 2), 30.f); // R plane
        QCOMPARE(in.planes.at<float>(1 * 4 + 1, 2), 20.f); // G plane
        QCOMPARE(in.planes.at<float>(2 * 4 + 1, 2), 10.f); // B plane
        QCOMPARE(in.planes.at<float>(3, 3), 0.f);          // padding
    }

    void letterboxPreprocessingScalesAndPadsGrey()
    {
        cv::Mat bgr(2, 4, CV_8UC3, cv::Scalar(255, 255, 255));
        const InputSpec spec = letterboxSpec(4, 4);
        const InputTransform t = planInput(QRect(0, 0, 4, 2), spec);
        QCOMPARE(t.padTop, 1);
        const PreparedInput in = Preprocessor::prepare(bgr, t, spec);
        QCOMPARE(in.planes.at<float>(0, 0), 114.f / 255.f);
        QCOMPARE(in.planes.at<float>(1, 0), 1.f);
        QCOMPARE(in.planes.at<float>(3, 0), 114.f / 255.f);
    }

    void resizeIsOpenCvBilinear()
    {
        // A 4 x 1 ramp halved: INTER_LINEAR averages pairs (pixel centres at 0.5, 2.5 in source).
        cv::Mat bgr(2, 4, CV_8UC3);
        for (int x = 0; x < 4; ++x)
            for (int y = 0; y < 2; ++y)
                bgr.at<cv::Vec3b>(y, x) = cv::Vec3b(0, 0, uchar(x * 60));
        const InputSpec spec = resizeSpec(1, 2, 1);
        const InputTransform t = planInput(QRect(0, 0, 4, 2), spec);
        QCOMPARE(t.content, QSize(2, 1));
        const PreparedInput in = Preprocessor::prepare(bgr, t, spec);
        QCOMPARE(in.planes.at<float>(0, 0), 30.f);
        QCOMPARE(in.planes.at<float>(0, 1), 150.f);
    }

    void tileGridCoversTheImage()
    {
        const TilePlan plan(QSize(300, 200), QSize(96, 64), 16);
        QCOMPARE(plan.columns(), 4);
        QCOMPARE(plan.rows(), 4);
        QCOMPARE(plan.tile(1), QRect(68, 0, 96, 64));
        QCOMPARE(plan.tile(3), QRect(204, 0, 96, 64));
        QCOMPARE(plan.tile(15), QRect(204, 136, 96, 64));
        for (int i = 0; i + 1 < plan.columns(); ++i) // neighbours share at least the overlap
            QVERIFY(plan.tile(i).right() + 1 - plan.tile(i + 1).left() >= 16);
        const TilePlan small(QSize(50, 40), QSize(96, 64), 16);
        QCOMPARE(small.count(), 1);
        QCOMPARE(small.tile(0), QRect(0, 0, 50, 40));
    }

    void cutProductsGoToTheTileThatSeesThemWhole()
    {
        const TilePlan plan(QSize(300, 200), QSize(96, 64), 16);
        QCOMPARE(plan.edgeMargin(), 4.0);
        // Inside the tile: kept.
        QVERIFY(!plan.seenWholeElsewhere(0, {20, 10, 40, 30}));
        // Cut by the right edge, starts inside the right neighbour (x >= 68 + 4): dropped.
        QVERIFY(plan.seenWholeElsewhere(0, {75, 10, 96, 30}));
        // Cut, but starts before the neighbour's margin: nobody sees it whole, kept.
        QVERIFY(!plan.seenWholeElsewhere(0, {70, 10, 96, 30}));
        // The image border is no tile edge.
        QVERIFY(!plan.seenWholeElsewhere(3, {280, 10, 300, 30}));
        // Cut on the left of tile 1, ends inside tile 0 (x2 <= 96 - 4): dropped.
        QVERIFY(plan.seenWholeElsewhere(1, {68, 10, 90, 30}));
        // Corner: cut right and bottom, both covered by the diagonal tile: dropped.
        QVERIFY(plan.seenWholeElsewhere(0, {75, 50, 96, 64}));
        // Corner: the bottom neighbour (y from 45) does not see its top: kept.
        QVERIFY(!plan.seenWholeElsewhere(0, {75, 47, 96, 64}));
    }

    void piecesAreJoinedAcrossTheEdge()
    {
        // Tiles 0 (x 0..96) and 1 (x 68..164): a product 60..110 wide is whole in neither.
        const TilePlan plan(QSize(300, 200), QSize(96, 64), 16);
        const auto piece = [](Box b, int tile, double hard) {
            return TilePiece{{b, hard, -1, hard, 0}, tile};
        };
        QCOMPARE(plan.cutEdges(0, {60, 10, 96, 40}), unsigned(TilePlan::Right));
        QCOMPARE(plan.cutEdges(1, {68, 11, 110, 40}), unsigned(TilePlan::Left));
        const std::vector<TilePiece> pieces{
            piece({60, 10, 96, 40}, 0, 0.9),  piece({61, 12, 96, 41}, 0, 0.8),
            piece({68, 11, 110, 40}, 1, 0.7), piece({68, 10, 111, 42}, 1, 0.6),
            piece({70, 50, 96, 60}, 0, 0.5), // another product, alone: kept as it is
        };
        const std::vector<Detection> out = stitchCutPieces(plan, pieces);
        QCOMPARE(out.size(), std::size_t(3)); // two joined candidates (density kept), one piece
        QCOMPARE(out[0].box.x1, 60.0);
        QCOMPARE(out[0].box.x2, 110.0);
        QCOMPARE(out[1].box.x1, 61.0);
        QCOMPARE(out[1].box.x2, 111.0);
        QCOMPARE(out[2].box, (Box{70, 50, 96, 60}));
        QCOMPARE(plan.neighbour(0, TilePlan::Left), -1);
        QCOMPARE(plan.neighbour(0, TilePlan::Bottom), 4);
    }

    void yoloV5Decoding()
    {
        // cx, cy, w, h, objectness, two class scores.
        const std::vector<float> rows{25, 45, 30, 30, 0.9f,  0.2f, 0.8f, //
                                      70, 50, 20, 40, 0.5f,  0.9f, 0.1f, //
                                      10, 10, 4,  4,  0.05f, 1.f,  0.f};
        const RawDetections d = yolo::decodeV5(rows.data(), 3, 2, 0.1f);
        QCOMPARE(d.size(), std::size_t(2));
        QCOMPARE(d[0].x1, 10.f);
        QCOMPARE(d[0].y2, 60.f);
        QCOMPARE(d[0].hardScore, 0.9f * 0.8f);
        QCOMPARE(d[0].label, 1);
        QCOMPARE(d[0].softIou, -1.f);
        QCOMPARE(d[1].hardScore, 0.5f * 0.9f);
        QCOMPARE(d[1].label, 0);
    }

    void yoloV8Decoding()
    {
        // One candidate per column: cx, cy, w, h, two class scores.
        const std::vector<float> table{25,   70,   10,    //
                                       45,   50,   10,    //
                                       30,   20,   4,     //
                                       30,   40,   4,     //
                                       0.7f, 0.2f, 0.01f, //
                                       0.1f, 0.6f, 0.02f};
        const RawDetections d = yolo::decodeV8(table.data(), 3, 2, 0.1f);
        QCOMPARE(d.size(), std::size_t(2));
        QCOMPARE(d[0].x1, 10.f);
        QCOMPARE(d[0].hardScore, 0.7f);
        QCOMPARE(d[0].label, 0);
        QCOMPARE(d[1].x1, 60.f);
        QCOMPARE(d[1].y1, 30.f);
        QCOMPARE(d[1].label, 1);
    }

    void mergeChoiceNames()
    {
        const auto all = MergeChoice::fromName(QStringLiteral("all"));
        QVERIFY(all && all->nms && all->em == merge::Method::EmDefault);
        const auto nms = MergeChoice::fromName(QStringLiteral("nms"));
        QVERIFY(nms && nms->nms && !nms->em);
        const auto ref = MergeChoice::fromName(QStringLiteral("em-reference"));
        QVERIFY(ref && !ref->nms && ref->em == merge::Method::EmReference);
        QVERIFY(!MergeChoice::fromName(QStringLiteral("soft-nms")));
        QVERIFY(!MergeChoice::fromName(QStringLiteral("EM")));
    }

    void nmsLayerKeepsClustersAndLabels()
    {
        const std::vector<Detection> raw{{{10, 10, 50, 50}, 0.9, 0.8, 0.85, 1},
                                         {{12, 12, 52, 52}, 0.8, 0.6, 0.7, 0},
                                         {{100, 10, 140, 50}, 0.7, 0.9, 0.8, 0}};
        std::string error;
        const MergedLayer layer =
            mergeLayer(raw, QSize(200, 100), merge::Method::Nms, {}, 0.1, 100, error);
        QVERIFY(error.empty());
        QCOMPARE(layer.boxes.size(), std::size_t(2));
        QCOMPARE(layer.boxes[0].detection.box, raw[0].box);
        QCOMPARE(layer.boxes[0].detection.label, 1);
        QCOMPARE(layer.boxes[0].detection.softIou, 0.8);
        QCOMPARE(layer.boxes[0].cluster, (std::vector<std::size_t>{0, 1}));
        QCOMPARE(layer.boxes[1].cluster, (std::vector<std::size_t>{2}));
        QCOMPARE(layer.totals.candidates, std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestInferenceGeometry)
#include "test_inference_geometry.moc"
