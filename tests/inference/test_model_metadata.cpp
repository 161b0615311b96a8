// The metadata a model carries, read without LibTorch: every refusal says what was expected and
// what was found.
#include "model_metadata.h"

#include <QTest>

using namespace shelf;

namespace {

const QByteArray kNative = R"({"format": "shelflabel-detector", "version": 1, "name": "n",
    "description": "d", "classes": ["object"],
    "input": {"min_side": 800, "max_side": 1333, "size_divisor": 32},
    "soft_iou": true, "score_threshold": 0.2, "max_candidates": 500})";

QByteArray with(const char* from, const char* to)
{
    QByteArray json = kNative;
    json.replace(from, to);
    return json;
}

} // namespace

class TestModelMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nativeMetadataIsRead()
    {
        ModelInfo info;
        QCOMPARE(ModelMetadata::readNative(kNative, info), QString());
        QCOMPARE(info.format, ModelFormat::Native);
        QCOMPARE(info.classes, QStringList{QStringLiteral("object")});
        QCOMPARE(info.input.mode, InputSpec::Mode::Resize);
        QCOMPARE(info.input.minSide, 800);
        QCOMPARE(info.input.maxSide, 1333);
        QCOMPARE(info.input.sizeDivisor, 32);
        QCOMPARE(info.input.padValue, 0.f);
        QCOMPARE(info.input.valueScale, 1.f);
        QVERIFY(info.softIou);
        QCOMPARE(info.scoreThreshold, 0.2);
        QCOMPARE(info.maxCandidates, 500);
        QCOMPARE(info.name, QStringLiteral("n"));
    }

    void nativeRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mustSay");
        const auto row = [](const char* name, const QByteArray& json, QStringList say) {
            QTest::newRow(name) << json << say;
        };
        row("not json", "{\"format\": ", {"not valid JSON", "shelflabel.json"});
        row("array", "[1, 2]", {"expected a JSON object", "[1,2]"});
        row("format", with("shelflabel-detector", "mmdet"),
            {"\"format\"", "\"shelflabel-detector\"", "found \"mmdet\""});
        row("no format", with("\"format\": \"shelflabel-detector\",", ""),
            {"\"format\"", "the key is missing"});
        row("version", with("\"version\": 1", "\"version\": 2"), {"expected 1", "found 2"});
        row("classes empty", with("[\"object\"]", "[]"), {"\"classes\"", "non-empty", "found []"});
        row("classes numbers", with("[\"object\"]", "[1]"), {"\"classes\"", "found [1]"});
        row("min side", with("\"min_side\": 800", "\"min_side\": -5"),
            {"\"input.min_side\"", "found -5"});
        row("divisor", with("\"size_divisor\": 32", "\"size_divisor\": 2.5"),
            {"\"input.size_divisor\"", "found 2.5"});
        row("min over max", with("\"min_side\": 800", "\"min_side\": 2000"),
            {"min_side <= max_side", "2000", "1333"});
        row("soft", with("\"soft_iou\": true", "\"soft_iou\": 1"),
            {"\"soft_iou\"", "true or false", "found 1"});
        row("threshold", with("0.2", "1.5"), {"\"score_threshold\"", "found 1.5"});
        row("cap", with("500", "0"), {"\"max_candidates\"", "found 0"});
    }
    void nativeRefusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mustSay);
        ModelInfo info;
        const QString error = ModelMetadata::readNative(json, info);
        QVERIFY(!error.isEmpty());
        for (const QString& part : mustSay)
            QVERIFY2(error.contains(part), qPrintable(error + QStringLiteral(" / ") + part));
    }

    void sidecarMayLeaveOutFormatAndVersion()
    {
        ModelInfo info;
        QByteArray json = with("\"format\": \"shelflabel-detector\", \"version\": 1,", "");
        QCOMPARE(ModelMetadata::readNative(json, info, false), QString());
        QVERIFY(!ModelMetadata::readNative(json, info, true).isEmpty());
    }

    void yoloV5Config()
    {
        ModelInfo info;
        const QByteArray json = R"({"shape": [1, 3, 480, 640], "stride": 32,
                                     "names": ["person", "bicycle"]})";
        QCOMPARE(ModelMetadata::readYoloConfig(json, info), QString());
        QCOMPARE(info.format, ModelFormat::YoloV5);
        QCOMPARE(info.input.mode, InputSpec::Mode::Letterbox);
        QCOMPARE(info.input.width, 640);
        QCOMPARE(info.input.height, 480);
        QCOMPARE(info.input.padValue, 114.f);
        QCOMPARE(info.input.valueScale, 1.f / 255.f);
        QCOMPARE(info.classes, (QStringList{QStringLiteral("person"), QStringLiteral("bicycle")}));
        QVERIFY(!info.softIou);
    }

    void yoloV8Config()
    {
        ModelInfo info;
        const QByteArray json = R"({"task": "detect", "imgsz": [640, 640], "stride": 32,
                                     "names": {"1": "can", "0": "bottle"}})";
        QCOMPARE(ModelMetadata::readYoloConfig(json, info), QString());
        QCOMPARE(info.format, ModelFormat::YoloV8);
        QCOMPARE(info.classes, (QStringList{QStringLiteral("bottle"), QStringLiteral("can")}));
        QCOMPARE(info.input.width, 640);
    }

    void yoloRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mustSay");
        QTest::newRow("segment") << QByteArray(R"({"task": "segment", "imgsz": 640,
            "names": {"0": "a"}})")
                                 << QStringLiteral("found \"segment\"");
        QTest::newRow("no size") << QByteArray(R"({"names": ["a"]})")
                                 << QStringLiteral("\"shape\" [1, 3, H, W]");
        QTest::newRow("bad shape") << QByteArray(R"({"shape": [640, 640], "names": ["a"]})")
                                   << QStringLiteral("found [640,640]");
        QTest::newRow("gap in names") << QByteArray(R"({"imgsz": 64, "names": {"0": "a",
            "2": "c"}})") << QStringLiteral("indices 0 to N-1");
        QTest::newRow("no names") << QByteArray(R"({"imgsz": 64})") << QStringLiteral("\"names\"");
    }
    void yoloRefusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mustSay);
        ModelInfo info;
        const QString error = ModelMetadata::readYoloConfig(json, info);
        QVERIFY2(error.contains(mustSay), qPrintable(error));
    }

    void sidecarNamesAnAdapter()
    {
        ModelMetadata::Sidecar sidecar;
        QCOMPARE(ModelMetadata::readSidecar(R"({"adapter": "yolov8"})", sidecar), QString());
        QCOMPARE(sidecar.format, ModelFormat::YoloV8);
        const QString error = ModelMetadata::readSidecar(R"({"adapter": "detr"})", sidecar);
        QVERIFY2(error.contains(QLatin1String("\"yolov5\"")) &&
                     error.contains(QLatin1String("found \"detr\"")),
                 qPrintable(error));
    }

    void sidecarOverridesYolo()
    {
        ModelInfo info;
        QCOMPARE(ModelMetadata::checkYolo(info).isEmpty(), false);
        QCOMPARE(ModelMetadata::applyYoloOverrides(
                     R"({"classes": ["a", "b"], "input": {"width": 320, "height": 256},
                         "score_threshold": 0.3, "max_candidates": 50})",
                     info),
                 QString());
        QCOMPARE(ModelMetadata::checkYolo(info), QString());
        QCOMPARE(info.input.width, 320);
        QCOMPARE(info.input.height, 256);
        QCOMPARE(info.scoreThreshold, 0.3);
        QCOMPARE(info.maxCandidates, 50);
    }
};

QTEST_GUILESS_MAIN(TestModelMetadata)
#include "test_model_metadata.moc"
