#include "test_boxes.h"
#include "warning_list_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace shelf;
using shelf::test::box;

namespace {

// One warning of each kind: 62 x 75 box 1, boxes 2 and 3 overlapping (IoU 0.83), box 4 unlabelled.
QList<Annotation> fixture()
{
    return {box(1, {0, 0, 62, 75}), box(2, {100, 0, 200, 100}), box(3, {100, 0, 183, 100}),
            box(4, {300, 0, 400, 100}, ReviewState::Accepted)};
}

QStringList texts(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

} // namespace

class TestWarningListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textsAndRoles()
    {
        WarningListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &WarningListModel::countsChanged);
        model.setAnnotations(fixture());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(texts(model),
                 (QStringList{QStringLiteral("Box smaller than 80 x 80 px (62 x 75)"),
                              QStringLiteral("Near-duplicate of another box (IoU 0.83)"),
                              QStringLiteral("Accepted box without SKU or shape")}));
        const QModelIndex dup = model.index(1, 0);
        QCOMPARE(dup.data(WarningListModel::AnnotationIdRole).toLongLong(), 2);
        QCOMPARE(dup.data(WarningListModel::OtherIdRole).toLongLong(), 3);
        QCOMPARE(dup.data(WarningListModel::KindRole).toInt(), int(WarningKind::NearDuplicate));
        QCOMPARE(dup.data(WarningListModel::ValueRole).toDouble(), 0.83);
        QCOMPARE(model.index(2, 0).data(WarningListModel::AnnotationIdRole).toLongLong(), 4);
        QCOMPARE(model.counts(), (WarningCounts{1, 1, 1}));
        QCOMPARE(counts.size(), 1);
        QVERIFY(model.roleNames().contains(WarningListModel::KindRole));
    }

    void fractionalSidesRoundDown()
    {
        WarningListModel model;
        model.setAnnotations({box(1, {0.25, 0, 80.2, 120.5})});
        QCOMPARE(texts(model),
                 QStringList{QStringLiteral("Box smaller than 80 x 80 px (79.9 x 120.5)")});
    }

    void editsKeepUntouchedRows()
    {
        WarningListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnnotations(fixture());
        QPersistentModelIndex unlabelled = model.index(2, 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Box 1 grows past 80 px, box 3 moves away, box 5 appears too small, box 2 shrinks.
        QList<Annotation> boxes = fixture();
        boxes[0].box = {0, 0, 90, 90};
        boxes[2].box = {500, 0, 600, 100};
        boxes[1].box = {100, 0, 170, 100};
        boxes << box(5, {700, 0, 710, 10}, ReviewState::Rejected) << box(6, {800, 0, 850, 100});
        model.setAnnotations(boxes);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(texts(model),
                 (QStringList{QStringLiteral("Box smaller than 80 x 80 px (70 x 100)"),
                              QStringLiteral("Box smaller than 80 x 80 px (50 x 100)"),
                              QStringLiteral("Accepted box without SKU or shape")}));
        QVERIFY(unlabelled.isValid());
        QCOMPARE(unlabelled.row(), 2);
        QVERIFY(removed.size() >= 1);
        QVERIFY(inserted.size() >= 1);

        // A size change of a row that stays is a dataChanged.
        boxes[1].box = {100, 0, 160, 100};
        changed.clear();
        model.setAnnotations(boxes);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>().row(), 0);
        QCOMPARE(texts(model).first(), QStringLiteral("Box smaller than 80 x 80 px (60 x 100)"));

        // The same boxes again: no signal about rows.
        changed.clear();
        removed.clear();
        inserted.clear();
        model.setAnnotations(boxes);
        QCOMPARE(changed.size() + removed.size() + inserted.size() + reset.size(), 0);
    }

    void anotherImageResets()
    {
        WarningListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnnotations(fixture());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setAnnotations({box(10, {0, 0, 20, 20}), box(11, {0, 0, 20, 20})});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        model.setAnnotations({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.counts().total(), 0);
    }

    void rulesChangeTexts()
    {
        WarningListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnnotations(fixture());
        WarningRules rules;
        rules.minSide = 100;
        rules.checkLabels = false;
        model.setRules(rules);
        QCOMPARE(texts(model),
                 (QStringList{QStringLiteral("Box smaller than 100 x 100 px (62 x 75)"),
                              QStringLiteral("Box smaller than 100 x 100 px (83 x 100)"),
                              QStringLiteral("Near-duplicate of another box (IoU 0.83)")}));
    }

    void randomEditsStayConsistent()
    {
        // Many small edits through the diff path must always end in exactly findWarnings().
        WarningListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Annotation> boxes;
        for (int i = 0; i < 60; ++i)
            boxes << box(i + 1, {i * 50.0, 0, i * 50.0 + 100, 100}, ReviewState(i % 3));
        quint32 seed = 11;
        for (int step = 0; step < 200; ++step) {
            seed = seed * 1664525u + 1013904223u;
            Annotation& a = boxes[(seed >> 8) % boxes.size()];
            const double w = 40 + (seed >> 16) % 120;
            a.box = {a.box.x1 + double(int(seed % 21) - 10), 0, a.box.x1 + w, 100};
            a.state = ReviewState((seed >> 4) % 3);
            model.setAnnotations(boxes);
            QCOMPARE(model.warnings(), findWarnings(boxes));
        }
    }
};

QTEST_GUILESS_MAIN(TestWarningListModel)
#include "test_warning_list_model.moc"
