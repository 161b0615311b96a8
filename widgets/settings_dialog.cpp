#include "settings_dialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace shelf {
namespace {
QDoubleSpinBox* unitSpinBox(const QString& name, double min, double max, int decimals)
{
    auto* box = new QDoubleSpinBox;
    box->setObjectName(name);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(0.05);
    return box;
}

// Index of `value` among a combo box's item data; the first item when it is not there.
int indexOf(const QComboBox* box, const QVariant& value)
{
    return std::max(0, box->findData(value));
}
} // namespace

SettingsDialog::SettingsDialog(const DetectorSettings& settings, Theme::Choice theme,
                               const DetectorStatus& status, QWidget* parent)
    : QDialog(parent), m_bundled(new QRadioButton(tr("&Bundled detector"))),
      m_modelFile(new QRadioButton(tr("Model &file:"))), m_modelPath(new QLineEdit),
      m_device(new QComboBox), m_rate(unitSpinBox(QStringLiteral("hardScoreRate"), 0, 1, 2)),
      m_modelThreshold(new QCheckBox),
      m_scoreThreshold(
          unitSpinBox(QStringLiteral("scoreThreshold"), kMinScoreThreshold, kMaxScoreThreshold, 3)),
      m_merge(new QComboBox),
      m_nmsIou(unitSpinBox(QStringLiteral("nmsIouThreshold"), kMinNmsIou, kMaxNmsIou, 2)),
      m_boxVoting(new QCheckBox(tr("Refine the EM-Merger's boxes by &voting"))),
      m_theme(new QComboBox), m_error(new QLabel),
      m_modelScore(status.modelScoreThreshold.value_or(kFallbackScoreThreshold))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    m_bundled->setObjectName(QStringLiteral("bundledModel"));
    m_modelFile->setObjectName(QStringLiteral("modelFileChoice"));
    m_modelPath->setObjectName(QStringLiteral("modelPath"));
    m_device->setObjectName(QStringLiteral("device"));
    m_modelThreshold->setObjectName(QStringLiteral("modelScoreThreshold"));
    m_merge->setObjectName(QStringLiteral("mergeMethod"));
    m_boxVoting->setObjectName(QStringLiteral("boxVoting"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_error->setObjectName(QStringLiteral("settingsError"));

    // Detector: which file, where it runs.
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_bundled);
    choice->addButton(m_modelFile);
    auto* browse = new QPushButton(tr("B&rowse..."));
    browse->setObjectName(QStringLiteral("browseModel"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_modelFile);
    fileRow->addWidget(m_modelPath, 1);
    m_modelPath->setMinimumWidth(360); // room for a path
    fileRow->addWidget(browse);
    const bool cudaMissing = status.cudaAvailable == std::optional<bool>(false);
    m_device->addItem(tr("Automatic (CUDA when available)"),
                      DetectorSettings::deviceKey(DetectorSettings::Device::Auto));
    m_device->addItem(tr("CPU"), DetectorSettings::deviceKey(DetectorSettings::Device::Cpu));
    m_device->addItem(cudaMissing ? tr("CUDA (not available here: runs on the CPU)") : tr("CUDA"),
                      DetectorSettings::deviceKey(DetectorSettings::Device::Cuda));
    auto* deviceInfo = new QLabel(deviceText(status));
    deviceInfo->setObjectName(QStringLiteral("deviceInfo"));
    deviceInfo->setWordWrap(true);
    auto* detector = new QGroupBox(tr("Detector"));
    auto* detectorForm = new QFormLayout(detector);
    detectorForm->addRow(m_bundled);
    detectorForm->addRow(fileRow);
    detectorForm->addRow(tr("&Device:"), m_device);
    detectorForm->addRow(QString(), deviceInfo);

    // Candidates: how scores mix, which are kept; then how they merge.
    m_rate->setToolTip(tr("confidence = rate x hard score + (1 - rate) x Soft-IoU score; the "
                          "model contract's default is %1.")
                           .arg(DetectorSettings::kDefaultHardScoreRate));
    m_modelThreshold->setText(
        status.modelScoreThreshold
            ? tr("The model's own (%1)").arg(*status.modelScoreThreshold, 0, 'g', 3)
            : tr("The model's own"));
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_scoreThreshold);
    thresholdRow->addWidget(m_modelThreshold, 1);
    m_merge->addItem(tr("EM-Merger and NMS"),
                     DetectorSettings::mergeKey(DetectorSettings::Merge::Both));
    m_merge->addItem(tr("EM-Merger"), DetectorSettings::mergeKey(DetectorSettings::Merge::Em));
    m_merge->addItem(tr("EM-Merger, the authors' reference"),
                     DetectorSettings::mergeKey(DetectorSettings::Merge::EmReference));
    m_merge->addItem(tr("NMS"), DetectorSettings::mergeKey(DetectorSettings::Merge::Nms));
    m_merge->setToolTip(tr("The proposals come from the EM-Merger's boxes when it runs, else "
                           "from NMS."));
    m_nmsIou->setToolTip(tr("NMS drops a box that overlaps a better one at this IoU or more."));
    // IoU 0.5 is inference/merge's kDefaultBoxVotingIou, which widgets do not link.
    m_boxVoting->setToolTip(tr("Each merged box becomes the mean of the well-scored candidates "
                               "of IoU 0.5 or more with it; off keeps the detector's own box. "
                               "The authors' reference merger never votes."));
    auto* merging = new QGroupBox(tr("Candidates and merging"));
    auto* mergingForm = new QFormLayout(merging);
    mergingForm->addRow(tr("&Hard score rate:"), m_rate);
    // A row whose field is a layout gets no buddy by itself, and would show the "&".
    auto* thresholdLabel = new QLabel(tr("&Minimum hard score:"));
    thresholdLabel->setBuddy(m_scoreThreshold);
    mergingForm->addRow(thresholdLabel, thresholdRow);
    mergingForm->addRow(tr("Merge &method:"), m_merge);
    mergingForm->addRow(tr("NMS &IoU threshold:"), m_nmsIou);
    mergingForm->addRow(QString(), m_boxVoting);

    for (Theme::Choice c : {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark})
        m_theme->addItem(Theme::displayName(c), Theme::key(c));
    m_theme->setCurrentIndex(indexOf(m_theme, Theme::key(theme)));
    auto* appearance = new QGroupBox(tr("Appearance"));
    auto* appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Theme:"), m_theme);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d03030"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(detector);
    layout->addWidget(merging);
    layout->addWidget(appearance);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setFields(DetectorSettings{}); });
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseModel);
    connect(m_modelFile, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_modelThreshold, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_merge, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    setFields(settings);
}

