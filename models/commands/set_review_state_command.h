#pragma once

#include "update_annotations_command.h"

namespace shelf {

/// Accepts, rejects or re-proposes boxes.
class SetReviewStateCommand : public UpdateAnnotationsCommand
{
public:
    SetReviewStateCommand(ProjectDocument* document, const QList<qint64>& ids, ReviewState state,
                          QUndoCommand* parent = nullptr);
};

} // namespace shelf
