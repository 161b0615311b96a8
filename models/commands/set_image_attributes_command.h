#pragma once

#include "image_record.h"

#include <QUndoCommand>

namespace shelf {

class ProjectDocument;

/// Changes the per-image attributes: shelf type, store id, review status and the QA reviewed
/// flag.
class SetImageAttributesCommand : public QUndoCommand
{
public:
    SetImageAttributesCommand(ProjectDocument* document, const ImageRecord& changed,
                              QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* m_document;
    ImageRecord m_before;
    ImageRecord m_after;
};

} // namespace shelf
