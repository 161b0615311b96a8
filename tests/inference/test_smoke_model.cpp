// What the training pipeline exports, the app loads and runs: the smoke model (a tiny network
// trained a few steps by make_smoke_model.py through inference/training) on a sample shelf.
#include "detector_model.h"
#include "predictor.h"

#include <QTest>

using namespace shelf;

class TestSmokeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportedModelLoadsAndRuns()
    {
        ModelOptions options;
        options.device = DeviceRequest::Cpu;
        auto loaded = DetectorModel::load(QStringLiteral(SHELF_SMOKE_MODEL), options);
        QVERIFY2(loaded.model, qPrintable(loaded.error));
        const ModelInfo& info = loaded.model->info();
        QCOMPARE(info.format, ModelFormat::Native);
        QCOMPARE(info.name, QStringLiteral("smoke"));
        QVERIFY(info.softIou);
        QCOMPARE(info.maxCandidates, 100);

        Predictor predictor(*loaded.model);
        PredictOptions predict;
        predict.tiling = TileMode::Never;
        predict.scoreThreshold = 0.0; // untrained: every candidate counts
        const ImagePrediction p = predictor.predict(
            QStringLiteral(SHELF_SOURCE_DIR "/resources/samples/synth_900003.jpg"), predict);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.size, QSize(1920, 2560));
        QVERIFY(!p.raw.empty());
        QVERIFY(p.raw.size() <= 100);
        for (const Detection& d : p.raw) {
            QVERIFY(d.box.isValid());
            QVERIFY(d.box.x1 >= 0 && d.box.y1 >= 0 && d.box.x2 <= 1920 && d.box.y2 <= 2560);
            QVERIFY(d.hardScore >= 0 && d.hardScore <= 1);
            QVERIFY(d.softIou >= 0 && d.softIou <= 1);
        }
        QVERIFY(p.nms && !p.nms->boxes.empty());
        QVERIFY(p.em);
    }
};

QTEST_GUILESS_MAIN(TestSmokeModel)
#include "test_smoke_model.moc"
