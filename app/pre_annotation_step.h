#pragma once

#include <QUndoCommand>

#include <memory>
#include <vector>

namespace shelf {

/// One image's pre-annotation as one undo step that is pushed in pieces: each piece (a document
/// command) is wrapped in a PreAnnotationStep of the same step id, and a piece pushed right on
/// top of its step merges into it. So the writes of a large image can be spread over several
/// turns of the event loop and still undo as one step. A piece pushed after something else (a
/// person's edit in between) stays a step of its own, which keeps every step undoable.
///
/// Pieces redo in the order pushed and undo in reverse. Ownership: the step owns its pieces.
class PreAnnotationStep : public QUndoCommand
{
public:
    /// The QUndoCommand::id() of every step (no other command of the project uses it).
    static constexpr int kUndoId = 0x5041; // "PA"

    PreAnnotationStep(quint64 step, std::unique_ptr<QUndoCommand> piece, const QString& text);

    quint64 step() const { return m_step; }
    int id() const override { return kUndoId; }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    quint64 m_step;
    // mergeWith() takes the pieces of the step it absorbs, which QUndoStack deletes afterwards.
    mutable std::vector<std::unique_ptr<QUndoCommand>> m_pieces;
};

} // namespace shelf
