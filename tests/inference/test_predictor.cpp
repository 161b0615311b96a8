// From image file to raw candidates and merged layers with the test models: boxes come back in
// original pixels exactly (resize, max-side cap, letterbox, tiles), scores are mixed as the
// contract says, thresholds and caps apply, tiles keep products whole, bad images are refused.
#include "detector_model.h"
#include "mat_decoder.h"
#include "predictor.h"
#include "preprocessor.h"
#include "test_images.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;
using namespace shelf::testing;

namespace {

std::unique_ptr<DetectorModel> load(const char* name)
{
    ModelOptions o;
    o.device = DeviceRequest::Cpu;
    o.threads = 1;
    auto loaded = DetectorModel::load(modelPath(QString::fromLatin1(name)), o);
    if (!loaded.model)
        qWarning("%s", qPrintable(loaded.error));
    return std::move(loaded.model);
}

bool near(const Box& a, const Box& b, double tolerance)
{
    return std::abs(a.x1 - b.x1) <= tolerance && std::abs(a.y1 - b.y1) <= tolerance &&
           std::abs(a.x2 - b.x2) <= tolerance && std::abs(a.y2 - b.y2) <= tolerance;
}

} // namespace

namespace shelf {
/// How QCOMPARE prints a box.
char* toString(const Box& b)
{
    return qstrdup(
        qPrintable(QStringLiteral("(%1, %2, %3, %4)").arg(b.x1).arg(b.y1).arg(b.x2).arg(b.y2)));
}
} // namespace shelf

