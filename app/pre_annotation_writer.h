#pragma once

#include "prediction.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QUndoCommand;

namespace shelf {

class ProjectDocument;

/// Brings pre-annotation results into the open project without holding the UI thread: each
/// image becomes one undo step (a PreAnnotationStep), written in pieces of at most kPieceBoxes
/// boxes, one piece per turn of the event loop. An image keeps up to 9 999 raw candidates, and
/// replacing them in one go (read the old ones for undo, delete, insert) took over 100 ms.
///
/// Per image, in order: the raw, nms and em layers the prediction carries are replaced (old boxes
/// removed, new ones added); the model's earlier proposals in the human layer are removed and the
/// merged boxes (em, else nms) added there as proposals, never touching a box a person accepted
/// or drew; an image still New becomes PreAnnotated.
///
/// If the step being written is undone meanwhile, the rest of that image is dropped (reported
/// as an error); when the document goes away, everything queued for it is dropped.
/// Thread: the UI thread (the document's).
class PreAnnotationWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPieceBoxes = 2000;

    explicit PreAnnotationWriter(QObject* parent = nullptr);
    ~PreAnnotationWriter() override;

    /// Queues one image's prediction; `tag` comes back in imageWritten (the caller's job id).
    void enqueue(ProjectDocument* document, quint64 tag, qint64 imageId,
                 const ImagePrediction& prediction);
    bool isIdle() const { return m_queue.isEmpty() && m_pieces.isEmpty(); }

Q_SIGNALS:
    /// One image is done: written, or not (`error` says why, for people).
    void imageWritten(quint64 tag, qint64 imageId, const QString& error);
    /// Nothing is left to write.
    void idle();

private:
    struct Queued
    {
        QPointer<ProjectDocument> document;
        quint64 tag = 0;
        qint64 imageId = 0;
        ImagePrediction prediction;
    };
    using Piece = std::function<QUndoCommand*()>;

    void next();
    QString plan(const Queued& item);
    bool stepStillApplied() const;
    void finishImage(const QString& error);

    QList<Queued> m_queue;
    QTimer m_timer;
    // The image being written.
    QPointer<ProjectDocument> m_document;
    quint64 m_tag = 0;
    qint64 m_imageId = 0;
    QList<Piece> m_pieces;
    QString m_text;
    quint64 m_step = 0;
    const QUndoCommand* m_stepCommand = nullptr; ///< the step on the stack, once pushed
};

} // namespace shelf
