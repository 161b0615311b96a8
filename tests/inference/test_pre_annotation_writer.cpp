// Pre-annotation results are stored in pieces of at most 2,000 boxes, one per turn of the event
// loop, and still make one undo step per image; a re-run replaces the model's layers and
// proposals; a step undone half-way or a project closed half-way stops the rest, leaving the
// project as it was. No model: the predictions are made by hand.
#include "add_annotations_command.h"
#include "pre_annotation_writer.h"
#include "project_document.h"
#include "project_setup.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace shelf;

namespace {

// `raw` candidates in a grid over a 640 x 480 image, the first `merged` of them kept by NMS and
// EM alike.
ImagePrediction prediction(int raw, int merged)
{
    ImagePrediction p;
    p.path = QStringLiteral("s.png");
    p.size = QSize(640, 480);
    p.classes = {QStringLiteral("object")};
    for (int i = 0; i < raw; ++i) {
        const double x = (i % 60) * 10, y = (i / 60 % 40) * 10;
        p.raw.push_back({{x, y, x + 30, y + 30}, 0.5, 0.5, 0.5, 0});
    }
    MergedLayer nms, em;
    nms.method = merge::Method::Nms;
    for (int i = 0; i < merged; ++i) {
        nms.boxes.push_back({p.raw[std::size_t(i)], {std::size_t(i)}, -1});
        em.boxes.push_back({p.raw[std::size_t(i)], {std::size_t(i)}, 0});
    }
    p.nms = nms;
    p.em = em;
    return p;
}

// Turns of the event loop, one at a time, until `done` (at most 1000).
template <typename Done> bool turnUntil(Done done)
{
    for (int i = 0; i < 1000 && !done(); ++i)
        QCoreApplication::processEvents();
    return done();
}

int count(ProjectDocument& doc, qint64 image, const QString& layer, bool proposalsOnly = false)
{
    int n = 0;
    for (const Annotation& a : doc.annotations(image, layer))
        n += !proposalsOnly || a.state == ReviewState::Proposed;
    return n;
}

} // namespace

class TestPreAnnotationWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_doc;
    qint64 m_image = 0;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QDir().mkpath(m_dir->filePath(QStringLiteral("img")));
        for (int i = 0; i < 2; ++i) {
            QImage img(640, 480, QImage::Format_RGB32);
            img.fill(QColor(90, 90, 90 + 50 * i));
            QVERIFY(img.save(m_dir->filePath(QStringLiteral("img/s%1.png").arg(i))));
        }
        auto created = ProjectSetup::createFromFolder(m_dir->filePath(QStringLiteral("p.shelf")),
                                                      m_dir->filePath(QStringLiteral("img")));
        m_doc = std::make_unique<ProjectDocument>(std::move(created.store));
        m_image = m_doc->images()[0].id;
        Annotation mine;
        mine.imageId = m_image;
        mine.box = {1, 1, 50, 50};
        m_doc->undoStack()->push(new AddAnnotationsCommand(m_doc.get(), {mine}));
    }

    void cleanup() { m_doc.reset(); }

    void piecesOnSeparateTurnsMakeOneUndoStep()
    {
        PreAnnotationWriter writer;
        QSignalSpy written(&writer, &PreAnnotationWriter::imageWritten);
        QSignalSpy idle(&writer, &PreAnnotationWriter::idle);
        // A timer that fires on every turn of the event loop; each insert records its count.
        int turns = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] { ++turns; });
        ticker.start();
        QList<std::pair<int, qsizetype>> inserts; // (turn, boxes)
        connect(m_doc.get(), &ProjectDocument::annotationsInserted, this,
                [&](qint64, const QList<qint64>& ids) {
                    inserts.append({turns, ids.size()});
                });
        const int before = m_doc->undoStack()->count();

        writer.enqueue(m_doc.get(), 7, m_image, prediction(4500, 40));
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written[0][0].toULongLong(), quint64(7));
        QCOMPARE(written[0][1].toLongLong(), m_image);
        QCOMPARE(written[0][2].toString(), QString());
        QTRY_COMPARE(idle.count(), 1);

        QCOMPARE(count(*m_doc, m_image, layers::raw), 4500);
        QCOMPARE(count(*m_doc, m_image, layers::nms), 40);
        QCOMPARE(count(*m_doc, m_image, layers::em), 40);
        QCOMPARE(count(*m_doc, m_image, layers::human), 41);
        QCOMPARE(count(*m_doc, m_image, layers::human, true), 40);
        QCOMPARE(m_doc->image(m_image).status, ImageStatus::PreAnnotated);
        // raw 2000 + 2000 + 500, nms 40, em 40, human 40: six inserts, each on a turn of its own.
        QCOMPARE(inserts.size(), 6);
        for (qsizetype i = 0; i < inserts.size(); ++i) {
            QVERIFY(inserts[i].second <= PreAnnotationWriter::kPieceBoxes);
            if (i > 0)
                QVERIFY2(inserts[i].first > inserts[i - 1].first, "two pieces in one turn");
        }

        QCOMPARE(m_doc->undoStack()->count(), before + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(count(*m_doc, m_image, layers::raw), 0);
        QCOMPARE(count(*m_doc, m_image, layers::human), 1);
        QCOMPARE(m_doc->image(m_image).status, ImageStatus::New);
        m_doc->undoStack()->redo();
        QCOMPARE(count(*m_doc, m_image, layers::raw), 4500);
        QCOMPARE(count(*m_doc, m_image, layers::human), 41);
    }

    void aRerunReplacesLayersAndProposals()
    {
        PreAnnotationWriter writer;
        QSignalSpy written(&writer, &PreAnnotationWriter::imageWritten);
        writer.enqueue(m_doc.get(), 1, m_image, prediction(4500, 40));
        writer.enqueue(m_doc.get(), 1, m_image, prediction(2100, 25));
        QTRY_COMPARE(written.count(), 2);
        QCOMPARE(count(*m_doc, m_image, layers::raw), 2100);
        QCOMPARE(count(*m_doc, m_image, layers::em), 25);
        QCOMPARE(count(*m_doc, m_image, layers::human, true), 25);
        QCOMPARE(count(*m_doc, m_image, layers::human), 26); // the box drawn by hand stays
        m_doc->undoStack()->undo();                          // the second run, as one step
        QCOMPARE(count(*m_doc, m_image, layers::raw), 4500);
        QCOMPARE(count(*m_doc, m_image, layers::human, true), 40);
    }

    void undoingHalfWayStopsTheRest()
    {
        PreAnnotationWriter writer;
        QSignalSpy written(&writer, &PreAnnotationWriter::imageWritten);
        int inserted = 0;
        connect(m_doc.get(), &ProjectDocument::annotationsInserted, this,
                [&](qint64, const QList<qint64>& ids) { inserted += int(ids.size()); });
        writer.enqueue(m_doc.get(), 1, m_image, prediction(4500, 40));
        QVERIFY(turnUntil([&] { return inserted > 0; }));
        QCOMPARE(inserted, PreAnnotationWriter::kPieceBoxes);
        QCOMPARE(written.count(), 0);
        m_doc->undoStack()->undo(); // the step written so far
        QTRY_COMPARE(written.count(), 1);
        QVERIFY(written[0][2].toString().contains(QStringLiteral("undone")));
        QCOMPARE(count(*m_doc, m_image, layers::raw), 0);
        QCOMPARE(count(*m_doc, m_image, layers::human), 1);
        QCOMPARE(m_doc->image(m_image).status, ImageStatus::New);
    }

    void anEditInBetweenKeepsEverythingUndoable()
    {
        PreAnnotationWriter writer;
        QSignalSpy written(&writer, &PreAnnotationWriter::imageWritten);
        int inserted = 0;
        connect(m_doc.get(), &ProjectDocument::annotationsInserted, this,
                [&](qint64, const QList<qint64>& ids) { inserted += int(ids.size()); });
        const int before = m_doc->undoStack()->count();
        writer.enqueue(m_doc.get(), 1, m_image, prediction(4500, 40));
        QVERIFY(turnUntil([&] { return inserted > 0; }));
        QCOMPARE(inserted, PreAnnotationWriter::kPieceBoxes);
        Annotation drawn;
        drawn.imageId = m_image;
        drawn.box = {300, 300, 360, 360};
        m_doc->undoStack()->push(new AddAnnotationsCommand(m_doc.get(), {drawn}));
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written[0][2].toString(), QString());
        QCOMPARE(count(*m_doc, m_image, layers::raw), 4500);
        QCOMPARE(count(*m_doc, m_image, layers::human), 42);
        // Three steps now: the first pieces, the drawn box, the rest; undoing all goes back.
        QCOMPARE(m_doc->undoStack()->count(), before + 3);
        while (m_doc->undoStack()->index() > before)
            m_doc->undoStack()->undo();
        QCOMPARE(count(*m_doc, m_image, layers::raw), 0);
        QCOMPARE(count(*m_doc, m_image, layers::human), 1);
    }

    void closingTheProjectDropsWhatIsQueued()
    {
        PreAnnotationWriter writer;
        QSignalSpy written(&writer, &PreAnnotationWriter::imageWritten);
        QSignalSpy idle(&writer, &PreAnnotationWriter::idle);
        int inserted = 0;
        connect(m_doc.get(), &ProjectDocument::annotationsInserted, this,
                [&](qint64, const QList<qint64>& ids) { inserted += int(ids.size()); });
        writer.enqueue(m_doc.get(), 1, m_image, prediction(4500, 40));
        writer.enqueue(m_doc.get(), 1, m_doc->images()[1].id, prediction(100, 5));
        QVERIFY(turnUntil([&] { return inserted > 0; }));
        m_doc.reset();
        QTRY_COMPARE(idle.count(), 1);
        QCOMPARE(written.count(), 2);
        for (const QList<QVariant>& w : std::as_const(written))
            QVERIFY(w[2].toString().contains(QStringLiteral("closed")));
    }

    void aWrongSizeIsRefused()
    {
        PreAnnotationWriter writer;
        QSignalSpy written(&writer, &PreAnnotationWriter::imageWritten);
        ImagePrediction p = prediction(10, 2);
        p.size = QSize(480, 640);
        writer.enqueue(m_doc.get(), 1, m_image, p);
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(
            written[0][2].toString(),
            QStringLiteral("img/s0.png: the image is 480 x 640 pixels on disk but 640 x 480 in "
                           "the project; relink or re-add it before pre-annotating."));
        QCOMPARE(count(*m_doc, m_image, layers::raw), 0);
    }
};

QTEST_MAIN(TestPreAnnotationWriter)
#include "test_pre_annotation_writer.moc"
