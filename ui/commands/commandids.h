#pragma once

// Merge ids of undo commands, in one place so two commands never share one by accident
// (QUndoCommand::id(); -1 means "never merge"). Commands with the same id merge only when their merge
// keys (the row and field they edit) are equal too.
namespace Vigie::CommandId {

enum : int {
    SetValue = 1,     // consecutive edits of the same field of the same row: one undo step
    BriefingText = 2, // typing in one briefing item, in one language
};

} // namespace Vigie::CommandId
