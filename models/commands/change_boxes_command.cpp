#include "change_boxes_command.h"

#include "undo_ids.h"

#include <QCoreApplication>

namespace shelf {

ChangeBoxesCommand::ChangeBoxesCommand(ProjectDocument* document, const QHash<qint64, Box>& boxes,
                                       bool dragging, QUndoCommand* parent)
    : UpdateAnnotationsCommand(
          document, boxes.keys(), [&boxes](Annotation& a) { a.box = boxes.value(a.id, a.box); },
          parent),
      m_open(dragging)
{
    setText(QCoreApplication::translate("shelf::Commands", "Move or resize %n box(es)", nullptr,
                                        int(m_after.size())));
}

int ChangeBoxesCommand::id() const
{
    return ChangeBoxesId;
}

bool ChangeBoxesCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeBoxesCommand*>(other);
    if (!m_open || next->m_after.size() != m_after.size())
        return false;
    for (qsizetype i = 0; i < m_after.size(); ++i) {
        if (m_after[i].id != next->m_after[i].id)
            return false;
    }
    // Keep our `before` (where the drag started) and take the newest geometry.
    m_after = next->m_after;
    m_open = next->m_open;
    return true;
}

} // namespace shelf
