#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace shelf {

class ProjectDocument;

/// Adds boxes (one or many, any images and layers). Undo removes them; redo puts them back with
/// the same ids, so later commands that name those ids stay valid.
class AddAnnotationsCommand : public QUndoCommand
{
public:
    AddAnnotationsCommand(ProjectDocument* document, QList<Annotation> annotations,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    /// The added boxes with their ids (valid after the first redo).
    const QList<Annotation>& annotations() const { return m_annotations; }

private:
    ProjectDocument* m_document;
    QList<Annotation> m_annotations;
};

} // namespace shelf
