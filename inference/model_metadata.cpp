#include "model_metadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>

namespace shelf {
namespace {

constexpr int kMaxInputSide = 16384;

/// A short rendering of a JSON value for "found ..." in messages.
QString describe(const QJsonValue& value)
{
    if (value.isUndefined())
        return ModelMetadata::tr("nothing (the key is missing)");
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isString())
        text = u'"' + value.toString() + u'"';
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isNull())
        text = QStringLiteral("null");
    else
        text = QString::number(value.toDouble(), 'g', 10);
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

QString expected(const QString& key, const QString& what, const QJsonValue& found)
{
    return ModelMetadata::tr("\"%1\": expected %2, found %3").arg(key, what, describe(found));
}

bool isInteger(const QJsonValue& v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
}

QString parseObject(const QByteArray& json, const char* file, QJsonObject& object)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return ModelMetadata::tr("%1 is not valid JSON (%2 at byte %3)")
            .arg(QLatin1String(file), error.errorString())
            .arg(error.offset);
    }
    if (!doc.isObject()) {
        return ModelMetadata::tr("%1: expected a JSON object, found %2")
            .arg(QLatin1String(file),
                 doc.isArray() ? describe(doc.array()) : ModelMetadata::tr("another value"));
    }
    object = doc.object();
    return {};
}

QString readClasses(const QJsonValue& value, QStringList& classes)
{
    const QString what = ModelMetadata::tr("a non-empty list of class names");
    if (!value.isArray() || value.toArray().isEmpty())
        return expected(QStringLiteral("classes"), what, value);
    QStringList names;
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return expected(QStringLiteral("classes"), what, value);
        names << v.toString();
    }
    classes = names;
    return {};
}

QString readThresholds(const QJsonObject& o, ModelInfo& info)
{
    if (o.contains(QStringLiteral("score_threshold"))) {
        const QJsonValue v = o.value(QStringLiteral("score_threshold"));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() >= 1) {
            return expected(QStringLiteral("score_threshold"),
                            ModelMetadata::tr("a number from 0 up to 1"), v);
        }
        info.scoreThreshold = v.toDouble();
    }
    if (o.contains(QStringLiteral("max_candidates"))) {
        const QJsonValue v = o.value(QStringLiteral("max_candidates"));
        if (!isInteger(v) || v.toDouble() < 1 || v.toDouble() > 1e6) {
            return expected(QStringLiteral("max_candidates"),
                            ModelMetadata::tr("an integer from 1 to 1000000"), v);
        }
        info.maxCandidates = v.toInt();
    }
    return {};
}

QString readPositive(const QJsonObject& o, const QString& key, int& out)
{
    const QJsonValue v = o.value(key);
    if (!isInteger(v) || v.toDouble() < 1 || v.toDouble() > kMaxInputSide) {
        return expected(key, ModelMetadata::tr("an integer from 1 to %1").arg(kMaxInputSide), v);
    }
    out = v.toInt();
    return {};
}

/// Ultralytics names: ["a", "b"] or {"0": "a", "1": "b"} (JSON keys of a Python dict of ints).
QString readYoloNames(const QJsonValue& value, QStringList& classes)
{
    const QString what = ModelMetadata::tr("a list of class names or a map from index to name");
    if (value.isArray())
        return readClasses(value, classes);
    if (!value.isObject() || value.toObject().isEmpty())
        return expected(QStringLiteral("names"), what, value);
    std::map<int, QString> byIndex;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        const int index = it.key().toInt(&ok);
        if (!ok || index < 0 || !it.value().isString())
            return expected(QStringLiteral("names"), what, value);
        byIndex[index] = it.value().toString();
    }
    if (byIndex.rbegin()->first != int(byIndex.size()) - 1)
        return expected(QStringLiteral("names"), ModelMetadata::tr("indices 0 to N-1"), value);
    classes.clear();
    for (const auto& [index, name] : byIndex)
        classes << name;
    return {};
}

} // namespace

