#include "set_image_attributes_command.h"

#include "project_document.h"

#include <QCoreApplication>

namespace shelf {

SetImageAttributesCommand::SetImageAttributesCommand(ProjectDocument* document,
                                                     const ImageRecord& changed,
                                                     QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_before(document->image(changed.id))
{
    // Only the attributes change; path and geometry stay as stored.
    m_after = m_before;
    m_after.shelfType = changed.shelfType;
    m_after.storeId = changed.storeId;
    m_after.status = changed.status;
    m_after.reviewed = changed.reviewed;
    setText(QCoreApplication::translate("shelf::Commands", "Set image attributes"));
}

void SetImageAttributesCommand::redo()
{
    m_document->applyImageUpdate(m_after);
}

void SetImageAttributesCommand::undo()
{
    m_document->applyImageUpdate(m_before);
}

} // namespace shelf
