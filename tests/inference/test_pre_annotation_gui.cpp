// Pre-annotation from the window: the service runs the suite's tiny YOLOv8-shaped model off the
// UI thread, results land as proposals in the human layer next to the raw/nms/em layers, a box a
// person accepted is never touched, and an interrupted run resumes when the project reopens.
#include "add_annotations_command.h"
#include "main_window.h"
#include "pre_annotation_controller.h"
#include "project_document.h"
#include "project_setup.h"

#include <QImage>
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
};

QTEST_MAIN(TestPreAnnotationGui)
#include "test_pre_annotation_gui.moc"
