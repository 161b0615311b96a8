// Edit > Preferences and View > Theme: detector settings round-trip through QSettings (isolated by
// the test mode), the dialog keeps numbers in range and refuses a model file that is not there,
// OK saves and announces the settings, and a theme choice sets the application's palette.
#include "detector_settings.h"
#include "main_window.h"
#include "pre_annotation_bar.h"
#include "settings_dialog.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_model; // an existing file: the dialog checks existence, the app checks the content
    QColor m_systemWindow;

    static DetectorSettings custom(const QString& model)
    {
        DetectorSettings s;
        s.modelPath = model;
        s.device = DetectorSettings::Device::Cpu;
        s.hardScoreRate = 0.25;
        s.merge = DetectorSettings::Merge::EmReference;
        s.scoreThreshold = 0.375;
        s.nmsIouThreshold = 0.7;
        s.boxVoting = false;
        return s;
    }

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_systemWindow = QApplication::palette().color(QPalette::Window);
        m_model = m_dir.filePath(QStringLiteral("detector.pt"));
        QFile file(m_model);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not checked here");
    }

    void init() { QSettings().clear(); }

    void defaultsWhenNothingIsStored()
    {
        const DetectorSettings s = DetectorSettings::load(QSettings());
        QVERIFY(s.modelPath.isEmpty());
        QCOMPARE(s.device, DetectorSettings::Device::Auto);
        QCOMPARE(s.hardScoreRate, 0.5);
        QCOMPARE(s.merge, DetectorSettings::Merge::Both);
        QVERIFY(!s.scoreThreshold);
        QCOMPARE(s.nmsIouThreshold, 0.5);
        QVERIFY(s.boxVoting);
    }

    void settingsRoundTripThroughQSettings()
    {
        const DetectorSettings s = custom(m_model);
        {
            QSettings settings;
            s.save(settings);
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("model/path")).toString(), m_model);
        QCOMPARE(settings.value(QStringLiteral("detector/device")).toString(),
                 QStringLiteral("cpu"));
        QCOMPARE(settings.value(QStringLiteral("detector/merge")).toString(),
                 QStringLiteral("em-reference"));
        QVERIFY(DetectorSettings::load(settings) == s);
        // Back to the bundled model and the model's own threshold: the keys go away.
        DetectorSettings plain = s;
        plain.modelPath.clear();
        plain.scoreThreshold.reset();
        plain.save(settings);
        QVERIFY(!settings.contains(QStringLiteral("model/path")));
        QVERIFY(!settings.contains(QStringLiteral("detector/score_threshold")));
        QVERIFY(DetectorSettings::load(settings) == plain);
    }

    void badStoredValuesFallBackToDefaults()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("detector/device"), QStringLiteral("gpu"));
        settings.setValue(QStringLiteral("detector/merge"), QStringLiteral("average"));
        settings.setValue(QStringLiteral("detector/hard_score_rate"), 1.5);
        settings.setValue(QStringLiteral("detector/score_threshold"), QStringLiteral("low"));
        settings.setValue(QStringLiteral("detector/nms_iou_threshold"), -0.1);
        settings.setValue(QStringLiteral("detector/box_voting"), QStringLiteral("maybe"));
        const DetectorSettings s = DetectorSettings::load(settings);
        QVERIFY(s.boxVoting);
        QCOMPARE(s.device, DetectorSettings::Device::Auto);
        QCOMPARE(s.merge, DetectorSettings::Merge::Both);
        QCOMPARE(s.hardScoreRate, 0.5);
        QVERIFY(!s.scoreThreshold);
        QCOMPARE(s.nmsIouThreshold, 0.5);
    }

    void dialogShowsTheSettingsItWasGiven()
    {
        const DetectorSettings s = custom(m_model);
        SettingsDialog dialog(s, Theme::Choice::Dark, {});
        QVERIFY(dialog.settings() == s);
        QCOMPARE(dialog.theme(), Theme::Choice::Dark);
        QVERIFY(child<QRadioButton>(&dialog, "modelFileChoice")->isChecked());
        QVERIFY(!child<QCheckBox>(&dialog, "modelScoreThreshold")->isChecked());
        // NMS is not run with the reference EM alone, so its threshold is not editable.
        QVERIFY(!child<QDoubleSpinBox>(&dialog, "nmsIouThreshold")->isEnabled());
        // The reference merger never votes, so the choice is not offered with it.
        auto* voting = child<QCheckBox>(&dialog, "boxVoting");
        QVERIFY(!voting->isChecked());
        QVERIFY(!voting->isEnabled());
        child<QComboBox>(&dialog, "mergeMethod")->setCurrentIndex(0); // EM-Merger and NMS
        QVERIFY(child<QDoubleSpinBox>(&dialog, "nmsIouThreshold")->isEnabled());
        QVERIFY(voting->isEnabled());
        voting->setChecked(true);
        QVERIFY(dialog.settings().boxVoting);
    }

    void numbersStayInTheirRanges()
    {
        SettingsDialog dialog({}, Theme::Choice::System, {});
        auto* rate = child<QDoubleSpinBox>(&dialog, "hardScoreRate");
        rate->setValue(1.7);
        QCOMPARE(rate->value(), 1.0);
        rate->setValue(-0.2);
        QCOMPARE(rate->value(), 0.0);
        auto* iou = child<QDoubleSpinBox>(&dialog, "nmsIouThreshold");
        iou->setValue(0);
        QCOMPARE(iou->value(), SettingsDialog::kMinNmsIou);
        auto* score = child<QDoubleSpinBox>(&dialog, "scoreThreshold");
        child<QCheckBox>(&dialog, "modelScoreThreshold")->setChecked(false);
        score->setValue(1);
        QCOMPARE(score->value(), SettingsDialog::kMaxScoreThreshold);
        // Typed text past the maximum is refused by the field's validator: "0.7" then "5".
        iou->selectAll();
        QTest::keyClicks(iou, QStringLiteral("0.75"));
        QCOMPARE(iou->value(), 0.75);
        iou->selectAll();
        QTest::keyClicks(iou, QStringLiteral("1.5"));
        QVERIFY(iou->value() <= SettingsDialog::kMaxNmsIou);
        QVERIFY(dialog.validate().isEmpty());
        QCOMPARE(dialog.settings().scoreThreshold, std::optional<double>(0.99));
    }

    void aMissingModelFileIsRefused()
    {
        SettingsDialog dialog({}, Theme::Choice::System, {});
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        auto* error = child<QLabel>(&dialog, "settingsError");
        child<QRadioButton>(&dialog, "modelFileChoice")->setChecked(true);
        auto* path = child<QLineEdit>(&dialog, "modelPath");
        QVERIFY(path->isEnabled());
        dialog.accept();
        QVERIFY(error->text().startsWith(QStringLiteral("Model file: choose a file")));
        const QString missing = m_dir.filePath(QStringLiteral("gone.pt"));
        path->setText(missing);
        dialog.accept();
        QCOMPARE(error->text(), QStringLiteral("Model file: %1 does not exist.").arg(missing));
        path->setText(m_dir.path());
        dialog.accept();
        QCOMPARE(error->text(),
                 QStringLiteral("Model file: %1 is not a readable file.").arg(m_dir.path()));
        QCOMPARE(saved.count(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!QSettings().contains(QStringLiteral("model/path")));

        path->setText(m_model);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved[0][0].value<DetectorSettings>().modelPath, m_model);
        QCOMPARE(QSettings().value(QStringLiteral("model/path")).toString(), m_model);
    }

    void okSavesWhatTheFieldsSay()
    {
        SettingsDialog dialog({}, Theme::Choice::System, {});
        child<QComboBox>(&dialog, "device")->setCurrentIndex(2); // CUDA
        child<QDoubleSpinBox>(&dialog, "hardScoreRate")->setValue(0.8);
        child<QComboBox>(&dialog, "mergeMethod")->setCurrentIndex(3); // NMS
        child<QDoubleSpinBox>(&dialog, "nmsIouThreshold")->setValue(0.45);
        child<QCheckBox>(&dialog, "modelScoreThreshold")->setChecked(false);
        child<QDoubleSpinBox>(&dialog, "scoreThreshold")->setValue(0.2);
        dialog.accept();
        const DetectorSettings s = DetectorSettings::load(QSettings());
        QVERIFY(s.modelPath.isEmpty());
        QCOMPARE(s.device, DetectorSettings::Device::Cuda);
        QCOMPARE(s.hardScoreRate, 0.8);
        QCOMPARE(s.merge, DetectorSettings::Merge::Nms);
        QCOMPARE(s.nmsIouThreshold, 0.45);
        QCOMPARE(s.scoreThreshold, std::optional<double>(0.2));
    }

    void restoreDefaultsResetsTheDetectorFields()
    {
        SettingsDialog dialog(custom(m_model), Theme::Choice::System, {});
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        QVERIFY(dialog.settings() == DetectorSettings{});
    }

    void theDeviceInUseAndCudaAreShown()
    {
        DetectorStatus status;
        status.device = QStringLiteral("CPU, 2 threads");
        status.cudaAvailable = false;
        status.modelScoreThreshold = 0.25;
        SettingsDialog dialog({}, Theme::Choice::System, status);
        const QString info = child<QLabel>(&dialog, "deviceInfo")->text();
        QVERIFY2(info.contains(QStringLiteral("CPU, 2 threads")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("CUDA is not available")), qPrintable(info));
        QVERIFY(child<QComboBox>(&dialog, "device")
                    ->itemText(2)
                    .contains(QStringLiteral("not available")));
        QCOMPARE(child<QCheckBox>(&dialog, "modelScoreThreshold")->text(),
                 QStringLiteral("The model's own (0.25)"));
        // The field starts at the model's threshold, ready to be changed.
        QCOMPARE(child<QDoubleSpinBox>(&dialog, "scoreThreshold")->value(), 0.25);

        status.cudaAvailable = true;
        status.device = QStringLiteral("CUDA device 0");
        SettingsDialog withCuda({}, Theme::Choice::System, status);
        QVERIFY(child<QLabel>(&withCuda, "deviceInfo")
                    ->text()
                    .contains(QStringLiteral("CUDA is available")));
        QCOMPARE(child<QComboBox>(&withCuda, "device")->itemText(2), QStringLiteral("CUDA"));
    }

    void darknessIsTheWindowLightness()
    {
        QVERIFY(Theme::isDark(QPalette(QColor(127, 127, 127))));
        QVERIFY(!Theme::isDark(QPalette(QColor(128, 128, 128))));
        QVERIFY(Theme::isDark(Theme::darkPalette()));
        QVERIFY(!Theme::isDark(Theme::lightPalette()));
        // The offscreen platform's own palette is light, whatever theme is applied now.
        Theme::apply(Theme::Choice::Dark);
        QVERIFY(!Theme::systemIsDark());
        QCOMPARE(Theme::displayName(Theme::Choice::System), QStringLiteral("System (light)"));
        Theme::apply(Theme::Choice::System);
    }

    void aThemeChoiceSetsThePalette()
    {
        Theme::apply(Theme::Choice::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(45, 45, 48));
        QCOMPARE(QApplication::palette().color(QPalette::Dark), QColor(22, 22, 24));
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        Theme::apply(Theme::Choice::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 Theme::lightPalette().color(QPalette::Window));
        Theme::apply(Theme::Choice::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);

        // Through the dialog: OK saves the choice and applies it.
        SettingsDialog dialog({}, Theme::Choice::System, {});
        auto* theme = child<QComboBox>(&dialog, "theme");
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        dialog.accept();
        QCOMPARE(Theme::saved(), Theme::Choice::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        Theme::apply(Theme::Choice::System);
    }

    void theWindowOpensPreferencesAndThemes()
    {
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::detectorSettingsChanged);
        auto* preferences = window.findChild<QAction*>(QStringLiteral("preferences"));
        QVERIFY(preferences);
        QVERIFY(preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        preferences->trigger();
        auto* dialog = window.findChild<SettingsDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        child<QDoubleSpinBox>(dialog, "hardScoreRate")->setValue(0.3);
        dialog->accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<DetectorSettings>().hardScoreRate, 0.3);
        QCOMPARE(DetectorSettings::load(QSettings()).hardScoreRate, 0.3);

        auto* dark = window.findChild<QAction*>(QStringLiteral("theme_dark"));
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(dark->isChecked());
        QCOMPARE(Theme::saved(), Theme::Choice::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        window.findChild<QAction*>(QStringLiteral("theme_system"))->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
    }

    void theStatusBarShowsTheDevice()
    {
        MainWindow window;
        window.show();
        PreAnnotationBar* bar = window.preAnnotationBar();
        QVERIFY(!bar->isVisible());
        DetectorStatus status;
        status.model = QStringLiteral("tiny");
        status.device = QStringLiteral("CPU, 2 threads");
        bar->setDetectorStatus(status);
        QVERIFY(bar->isVisible());
        auto* device = child<QLabel>(bar, "detectorDevice");
        QCOMPARE(device->text(), QStringLiteral("Detector: CPU, 2 threads"));
        QVERIFY(!child<QPushButton>(bar, "cancelPreAnnotation")->isVisible());
        bar->setProgress(1, 3);
        QVERIFY(child<QPushButton>(bar, "cancelPreAnnotation")->isVisible());
        bar->finish();
        QVERIFY(!child<QPushButton>(bar, "cancelPreAnnotation")->isVisible());
        QVERIFY(bar->isVisible());
        status = {};
        status.error = QStringLiteral("x.pt: not a TorchScript model");
        bar->setDetectorStatus(status);
        QCOMPARE(device->text(), QStringLiteral("Detector not loaded"));
        QCOMPARE(device->toolTip(), status.error);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"
