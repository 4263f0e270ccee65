#pragma once

// Merge ids of undo commands, in one place so two commands never share one by accident
// (QUndoCommand::id(); -1 means "never merge").
namespace Vigie::CommandId {

enum : int {
    ChangeValue = 1, // consecutive edits of the same field of the same row merge into one step
};

} // namespace Vigie::CommandId
