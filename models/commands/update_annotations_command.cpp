#include "update_annotations_command.h"

#include "project_document.h"

namespace shelf {

UpdateAnnotationsCommand::UpdateAnnotationsCommand(ProjectDocument* document,
                                                   const QList<qint64>& ids,
                                                   const std::function<void(Annotation&)>& change,
                                                   QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_before(document->annotationsByIds(ids))
{
    m_after = m_before;
    for (Annotation& a : m_after)
        change(a);
}

void UpdateAnnotationsCommand::redo()
{
    m_document->applyUpdate(m_after);
}

void UpdateAnnotationsCommand::undo()
{
    m_document->applyUpdate(m_before);
}

} // namespace shelf
