#pragma once

#include "analysis/briefingdraft.h"
#include "model/entities.h"
#include "storage/entity.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>
#include <QVariantMap>

class QUndoStack;

namespace Vigie {

class PortfolioFile;

// Undo commands for briefing items (table briefing_item). They refer to rows by UUID and go through
// PortfolioFile's journaled edits (insertRow / deleteRow / restoreRow / setValue), one transaction per
// command. A command whose first redo fails is marked obsolete, so the stack drops it.

// Several briefing edits as one undo step (redraft, move), done and undone in one transaction.
class BriefingMacroCommand : public QUndoCommand
{
public:
    BriefingMacroCommand(PortfolioFile *file, const QString &text);
    void redo() override;
    void undo() override;

private:
    PortfolioFile *m_file;
};

class InsertBriefingItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::BriefingCommands)
public:
    // `values` as BriefingItems::rowValues() gives them; a UUID is assigned here when missing.
    InsertBriefingItemCommand(PortfolioFile *file, QVariantMap values, QUndoCommand *parent = nullptr);
    QString uuid() const { return m_values.value(QStringLiteral("uuid")).toString(); }
    void redo() override;
    void undo() override;

private:
    PortfolioFile *m_file;
    QVariantMap m_values;
};

class DeleteBriefingItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::BriefingCommands)
public:
    DeleteBriefingItemCommand(PortfolioFile *file, const QString &uuid, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PortfolioFile *m_file;
    QString m_uuid;
    QVariantMap m_snapshot;
};

class SetBriefingValueCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::BriefingCommands)
public:
    SetBriefingValueCommand(PortfolioFile *file, const QString &uuid, const QString &column, const QVariant &value,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    // Consecutive edits of the same text merge into one undo step.
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    PortfolioFile *m_file;
    QString m_uuid;
    QString m_column;
    QVariant m_old;
    QVariant m_new;
};

// The edit facade of the Briefing view: plain functions that build and push the commands above.
namespace BriefingEdit {

// Adds an item at the end of `section`; returns its UUID.
QString addItem(QUndoStack *stack, PortfolioFile *file, RowId periodId, BriefingSection section, const BilingualText &text);
QString addChart(QUndoStack *stack, PortfolioFile *file, RowId periodId, BriefingSection section, const QString &chartId);
bool setText(QUndoStack *stack, PortfolioFile *file, const QString &uuid, const QString &language, const QString &text);
void remove(QUndoStack *stack, PortfolioFile *file, const QStringList &uuids);
// Moves an item up (-1) or down (+1) within its section, or across into the neighbouring section.
bool move(QUndoStack *stack, PortfolioFile *file, RowId periodId, const QString &uuid, int delta);
// Replaces the period's drafted items with `drafted` (the analyst's own items stay) in one undo step.
void redraft(QUndoStack *stack, PortfolioFile *file, RowId periodId, const QList<DraftedItem> &drafted);

} // namespace BriefingEdit

} // namespace Vigie
