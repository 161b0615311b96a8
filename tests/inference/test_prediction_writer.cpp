// Predictions enter the project as one undo step per image: the model layers they carry are
// replaced, the human layer is never touched, and undo brings the old layers back.
#include "add_annotations_command.h"
#include "prediction_writer.h"
#include "project_document.h"

#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

namespace {

Annotation boxIn(qint64 image, const QString& layer, double x)
{
    Annotation a;
    a.imageId = image;
    a.layer = layer;
    a.box = {x, 10, x + 50, 60};
    if (layer != layers::human) {
        a.origin = Origin::Model;
        a.state = ReviewState::Proposed;
        a.hardScore = a.confidence = 0.5;
    }
    return a;
}

ImagePrediction prediction(QSize size, bool withEm)
{
    ImagePrediction p;
    p.path = QStringLiteral("shelf.jpg");
    p.size = size;
    p.classes = {QStringLiteral("object"), QStringLiteral("can")};
    p.raw = {{{100, 100, 200, 300}, 0.9, 0.8, 0.85, 1}, {{105, 98, 201, 305}, 0.7, 0.6, 0.65, 0}};
    MergedLayer nms;
    nms.method = merge::Method::Nms;
    nms.boxes.push_back({p.raw[0], {0, 1}, -1});
    p.nms = nms;
    if (withEm) {
        MergedLayer em;
        em.boxes.push_back({{{102, 99, 200, 302}, 0.9, 0.8, 0.85, 1}, {0, 1}, 0});
        p.em = em;
    }
    return p;
}

} // namespace

class TestPredictionWriter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_doc;
    qint64 m_image = 0;

    QList<Annotation> layer(const QString& name) const { return m_doc->annotations(m_image, name); }

private Q_SLOTS:
    void init()
    {
        auto store = ProjectStore::create(
            m_dir.filePath(QStringLiteral("%1.shelf").arg(QTest::currentTestFunction())));
        ImageRecord img;
        img.relativePath = QStringLiteral("shelf.jpg");
        img.width = 1000;
        img.height = 800;
        store->insertImage(img);
        m_image = img.id;
        m_doc = std::make_unique<ProjectDocument>(std::move(store));
        m_doc->undoStack()->push(new AddAnnotationsCommand(
            m_doc.get(), {boxIn(m_image, layers::human, 0), boxIn(m_image, layers::raw, 300),
                          boxIn(m_image, layers::raw, 400), boxIn(m_image, layers::em, 500),
                          boxIn(m_image, QStringLiteral("imported"), 600)}));
        m_doc->undoStack()->clear();
    }
    void cleanup() { m_doc.reset(); }

    void replacesModelLayersOnly()
    {
        const QList<Annotation> human = layer(layers::human);
        const QList<Annotation> imported = layer(QStringLiteral("imported"));
        QString error;
        QVERIFY(PredictionWriter::write(*m_doc, m_image, prediction({1000, 800}, true), &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(m_doc->undoStack()->count(), 1);

        QCOMPARE(layer(layers::human), human);
        QCOMPARE(layer(QStringLiteral("imported")), imported);
        const QList<Annotation> raw = layer(layers::raw);
        QCOMPARE(raw.size(), 2);
        QCOMPARE(raw[0].box, (Box{100, 100, 200, 300}));
        QCOMPARE(raw[0].state, ReviewState::Proposed);
        QCOMPARE(raw[0].origin, Origin::Model);
        QCOMPARE(raw[0].hardScore, 0.9);
        QCOMPARE(raw[0].softIou, 0.8);
        QCOMPARE(raw[0].confidence, 0.85);
        QCOMPARE(raw[0].shape, Shape::Can); // class "can" is an RP2K shape
        QCOMPARE(raw[1].shape, Shape::None);
        QCOMPARE(layer(layers::nms).size(), 1);
        const QList<Annotation> em = layer(layers::em);
        QCOMPARE(em.size(), 1);
        QCOMPARE(em[0].box, (Box{102, 99, 200, 302}));
        QCOMPARE(m_doc->image(m_image).status, ImageStatus::PreAnnotated);

        // Undo: exactly the old layers and status; redo: the prediction again.
        m_doc->undoStack()->undo();
        QCOMPARE(layer(layers::raw).size(), 2);
        QCOMPARE(layer(layers::raw)[0].box.x1, 300.0);
        QCOMPARE(layer(layers::em).size(), 1);
        QCOMPARE(layer(layers::em)[0].box.x1, 500.0);
        QCOMPARE(layer(layers::nms).size(), 0);
        QCOMPARE(m_doc->image(m_image).status, ImageStatus::New);
        QCOMPARE(layer(layers::human), human);
        m_doc->undoStack()->redo();
        QCOMPARE(layer(layers::raw).size(), 2);
        QCOMPARE(layer(layers::raw)[0].box.x1, 100.0);

        // A layer the prediction does not carry is left as it is.
        QVERIFY(PredictionWriter::write(*m_doc, m_image, prediction({1000, 800}, false)));
        QCOMPARE(layer(layers::em).size(), 1);
        QCOMPARE(layer(layers::nms).size(), 1);
    }

    void refusesWhatDoesNotFit()
    {
        QString error;
        QVERIFY(!PredictionWriter::write(*m_doc, m_image, prediction({800, 1000}, true), &error));
        QVERIFY2(error.contains(QLatin1String("800 x 1000 pixels on disk but 1000 x 800")),
                 qPrintable(error));
        QVERIFY(
            !PredictionWriter::write(*m_doc, m_image + 99, prediction({1000, 800}, true), &error));
        ImagePrediction failed = prediction({1000, 800}, true);
        failed.error = QStringLiteral("shelf.jpg: cannot decode");
        QVERIFY(!PredictionWriter::write(*m_doc, m_image, failed, &error));
        QCOMPARE(error, failed.error);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(layer(layers::raw).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPredictionWriter)
#include "test_prediction_writer.moc"
