#pragma once

#include "merge/changereader.h"
#include "model/entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Vigie {

// Who wins a conflict: not decided yet, this file ("mine") or the copy ("theirs").
enum class MergeChoice { Unresolved, Mine, Theirs };

// A change a copy limited to one organization made outside it (another organization's project, the
// plan…): never taken in, but named in the merge's account, so nobody wonders where it went.
struct MergeIgnored
{
    Entity entity = Entity::Portfolio;
    QString key;        // how people name the row ("SCT-01")
    BilingualText names; // the row's names where its key is its English one (RowReader::names)
    QStringList fields; // the columns it changed; empty for a row added or deleted
    bool added = false;
    bool deleted = false;
    QString reason; // why this file keeps it (MergeSource::kept); "" for a change outside the organization
};

// One copy being merged back, as it says where it came from.
struct MergeSource
{
    QString path;
    QString uuid;             // the copy's identity (CopyOrigin::uuid)
    QString organizationCode; // "" for a copy of the whole portfolio
    QString takenAt;
    QString takenBy;
    qint64 lastChangeset = 0; // the copy's last changeset: what this merge takes in
    bool mergedBefore = false;
    int ignored = 0;          // changes outside the copy's organization, not taken in (rows)
    QList<MergeIgnored> outside; // which
    // What the copy changed that this file does not take, each with why, named, never written, and never
    // failing the merge: rows the copy deleted that a frozen reporting period here reported
    // (PortfolioFile::deletionRefusal), and values no edit here would take (ValueLimits: a text too long,
    // an amount out of bounds; a correction of the original authorization of a project this file has
    // reported in a frozen period or re-authorized since: StructureEdits::authorizationLocked), with the
    // rows the copy added under a row kept out.
    QList<MergeIgnored> kept;

    QString fileName() const;
    // "MCE" or, for a whole-portfolio copy, its file name: how reports name the ministry.
    QString label() const;
};

// One thing a copy did that the merge acts on: a field it changed, a row it added or deleted. Either it
// applies (the copy alone changed it), or it is a conflict (this file changed it too, differently, or
// deleted what the copy changed, or changed what the copy deleted) that someone decides.
struct MergeItem
{
    enum class Kind { Change, Add, Delete };
    // What one side's value is, for rows: a value, or the row was deleted / changed / added on that side.
    enum class State { Value, Deleted, Changed, Added };

    int source = 0; // index in MergePlan::sources
    Kind kind = Kind::Change;
    Entity entity = Entity::Portfolio;
    QString uuid;
    QString key;    // how people name the row ("SCT-01", "9")
    BilingualText name; // the row's names where its key is its English one: the portfolio, a period (ValueText::names)
    QString column; // the field changed (Change), the reference to a deleted row (Add); "" for a whole row
    QVariant mine, theirs;           // comparable values (references as UUIDs)
    QString mineText, theirsText;    // the same for people (references as the row's key)
    State mineState = State::Value, theirsState = State::Value;
    Attribution mineBy, theirsBy;
    bool conflict = false;
    MergeChoice choice = MergeChoice::Unresolved;
    // Items this one goes with (indexes in items): a status history row with its measure's status update,
    // a row the copy added with the added row it belongs to. Held back unless they take effect.
    QList<int> dependsOn;
    // Fields decided together (FieldGroups): the group's name, shared by the items of one row and copy,
    // which are then one decision ("" for a field decided alone).
    QString group;
    // A row of this file that the item's row would duplicate (the same code, measure number in its plan,
    // period label…: UniqueKeys): its UUID and key. Taking the copy's then brings the copy's row in
    // renamed (`rename`: the key columns' new values; `theirsAs`: how the row is named then) or, when
    // `rename` is empty, replaces this file's row.
    QString clashUuid, clashKey;
    QVariantMap rename;
    QString theirsAs;

    // Stable across plans of the same files: the key of a decision (MergeOptions::choices), the same
    // for every item of a group.
    QString id(const QList<MergeSource> &sources) const;
    bool isClash() const { return !clashUuid.isEmpty(); }
    bool applies() const { return !conflict || choice == MergeChoice::Theirs; }
    bool isRow() const { return column.isEmpty() || kind == Kind::Add; }
};

// What merging some copies into a file will do: everything each copy changed since it was taken (or
// last merged), item by item, with the conflicts and how they are decided. Made by Merger::plan without
// writing anything; Merger::apply writes it in one transaction.
struct MergePlan
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MergePlan)

public:
    QList<MergeSource> sources;
    QList<MergeItem> items;
    int unchanged = 0; // changes the copies made that this file already has
    BilingualText portfolioName; // this file's names: a portfolio item's key is its (English) name

    // How people name an item's row, in the current language: the portfolio by its name, a period by
    // its label, the other rows by their key as ValueText::key shows it.
    QString shownKey(const MergeItem &item) const;
    // The same for a change not taken in.
    QString shownKey(const MergeIgnored &ignored) const;

    int applied() const; // field changes and deletions taken in (conflicts decided for the copy included)
    int added() const;   // rows added (and restored)
    // Decisions: the items of a group of fields (FieldGroups) are one.
    int conflicts() const;
    int unresolved() const;
    int ignored() const;
    bool isEmpty() const { return items.isEmpty(); }
    // Whether the item is written: it applies, and so does every item it goes with.
    bool takesEffect(int index) const;
    // The conflicts, one decision each: the indexes of its items, in the plan's order.
    QList<QList<int>> decisions() const;

    // `vigie merge --json`: {"applied", "conflicts": [{"entity", "uuid", "key", "field", "mine", "theirs"}],
    // "added", "unchanged"}; the fields of one decision are listed one by one. "applied" and "added" say
    // what was written, or with `dryRun` what would be (the undecided conflicts left out).
    QString toJson(bool dryRun = false) const;
    // The plain-text account the command line prints: each copy, what came in (and what a limited copy
    // changed outside its organization, ignored), the conflicts (one line per decision), and the counts
    // (with `dryRun`, what would be written).
    QString toText(bool dryRun = false) const;
    // For a conflict of two rows under one key, what taking the copy's does, for people ("only one item can
    // have it here: the copy's would come in as A9-2"); "" for other conflicts.
    static QString clashNote(const MergeItem &item);
    // A side's value or state for people, translated ("deleted", "(empty)", "SCT-01").
    static QString shown(MergeItem::State state, const QString &text);
    // The same as the merge log keeps it, untranslated: the value, or "[deleted]", "[changed]", "[added]";
    // and back for people.
    static QString logged(MergeItem::State state, const QString &text);
    static QString shownLogged(const QString &logged);
};

} // namespace Vigie