QString modelFormatKey(ModelFormat format)
{
    switch (format) {
    case ModelFormat::Native:
        return QStringLiteral("shelflabel-detector");
    case ModelFormat::YoloV5:
        return QStringLiteral("yolov5");
    case ModelFormat::YoloV8:
        return QStringLiteral("yolov8");
    }
    return {};
}

QString ModelMetadata::readNative(const QByteArray& json, ModelInfo& info, bool requireFormat)
{
    QJsonObject o;
    if (QString error = parseObject(json, requireFormat ? kNativeFile : kSidecarFile, o);
        !error.isEmpty())
        return error;
    const QJsonValue format = o.value(QStringLiteral("format"));
    if (requireFormat || !format.isUndefined()) {
        if (format.toString() != modelFormatKey(ModelFormat::Native))
            return expected(QStringLiteral("format"), QStringLiteral("\"shelflabel-detector\""),
                            format);
    }
    const QJsonValue version = o.value(QStringLiteral("version"));
    if (requireFormat || !version.isUndefined()) {
        if (!isInteger(version) || version.toInt() != 1)
            return tr("\"version\": expected 1 (the version this ShelfLabel reads), found %1")
                .arg(describe(version));
    }
    info.format = ModelFormat::Native;
    info.version = 1;
    info.name = o.value(QStringLiteral("name")).toString();
    info.description = o.value(QStringLiteral("description")).toString();
    if (QString error = readClasses(o.value(QStringLiteral("classes")), info.classes);
        !error.isEmpty())
        return error;

    const QJsonValue inputValue = o.value(QStringLiteral("input"));
    if (!inputValue.isObject()) {
        return expected(QStringLiteral("input"),
                        tr("an object with min_side, max_side and size_divisor"), inputValue);
    }
    const QJsonObject input = inputValue.toObject();
    InputSpec spec;
    spec.mode = InputSpec::Mode::Resize;
    for (const auto& [key, target] :
         {std::pair{QStringLiteral("min_side"), &spec.minSide},
          std::pair{QStringLiteral("max_side"), &spec.maxSide},
          std::pair{QStringLiteral("size_divisor"), &spec.sizeDivisor}}) {
        if (QString error = readPositive(input, key, *target); !error.isEmpty())
            return QStringLiteral("\"input.") + error.mid(1);
    }
    if (spec.minSide > spec.maxSide) {
        return tr("\"input\": expected min_side <= max_side, found min_side %1 and max_side %2")
            .arg(spec.minSide)
            .arg(spec.maxSide);
    }
    spec.padValue = 0;
    spec.valueScale = 1;
    info.input = spec;

    const QJsonValue soft = o.value(QStringLiteral("soft_iou"));
    if (!soft.isBool())
        return expected(QStringLiteral("soft_iou"), tr("true or false"), soft);
    info.softIou = soft.toBool();
    return readThresholds(o, info);
}

