#pragma once

#include "annotation.h"

#include <QUndoCommand>

#include <functional>

namespace shelf {

class ProjectDocument;

/// Changes existing boxes from their current values to new ones; the base of every property edit
/// (geometry, review state, labels). `change` is applied to a copy of each box when the command is
/// made; undo writes the captured originals back.
class UpdateAnnotationsCommand : public QUndoCommand
{
public:
    UpdateAnnotationsCommand(ProjectDocument* document, const QList<qint64>& ids,
                             const std::function<void(Annotation&)>& change,
                             QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

    const QList<Annotation>& before() const { return m_before; }
    const QList<Annotation>& after() const { return m_after; }

protected:
    ProjectDocument* m_document;
    QList<Annotation> m_before;
    QList<Annotation> m_after;
};

} // namespace shelf
