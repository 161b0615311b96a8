#pragma once

#include "annotation.h"
#include "image_record.h"
#include "project_store.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace shelf {

/// The open project: its store, its undo stack, and the change signals views listen to.
///
/// Every edit is a QUndoCommand pushed on undoStack(); commands change the project only through
/// the apply*() functions, each of which writes its change in one transaction before it returns,
/// so reopening the project after any step shows exactly what the user saw.
/// Thread: lives in the thread that owns its store (the UI thread in the app).
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    explicit ProjectDocument(std::unique_ptr<ProjectStore> store, QObject* parent = nullptr);
    ~ProjectDocument() override;

    ProjectStore& store() { return *m_store; }
    const ProjectStore& store() const { return *m_store; }
    QUndoStack* undoStack() { return &m_undoStack; }

    QList<ImageRecord> images() const { return m_images; }
    /// The image of that id, or a record with id 0.
    ImageRecord image(qint64 id) const;
    QList<Annotation> annotations(qint64 imageId, const QString& layer = {}) const;
    QList<Annotation> annotationsByIds(const QList<qint64>& ids) const;

    // Applied by commands only (redo and undo). Each is one transaction; each emits its signal.
    void applyInsert(QList<Annotation>& annotations);
    void applyRemove(const QList<Annotation>& annotations);
    void applyUpdate(const QList<Annotation>& annotations);
    void applyImageUpdate(const ImageRecord& image);

    /// The last store failure, for a message to the user; empty when none.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void annotationsInserted(qint64 imageId, const QList<qint64>& ids);
    void annotationsRemoved(qint64 imageId, const QList<qint64>& ids);
    void annotationsChanged(qint64 imageId, const QList<qint64>& ids);
    void imageChanged(qint64 imageId);
    /// A write failed (disk full, file locked); the change was not applied.
    void storeFailed(const QString& message);

private:
    template <typename Fn> bool guarded(Fn&& fn);
    void emitPerImage(const QList<Annotation>& annotations,
                      void (ProjectDocument::*signal)(qint64, const QList<qint64>&));

    std::unique_ptr<ProjectStore> m_store;
    QUndoStack m_undoStack;
    QList<ImageRecord> m_images;
    QString m_lastError;
};

} // namespace shelf
