#include "pre_annotation_step.h"

namespace shelf {

PreAnnotationStep::PreAnnotationStep(quint64 step, std::unique_ptr<QUndoCommand> piece,
                                     const QString& text)
    : m_step(step)
{
    setText(text);
    m_pieces.push_back(std::move(piece));
}

bool PreAnnotationStep::mergeWith(const QUndoCommand* other)
{
    if (other->id() != kUndoId)
        return false;
    const auto* next = static_cast<const PreAnnotationStep*>(other);
    if (next->m_step != m_step)
        return false;
    for (auto& piece : next->m_pieces)
        m_pieces.push_back(std::move(piece));
    next->m_pieces.clear();
    return true;
}

void PreAnnotationStep::redo()
{
    for (auto& piece : m_pieces)
        piece->redo();
}

void PreAnnotationStep::undo()
{
    for (auto it = m_pieces.rbegin(); it != m_pieces.rend(); ++it)
        (*it)->undo();
}

} // namespace shelf
