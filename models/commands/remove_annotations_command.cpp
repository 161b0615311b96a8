#include "remove_annotations_command.h"

#include "project_document.h"

#include <QCoreApplication>

namespace shelf {

RemoveAnnotationsCommand::RemoveAnnotationsCommand(ProjectDocument* document,
                                                   const QList<qint64>& ids, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_annotations(document->annotationsByIds(ids))
{
    setText(QCoreApplication::translate("shelf::Commands", "Remove %n box(es)", nullptr,
                                        int(m_annotations.size())));
}

void RemoveAnnotationsCommand::redo()
{
    m_document->applyRemove(m_annotations);
}

void RemoveAnnotationsCommand::undo()
{
    QList<Annotation> restored = m_annotations;
    m_document->applyInsert(restored);
}

} // namespace shelf
