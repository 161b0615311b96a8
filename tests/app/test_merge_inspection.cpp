// The EM-Merger inspector on the real window: select a proposed box, get the raw candidates the
// merge absorbed for it, its blob's n and k and a heat map, computed off the UI thread.
#include "image_canvas.h"
#include "layer_merger.h"
#include "main_window.h"
#include "merge_inspection_controller.h"
#include "merge_inspector.h"
#include "merge_inspector_panel.h"
#include "project_document.h"
#include "project_setup.h"
#include "test_window.h"

#include <QAction>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace shelf;

class TestMergeInspection : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MainWindow> m_window;
    MergeInspectionController* m_controller = nullptr;
    ProjectDocument* m_doc = nullptr;
    qint64 m_image = 0;
    MergedLayer m_merged;
    std::vector<Detection> m_raw;
    QList<qint64> m_proposals; ///< human-layer ids, one per merged box, in m_merged order
    qint64 m_drawn = 0;

    Annotation annotation(const QString& layer, const Detection& d) const
    {
        Annotation a;
        a.imageId = m_image;
        a.layer = layer;
        a.box = d.box;
        a.hardScore = d.hardScore;
        a.softIou = d.softIou;
        a.confidence = d.confidence;
        a.origin = Origin::Model;
        a.state = ReviewState::Proposed;
        return a;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QDir().mkpath(m_tmp->filePath(QStringLiteral("img")));
        QImage img(1000, 800, QImage::Format_RGB32);
        img.fill(QColor(90, 90, 90));
        QVERIFY(img.save(m_tmp->filePath(QStringLiteral("img/s.png"))));
        auto created = ProjectSetup::createFromFolder(m_tmp->filePath(QStringLiteral("p.shelf")),
                                                      m_tmp->filePath(QStringLiteral("img")));
        m_image = created.store->images()[0].id;

        // Three products side by side, eight jittered candidates each, as a detector gives.
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> jitter(-6, 6), score(0.5, 0.95);
        m_raw.clear();
        for (int p = 0; p < 3; ++p) {
            const Box product{100.0 + 220 * p, 150, 300.0 + 220 * p, 550};
            for (int c = 0; c < 8; ++c) {
                const double s = score(rng);
                m_raw.push_back({{product.x1 + jitter(rng), product.y1 + jitter(rng),
                                  product.x2 + jitter(rng), product.y2 + jitter(rng)},
                                 s,
                                 s,
                                 s,
                                 0});
            }
        }
        std::string error;
        m_merged = mergeLayer(m_raw, {1000, 800}, merge::Method::EmDefault, {}, 0.0,
                              int(m_raw.size()), error);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(m_merged.boxes.size(), std::size_t(3));
        QList<Annotation> boxes;
        for (const Detection& d : m_raw)
            boxes << annotation(layers::raw, d);
        for (const MergedDetection& m : m_merged.boxes)
            boxes << annotation(layers::em, m.detection);
        for (const MergedDetection& m : m_merged.boxes)
            boxes << annotation(layers::human, m.detection);
        Annotation drawn = annotation(layers::human, {{850, 600, 950, 780}, -1, -1, -1, 0});
        drawn.origin = Origin::Human;
        drawn.state = ReviewState::Accepted;
        boxes << drawn;
        // Stored before the window opens the project, as pre-annotation left them.
        created.store->insertAnnotations(boxes);
        m_proposals.clear();
        for (qsizetype i = boxes.size() - 4; i < boxes.size() - 1; ++i)
            m_proposals << boxes[i].id;
        m_drawn = boxes.last().id;

        m_window = test::openWindow(std::move(created.store), {1400, 900});
        m_controller = new MergeInspectionController(m_window.get());
        m_doc = m_window->document();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->selectImage(m_image);
        m_window->findChild<QAction*>(QStringLiteral("mergeInspector"))->trigger();
        QTRY_VERIFY(m_window->mergeInspector()->isActive());
    }

    void cleanup()
    {
        m_window.reset();
        m_tmp.reset();
    }

    void selectingAProposalShowsItsCandidatesBlobAndHeatMap()
    {
        QSignalSpy spy(m_controller, &MergeInspectionController::inspected);
        m_window->canvas()->setSelection({m_proposals[1]});
        QVERIFY(spy.wait(30000));
        const MergeInspection inspection = m_window->mergeInspector()->inspection();
        QVERIFY2(inspection.error.isEmpty(), qPrintable(inspection.error));
        QVERIFY(inspection.recomputedIou > 0.999);
        // Exactly the candidates of the merge's cluster, best first.
        const MergedDetection& expected = m_merged.boxes[1];
        QCOMPARE(inspection.candidates.size(), qsizetype(expected.cluster.size()));
        QVERIFY(inspection.candidates.size() >= 2);
        for (int i = 0; i < inspection.candidates.size(); ++i) {
            QVERIFY(iou(inspection.candidates[i].box, expected.detection.box) > 0.8);
            if (i > 0)
                QVERIFY(inspection.candidates[i - 1].confidence >=
                        inspection.candidates[i].confidence);
        }
        QCOMPARE(m_window->mergeInspector()->candidateTable()->rowCount(),
                 int(inspection.candidates.size()));
        QVERIFY(inspection.hasBlob);
        const merge::BlobDiagnostics& blob = m_merged.blobs[std::size_t(expected.blob)];
        QCOMPARE(inspection.n, int(blob.n));
        QCOMPARE(inspection.k, blob.k);
        QVERIFY(!inspection.outcome.isEmpty());
        // The heat map covers the product and is drawn with the candidates on the canvas.
        QVERIFY(!inspection.heatMap.isNull());
        const Box& merged = expected.detection.box;
        const QPointF centre((merged.x1 + merged.x2) / 2, (merged.y1 + merged.y2) / 2);
        QVERIFY(inspection.heatRect.contains(centre));
        QVERIFY(inspection.blob.contains(centre));
        QVERIFY(m_window->canvas()->showsHeatMap());
        QCOMPARE(m_window->canvas()->inspectedCandidates().size(), inspection.candidates.size());
        QVERIFY(m_window->mergeInspector()->summaryText().contains(
            QStringLiteral("k = %1").arg(blob.k)));
    }

    void aHumanBoxFarFromEveryMergedBoxIsExplainedAsSuch()
    {
        QSignalSpy spy(m_controller, &MergeInspectionController::inspected);
        m_window->canvas()->setSelection({m_drawn});
        QVERIFY(spy.wait(30000));
        const MergeInspection inspection = m_window->mergeInspector()->inspection();
        QVERIFY(inspection.error.contains(QStringLiteral("No EM-Merger box")));
        QVERIFY(inspection.candidates.isEmpty());
        QVERIFY(!m_window->canvas()->showsHeatMap());
        QVERIFY(m_window->canvas()->inspectedCandidates().isEmpty());
    }

    void closingTheInspectorClearsTheOverlay()
    {
        QSignalSpy spy(m_controller, &MergeInspectionController::inspected);
        m_window->canvas()->setSelection({m_proposals[0]});
        QVERIFY(spy.wait(30000));
        QVERIFY(m_window->canvas()->showsHeatMap());
        m_window->findChild<QAction*>(QStringLiteral("mergeInspector"))->trigger();
        QTRY_VERIFY(!m_window->mergeInspector()->isActive());
        QVERIFY(!m_window->canvas()->showsHeatMap());
        QVERIFY(m_window->canvas()->inspectedCandidates().isEmpty());
    }

    void colourMapRisesWithHeat()
    {
        const float heat[] = {0.0f, 0.5f, 2.0f, 1.0f};
        const QImage image = MergeInspector::colourMap(heat, 4, 1, 4);
        QCOMPARE(image.size(), QSize(4, 1));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(2, 0)), 200); // the peak
        QVERIFY(qAlpha(image.pixel(1, 0)) < qAlpha(image.pixel(3, 0)));
        QVERIFY(qAlpha(image.pixel(3, 0)) < 200);
    }
};

QTEST_MAIN(TestMergeInspection)
#include "test_merge_inspection.moc"
