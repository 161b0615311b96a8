#include "annotation_editor.h"

#include "add_annotations_command.h"
#include "change_boxes_command.h"
#include "image_canvas.h"
#include "project_document.h"
#include "remove_annotations_command.h"
#include "set_image_attributes_command.h"
#include "set_labels_command.h"
#include "set_review_state_command.h"

#include <QAction>

#include <algorithm>

namespace shelf {

AnnotationEditor::AnnotationEditor(ImageCanvas* canvas, QObject* parent)
    : QObject(parent), m_canvas(canvas)
{
    connect(canvas, &ImageCanvas::boxesEdited, this, &AnnotationEditor::onBoxesEdited);
    connect(canvas, &ImageCanvas::boxDrawn, this, &AnnotationEditor::onBoxDrawn);
    connect(canvas, &ImageCanvas::acceptRequested, this, &AnnotationEditor::accept);
    connect(canvas, &ImageCanvas::reviewStepRequested, this,
            [this](bool forward) { stepReview(forward); });
    createActions();
}

void AnnotationEditor::createActions()
{
    auto add = [this](QList<QAction*>& list, const QString& text, const QKeySequence& key,
                      auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        // Single keys (digits, W, Del, Enter) must not fire while the user types in a field.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_canvas->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        list << action;
        return action;
    };
    QAction* create = add(m_edit, tr("&Draw Box"), QKeySequence(Qt::Key_W),
                          [this] { m_canvas->setMode(ImageCanvas::Mode::Create); });
    create->setObjectName(QStringLiteral("drawBox"));
    add(m_edit, tr("Reject or &Delete"), QKeySequence(Qt::Key_Delete),
        &AnnotationEditor::rejectOrDelete)
        ->setObjectName(QStringLiteral("rejectOrDelete"));
    add(m_edit, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &AnnotationEditor::duplicate)
        ->setObjectName(QStringLiteral("duplicate"));
    add(m_edit, tr("Copy Boxes of &Previous Image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
        &AnnotationEditor::copyPreviousImage)
        ->setObjectName(QStringLiteral("copyPrevious"));
    add(m_edit, tr("Select &All"), QKeySequence::SelectAll, [this] {
        QList<qint64> ids;
        for (const Annotation& a : m_canvas->annotations()) {
            if (a.state != ReviewState::Rejected)
                ids << a.id;
        }
        m_canvas->setSelection(ids);
    })->setObjectName(QStringLiteral("selectAll"));
    for (int i = 1; i <= 7; ++i) {
        const Shape shape = Shape(i);
        add(m_edit, tr("Shape: %1").arg(shapeDisplayName(shape)), QKeySequence(Qt::Key_0 + i),
            [this, shape] { setShape(shape); })
            ->setObjectName(QStringLiteral("shape%1").arg(i));
    }
    // Space (accept) and Tab (next box) are read by the canvas itself, which needs Space for
    // panning too; these actions carry no shortcut of their own but show in menus and help.
    QAction* accept = add(m_review, tr("&Accept Selected Boxes"), {}, &AnnotationEditor::accept);
    accept->setObjectName(QStringLiteral("accept"));
    accept->setToolTip(tr("Space"));
    add(m_review, tr("Accept All &Proposals of the Image"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        &AnnotationEditor::acceptAllProposals)
        ->setObjectName(QStringLiteral("acceptAll"));
    QAction* next = add(m_review, tr("&Next Box to Review"), {}, [this] { stepReview(true); });
    next->setObjectName(QStringLiteral("nextBox"));
    next->setToolTip(tr("Tab"));
    QAction* previous =
        add(m_review, tr("P&revious Box to Review"), {}, [this] { stepReview(false); });
    previous->setObjectName(QStringLiteral("previousBox"));
    previous->setToolTip(tr("Shift+Tab"));
    QAction* done = add(m_review, tr("Mark Image &Done"), QKeySequence(Qt::Key_Return),
                        &AnnotationEditor::markImageDone);
    done->setObjectName(QStringLiteral("markDone"));
    done->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
}

QList<QAction*> AnnotationEditor::editActions() const
{
    return m_edit;
}
QList<QAction*> AnnotationEditor::reviewActions() const
{
    return m_review;
}

void AnnotationEditor::setDocument(ProjectDocument* document)
{
    m_document = document;
    m_image = m_previousImage = 0;
}

void AnnotationEditor::setImage(qint64 imageId, qint64 previousImageId)
{
    m_image = imageId;
    m_previousImage = previousImageId;
}

QList<Annotation> AnnotationEditor::selected() const
{
    const QList<qint64> ids = m_canvas->selection();
    QList<Annotation> out;
    for (const Annotation& a : m_canvas->annotations()) {
        if (ids.contains(a.id))
            out << a;
    }
    return out;
}

void AnnotationEditor::accept()
{
    if (!m_document || m_canvas->selection().isEmpty())
        return;
    m_document->undoStack()->push(
        new SetReviewStateCommand(m_document, m_canvas->selection(), ReviewState::Accepted));
}

void AnnotationEditor::rejectOrDelete()
{
    if (!m_document)
        return;
    // Model proposals are rejected (kept, so QA can see what the detector got wrong); boxes a
    // person drew are simply removed.
    QList<qint64> reject, remove;
    for (const Annotation& a : selected())
        (a.origin == Origin::Model ? reject : remove) << a.id;
    if (reject.isEmpty() && remove.isEmpty())
        return;
    QUndoStack* stack = m_document->undoStack();
    stack->beginMacro(
        tr("Reject or delete %n box(es)", nullptr, int(reject.size() + remove.size())));
    if (!reject.isEmpty())
        stack->push(new SetReviewStateCommand(m_document, reject, ReviewState::Rejected));
    if (!remove.isEmpty())
        stack->push(new RemoveAnnotationsCommand(m_document, remove));
    stack->endMacro();
}

void AnnotationEditor::acceptAllProposals()
{
    if (!m_document)
        return;
    QList<qint64> ids;
    for (const Annotation& a : m_canvas->annotations()) {
        if (a.state == ReviewState::Proposed)
            ids << a.id;
    }
    if (ids.isEmpty()) {
        Q_EMIT message(tr("No proposals left on this image."));
        return;
    }
    m_document->undoStack()->push(
        new SetReviewStateCommand(m_document, ids, ReviewState::Accepted));
}

void AnnotationEditor::duplicate()
{
    const QList<Annotation> source = selected();
    if (!m_document || source.isEmpty())
        return;
    const QSize size = m_canvas->fullSize();
    QList<Annotation> copies;
    for (Annotation a : source) {
        // Offset so that the copy is visible, kept on the image.
        const double dx = std::min(10.0, size.width() - a.box.x2);
        const double dy = std::min(10.0, size.height() - a.box.y2);
        a.box = {a.box.x1 + dx, a.box.y1 + dy, a.box.x2 + dx, a.box.y2 + dy};
        a.id = 0;
        a.origin = Origin::Human;
        a.state = ReviewState::Accepted;
        a.hardScore = a.softIou = a.confidence = -1;
        copies << a;
    }
    auto* command = new AddAnnotationsCommand(m_document, copies);
    m_document->undoStack()->push(command);
    QList<qint64> ids;
    for (const Annotation& a : command->annotations())
        ids << a.id;
    m_canvas->setSelection(ids);
}

void AnnotationEditor::copyPreviousImage()
{
    if (!m_document || m_previousImage == 0) {
        Q_EMIT message(tr("There is no previous image."));
        return;
    }
    const QSize size = m_canvas->fullSize();
    QList<Annotation> copies;
    for (Annotation a : m_document->annotations(m_previousImage, workingLayer())) {
        if (a.state == ReviewState::Rejected)
            continue;
        a.id = 0;
        a.imageId = m_image;
        a.box = {
            std::min(a.box.x1, double(size.width())), std::min(a.box.y1, double(size.height())),
            std::min(a.box.x2, double(size.width())), std::min(a.box.y2, double(size.height()))};
        if (!a.box.isValid())
            continue;
        // Copies still need a look: they arrive as proposals.
        a.state = ReviewState::Proposed;
        a.origin = Origin::Human;
        copies << a;
    }
    if (copies.isEmpty()) {
        Q_EMIT message(tr("The previous image has no boxes to copy."));
        return;
    }
    m_document->undoStack()->push(new AddAnnotationsCommand(m_document, copies));
    Q_EMIT message(tr("Copied %n box(es) from the previous image.", nullptr, int(copies.size())));
}

void AnnotationEditor::setShape(Shape shape)
{
    if (!m_document || m_canvas->selection().isEmpty())
        return;
    AnnotationLabels labels;
    labels.shape = shape;
    m_document->undoStack()->push(new SetLabelsCommand(m_document, m_canvas->selection(), labels,
                                                       SetLabelsCommand::ShapeField));
}

void AnnotationEditor::markImageDone()
{
    if (!m_document || m_image == 0)
        return;
    ImageRecord image = m_document->image(m_image);
    image.status = ImageStatus::Done;
    m_document->undoStack()->push(new SetImageAttributesCommand(m_document, image));
    Q_EMIT imageDone(m_image);
}

bool AnnotationEditor::stepReview(bool forward)
{
    QList<Annotation> pending;
    for (const Annotation& a : m_canvas->annotations()) {
        if (a.state == ReviewState::Proposed)
            pending << a;
    }
    if (pending.isEmpty()) {
        Q_EMIT message(tr("Every box of this image is reviewed."));
        return false;
    }
    // Lowest confidence first: those are the boxes most likely to be wrong.
    std::stable_sort(pending.begin(), pending.end(), [](const Annotation& a, const Annotation& b) {
        return a.confidence != b.confidence ? a.confidence < b.confidence : a.id < b.id;
    });
    const QList<qint64> selection = m_canvas->selection();
    qsizetype at = -1;
    if (selection.size() == 1) {
        for (qsizetype i = 0; i < pending.size(); ++i) {
            if (pending[i].id == selection[0])
                at = i;
        }
    }
    const qsizetype n = pending.size();
    const qsizetype next = at < 0 ? (forward ? 0 : n - 1) : (at + (forward ? 1 : n - 1)) % n;
    m_canvas->setSelection({pending[next].id});
    m_canvas->zoomToBox(pending[next].box);
    return true;
}

void AnnotationEditor::onBoxesEdited(const QHash<qint64, Box>& boxes)
{
    if (m_document)
        m_document->undoStack()->push(new ChangeBoxesCommand(m_document, boxes, false));
}

void AnnotationEditor::onBoxDrawn(const Box& box)
{
    m_canvas->setMode(ImageCanvas::Mode::Select);
    if (!m_document || m_image == 0)
        return;
    Annotation a;
    a.imageId = m_image;
    a.layer = workingLayer();
    a.box = box;
    a.state = ReviewState::Accepted;
    a.origin = Origin::Human;
    auto* command = new AddAnnotationsCommand(m_document, {a});
    m_document->undoStack()->push(command);
    m_canvas->setSelection({command->annotations().constFirst().id});
}

} // namespace shelf
