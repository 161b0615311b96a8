#include "add_annotations_command.h"

#include "project_document.h"

#include <QCoreApplication>

namespace shelf {

AddAnnotationsCommand::AddAnnotationsCommand(ProjectDocument* document,
                                             QList<Annotation> annotations, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_annotations(std::move(annotations))
{
    setText(QCoreApplication::translate("shelf::Commands", "Add %n box(es)", nullptr,
                                        int(m_annotations.size())));
}

void AddAnnotationsCommand::redo()
{
    m_document->applyInsert(m_annotations);
}

void AddAnnotationsCommand::undo()
{
    m_document->applyRemove(m_annotations);
}

} // namespace shelf
