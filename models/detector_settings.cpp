#include "detector_settings.h"

#include <QSettings>

namespace shelf {
namespace {
const QString kModelKey = QStringLiteral("model/path");
const QString kDeviceKey = QStringLiteral("detector/device");
const QString kRateKey = QStringLiteral("detector/hard_score_rate");
const QString kMergeKey = QStringLiteral("detector/merge");
const QString kScoreKey = QStringLiteral("detector/score_threshold");
const QString kNmsIouKey = QStringLiteral("detector/nms_iou_threshold");
const QString kBoxVotingKey = QStringLiteral("detector/box_voting");

// A number in [0, 1] stored under `key`, else nothing (absent, edited by hand into text, NaN).
std::optional<double> unitValue(const QSettings& settings, const QString& key)
{
    bool ok = false;
    const double v = settings.value(key).toDouble(&ok);
    if (!ok || !(v >= 0 && v <= 1))
        return std::nullopt;
    return v;
}
} // namespace

DetectorSettings DetectorSettings::load(const QSettings& settings)
{
    DetectorSettings s;
    s.modelPath = settings.value(kModelKey).toString();
    s.device = deviceFromKey(settings.value(kDeviceKey).toString()).value_or(Device::Auto);
    s.hardScoreRate = unitValue(settings, kRateKey).value_or(kDefaultHardScoreRate);
    s.merge = mergeFromKey(settings.value(kMergeKey).toString()).value_or(Merge::Both);
    s.scoreThreshold = unitValue(settings, kScoreKey);
    s.nmsIouThreshold = unitValue(settings, kNmsIouKey).value_or(kDefaultNmsIou);
    // Anything but a stored false (a missing key, a hand-edited word) keeps the default, on.
    s.boxVoting = settings.value(kBoxVotingKey, true).toString() != QLatin1String("false");
    return s;
}

void DetectorSettings::save(QSettings& settings) const
{
    if (modelPath.isEmpty())
        settings.remove(kModelKey);
    else
        settings.setValue(kModelKey, modelPath);
    settings.setValue(kDeviceKey, deviceKey(device));
    settings.setValue(kRateKey, hardScoreRate);
    settings.setValue(kMergeKey, mergeKey(merge));
    if (scoreThreshold)
        settings.setValue(kScoreKey, *scoreThreshold);
    else
        settings.remove(kScoreKey);
    settings.setValue(kNmsIouKey, nmsIouThreshold);
    settings.setValue(kBoxVotingKey, boxVoting);
}

QString DetectorSettings::deviceKey(Device device)
{
    switch (device) {
    case Device::Auto:
        break;
    case Device::Cpu:
        return QStringLiteral("cpu");
    case Device::Cuda:
        return QStringLiteral("cuda");
    }
    return QStringLiteral("auto");
}

std::optional<DetectorSettings::Device> DetectorSettings::deviceFromKey(const QString& key)
{
    for (Device d : {Device::Auto, Device::Cpu, Device::Cuda}) {
        if (key == deviceKey(d))
            return d;
    }
    return std::nullopt;
}

QString DetectorSettings::mergeKey(Merge merge)
{
    switch (merge) {
    case Merge::Both:
        break;
    case Merge::Em:
        return QStringLiteral("em");
    case Merge::EmReference:
        return QStringLiteral("em-reference");
    case Merge::Nms:
        return QStringLiteral("nms");
    }
    return QStringLiteral("both");
}

std::optional<DetectorSettings::Merge> DetectorSettings::mergeFromKey(const QString& key)
{
    for (Merge m : {Merge::Both, Merge::Em, Merge::EmReference, Merge::Nms}) {
        if (key == mergeKey(m))
            return m;
    }
    return std::nullopt;
}

} // namespace shelf
