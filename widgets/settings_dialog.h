#pragma once

#include "detector_settings.h"
#include "detector_status.h"
#include "theme.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace shelf {

/// Edit > Preferences: the detector of the GUI's pre-annotation (model file, device, hard score
/// rate, merge method, thresholds) and the theme.
///
/// The fields start from `settings` and `theme`; `status` says what the app knows of the loaded
/// model (where it runs, whether CUDA is there, the model's own score threshold). OK checks the
/// fields (validate()), writes them to QSettings (DetectorSettings::save, Theme::save) and
/// applies the theme; the window passes settings() on to the app, which uses them from the next
/// run (reloading the model when its file or device changed, and reporting a file it cannot
/// load). Numbers cannot leave their ranges: the spin boxes clamp what is typed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const DetectorSettings& settings, Theme::Choice theme,
                   const DetectorStatus& status, QWidget* parent = nullptr);

    /// What the fields say now.
    DetectorSettings settings() const;
    Theme::Choice theme() const;
    /// Empty when the fields can be saved, else one sentence naming the field at fault.
    QString validate() const;

    /// Ranges of the numbers (inclusive).
    static constexpr double kMinScoreThreshold = 0, kMaxScoreThreshold = 0.99;
    static constexpr double kMinNmsIou = 0.05, kMaxNmsIou = 1;
    /// Shown for the model's own minimum hard score before a model has loaded (the contract's).
    static constexpr double kFallbackScoreThreshold = 0.1;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /// OK saved these settings (and the theme); emitted before the dialog closes.
    void saved(const shelf::DetectorSettings& settings);

private:
    void setFields(const DetectorSettings& settings);
    void browseModel();
    void updateEnabled();
    QString deviceText(const DetectorStatus& status) const;

    QRadioButton* m_bundled;
    QRadioButton* m_modelFile;
    QLineEdit* m_modelPath;
    QComboBox* m_device;
    QDoubleSpinBox* m_rate;
    QCheckBox* m_modelThreshold;
    QDoubleSpinBox* m_scoreThreshold;
    QComboBox* m_merge;
    QDoubleSpinBox* m_nmsIou;
    QCheckBox* m_boxVoting;
    QComboBox* m_theme;
    QLabel* m_error;
    double m_modelScore;
};

} // namespace shelf