void SettingsDialog::setFields(const DetectorSettings& s)
{
    (s.modelPath.isEmpty() ? m_bundled : m_modelFile)->setChecked(true);
    m_modelPath->setText(QDir::toNativeSeparators(s.modelPath));
    m_device->setCurrentIndex(indexOf(m_device, DetectorSettings::deviceKey(s.device)));
    m_rate->setValue(s.hardScoreRate);
    m_modelThreshold->setChecked(!s.scoreThreshold);
    // With the model's own threshold the field shows it, a sensible start for an own value.
    m_scoreThreshold->setValue(s.scoreThreshold.value_or(m_modelScore));
    m_merge->setCurrentIndex(indexOf(m_merge, DetectorSettings::mergeKey(s.merge)));
    m_nmsIou->setValue(s.nmsIouThreshold);
    m_boxVoting->setChecked(s.boxVoting);
    updateEnabled();
}

DetectorSettings SettingsDialog::settings() const
{
    DetectorSettings s;
    if (m_modelFile->isChecked())
        s.modelPath = QDir::fromNativeSeparators(m_modelPath->text().trimmed());
    s.device = DetectorSettings::deviceFromKey(m_device->currentData().toString())
                   .value_or(DetectorSettings::Device::Auto);
    s.hardScoreRate = m_rate->value();
    if (!m_modelThreshold->isChecked())
        s.scoreThreshold = m_scoreThreshold->value();
    s.merge = DetectorSettings::mergeFromKey(m_merge->currentData().toString())
                  .value_or(DetectorSettings::Merge::Both);
    s.nmsIouThreshold = m_nmsIou->value();
    s.boxVoting = m_boxVoting->isChecked();
    return s;
}

