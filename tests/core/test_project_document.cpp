// Every edit is stored when it is pushed, undone or redone: after each step the project file,
// opened afresh, holds exactly what the document shows.
#include "add_annotations_command.h"
#include "change_boxes_command.h"
#include "project_document.h"
#include "remove_annotations_command.h"
#include "set_image_attributes_command.h"
#include "set_labels_command.h"
#include "set_review_state_command.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestProjectDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectDocument> m_doc;
    qint64 m_image = 0;

    // What a fresh open of the file shows: the image record and its boxes.
    QPair<ImageRecord, QList<Annotation>> onDisk() const
    {
        auto store = ProjectStore::open(m_path);
        return {store->image(m_image), store->annotations(m_image)};
    }
    QPair<ImageRecord, QList<Annotation>> inDocument() const
    {
        return {m_doc->image(m_image), m_doc->annotations(m_image)};
    }

    static Annotation box(qint64 image, double x)
    {
        Annotation a;
        a.imageId = image;
        a.layer = layers::human;
        a.box = {x, 10, x + 100, 210};
        return a;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("doc_%1.shelf").arg(QTest::currentTestFunction()));
        auto store = ProjectStore::create(m_path);
        ImageRecord img;
        img.relativePath = QStringLiteral("shelf.jpg");
        img.width = 1000;
        img.height = 800;
        store->insertImage(img);
        m_image = img.id;
        m_doc = std::make_unique<ProjectDocument>(std::move(store));
    }
    void cleanup() { m_doc.reset(); }

    void everyStepIsOnDiskAndUndoesExactly()
    {
        QUndoStack* stack = m_doc->undoStack();
        QList<QPair<ImageRecord, QList<Annotation>>> seen{inDocument()};
        auto step = [&](QUndoCommand* command) {
            stack->push(command);
            QCOMPARE(onDisk(), inDocument());
            seen << inDocument();
        };

        step(new AddAnnotationsCommand(m_doc.get(),
                                       {box(m_image, 0), box(m_image, 200), box(m_image, 400)}));
        QCOMPARE(m_doc->annotations(m_image).size(), 3);
        const QList<Annotation> added = m_doc->annotations(m_image);
        const qint64 a = added[0].id, b = added[1].id, c = added[2].id;

        step(new SetReviewStateCommand(m_doc.get(), {a, b}, ReviewState::Rejected));
        QCOMPARE(m_doc->annotationsByIds({a})[0].state, ReviewState::Rejected);

        AnnotationLabels labels;
        labels.shape = Shape::Jar;
        labels.skuId = QStringLiteral("sku-9");
        step(new SetLabelsCommand(m_doc.get(), {b, c}, labels,
                                  SetLabelsCommand::ShapeField | SetLabelsCommand::SkuField));
        QCOMPARE(m_doc->annotationsByIds({c})[0].shape, Shape::Jar);
        QCOMPARE(m_doc->annotationsByIds({c})[0].skuId, QStringLiteral("sku-9"));

        step(new ChangeBoxesCommand(m_doc.get(), {{c, Box{1, 2, 3, 4}}}, false));
        QCOMPARE(m_doc->annotationsByIds({c})[0].box, (Box{1, 2, 3, 4}));

        ImageRecord attrs = m_doc->image(m_image);
        attrs.shelfType = QStringLiteral("dairy");
        attrs.storeId = QStringLiteral("store 4");
        attrs.status = ImageStatus::Done;
        step(new SetImageAttributesCommand(m_doc.get(), attrs));
        QCOMPARE(m_doc->image(m_image).status, ImageStatus::Done);

        step(new RemoveAnnotationsCommand(m_doc.get(), {a, c}));
        QCOMPARE(m_doc->annotations(m_image).size(), 1);

        // Walk back to the start, then forward again, checking the file at every step.
        for (qsizetype i = seen.size() - 2; i >= 0; --i) {
            stack->undo();
            QCOMPARE(inDocument(), seen[i]);
            QCOMPARE(onDisk(), seen[i]);
        }
        for (qsizetype i = 1; i < seen.size(); ++i) {
            stack->redo();
            QCOMPARE(inDocument(), seen[i]);
            QCOMPARE(onDisk(), seen[i]);
        }
    }

    void oneDragIsOneUndoStep()
    {
        QUndoStack* stack = m_doc->undoStack();
        stack->push(new AddAnnotationsCommand(m_doc.get(), {box(m_image, 0)}));
        const Annotation start = m_doc->annotations(m_image)[0];
        for (int dx = 1; dx <= 20; ++dx) {
            Box moved = start.box;
            moved.x1 += dx;
            moved.x2 += dx;
            stack->push(new ChangeBoxesCommand(m_doc.get(), {{start.id, moved}}, dx < 20));
            QCOMPARE(onDisk().second[0].box, moved);
        }
        QCOMPARE(stack->count(), 2);
        // A new drag after the closed one is a separate step.
        stack->push(new ChangeBoxesCommand(m_doc.get(), {{start.id, Box{0, 0, 5, 5}}}, true));
        QCOMPARE(stack->count(), 3);
        stack->undo();
        stack->undo();
        QCOMPARE(m_doc->annotations(m_image)[0].box, start.box);
        QCOMPARE(onDisk().second[0].box, start.box);
    }

    void signalsNameTheImageAndBoxes()
    {
        QSignalSpy inserted(m_doc.get(), &ProjectDocument::annotationsInserted);
        QSignalSpy changed(m_doc.get(), &ProjectDocument::annotationsChanged);
        QSignalSpy removed(m_doc.get(), &ProjectDocument::annotationsRemoved);
        m_doc->undoStack()->push(new AddAnnotationsCommand(m_doc.get(), {box(m_image, 5)}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][0].toLongLong(), m_image);
        const qint64 id = m_doc->annotations(m_image)[0].id;
        QCOMPARE(inserted[0][1].value<QList<qint64>>(), QList<qint64>{id});
        m_doc->undoStack()->push(
            new SetReviewStateCommand(m_doc.get(), {id}, ReviewState::Accepted));
        QCOMPARE(changed.count(), 1);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(removed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "test_project_document.moc"
