// The warnings panel driven with QTest: rows, Enter and next / previous request the right boxes;
// the kind checkboxes filter the list.
#include "test_boxes.h"
#include "warning_list_model.h"
#include "warnings_panel.h"

#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace shelf;
using shelf::test::box;

namespace {

// Rows: too small 11, too small 12, near-duplicate 20/21, unlabelled 30, unlabelled 31.
QList<Annotation> fixture()
{
    return {box(11, {0, 0, 60, 60}),
            box(12, {100, 0, 150, 200}),
            box(20, {300, 0, 400, 100}),
            box(21, {302, 0, 400, 100}),
            box(30, {500, 0, 600, 100}, ReviewState::Accepted),
            box(31, {700, 0, 800, 100}, ReviewState::Accepted)};
}

QList<qint64> requested(const QSignalSpy& spy)
{
    QList<qint64> out;
    for (const QList<QVariant>& args : spy)
        out << args[0].toLongLong();
    return out;
}

} // namespace

class TestWarningsPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<WarningsPanel> m_panel;
    QListView* m_view = nullptr;

    QPoint rowCentre(int row) const
    {
        return m_view->visualRect(m_view->model()->index(row, 0)).center();
    }

private Q_SLOTS:
    void init()
    {
        m_panel = std::make_unique<WarningsPanel>();
        m_panel->resize(400, 500);
        m_panel->setAnnotations(fixture());
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_view = m_panel->findChild<QListView*>(QStringLiteral("warningList"));
        QVERIFY(m_view);
        QCOMPARE(m_view->model()->rowCount(), 5);
    }

    void cleanup() { m_panel.reset(); }

    void summaryCountsEachKind()
    {
        auto* summary = m_panel->findChild<QLabel*>(QStringLiteral("warningSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("2 too small")),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("1 near-duplicate")));
        QVERIFY(summary->text().contains(QStringLiteral("2 unlabelled")));
        m_panel->setAnnotations({});
        QCOMPARE(summary->text(), QStringLiteral("No warnings"));
    }

    void clickAndEnterRequestTheRowsBox()
    {
        QSignalSpy spy(m_panel.get(), &WarningsPanel::boxRequested);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rowCentre(2));
        QCOMPARE(requested(spy), QList<qint64>{20});
        QCOMPARE(m_panel->currentAnnotationId(), 20);
        // Clicking the current row again asks again (the annotator may have panned away).
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rowCentre(2));
        QCOMPARE(requested(spy), (QList<qint64>{20, 20}));
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(spy.size(), 2); // moving is not asking
        QTest::keyClick(m_view, Qt::Key_Return);
        QCOMPARE(requested(spy), (QList<qint64>{20, 20, 30}));
        QTest::keyClick(m_view, Qt::Key_Enter);
        QCOMPARE(spy.size(), 4);
    }

    void nextAndPreviousWalkAndWrap()
    {
        QSignalSpy spy(m_panel.get(), &WarningsPanel::boxRequested);
        for (int i = 0; i < 6; ++i)
            m_panel->nextWarning();
        QCOMPARE(requested(spy), (QList<qint64>{11, 12, 20, 30, 31, 11}));
        spy.clear();
        m_panel->previousWarning();
        m_panel->previousWarning();
        QCOMPARE(requested(spy), (QList<qint64>{31, 30}));
        QCOMPARE(m_view->currentIndex().row(), 3);

        // Previous with nothing current starts from the end.
        m_panel->setAnnotations({box(50, {0, 0, 10, 10}), box(51, {100, 0, 110, 10})});
        spy.clear();
        m_panel->previousWarning();
        QCOMPARE(requested(spy), QList<qint64>{51});
        m_panel->setAnnotations({});
        m_panel->nextWarning();
        QCOMPARE(spy.size(), 1);
    }

    void fixingTheCurrentWarningGoesOnToTheNext()
    {
        QSignalSpy spy(m_panel.get(), &WarningsPanel::boxRequested);
        m_panel->nextWarning();
        m_panel->nextWarning();
        QCOMPARE(m_panel->currentAnnotationId(), 12);
        // The annotator makes box 12 big enough.
        QList<Annotation> boxes = fixture();
        boxes[1].box = {100, 0, 190, 200};
        m_panel->setAnnotations(boxes);
        QCOMPARE(m_view->model()->rowCount(), 4);
        spy.clear();
        m_panel->nextWarning();
        QCOMPARE(requested(spy), QList<qint64>{20});
        // Fixing the last one and going back lands on the one before it.
        boxes[5].skuId = QStringLiteral("6901234");
        m_panel->nextWarning();
        m_panel->nextWarning();
        QCOMPARE(m_panel->currentAnnotationId(), 31);
        m_panel->setAnnotations(boxes);
        spy.clear();
        m_panel->previousWarning();
        QCOMPARE(requested(spy), QList<qint64>{30});
        // Arrow keys move the walk's position too.
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_Home);
        spy.clear();
        m_panel->nextWarning();
        QCOMPARE(requested(spy), QList<qint64>{20});
    }

    void hidingTheCurrentKindGoesOnFromItsPlace()
    {
        QSignalSpy spy(m_panel.get(), &WarningsPanel::boxRequested);
        m_panel->nextWarning();
        m_panel->nextWarning();
        m_panel->nextWarning();
        QCOMPARE(m_panel->currentAnnotationId(), 20);
        m_panel->setKindShown(WarningKind::NearDuplicate, false);
        spy.clear();
        m_panel->nextWarning();
        m_panel->previousWarning();
        m_panel->previousWarning();
        QCOMPARE(requested(spy), (QList<qint64>{30, 12, 11}));
    }

    void hidingAKindFiltersIt()
    {
        auto* duplicates = m_panel->findChild<QCheckBox*>(QStringLiteral("showNearDuplicate"));
        auto* unlabelled = m_panel->findChild<QCheckBox*>(QStringLiteral("showUnlabelled"));
        QVERIFY(duplicates && unlabelled);
        QTest::mouseClick(unlabelled, Qt::LeftButton);
        QVERIFY(!m_panel->isKindShown(WarningKind::Unlabelled));
        QCOMPARE(m_view->model()->rowCount(), 3);
        m_panel->setKindShown(WarningKind::NearDuplicate, false);
        QVERIFY(!duplicates->isChecked());
        QCOMPARE(m_view->model()->rowCount(), 2);

        QSignalSpy spy(m_panel.get(), &WarningsPanel::boxRequested);
        for (int i = 0; i < 3; ++i)
            m_panel->nextWarning();
        QCOMPARE(requested(spy), (QList<qint64>{11, 12, 11}));
        // New warnings of a hidden kind stay hidden; the summary still counts them.
        QList<Annotation> boxes = fixture();
        boxes << box(32, {900, 0, 1000, 100}, ReviewState::Accepted);
        m_panel->setAnnotations(boxes);
        QCOMPARE(m_view->model()->rowCount(), 2);
        QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("warningSummary"))
                    ->text()
                    .contains(QStringLiteral("3 unlabelled")));
        QTest::mouseClick(unlabelled, Qt::LeftButton);
        QCOMPARE(m_view->model()->rowCount(), 5);
    }
};

QTEST_MAIN(TestWarningsPanel)
#include "test_warnings_panel.moc"
