// Pre-annotation from the window: the service runs the suite's tiny YOLOv8-shaped model off the
// UI thread, results land as proposals in the human layer next to the raw/nms/em layers, a box a
// person accepted is never touched, and an interrupted run resumes when the project reopens.
#include "add_annotations_command.h"
#include "inference_service.h"
#include "main_window.h"
#include "pre_annotation_bar.h"
#include "pre_annotation_controller.h"
#include "project_document.h"
#include "project_setup.h"

#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestPreAnnotationGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().setValue(QStringLiteral("model/path"),
                             QStringLiteral(SHELF_TEST_MODELS_DIR "/yolov8.pt"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("img")));
        for (int i = 0; i < 3; ++i) {
            QImage img(640, 480, QImage::Format_RGB32);
            img.fill(QColor(80, 80, 80 + 40 * i));
            QVERIFY(img.save(m_dir.filePath(QStringLiteral("img/s%1.png").arg(i))));
        }
        m_project = m_dir.filePath(QStringLiteral("p.shelf"));
        ProjectSetup::createFromFolder(m_project, m_dir.filePath(QStringLiteral("img")));
    }

    void proposalsArriveAndHumanBoxesStay()
    {
        MainWindow window;
        PreAnnotationController controller(&window);
        controller.loadDefaultModel();
        window.setDocument(std::make_unique<ProjectDocument>(ProjectStore::open(m_project)));
        ProjectDocument* doc = window.document();
        const qint64 first = doc->images()[0].id;
        Annotation mine;
        mine.imageId = first;
        mine.box = {1, 1, 50, 50};
        doc->undoStack()->push(new AddAnnotationsCommand(doc, {mine}));
        QSignalSpy finished(&controller, &PreAnnotationController::runFinished);
        controller.start(window.listedImages());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished[0][0].toBool(), false);
        int proposals = 0, accepted = 0;
        for (const Annotation& a : doc->annotations(first, layers::human)) {
            proposals += a.state == ReviewState::Proposed && a.origin == Origin::Model;
            accepted += a.state == ReviewState::Accepted && a.origin == Origin::Human;
        }
        QVERIFY(proposals > 0);
        QCOMPARE(accepted, 1);
        QVERIFY(!doc->annotations(first, layers::raw).isEmpty());
        QCOMPARE(doc->image(first).status, ImageStatus::PreAnnotated);
        // Running again replaces the model's proposals instead of stacking them.
        controller.start({first});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        int again = 0;
        for (const Annotation& a : doc->annotations(first, layers::human))
            again += a.state == ReviewState::Proposed;
        QCOMPARE(again, proposals);
        // One image, one undo step.
        doc->undoStack()->undo();
        QCOMPARE(doc->annotations(first, layers::human).size(), proposals + 1);
    }

    void anInterruptedRunResumesOnOpen()
    {
        {
            auto store = ProjectStore::open(m_project);
            const qint64 id = store->images()[2].id;
            store->clearLayer(layers::raw, id);
            store->setSetting(QStringLiteral("preannotate_pending"),
                              QStringLiteral("[%1]").arg(id));
        }
        MainWindow window;
        PreAnnotationController controller(&window);
        window.setDocument(std::make_unique<ProjectDocument>(ProjectStore::open(m_project)));
        QSignalSpy finished(&controller, &PreAnnotationController::runFinished);
        controller.projectOpened();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const qint64 id = window.document()->images()[2].id;
        QVERIFY(!window.document()->annotations(id, layers::raw).isEmpty());
        QCOMPARE(window.document()->store().setting(QStringLiteral("preannotate_pending")),
                 QStringLiteral("[]"));
    }

    void predictOptionsFollowTheSettings()
    {
        DetectorSettings s;
        s.merge = DetectorSettings::Merge::Nms;
        s.hardScoreRate = 0.3;
        s.scoreThreshold = 0.2;
        s.nmsIouThreshold = 0.6;
        PredictOptions o = PreAnnotationController::predictOptions(s);
        QVERIFY(o.merge.nms);
        QVERIFY(!o.merge.em);
        QCOMPARE(o.hardScoreRate, 0.3);
        QCOMPARE(o.scoreThreshold, std::optional<double>(0.2));
        QCOMPARE(o.mergeOptions.nms_iou_threshold, 0.6);
        s.merge = DetectorSettings::Merge::EmReference;
        s.scoreThreshold.reset();
        o = PreAnnotationController::predictOptions(s);
        QVERIFY(!o.merge.nms);
        QCOMPARE(o.merge.em, std::optional<merge::Method>(merge::Method::EmReference));
        QVERIFY(!o.scoreThreshold);
        s.merge = DetectorSettings::Merge::Both;
        o = PreAnnotationController::predictOptions(s);
        QVERIFY(o.merge.nms);
        QCOMPARE(o.merge.em, std::optional<merge::Method>(merge::Method::EmDefault));
        QVERIFY(!o.mergeOptions.box_voting_iou); // the engine's default: EM votes, NMS not
        s.boxVoting = false;
        o = PreAnnotationController::predictOptions(s);
        QCOMPARE(o.mergeOptions.box_voting_iou, std::optional<double>(0.0));
        s.device = DetectorSettings::Device::Cpu;
        QCOMPARE(PreAnnotationController::modelOptions(s).device, DeviceRequest::Cpu);
        s.device = DetectorSettings::Device::Cuda;
        QCOMPARE(PreAnnotationController::modelOptions(s).device, DeviceRequest::Cuda);
    }

    void settingsReachTheNextRun()
    {
        // A project of its own, so that no em layer of an earlier test is left over.
        const QString project = m_dir.filePath(QStringLiteral("nms.shelf"));
        ProjectSetup::createFromFolder(project, m_dir.filePath(QStringLiteral("img")));
        MainWindow window;
        PreAnnotationController controller(&window);
        QSignalSpy status(&controller, &PreAnnotationController::detectorStatusChanged);
        controller.loadDefaultModel();
        QTRY_COMPARE_WITH_TIMEOUT(status.count(), 1, 60000);
        QVERIFY(!controller.status().device.isEmpty());
        QVERIFY(controller.status().modelScoreThreshold.has_value());
        QVERIFY(controller.status().cudaAvailable.has_value()); // loaded with Automatic
        auto* device =
            window.preAnnotationBar()->findChild<QLabel*>(QStringLiteral("detectorDevice"));
        QCOMPARE(device->text(), QStringLiteral("Detector: %1").arg(controller.status().device));

        DetectorSettings nmsOnly = controller.settings();
        nmsOnly.merge = DetectorSettings::Merge::Nms;
        Q_EMIT window.detectorSettingsChanged(nmsOnly); // what the Preferences dialog's OK sends
        QCOMPARE(controller.settings().merge, DetectorSettings::Merge::Nms);
        window.setDocument(std::make_unique<ProjectDocument>(ProjectStore::open(project)));
        QSignalSpy finished(&controller, &PreAnnotationController::runFinished);
        controller.start(window.listedImages());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(status.count(), 1); // same file and device: no reload
        ProjectDocument* doc = window.document();
        const qint64 first = doc->images()[0].id;
        const int nms = int(doc->annotations(first, layers::nms).size());
        QVERIFY(nms > 0);
        QCOMPARE(doc->annotations(first, layers::em).size(), 0);
        QCOMPARE(doc->annotations(first, layers::human).size(), nms);
    }

    void aModelThatDoesNotLoadIsReported()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.pt"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("this is not a TorchScript archive");
        }
        MainWindow window;
        PreAnnotationController controller(&window);
        QSignalSpy status(&controller, &PreAnnotationController::detectorStatusChanged);
        DetectorSettings settings = controller.settings();
        settings.modelPath = bad;
        controller.applySettings(settings);
        QTRY_COMPARE_WITH_TIMEOUT(status.count(), 1, 60000);
        QVERIFY2(controller.status().error.contains(QStringLiteral("bad.pt")),
                 qPrintable(controller.status().error));
        QVERIFY(controller.status().device.isEmpty());
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("modelLoadError"));
        QVERIFY(box);
        QVERIFY(box->text().contains(controller.status().error));
        auto* device =
            window.preAnnotationBar()->findChild<QLabel*>(QStringLiteral("detectorDevice"));
        QCOMPARE(device->text(), QStringLiteral("Detector not loaded"));
        QCOMPARE(device->toolTip(), controller.status().error);
    }
};

QTEST_MAIN(TestPreAnnotationGui)
#include "test_pre_annotation_gui.moc"
