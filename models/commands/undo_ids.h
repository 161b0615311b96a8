#pragma once

namespace shelf {

/// QUndoCommand::id() values of the commands that merge with their successor.
enum UndoId : int { ChangeBoxesId = 1 };

} // namespace shelf