QString ModelMetadata::readYoloConfig(const QByteArray& json, ModelInfo& info)
{
    QJsonObject o;
    if (QString error = parseObject(json, kYoloFile, o); !error.isEmpty())
        return error;
    const QJsonValue task = o.value(QStringLiteral("task"));
    if (!task.isUndefined() && task.toString() != QStringLiteral("detect")) {
        return expected(QStringLiteral("task"),
                        tr("\"detect\" (segmentation, pose and "
                           "classification exports are not detectors)"),
                        task);
    }
    InputSpec spec;
    spec.mode = InputSpec::Mode::Letterbox;
    spec.padValue = 114;
    spec.valueScale = 1.f / 255.f;
    const QJsonValue shape = o.value(QStringLiteral("shape"));
    const QJsonValue imgsz = o.value(QStringLiteral("imgsz"));
    if (shape.isArray()) {
        const QJsonArray a = shape.toArray();
        if (a.size() != 4 || !isInteger(a[2]) || !isInteger(a[3]) || a[2].toInt() < 1 ||
            a[3].toInt() < 1 || a[2].toInt() > kMaxInputSide || a[3].toInt() > kMaxInputSide)
            return expected(QStringLiteral("shape"), tr("[batch, 3, height, width]"), shape);
        spec.height = a[2].toInt();
        spec.width = a[3].toInt();
        info.format = ModelFormat::YoloV5;
    } else if (!imgsz.isUndefined()) {
        const QJsonArray a = imgsz.isArray() ? imgsz.toArray() : QJsonArray{imgsz, imgsz};
        if (a.size() != 2 || !isInteger(a[0]) || !isInteger(a[1]) || a[0].toInt() < 1 ||
            a[1].toInt() < 1 || a[0].toInt() > kMaxInputSide || a[1].toInt() > kMaxInputSide)
            return expected(QStringLiteral("imgsz"), tr("[height, width] or one size"), imgsz);
        spec.height = a[0].toInt();
        spec.width = a[1].toInt();
        info.format = ModelFormat::YoloV8;
    } else {
        return expected(QStringLiteral("shape"),
                        tr("the input size as \"shape\" [1, 3, H, W] or \"imgsz\" [H, W]"), shape);
    }
    const QJsonValue stride = o.value(QStringLiteral("stride"));
    if (!stride.isUndefined() && (!isInteger(stride) || stride.toInt() < 1))
        return expected(QStringLiteral("stride"), tr("a positive integer"), stride);
    spec.sizeDivisor = stride.isUndefined() ? 32 : stride.toInt();
    info.input = spec;
    if (QString error = readYoloNames(o.value(QStringLiteral("names")), info.classes);
        !error.isEmpty())
        return error;
    info.softIou = false;
    info.version = 1;
    return {};
}

QString ModelMetadata::readSidecar(const QByteArray& json, Sidecar& sidecar)
{
    QJsonObject o;
    if (QString error = parseObject(json, kSidecarFile, o); !error.isEmpty())
        return error;
    sidecar.json = json;
    const QJsonValue adapter = o.value(QStringLiteral("adapter"));
    if (adapter.isUndefined())
        return {};
    for (ModelFormat f : {ModelFormat::Native, ModelFormat::YoloV5, ModelFormat::YoloV8}) {
        if (adapter.toString() == modelFormatKey(f)) {
            sidecar.format = f;
            return {};
        }
    }
    return expected(QStringLiteral("adapter"),
                    tr("\"shelflabel-detector\", \"yolov5\" or \"yolov8\""), adapter);
}

QString ModelMetadata::applyYoloOverrides(const QByteArray& json, ModelInfo& info)
{
    QJsonObject o;
    if (QString error = parseObject(json, kSidecarFile, o); !error.isEmpty())
        return error;
    if (o.contains(QStringLiteral("classes"))) {
        if (QString error = readYoloNames(o.value(QStringLiteral("classes")), info.classes);
            !error.isEmpty())
            return error;
    }
    if (o.contains(QStringLiteral("input"))) {
        const QJsonObject input = o.value(QStringLiteral("input")).toObject();
        InputSpec spec = info.input;
        spec.mode = InputSpec::Mode::Letterbox;
        spec.padValue = 114;
        spec.valueScale = 1.f / 255.f;
        if (QString error = readPositive(input, QStringLiteral("width"), spec.width);
            !error.isEmpty())
            return QStringLiteral("\"input.") + error.mid(1);
        if (QString error = readPositive(input, QStringLiteral("height"), spec.height);
            !error.isEmpty())
            return QStringLiteral("\"input.") + error.mid(1);
        info.input = spec;
    }
    if (o.contains(QStringLiteral("name")))
        info.name = o.value(QStringLiteral("name")).toString();
    return readThresholds(o, info);
}

QString ModelMetadata::checkYolo(const ModelInfo& info)
{
    if (info.classes.isEmpty())
        return tr("expected the class names (\"names\" in config.txt or \"classes\" in "
                  "model.json), found none");
    if (info.input.mode != InputSpec::Mode::Letterbox || info.input.width < 1 ||
        info.input.height < 1)
        return tr("expected the input size (\"shape\" or \"imgsz\" in config.txt, or \"input\" "
                  "in model.json), found none");
    return {};
}

} // namespace shelf
