// The QA reviewer's compare mode on the real window: counts, overlay, filters, reviewer actions
// (undoable and stored), the whole-project table and the dashboard's export.
#include "compare_dashboard.h"
#include "compare_panel.h"
#include "comparison_table_model.h"
#include "image_canvas.h"
#include "main_window.h"
#include "project_document.h"
#include "project_setup.h"
#include "test_project.h"
#include "test_window.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestComparePanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MainWindow> m_window;
    ProjectDocument* m_doc = nullptr;
    ComparePanel* m_panel = nullptr;
    qint64 m_image = 0;
    qint64 m_empty = 0;
    QString m_path;

    Annotation make(const QString& layer, Box box, double score,
                    ReviewState state = ReviewState::Proposed)
    {
        Annotation a;
        a.imageId = m_image;
        a.layer = layer;
        a.box = box;
        a.state = state;
        a.origin = layer == layers::human ? Origin::Human : Origin::Model;
        a.confidence = score;
        return a;
    }

    QAction* action(const char* name) const
    {
        return m_window->findChild<QAction*>(QLatin1String(name));
    }

    QCheckBox* filter(int n) const
    {
        return m_panel->findChildren<QCheckBox*>().value(n + 1); // 0 is "B is the truth"
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        auto created = test::makeTestProject(*m_tmp);
        m_path = m_tmp->filePath(QStringLiteral("p.shelf"));
        m_window = test::openWindow(std::move(created.store), {1400, 900});
        m_doc = m_window->document();
        m_panel = m_window->comparePanel();
        m_image = m_doc->images()[0].id;
        m_empty = m_doc->images()[1].id;
        // nms: A0 and A1 have partners in em, A2 has none; em: B2 has none in nms.
        // human: H0 and H2 accepted (truth), H1 only proposed (not truth), H3 accepted.
        QList<Annotation> boxes{
            make(layers::nms, {100, 100, 200, 300}, 0.9),
            make(layers::nms, {300, 100, 400, 300}, 0.8),
            make(layers::nms, {600, 100, 700, 300}, 0.7),
            make(layers::em, {102, 100, 200, 300}, 0.9),
            make(layers::em, {300, 105, 400, 300}, 0.8),
            make(layers::em, {800, 500, 900, 700}, 0.6),
            make(layers::human, {100, 100, 200, 300}, -1, ReviewState::Accepted),
            make(layers::human, {300, 100, 400, 300}, 0.8, ReviewState::Proposed),
            make(layers::human, {600, 100, 700, 300}, -1, ReviewState::Accepted),
            make(layers::human, {50, 500, 150, 700}, -1, ReviewState::Accepted),
        };
        m_doc->store().insertAnnotations(boxes);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->selectImage(m_image);
        QCOMPARE(m_window->currentImageId(), m_image);
    }

    void cleanup()
    {
        m_window.reset();
        m_tmp.reset();
    }

    void viewActionTurnsCompareModeOnAndOff()
    {
        QVERIFY(!m_panel->isActive());
        QVERIFY(m_window->canvas()->comparison().isEmpty());
        action("compareLayers")->trigger();
        QTRY_VERIFY(m_panel->isActive());
        QCOMPARE(m_window->canvas()->comparison().size(), 6); // 2 pairs x 2 + 1 + 1
        action("compareLayers")->trigger();
        QTRY_VERIFY(!m_panel->isActive());
        QVERIFY(m_window->canvas()->comparison().isEmpty());
    }

    void twoModelLayersAgreeAndDisagree()
    {
        action("compareLayers")->trigger();
        m_panel->setLayers(layers::nms, layers::em, false);
        const BoxMatch& m = m_panel->currentMatch();
        QCOMPARE(m.pairs.size(), 2);
        QCOMPARE(m.onlyA, QList<int>{2});
        QCOMPARE(m.onlyB, QList<int>{2});
        QCOMPARE(m_panel->disagreementList()->count(), 2);
        // The table names its columns after the layers before any run.
        QCOMPARE(m_panel->tableModel()->headerData(ComparisonTableModel::CountB, Qt::Horizontal),
                 QVariant(layers::em));
        // Filters: without matched pairs only the two disagreements are drawn.
        filter(0)->setChecked(false);
        QCOMPARE(m_window->canvas()->comparison().size(), 2);
        filter(1)->setChecked(false);
        QCOMPARE(m_window->canvas()->comparison().size(), 1);
        QCOMPARE(m_window->canvas()->comparison()[0].role, ComparisonBox::OnlyB);
        QCOMPARE(m_panel->disagreementList()->count(), 1);
        // A detector layer taken as truth: its proposals count (only the human layer's wait
        // for review).
        m_panel->setLayers(layers::nms, layers::em, true);
        QCOMPARE(m_panel->currentMatch().pairs.size(), 2);
        QCOMPARE(m_panel->currentMatch().onlyB, QList<int>{2});
    }

    void blinkShowsOneLayerAtATime()
    {
        action("compareLayers")->trigger();
        ImageCanvas* canvas = m_window->canvas();
        QVERIFY(canvas->showsComparisonA() && canvas->showsComparisonB());
        action("blinkCompare")->trigger();
        QVERIFY(canvas->showsComparisonA() != canvas->showsComparisonB());
        const bool first = canvas->showsComparisonA();
        QTRY_VERIFY_WITH_TIMEOUT(canvas->showsComparisonA() != first, 5000);
        action("blinkCompare")->trigger();
        QVERIFY(canvas->showsComparisonA() && canvas->showsComparisonB());
    }

    void swipeSplitsTheLayersAtTheCursor()
    {
        action("compareLayers")->trigger();
        ImageCanvas* canvas = m_window->canvas();
        auto* view = m_panel->findChildren<QComboBox*>().value(2); // after layer A and B
        QVERIFY(view);
        view->setCurrentIndex(view->findText(QStringLiteral("Swipe"), Qt::MatchStartsWith));
        QVERIFY(canvas->comparisonSwipe());
        QVERIFY(canvas->showsComparisonA() && canvas->showsComparisonB());
        QTest::mouseMove(canvas, QPoint(123, 200));
        QTRY_COMPARE(canvas->swipeX(), 123.0);
        // A2 (image x 600..700) has no partner: thick solid cyan. With the line through its middle
        // its left half shows and its right half does not. The dock that compare mode opens
        // narrows the canvas, which then fits the image anew: a point mapped before that may lie
        // under the dock, where the canvas never sees the mouse.
        QTRY_VERIFY(canvas->rect().contains(canvas->imageToWidget({650, 200}).toPoint()));
        const QPoint mid = canvas->imageToWidget({650, 200}).toPoint();
        QTest::mouseMove(canvas, mid);
        QTRY_COMPARE(canvas->swipeX(), double(mid.x()));
        const QImage shot = canvas->grab().toImage();
        const auto isCyanAt = [&](QPointF imagePoint) {
            const QColor c = shot.pixelColor(canvas->imageToWidget(imagePoint).toPoint());
            return c.blue() > 200 && c.green() > 180 && c.red() < 80;
        };
        QVERIFY(isCyanAt({620, 100}));
        QVERIFY(!isCyanAt({680, 100}));
        view->setCurrentIndex(0);
        QVERIFY(!canvas->comparisonSwipe());
    }

    void humanLayerAsTruthGivesTpFpFnAndAp()
    {
        action("compareLayers")->trigger();
        m_panel->setLayers(layers::nms, layers::human, true);
        const BoxMatch& m = m_panel->currentMatch();
        QCOMPARE(m.pairs.size(), 2);      // A0-H0, A2-H2
        QCOMPARE(m.onlyA, QList<int>{1}); // H1 is only proposed: A1 is a false positive
        QCOMPARE(m.onlyB, QList<int>{3}); // H3 missed
        // Ranked .9 TP, .8 FP, .7 TP of 3 truths: precision 1 up to recall 1/3 (34 of COCO's 101
        // recall points), 2/3 up to 2/3 (33 points), then 0: AP = (34 + 33 * 2/3) / 101.
        const ImageComparison row = LayerComparison::compareImage(
            m_doc->image(m_image), {}, m_doc->annotations(m_image, layers::nms),
            m_doc->annotations(m_image, layers::human), true);
        QVERIFY(qAbs(row.ap - 56.0 / 101) < 1e-9);
        QVERIFY(qAbs(row.ap75 - 56.0 / 101) < 1e-9);
    }

    void takingABoxIntoTheHumanLayerIsStoredAndUndoable()
    {
        action("compareLayers")->trigger();
        m_panel->setLayers(layers::nms, layers::human, true);
        m_panel->disagreementList()->setCurrentRow(0); // FP: nms A1
        const int before = int(m_doc->annotations(m_image, layers::human).size());
        m_panel->takeSelectedIntoHuman();
        const QList<Annotation> human =
            ProjectStore::open(m_path)->annotations(m_image, layers::human);
        QCOMPARE(human.size(), before + 1);
        QCOMPARE(human.last().box, (Box{300, 100, 400, 300}));
        QCOMPARE(human.last().state, ReviewState::Accepted);
        // Now a truth: A1 matches it, so the false positive is gone.
        QCOMPARE(m_panel->currentMatch().onlyA.size(), 0);
        m_doc->undoStack()->undo();
        QCOMPARE(ProjectStore::open(m_path)->annotations(m_image, layers::human).size(), before);
        QCOMPARE(m_panel->currentMatch().onlyA.size(), 1);
    }

    void rejectingADisagreementRemovesItFromTheComparison()
    {
        action("compareLayers")->trigger();
        m_panel->setLayers(layers::nms, layers::em, false);
        m_panel->disagreementList()->setCurrentRow(1); // only in em: B2
        m_panel->rejectSelected();
        QCOMPARE(m_panel->currentMatch().onlyB.size(), 0);
        const QList<Annotation> em = ProjectStore::open(m_path)->annotations(m_image, layers::em);
        QCOMPARE(em[2].state, ReviewState::Rejected);
        m_doc->undoStack()->undo();
        QCOMPARE(m_panel->currentMatch().onlyB.size(), 1);
    }

    void markingReviewedIsStoredAndUndoable()
    {
        action("compareLayers")->trigger();
        QVERIFY(!ProjectStore::open(m_path)->image(m_image).reviewed);
        m_panel->toggleReviewed();
        QVERIFY(ProjectStore::open(m_path)->image(m_image).reviewed);
        m_doc->undoStack()->undo();
        QVERIFY(!ProjectStore::open(m_path)->image(m_image).reviewed);
    }

    void projectTableListsWorstImagesFirstAndOpensThem()
    {
        action("compareLayers")->trigger();
        m_panel->setLayers(layers::nms, layers::em, false);
        QSignalSpy done(m_panel, &ComparePanel::projectCompared);
        m_panel->compareProject();
        QVERIFY(done.wait(30000));
        QTableView* table = m_panel->table();
        QCOMPARE(table->model()->rowCount(), 2);
        const QModelIndex top = table->model()->index(0, ComparisonTableModel::Disagreements);
        QCOMPARE(top.data().toInt(), 2);
        QCOMPARE(table->model()->index(1, ComparisonTableModel::Disagreements).data().toInt(), 0);
        // Open the clean image, then the worst one from the table.
        m_window->selectImage(m_empty);
        QCOMPARE(m_window->currentImageId(), m_empty);
        const QRect cell = table->visualRect(top);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_window->currentImageId(), m_image);
        // An edit updates its row without a new run.
        m_panel->disagreementList()->setCurrentRow(0);
        m_panel->rejectSelected();
        const int row = m_panel->tableModel()->rowOf(m_image);
        QCOMPARE(m_panel->tableModel()->rows()[row].disagreements(), 1);
    }

    void aRunOverAClosedProjectIsDropped()
    {
        action("compareLayers")->trigger();
        QSignalSpy done(m_panel, &ComparePanel::projectCompared);
        m_panel->compareProject();
        m_window->setDocument(nullptr);
        QTest::qWait(500);
        QCOMPARE(done.size(), 0);
        QCOMPARE(m_panel->table()->model()->rowCount(), 0);
    }

    void dashboardExportsTableAndCharts()
    {
        action("compareLayers")->trigger();
        m_panel->setLayers(layers::nms, layers::human, true);
        QSignalSpy done(m_panel, &ComparePanel::projectCompared);
        m_panel->compareProject();
        QVERIFY(done.wait(30000));
        const LayerComparison::Result& result = m_panel->projectResult();
        QVERIFY(qAbs(result.metrics.ap50 - 56.0 / 101) < 1e-9);
        CompareDashboard dashboard(result, {layers::nms, layers::human, true});
        QVERIFY(dashboard.summaryText().contains(QStringLiteral("AP.50 0.554")));
        QTemporaryDir out;
        QCOMPARE(dashboard.exportTo(out.path()), QString());
        QFile csv(out.filePath(QStringLiteral("comparison.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines[0], QByteArray("image,count_a,count_b,matched,only_a,only_b,ap,ap75"));
        QVERIFY(lines[1].startsWith("s0.png,3,3,2,1,1,0.554"));
        QCOMPARE(lines[2], QByteArray("s1.png,0,0,0,0,0,,"));
        for (const char* png : {"precision_recall.png", "score_histogram.png"}) {
            QImage image(out.filePath(QLatin1String(png)));
            QVERIFY2(!image.isNull() && image.width() > 100, png);
        }
    }

    void histogramBinsCoverZeroToOne()
    {
        const QList<int> bins = CompareDashboard::histogram({0.0, 0.049, 0.05, 0.5, 0.999, 1.0});
        QCOMPARE(bins.size(), CompareDashboard::kBins);
        QCOMPARE(bins[0], 2);
        QCOMPARE(bins[1], 1);
        QCOMPARE(bins[10], 1);
        QCOMPARE(bins[19], 2);
    }
};

QTEST_MAIN(TestComparePanel)
#include "test_compare_panel.moc"
