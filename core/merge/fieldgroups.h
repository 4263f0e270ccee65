#pragma once

#include "storage/entity.h"

#include <QString>
#include <QStringList>

namespace Vigie {

// Fields a merge decides together (core/merge). Each group is one thing a person reports or decides,
// so the values of its fields only make sense side by side:
//  - a measure's status update: status, percent complete and comments (a completed measure is 100%;
//    the comment explains that status);
//  - a project's forecast at completion: forecast cost and forecast end (one estimate);
//  - a project's declared colours: cost, schedule and overall (one rating, by one manager);
//  - a project's state and delivery date ("completed on …");
//  - an authorized baseline: budget, planned start and end (and, for a baseline row, when and by whom);
//  - a workforce record's internal and external FTEs (one survey answer: the share of external experts
//    is read from both);
//  - a row's key when it has more than one column (a key area's plan and number, a period's labels…).
// A merge never takes part of a group from one side and the rest from the other: when both sides
// changed a group, to different values, the whole group is one conflict, and the side chosen brings
// every field of it. What only one side changed comes in field by field, as before. Fields not listed
// (names, phase, actual cost, an envelope's figures, which different people own) are decided alone.
class FieldGroups
{
public:
    // The group `column` of `entity` belongs to ("forecast", "key"…); "" when it is decided alone.
    static QString of(Entity entity, const QString &column);
    // The columns of a group, in the order people read them.
    static QStringList columns(Entity entity, const QString &group);
};

} // namespace Vigie
