// Loading TorchScript models made by make_test_models.py: the native contract and the YOLO
// adapters load and run; every non-conforming file is refused with a message that names the
// file, what was expected and what was found.
#include "detector_model.h"
#include "preprocessor.h"
#include "test_images.h"

#include <QTest>

using namespace shelf;
using shelf::testing::modelPath;

namespace {

ModelOptions quick()
{
    ModelOptions o;
    o.device = DeviceRequest::Cpu;
    o.threads = 1;
    return o;
}

PreparedInput zeroInput(const InputSpec& spec, QSize image)
{
    const InputTransform t = planInput(QRect(QPoint(0, 0), image), spec);
    return Preprocessor::prepare(cv::Mat(image.height(), image.width(), CV_8UC3, cv::Scalar(0)), t,
                                 spec);
}

} // namespace

class TestDetectorModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nativeModelLoads()
    {
        const auto loaded = DetectorModel::load(modelPath(QStringLiteral("native.pt")), quick());
        QVERIFY2(loaded.model, qPrintable(loaded.error));
        const ModelInfo& info = loaded.model->info();
        QCOMPARE(info.format, ModelFormat::Native);
        QCOMPARE(info.name, QStringLiteral("fixed boxes"));
        QCOMPARE(info.classes, (QStringList{QStringLiteral("object"), QStringLiteral("can")}));
        QCOMPARE(info.input.minSide, 96);
        QCOMPARE(info.input.maxSide, 160);
        QVERIFY(info.softIou);
        QCOMPARE(info.maxCandidates, 100);
        QVERIFY(!info.onCuda);
        QCOMPARE(info.device, QStringLiteral("CPU, 1 thread(s)"));
        QVERIFY(info.notes.isEmpty());
    }

    void nativeForwardDropsPaddingAndLowScores()
    {
        auto loaded = DetectorModel::load(modelPath(QStringLiteral("native.pt")), quick());
        QVERIFY(loaded.model);
        const InputSpec spec = loaded.model->info().input;
        // A batch of two inputs of different sizes.
        const auto out = loaded.model->forward(
            {zeroInput(spec, QSize(400, 240)), zeroInput(spec, QSize(600, 200))}, 0.1f);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QCOMPARE(out.images.size(), std::size_t(2));
        for (const RawDetections& d : out.images) {
            QCOMPARE(d.size(), std::size_t(3));
            QCOMPARE(d[0].x1, 10.f);
            QCOMPARE(d[0].y2, 60.f);
            QCOMPARE(d[0].hardScore, 0.9f);
            QCOMPARE(d[0].softIou, 0.8f);
            QCOMPARE(d[1].label, 1);
        }
        // Without a Soft-IoU head the model's soft column is ignored.
        auto noSoft = DetectorModel::load(modelPath(QStringLiteral("native_no_soft.pt")), quick());
        QVERIFY(noSoft.model);
        QVERIFY(!noSoft.model->info().softIou);
        const auto plain = noSoft.model->forward({zeroInput(spec, QSize(400, 240))}, 0.1f);
        QCOMPARE(plain.images[0][0].softIou, -1.f);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mustSay");
        const auto row = [](const char* file, QStringList say) {
            QTest::newRow(file) << QString::fromLatin1(file) << say;
        };
        row("missing.pt", {"does not exist"});
        row("empty.pt", {"empty (0 bytes)", "expected a TorchScript model"});
        row("random.pt", {"not a TorchScript model", "50 4B 03 04", "found the bytes"});
        row("plain_zip.pt",
            {"not a TorchScript model", "data.pkl", "found a ZIP archive of readme.txt"});
        row("broken_script.pt", {"not a TorchScript model", "LibTorch says"});
        row("meta_missing.pt", {"shelflabel.json", "config.txt", "model.json", "found none"});
        row("meta_malformed.pt", {"model metadata", "not valid JSON"});
        row("meta_not_object.pt", {"expected a JSON object"});
        row("meta_format.pt",
            {"\"format\"", "expected \"shelflabel-detector\"", "found \"detectron2\""});
        row("meta_version.pt", {"\"version\": expected 1", "found 2"});
        row("meta_classes.pt", {"\"classes\"", "found []"});
        row("meta_input.pt", {"min_side <= max_side", "min_side 800 and max_side 600"});
        row("meta_divisor.pt", {"\"input.size_divisor\"", "found 0"});
        row("meta_soft.pt", {"\"soft_iou\"", "found \"yes\""});
        row("meta_threshold.pt", {"\"score_threshold\"", "found 1.5"});
        row("wrong_count.pt", {"a tuple of 3 values", "expected a tuple of 4 tensors"});
        row("wrong_shape.pt", {"boxes: expected", "[1, N, 4]", "found a Float tensor [1, 3, 5]"});
        row("wrong_dtype.pt",
            {"labels: expected an int64 tensor [1, 3]", "found a Float tensor [1, 3]"});
        row("probe_fails.pt", {"probe run", "failed"});
        row("yolo_wrong.pt",
            {"expected [1, N, 7]", "[1, 6, N]", "returned a Float tensor [1, 9, 11]"});
        row("yolo_segment.pt", {"\"task\"", "found \"segment\""});
        row("sidecar_mismatch/detector.pt",
            {"model.json names the yolov5 adapter", "[1, 6, 3]", "expected [1, N, 7]"});
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mustSay);
        const auto loaded = DetectorModel::load(modelPath(file), quick());
        QVERIFY(!loaded.model);
        QVERIFY2(loaded.error.startsWith(modelPath(file) + QStringLiteral(": ")),
                 qPrintable(loaded.error));
        for (const QString& part : mustSay)
            QVERIFY2(loaded.error.contains(part),
                     qPrintable(loaded.error + QStringLiteral("\n  lacks: ") + part));
    }

    void yoloV5Adapter()
    {
        auto loaded = DetectorModel::load(modelPath(QStringLiteral("yolov5.pt")), quick());
        QVERIFY2(loaded.model, qPrintable(loaded.error));
        const ModelInfo& info = loaded.model->info();
        QCOMPARE(info.format, ModelFormat::YoloV5);
        QCOMPARE(info.classes, (QStringList{QStringLiteral("bottle"), QStringLiteral("can")}));
        QCOMPARE(info.input.mode, InputSpec::Mode::Letterbox);
        QCOMPARE(info.input.width, 96);
        QVERIFY(!info.softIou);
        const auto out = loaded.model->forward({zeroInput(info.input, QSize(200, 100))}, 0.1f);
        QVERIFY(out.error.isEmpty());
        QCOMPARE(out.images[0].size(), std::size_t(2));
        QCOMPARE(out.images[0][0].x1, 10.f);
        QCOMPARE(out.images[0][0].hardScore, 0.9f * 0.8f);
        QCOMPARE(out.images[0][0].label, 1);
        QCOMPARE(out.images[0][0].softIou, -1.f);
    }

    void yoloV8Adapter()
    {
        auto loaded = DetectorModel::load(modelPath(QStringLiteral("yolov8.pt")), quick());
        QVERIFY2(loaded.model, qPrintable(loaded.error));
        QCOMPARE(loaded.model->info().format, ModelFormat::YoloV8);
        const auto out =
            loaded.model->forward({zeroInput(loaded.model->info().input, QSize(96, 96))}, 0.1f);
        QCOMPARE(out.images[0].size(), std::size_t(2));
        QCOMPARE(out.images[0][1].x1, 60.f);
        QCOMPARE(out.images[0][1].hardScore, 0.6f);
        QCOMPARE(out.images[0][1].label, 1);
    }

    void modelJsonBesideTheFile()
    {
        auto loaded =
            DetectorModel::load(modelPath(QStringLiteral("sidecar/detector.pt")), quick());
        QVERIFY2(loaded.model, qPrintable(loaded.error));
        QCOMPARE(loaded.model->info().format, ModelFormat::YoloV8);
        QCOMPARE(loaded.model->info().scoreThreshold, 0.3);
        QCOMPARE(loaded.model->info().input.height, 96);
    }

    void cudaFallsBackToTheCpu()
    {
        ModelOptions options = quick();
        options.device = DeviceRequest::Cuda;
        auto loaded = DetectorModel::load(modelPath(QStringLiteral("native.pt")), options);
        QVERIFY2(loaded.model, qPrintable(loaded.error));
        const ModelInfo& info = loaded.model->info();
        if (info.onCuda) {
            // A GPU machine: the model runs there and says so.
            QVERIFY(info.device.contains(QLatin1String("CUDA")));
            QVERIFY(info.notes.isEmpty());
            const auto out = loaded.model->forward({zeroInput(info.input, QSize(400, 240))}, 0.1f);
            QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
            QCOMPARE(out.images[0].size(), std::size_t(3));
            return;
        }
        QVERIFY(info.device.startsWith(QLatin1String("CPU")));
        QCOMPARE(info.notes.size(), 1);
        QVERIFY2(info.notes[0].contains(QLatin1String("CUDA was requested but is not available")),
                 qPrintable(info.notes[0]));
    }

    void deviceNames()
    {
        QCOMPARE(deviceRequestFromName(QStringLiteral("cpu")), DeviceRequest::Cpu);
        QCOMPARE(deviceRequestFromName(QStringLiteral("cuda")), DeviceRequest::Cuda);
        QCOMPARE(deviceRequestFromName(QStringLiteral("auto")), DeviceRequest::Auto);
        QVERIFY(!deviceRequestFromName(QStringLiteral("gpu")));
    }
};

QTEST_GUILESS_MAIN(TestDetectorModel)
#include "test_detector_model.moc"
