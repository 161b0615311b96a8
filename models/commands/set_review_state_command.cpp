#include "set_review_state_command.h"

#include <QCoreApplication>

namespace shelf {

SetReviewStateCommand::SetReviewStateCommand(ProjectDocument* document, const QList<qint64>& ids,
                                             ReviewState state, QUndoCommand* parent)
    : UpdateAnnotationsCommand(
          document, ids, [state](Annotation& a) { a.state = state; }, parent)
{
    const int n = int(m_after.size());
    switch (state) {
    case ReviewState::Accepted:
        setText(QCoreApplication::translate("shelf::Commands", "Accept %n box(es)", nullptr, n));
        break;
    case ReviewState::Rejected:
        setText(QCoreApplication::translate("shelf::Commands", "Reject %n box(es)", nullptr, n));
        break;
    case ReviewState::Proposed:
        setText(QCoreApplication::translate("shelf::Commands", "Reopen %n box(es)", nullptr, n));
        break;
    }
}

} // namespace shelf
