#pragma once

#include "annotation.h"

#include <QObject>

class QAction;

namespace shelf {

class ImageCanvas;
class ProjectDocument;

/// The editing verbs of the annotator workspace: each turns the canvas selection into one undo
/// command on the working layer of the current image (accept, reject or delete, accept all,
/// duplicate, copy the previous image's boxes, set the shape, nudge/move/resize, draw, mark the
/// image done) and walks the review flow (next unreviewed box, lowest confidence first).
/// Owns the QActions that carry the shortcuts, so menus, the help overlay and the shortcut
/// editor all list the same ones.
class AnnotationEditor : public QObject
{
    Q_OBJECT
public:
    AnnotationEditor(ImageCanvas* canvas, QObject* parent = nullptr);

    void setDocument(ProjectDocument* document);
    /// The image being edited and the one before it in the list (for "copy previous"; 0 if none).
    void setImage(qint64 imageId, qint64 previousImageId);
    qint64 imageId() const { return m_image; }
    /// The layer the annotator edits: the dataset itself.
    static const QString& workingLayer() { return layers::human; }

    QList<QAction*> editActions() const;
    QList<QAction*> reviewActions() const;

public Q_SLOTS:
    void accept();
    void rejectOrDelete();
    void acceptAllProposals();
    void duplicate();
    void copyPreviousImage();
    void setShape(Shape shape);
    void markImageDone();
    /// Selects and zooms to the next (or previous) proposed box, lowest confidence first.
    /// Returns false when every box of the image is reviewed.
    bool stepReview(bool forward);

Q_SIGNALS:
    /// For the status bar.
    void message(const QString& text);
    /// The image was marked done; the window moves on to the next one.
    void imageDone(qint64 imageId);

private:
    void createActions();
    void onBoxesEdited(const QHash<qint64, Box>& boxes);
    void onBoxDrawn(const Box& box);
    QList<Annotation> selected() const;

    ImageCanvas* m_canvas;
    ProjectDocument* m_document = nullptr;
    qint64 m_image = 0;
    qint64 m_previousImage = 0;
    QList<QAction*> m_edit;
    QList<QAction*> m_review;
};

} // namespace shelf
