#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace shelf {

class ProjectDocument;

/// Removes boxes. The full boxes are captured when the command is made, so undo restores them
/// exactly, ids included.
class RemoveAnnotationsCommand : public QUndoCommand
{
public:
    RemoveAnnotationsCommand(ProjectDocument* document, const QList<qint64>& ids,
                             QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* m_document;
    QList<Annotation> m_annotations;
};

} // namespace shelf
