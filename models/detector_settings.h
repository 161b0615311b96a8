#pragma once

#include <QString>

#include <optional>

class QSettings;

namespace shelf {

/// How the GUI's pre-annotation runs: the detector file, where it runs, how candidates are
/// mixed, thresholded and merged. A plain value, so that the settings dialog (widgets) can edit
/// it without seeing the inference layer; the app maps it to the model and predict options.
///
/// Kept in the application's QSettings under "model/path" and "detector/...". Values read back
/// are checked: a key out of range or unknown falls back to its default.
struct DetectorSettings
{
    /// Where the model should run; Auto takes CUDA when it is there.
    enum class Device { Auto, Cpu, Cuda };
    /// Which merged layers a run makes; the proposals come from the EM layer when there is one.
    enum class Merge { Both, Em, EmReference, Nms };

    QString modelPath; ///< empty: the bundled detector
    Device device = Device::Auto;
    double hardScoreRate = kDefaultHardScoreRate;
    Merge merge = Merge::Both;
    std::optional<double> scoreThreshold; ///< unset: the model's own (its metadata)
    double nmsIouThreshold = kDefaultNmsIou;
    /// The EM-Merger's box voting (each box the mean of its well-scored neighbours); off emits
    /// the detector's own candidate boxes.
    bool boxVoting = true;

    /// The model contract's rate: confidence = 0.5 * hard_score + 0.5 * soft_iou.
    static constexpr double kDefaultHardScoreRate = 0.5;
    /// NMS suppresses a box at IoU >= 0.5 with a better one (the merge engine's default).
    static constexpr double kDefaultNmsIou = 0.5;

    bool operator==(const DetectorSettings&) const = default;

    /// Reads the settings; missing or invalid keys give the defaults.
    static DetectorSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    /// Stable names ("auto", "cpu", "cuda"; "both", "em", "em-reference", "nms"), as the CLI
    /// spells them and QSettings stores them.
    static QString deviceKey(Device device);
    static std::optional<Device> deviceFromKey(const QString& key);
    static QString mergeKey(Merge merge);
    static std::optional<Merge> mergeFromKey(const QString& key);
};

} // namespace shelf