class TestPredictor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<DetectorModel> m_native;
    std::unique_ptr<DetectorModel> m_bright;

    QString image(const char* name, QSize size, QRect product = QRect(0, 0, 1, 1))
    {
        return writeProductImage(m_dir.filePath(QString::fromLatin1(name)), size, product);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_native = load("native.pt");
        m_bright = load("bright.pt");
        QVERIFY(m_native && m_bright);
    }

    void boxesMapToOriginalPixelsExactly()
    {
        Predictor predictor(*m_native);
        const ImagePrediction p = predictor.predict(image("a.png", {400, 240}));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.size, QSize(400, 240));
        QCOMPARE(p.tiles, 1);
        // Input 160 x 96 from 400 x 240: a factor of 2.5; sorted by mixed confidence.
        QCOMPARE(p.raw.size(), std::size_t(3));
        QCOMPARE(p.raw[0].box, (Box{25, 50, 125, 150}));
        QCOMPARE(p.raw[0].confidence, 0.5 * 0.9f + 0.5 * 0.8f);
        QCOMPARE(p.raw[1].box, (Box{30, 55, 130, 155}));
        QCOMPARE(p.raw[1].confidence, 0.5 * 0.7f + 0.5 * 0.9f);
        QCOMPARE(p.raw[2].box, (Box{150, 50, 225, 175}));
        QCOMPARE(p.raw[2].label, 1);
        QCOMPARE(p.classes.size(), 2);
        // NMS joins the first two; both merged layers are there.
        QVERIFY(p.nms && p.em);
        QCOMPARE(p.nms->boxes.size(), std::size_t(2));
        QCOMPARE(p.nms->boxes[0].cluster, (std::vector<std::size_t>{0, 1}));
        QCOMPARE(p.nms->boxes[0].detection.box, p.raw[0].box);
        QVERIFY(!p.em->boxes.empty());
        QVERIFY(p.timings.decodeMs > 0 && p.timings.forwardMs > 0 && p.timings.mergeMs > 0);
    }

    void longerSideCapMapsBack()
    {
        Predictor predictor(*m_native);
        const ImagePrediction p = predictor.predict(image("b.png", {600, 200}));
        QVERIFY(p.ok());
        // Content 160 x 53 (padded to 160 x 64): x by 600/160, y by 200/53; the box reaches
        // into the padding and is clipped to the image.
        QCOMPARE(p.raw[0].box, (Box{10 * 600.0 / 160, 20 * 200.0 / 53, 50 * 600.0 / 160, 200}));
    }

    void confidenceMixesTheHardScoreRate()
    {
        Predictor predictor(*m_native);
        PredictOptions options;
        options.hardScoreRate = 1;
        const ImagePrediction hard = predictor.predict(image("c.png", {400, 240}), options);
        QCOMPARE(hard.raw[0].confidence, double(0.9f));
        options.hardScoreRate = 0;
        const ImagePrediction soft = predictor.predict(image("c.png", {400, 240}), options);
        QCOMPARE(soft.raw[0].confidence, double(0.9f)); // the row with soft 0.9 comes first
        QCOMPARE(soft.raw[0].box, (Box{30, 55, 130, 155}));

        auto noSoft = load("native_no_soft.pt");
        Predictor plain(*noSoft);
        const ImagePrediction p = plain.predict(image("c.png", {400, 240}));
        QCOMPARE(p.raw[0].softIou, -1.0);
        QCOMPARE(p.raw[0].confidence, p.raw[0].hardScore);
    }

    void thresholdAndCap()
    {
        Predictor predictor(*m_native);
        PredictOptions options;
        options.scoreThreshold = 0.75;
        const ImagePrediction p = predictor.predict(image("d.png", {400, 240}), options);
        QCOMPARE(p.raw.size(), std::size_t(2));
        for (const Detection& d : p.raw)
            QVERIFY(d.hardScore > 0.75);
        options.scoreThreshold.reset();
        options.maxCandidates = 1;
        const ImagePrediction one = predictor.predict(image("d.png", {400, 240}), options);
        QCOMPARE(one.raw.size(), std::size_t(1));
        QCOMPARE(one.raw[0].box, (Box{25, 50, 125, 150}));
    }

    void mergeChoice()
    {
        Predictor predictor(*m_native);
        PredictOptions options;
        options.merge = *MergeChoice::fromName(QStringLiteral("em-reference"));
        const ImagePrediction p = predictor.predict(image("e.png", {400, 240}), options);
        QVERIFY(!p.nms);
        QVERIFY(p.em);
        QCOMPARE(p.em->method, merge::Method::EmReference);
    }

    void yoloLetterboxMapsBack_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("label");
        QTest::newRow("v5") << QStringLiteral("yolov5.pt") << double(0.9f * 0.8f) << 1;
        QTest::newRow("v8") << QStringLiteral("yolov8.pt") << double(0.7f) << 0;
    }
    void yoloLetterboxMapsBack()
    {
        QFETCH(QString, model);
        QFETCH(double, score);
        QFETCH(int, label);
        auto yolo = load(qPrintable(model));
        QVERIFY(yolo);
        Predictor predictor(*yolo);
        const ImagePrediction p = predictor.predict(image("f.png", {200, 100}));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.raw.size(), std::size_t(2));
        // 200 x 100 in 96 x 96: content 96 x 48 with 24 rows of grey above. The box
        // (10, 30, 40, 60) of the input is x * 200/96 and (y - 24) * 100/48 in the image.
        QCOMPARE(p.raw[0].box, (Box{10 * 200.0 / 96, 12.5, 40 * 200.0 / 96, 75}));
        QCOMPARE(p.raw[0].hardScore, score);
        QCOMPARE(p.raw[0].confidence, score);
        QCOMPARE(p.raw[0].softIou, -1.0);
        QCOMPARE(p.raw[0].label, label);
    }

    void brightProductIsFoundWhereItIs()
    {
        // The bright-box model finds pixels with red > 128: with BGR and RGB swapped it would
        // find nothing. Resized by 64/300, edges blur by a pixel of the input.
        Predictor predictor(*m_bright);
        const QRect product(100, 80, 80, 120);
        const ImagePrediction p = predictor.predict(image("g.png", {400, 300}, product));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.raw.size(), std::size_t(1));
        const double pixel = 300.0 / 64;
        QVERIFY2(near(p.raw[0].box, {100, 80, 180, 200}, pixel),
                 std::unique_ptr<char[]>(toString(p.raw[0].box)).get());
        QVERIFY(p.raw[0].hardScore > 0.6 && p.raw[0].hardScore <= 0.81);
        QVERIFY(p.raw[0].softIou < 0.21);
    }

    void tilesKeepProductsWhole()
    {
        // Tiles of 96 x 64 at full resolution: the product lies whole in one tile and cut in
        // its neighbours; only the whole box may reach the merge.
        Predictor predictor(*m_bright);
        PredictOptions options;
        options.tiling = TileMode::Always;
        options.batchSize = 3;
        const QRect product(160, 100, 12, 12);
        const ImagePrediction p = predictor.predict(image("h.png", {400, 300}, product), options);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.tiles, 30);
        QVERIFY(!p.raw.empty());
        for (const Detection& d : p.raw)
            QCOMPARE(d.box, (Box{160, 100, 172, 112}));
        QCOMPARE(p.em->boxes.size(), std::size_t(1));
        QCOMPARE(p.em->boxes[0].detection.box, (Box{160, 100, 172, 112}));
    }

    void veryLargeImagesTileByThemselves()
    {
        Predictor predictor(*m_bright);
        const ImagePrediction p =
            predictor.predict(image("i.png", {1200, 900}, QRect(500, 400, 30, 40)));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QVERIFY(p.tiles > 1); // the model would see it at 64/900 < 1/8
        QVERIFY(!p.raw.empty());
        QCOMPARE(p.em->boxes.size(), std::size_t(1));
        QCOMPARE(p.em->boxes[0].detection.box, (Box{500, 400, 530, 440}));
    }

    void tooManyTilesIsRefused()
    {
        Predictor predictor(*m_bright);
        PredictOptions options;
        options.tiling = TileMode::Always;
        options.maxTiles = 4;
        const ImagePrediction p = predictor.predict(image("j.png", {400, 300}), options);
        QVERIFY(!p.ok());
        QVERIFY2(p.error.contains(QLatin1String("30 tiles")), qPrintable(p.error));
    }

    void badImagesAreRefused()
    {
        Predictor predictor(*m_native);
        const QString corrupt = writeCorruptImage(m_dir.filePath(QStringLiteral("bad.jpg")));
        const QString empty = m_dir.filePath(QStringLiteral("empty.jpg"));
        QFile(empty).open(QIODevice::WriteOnly);
        const QString huge = m_dir.filePath(QStringLiteral("huge.png"));
        {
            QImage big(20000, 20000, QImage::Format_Mono);
            big.fill(0);
            QVERIFY(big.save(huge));
        }
        const QString good = image("k.png", {400, 240});
        const std::vector<ImagePrediction> out =
            predictor.predictBatch({corrupt, good, empty, huge, good});
        QCOMPARE(out.size(), std::size_t(5));
        QVERIFY(out[0].error.contains(corrupt));
        QVERIFY(out[1].ok());
        QCOMPARE(out[1].raw.size(), std::size_t(3));
        QVERIFY2(out[2].error.contains(QLatin1String("0 bytes")), qPrintable(out[2].error));
        QVERIFY2(out[3].error.contains(QLatin1String("megapixels")), qPrintable(out[3].error));
        QVERIFY(out[4].ok());
        QCOMPARE(out[4].raw, out[1].raw);
    }

    void preprocessingMatchesTheTrainingSide()
    {
        // The fixture ran inference/training/preprocess.py on this image (float bilinear); the
        // app resizes the 8-bit image, which rounds with fixed-point weights.
        const QString png = modelPath(QStringLiteral("preprocess_ref.png"));
        if (!QFileInfo::exists(png))
            QSKIP("no reference: inference/training/preprocess.py or PIL is missing");
        QFile file(modelPath(QStringLiteral("preprocess_ref.f32")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.size(), qsizetype(3 * 96 * 128 * sizeof(float)));
        const auto* reference = reinterpret_cast<const float*>(bytes.constData());

        const MatDecoder::Result decoded = MatDecoder::decode(png);
        QVERIFY(decoded.error.isEmpty());
        InputSpec spec;
        spec.minSide = 96;
        spec.maxSide = 160;
        spec.sizeDivisor = 32;
        const InputTransform t =
            planInput(QRect(0, 0, decoded.image.cols, decoded.image.rows), spec);
        QCOMPARE(t.content, QSize(127, 96));
        QCOMPARE(t.input, QSize(128, 96));
        const PreparedInput in = Preprocessor::prepare(decoded.image, t, spec);
        QVERIFY(in.planes.isContinuous());
        const auto* ours = reinterpret_cast<const float*>(in.planes.data);
        double maxDiff = 0;
        for (int i = 0; i < 3 * 96 * 128; ++i)
            maxDiff = std::max(maxDiff, double(std::abs(ours[i] - reference[i])));
        qInfo("max abs difference to the training pre-processing: %.4f grey levels", maxDiff);
        QVERIFY(maxDiff <= 1.0);
    }

    void cancelledBeforeStarting()
    {
        Predictor predictor(*m_native);
        const ImagePrediction p =
            predictor.predict(image("l.png", {400, 240}), {}, [] { return true; });
        QVERIFY(p.cancelled);
        QVERIFY(!p.ok());
        QVERIFY(p.raw.empty());
    }

    void cancelledBetweenTiles()
    {
        Predictor predictor(*m_bright);
        PredictOptions options;
        options.tiling = TileMode::Always;
        options.batchSize = 1;
        int polls = 0;
        const ImagePrediction p = predictor.predict(image("m.png", {400, 300}), options,
                                                    [&polls] { return ++polls > 3; });
        QVERIFY(p.cancelled);
        QVERIFY(polls < 10);
    }
};

QTEST_GUILESS_MAIN(TestPredictor)
#include "test_predictor.moc"
