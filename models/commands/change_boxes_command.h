#pragma once

#include "update_annotations_command.h"

#include <QHash>

namespace shelf {

/// Moves or resizes boxes. While the user is still dragging (`dragging` true), successive
/// commands on the same boxes merge into one, so one drag is one undo step; the final command of
/// the drag is pushed with dragging false, which closes it.
class ChangeBoxesCommand : public UpdateAnnotationsCommand
{
public:
    ChangeBoxesCommand(ProjectDocument* document, const QHash<qint64, Box>& boxes, bool dragging,
                       QUndoCommand* parent = nullptr);
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    bool m_open;
};

} // namespace shelf