Theme::Choice SettingsDialog::theme() const
{
    return Theme::fromKey(m_theme->currentData().toString()).value_or(Theme::Choice::System);
}

QString SettingsDialog::validate() const
{
    if (m_modelFile->isChecked()) {
        const QString path = m_modelPath->text().trimmed();
        if (path.isEmpty())
            return tr("Model file: choose a file, or use the bundled detector.");
        const QFileInfo file(path);
        if (!file.exists())
            return tr("Model file: %1 does not exist.").arg(path);
        if (!file.isFile() || !file.isReadable())
            return tr("Model file: %1 is not a readable file.").arg(path);
    }
    // The spin boxes clamp; these hold for values set from code too.
    const DetectorSettings s = settings();
    if (s.hardScoreRate < 0 || s.hardScoreRate > 1)
        return tr("Hard score rate: expected a number from 0 to 1.");
    if (s.scoreThreshold &&
        (*s.scoreThreshold < kMinScoreThreshold || *s.scoreThreshold > kMaxScoreThreshold))
        return tr("Minimum hard score: expected a number from %1 to %2.")
            .arg(kMinScoreThreshold)
            .arg(kMaxScoreThreshold);
    if (s.nmsIouThreshold < kMinNmsIou || s.nmsIouThreshold > kMaxNmsIou)
        return tr("NMS IoU threshold: expected a number from %1 to %2.")
            .arg(kMinNmsIou)
            .arg(kMaxNmsIou);
    return {};
}

void SettingsDialog::accept()
{
    if (const QString error = validate(); !error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_error->hide();
    const DetectorSettings detector = settings();
    QSettings stored;
    detector.save(stored);
    Theme::save(theme());
    Theme::apply(theme());
    Q_EMIT saved(detector);
    QDialog::accept();
}

void SettingsDialog::browseModel()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Detector Model"), QFileInfo(m_modelPath->text()).path(),
        tr("TorchScript models (*.pt *.torchscript);;All files (*)"));
    if (path.isEmpty())
        return;
    m_modelPath->setText(QDir::toNativeSeparators(path));
    m_modelFile->setChecked(true);
}

void SettingsDialog::updateEnabled()
{
    m_modelPath->setEnabled(m_modelFile->isChecked());
    m_scoreThreshold->setEnabled(!m_modelThreshold->isChecked());
    const auto merge = DetectorSettings::mergeFromKey(m_merge->currentData().toString());
    m_nmsIou->setEnabled(merge == DetectorSettings::Merge::Both ||
                         merge == DetectorSettings::Merge::Nms);
    m_boxVoting->setEnabled(merge == DetectorSettings::Merge::Both ||
                            merge == DetectorSettings::Merge::Em);
}

QString SettingsDialog::deviceText(const DetectorStatus& status) const
{
    QString running = status.device.isEmpty() ? tr("No detector is loaded yet.")
                                              : tr("The detector runs on: %1.").arg(status.device);
    if (!status.error.isEmpty())
        running = tr("The last model did not load: %1").arg(status.error);
    if (!status.cudaAvailable)
        return running + QLatin1Char(' ') +
               tr("Whether CUDA is available is known once a model loads with Automatic or CUDA.");
    return running + QLatin1Char(' ') +
           (*status.cudaAvailable ? tr("CUDA is available on this machine.")
                                  : tr("CUDA is not available on this machine (no GPU, or a "
                                       "LibTorch without CUDA)."));
}

} // namespace shelf
