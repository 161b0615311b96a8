#include "pre_annotation_writer.h"

#include "add_annotations_command.h"
#include "pre_annotation_step.h"
#include "prediction_writer.h"
#include "project_document.h"
#include "remove_annotations_command.h"
#include "set_image_attributes_command.h"

namespace shelf {
namespace {
template <typename T> QList<QList<T>> chunks(const QList<T>& list, int size)
{
    QList<QList<T>> out;
    for (qsizetype i = 0; i < list.size(); i += size)
        out << list.mid(i, size);
    return out;
}
} // namespace

PreAnnotationWriter::PreAnnotationWriter(QObject* parent) : QObject(parent)
{
    // A zero timer, not a queued call: input, paint and timer events get in between pieces.
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PreAnnotationWriter::next);
}

PreAnnotationWriter::~PreAnnotationWriter() = default;

void PreAnnotationWriter::enqueue(ProjectDocument* document, quint64 tag, qint64 imageId,
                                  const ImagePrediction& prediction)
{
    m_queue.append({document, tag, imageId, prediction});
    m_timer.start();
}

void PreAnnotationWriter::next()
{
    if (m_pieces.isEmpty()) {
        if (m_queue.isEmpty()) {
            Q_EMIT idle();
            return;
        }
        // This turn reads the old boxes and plans the pieces; the writes start on the next.
        const Queued item = m_queue.takeFirst();
        m_document = item.document;
        m_tag = item.tag;
        m_imageId = item.imageId;
        m_stepCommand = nullptr;
        ++m_step;
        if (const QString error = plan(item); !error.isEmpty() || m_pieces.isEmpty())
            finishImage(error);
        m_timer.start();
        return;
    }
    if (!m_document) {
        finishImage(tr("The project was closed before the boxes were stored."));
        m_timer.start();
        return;
    }
    if (m_stepCommand && !stepStillApplied()) {
        finishImage(tr("The pre-annotation of this image was undone while it was stored."));
        m_timer.start();
        return;
    }
    QUndoStack* stack = m_document->undoStack();
    if (QUndoCommand* command = m_pieces.takeFirst()()) {
        stack->push(new PreAnnotationStep(m_step, std::unique_ptr<QUndoCommand>(command), m_text));
        // The piece merged into the step on top, or (after someone's edit) became a new one.
        m_stepCommand = stack->command(stack->index() - 1);
    }
    if (m_pieces.isEmpty())
        finishImage({});
    m_timer.start();
}

QString PreAnnotationWriter::plan(const Queued& item)
{
    ProjectDocument* document = item.document;
    if (!document)
        return tr("The project was closed before the boxes were stored.");
    const ImageRecord image = document->image(item.imageId);
    const ImagePrediction& prediction = item.prediction;
    // The checks of PredictionWriter::makeCommand, whose one-piece command this replaces.
    if (image.id == 0)
        return tr("Image %1 is not in the project.").arg(item.imageId);
    if (!prediction.ok())
        return prediction.error.isEmpty()
                   ? tr("%1: the prediction was cancelled.").arg(image.relativePath)
                   : prediction.error;
    if (prediction.size != QSize(image.width, image.height))
        return tr("%1: the image is %2 x %3 pixels on disk but %4 x %5 in the project; relink "
                  "or re-add it before pre-annotating.")
            .arg(image.relativePath)
            .arg(prediction.size.width())
            .arg(prediction.size.height())
            .arg(image.width)
            .arg(image.height);

    m_text = tr("Pre-annotate %1").arg(image.relativePath);
    QStringList replaced{layers::raw};
    if (prediction.nms)
        replaced << layers::nms;
    if (prediction.em)
        replaced << layers::em;
    const qint64 id = item.imageId;
    for (const QString& layer : replaced) {
        QList<qint64> old;
        for (const Annotation& a : document->annotations(id, layer))
            old << a.id;
        for (const QList<qint64>& part : chunks(old, kPieceBoxes))
            m_pieces << [document, part] { return new RemoveAnnotationsCommand(document, part); };
        const QList<Annotation> added = PredictionWriter::annotations(id, prediction, layer);
        for (const QList<Annotation>& part : chunks(added, kPieceBoxes))
            m_pieces << [document, part] { return new AddAnnotationsCommand(document, part); };
    }
    // The merged boxes become the annotator's proposals, replacing the model's earlier ones; the
    // human layer is read when its turn comes, so an edit made meanwhile is seen.
    m_pieces << [document, id]() -> QUndoCommand* {
        QList<qint64> stale;
        for (const Annotation& a : document->annotations(id, layers::human)) {
            if (a.origin == Origin::Model && a.state == ReviewState::Proposed)
                stale << a.id;
        }
        return stale.isEmpty() ? nullptr : new RemoveAnnotationsCommand(document, stale);
    };
    QList<Annotation> proposals =
        PredictionWriter::annotations(id, prediction, prediction.em ? layers::em : layers::nms);
    for (Annotation& a : proposals) {
        a.layer = layers::human;
        a.state = ReviewState::Proposed;
        a.origin = Origin::Model;
    }
    for (const QList<Annotation>& part : chunks(proposals, kPieceBoxes))
        m_pieces << [document, part] { return new AddAnnotationsCommand(document, part); };
    m_pieces << [document, id]() -> QUndoCommand* {
        ImageRecord changed = document->image(id);
        if (changed.id == 0 || changed.status != ImageStatus::New)
            return nullptr;
        changed.status = ImageStatus::PreAnnotated;
        return new SetImageAttributesCommand(document, changed);
    };
    return {};
}

bool PreAnnotationWriter::stepStillApplied() const
{
    const QUndoStack* stack = m_document->undoStack();
    for (int i = stack->index() - 1; i >= 0; --i) {
        if (stack->command(i) == m_stepCommand)
            return true;
    }
    return false;
}

void PreAnnotationWriter::finishImage(const QString& error)
{
    m_pieces.clear();
    m_stepCommand = nullptr;
    const qint64 imageId = m_imageId;
    m_imageId = 0;
    Q_EMIT imageWritten(m_tag, imageId, error);
}

} // namespace shelf
