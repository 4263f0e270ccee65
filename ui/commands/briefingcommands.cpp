#include "briefingcommands.h"

#include "analysis/briefingitems.h"
#include "analysis/briefingtext.h"
#include "storage/portfoliofile.h"

#include <QUndoStack>

#include <algorithm>

namespace Vigie {

namespace {
constexpr int kTextMergeId = 0x42524946; // "BRIF"
const QString kUuid = QStringLiteral("uuid");
} // namespace

BriefingMacroCommand::BriefingMacroCommand(PortfolioFile *file, const QString &text)
    : m_file(file)
{
    setText(text);
}

void BriefingMacroCommand::redo()
{
    PortfolioFile::Transaction t(*m_file);
    QUndoCommand::redo();
    if (!t.commit())
        setObsolete(true);
}

void BriefingMacroCommand::undo()
{
    PortfolioFile::Transaction t(*m_file);
    QUndoCommand::undo();
    t.commit();
}

InsertBriefingItemCommand::InsertBriefingItemCommand(PortfolioFile *file, QVariantMap values, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_file(file)
    , m_values(std::move(values))
{
    if (m_values.value(kUuid).toString().isEmpty())
        m_values.insert(kUuid, PortfolioFile::newUuid());
    setText(tr("Add briefing item"));
}

void InsertBriefingItemCommand::redo()
{
    if (m_file->insertRow(Entity::BriefingItem, m_values).isEmpty())
        setObsolete(true);
}

void InsertBriefingItemCommand::undo()
{
    m_file->deleteRow(Entity::BriefingItem, uuid());
}

DeleteBriefingItemCommand::DeleteBriefingItemCommand(PortfolioFile *file, const QString &uuid, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_file(file)
    , m_uuid(uuid)
{
    setText(tr("Remove briefing item"));
}

void DeleteBriefingItemCommand::redo()
{
    m_snapshot = m_file->rowSnapshot(Entity::BriefingItem, m_uuid);
    if (m_snapshot.isEmpty() || !m_file->deleteRow(Entity::BriefingItem, m_uuid))
        setObsolete(true);
}

void DeleteBriefingItemCommand::undo()
{
    if (!m_snapshot.isEmpty())
        m_file->restoreRow(Entity::BriefingItem, m_snapshot);
}

SetBriefingValueCommand::SetBriefingValueCommand(PortfolioFile *file, const QString &uuid, const QString &column,
                                                 const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_file(file)
    , m_uuid(uuid)
    , m_column(column)
    , m_old(file->value(Entity::BriefingItem, uuid, column))
    , m_new(value)
{
    setText(column.startsWith(QLatin1String("text_")) ? tr("Edit briefing item") : tr("Move briefing item"));
}

void SetBriefingValueCommand::redo()
{
    if (!m_file->setValue(Entity::BriefingItem, m_uuid, m_column, m_new))
        setObsolete(true);
}

void SetBriefingValueCommand::undo()
{
    m_file->setValue(Entity::BriefingItem, m_uuid, m_column, m_old);
}

int SetBriefingValueCommand::id() const
{
    return m_column.startsWith(QLatin1String("text_")) ? kTextMergeId : -1;
}

bool SetBriefingValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetBriefingValueCommand *>(other);
    if (o->m_uuid != m_uuid || o->m_column != m_column)
        return false;
    m_new = o->m_new;
    return true;
}

namespace BriefingEdit {

namespace {
int endPosition(const QList<BriefingItem> &items, BriefingSection section)
{
    int last = 0;
    for (const BriefingItem &b : items)
        if (b.section == section)
            last = std::max(last, b.position);
    return last + BriefingItems::kPositionStep;
}

QString insert(QUndoStack *stack, PortfolioFile *file, RowId periodId, BriefingSection section, const BilingualText &text)
{
    BriefingItem b;
    b.uuid = PortfolioFile::newUuid();
    b.periodId = periodId;
    b.section = section;
    b.position = endPosition(BriefingItems::load(*file, periodId), section);
    b.text = text;
    b.origin = QStringLiteral("free");
    auto *command = new InsertBriefingItemCommand(file, BriefingItems::rowValues(b));
    stack->push(command);
    return file->rowId(Entity::BriefingItem, b.uuid) ? b.uuid : QString();
}
} // namespace

QString addItem(QUndoStack *stack, PortfolioFile *file, RowId periodId, BriefingSection section, const BilingualText &text)
{
    return insert(stack, file, periodId, section, text);
}

QString addChart(QUndoStack *stack, PortfolioFile *file, RowId periodId, BriefingSection section, const QString &chartId)
{
    const QString marker = BriefingBlock::chartMarker(chartId);
    return insert(stack, file, periodId, section, { marker, marker });
}

bool setText(QUndoStack *stack, PortfolioFile *file, const QString &uuid, const QString &language, const QString &text)
{
    const QString column = BriefingText::normalized(language) == QLatin1String("fr") ? QStringLiteral("text_fr")
                                                                                      : QStringLiteral("text_en");
    // The markers of chart and table blocks are reserved (see BriefingBlock).
    if (BriefingBlock::isReserved(text))
        return false;
    if (file->value(Entity::BriefingItem, uuid, column).toString() == text)
        return true;
    stack->push(new SetBriefingValueCommand(file, uuid, column, text));
    return file->value(Entity::BriefingItem, uuid, column).toString() == text;
}

void remove(QUndoStack *stack, PortfolioFile *file, const QStringList &uuids)
{
    if (uuids.isEmpty())
        return;
    auto *macro = new BriefingMacroCommand(file, QCoreApplication::translate("Vigie::BriefingCommands", "Remove %n briefing item(s)",
                                                                             nullptr, int(uuids.size())));
    for (const QString &uuid : uuids)
        new DeleteBriefingItemCommand(file, uuid, macro);
    stack->push(macro);
}

bool move(QUndoStack *stack, PortfolioFile *file, RowId periodId, const QString &uuid, int delta)
{
    const QList<BriefingItem> items = BriefingItems::load(*file, periodId);
    int at = -1;
    for (int i = 0; i < items.size(); ++i)
        if (items.at(i).uuid == uuid)
            at = i;
    if (at < 0 || delta == 0)
        return false;
    const BriefingItem &item = items.at(at);
    const int to = at + (delta < 0 ? -1 : 1);
    auto *macro = new BriefingMacroCommand(file, QCoreApplication::translate("Vigie::BriefingCommands", "Move briefing item"));
    const QString position = QStringLiteral("position");
    if (to >= 0 && to < items.size() && items.at(to).section == item.section) {
        new SetBriefingValueCommand(file, uuid, position, items.at(to).position, macro);
        new SetBriefingValueCommand(file, items.at(to).uuid, position, item.position, macro);
        if (items.at(to).position == item.position) // equal positions: make the order explicit
            new SetBriefingValueCommand(file, uuid, position, item.position + (delta < 0 ? -1 : 1), macro);
    } else {
        const int section = int(item.section) + (delta < 0 ? -1 : 1);
        if (section < 1 || section > 4) {
            delete macro;
            return false;
        }
        const auto target = static_cast<BriefingSection>(section);
        int newPosition = endPosition(items, target);
        if (delta > 0) { // entering the next section at its top
            int first = BriefingItems::kPositionStep;
            for (const BriefingItem &b : items)
                if (b.section == target) {
                    first = b.position;
                    break;
                }
            newPosition = first - BriefingItems::kPositionStep;
        }
        new SetBriefingValueCommand(file, uuid, QStringLiteral("section"), section, macro);
        new SetBriefingValueCommand(file, uuid, position, newPosition, macro);
    }
    stack->push(macro);
    return true;
}

void redraft(QUndoStack *stack, PortfolioFile *file, RowId periodId, const QList<DraftedItem> &drafted)
{
    auto *macro = new BriefingMacroCommand(file, QCoreApplication::translate("Vigie::BriefingCommands", "Draft briefing from data"));
    for (const BriefingItem &b : BriefingItems::load(*file, periodId))
        if (b.origin == QLatin1String("drafted"))
            new DeleteBriefingItemCommand(file, b.uuid, macro);
    for (BriefingItem b : BriefingItems::fromDraft(drafted, periodId)) {
        b.uuid = PortfolioFile::newUuid();
        new InsertBriefingItemCommand(file, BriefingItems::rowValues(b), macro);
    }
    stack->push(macro);
}

} // namespace BriefingEdit

} // namespace Vigie
