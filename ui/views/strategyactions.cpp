#include "strategyactions.h"

#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "dialogs/itemdialog.h"
#include "document/document.h"
#include "models/filterproxy.h"
#include "models/lookup.h"
#include "models/modelroles.h"
#include "models/strategymodel.h"
#include "storage/repository.h"
#include "storage/structureedits.h"
#include "views/readonlynote.h"
#include "views/tablepage.h"

#include <QAction>
#include <QEvent>
#include <QAbstractItemView>

#include <functional>

namespace Vigie {

namespace {

std::function<bool(ItemDialog &)> &filler()
{
    static std::function<bool(ItemDialog &)> f;
    return f;
}

QList<ItemField> fieldsOf(Entity entity)
{
    switch (entity) {
    case Entity::Plan:
        return { { Field::Code, ItemField::Text }, { Field::TitleEn, ItemField::Text }, { Field::TitleFr, ItemField::Text },
                 { Field::StartDate, ItemField::Date }, { Field::EndDate, ItemField::Date } };
    case Entity::KeyArea:
        return { { Field::Number, ItemField::Number }, { Field::TitleEn, ItemField::Text },
                 { Field::TitleFr, ItemField::Text } };
    default:
        break;
    }
    return { { Field::Number, ItemField::Number },       { Field::TitleEn, ItemField::Text },
             { Field::TitleFr, ItemField::Text },        { Field::Owner, ItemField::Organization },
             { Field::DueDate, ItemField::Date },         { Field::Status, ItemField::Status },
             { Field::PercentComplete, ItemField::Percent }, { Field::Comment, ItemField::Text },
             { Field::CommentFr, ItemField::Text } };
}

} // namespace

StrategyActions::StrategyActions(TablePage *page)
    : QObject(page)
    , m_page(page)
    , m_addPlan(new QAction(page))
    , m_addArea(new QAction(page))
    , m_addMeasure(new QAction(page))
    , m_edit(new QAction(page))
    , m_delete(new QAction(page))
    , m_confirm(new QAction(page))
{
    m_confirm->setObjectName(QStringLiteral("actionConfirmMeasures"));
    connect(m_confirm, &QAction::triggered, this, &StrategyActions::confirmSelected);
    m_addPlan->setObjectName(QStringLiteral("actionAddPlan"));
    m_addArea->setObjectName(QStringLiteral("actionAddKeyArea"));
    m_addMeasure->setObjectName(QStringLiteral("actionAddMeasure"));
    m_edit->setObjectName(QStringLiteral("actionEditItem"));
    m_delete->setObjectName(QStringLiteral("actionDeleteItem"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addPlan, &QAction::triggered, this, &StrategyActions::addPlan);
    connect(m_addArea, &QAction::triggered, this, &StrategyActions::addKeyArea);
    connect(m_addMeasure, &QAction::triggered, this, &StrategyActions::addMeasure);
    connect(m_edit, &QAction::triggered, this, &StrategyActions::editCurrent);
    connect(m_delete, &QAction::triggered, this, &StrategyActions::deleteCurrent);
    m_page->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_page->view()->addActions(actions());
    connect(m_page, &TablePage::currentChanged, this, &StrategyActions::updateActions);
    m_page->installEventFilter(this); // LanguageChange reaches widgets, not this object
    retranslate();
    updateActions();
}

QList<QAction *> StrategyActions::actions() const
{
    return { m_addPlan, m_addArea, m_addMeasure, m_edit, m_delete, m_confirm };
}

void StrategyActions::setDialogFiller(std::function<bool(ItemDialog &)> f)
{
    filler() = std::move(f);
}

void StrategyActions::setDocument(Document *document)
{
    m_document = document;
    updateActions();
}

bool StrategyActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void StrategyActions::retranslate()
{
    m_addPlan->setText(tr("Add &Plan…"));
    m_addArea->setText(tr("Add &Key Area…"));
    m_addMeasure->setText(tr("Add &Measure…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete…"));
    m_confirm->setText(tr("Still &Accurate"));
    m_confirm->setStatusTip(tr("Confirm the selected measures as they are: they count as updated this period "
                               "and are no longer stale."));
}

void StrategyActions::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    QString uuid;
    const Entity entity = currentEntity(&uuid);
    const bool selected = writable && entity != Entity::Portfolio;
    // In a copy limited to one organization, the plans and key areas (the whole portfolio's) and another
    // organization's measures are read-only: shown so, with why in the tooltip, before anyone tries (the
    // commit refuses them anyway: CopyScope).
    const QString limitedTo = writable ? m_document->editor()->limitedTo() : QString();
    const QString structure = limitedTo.isEmpty()
        ? QString()
        : tr("This copy is limited to the organization %1: the plans and key areas belong to the whole portfolio "
             "and are read-only here.")
              .arg(limitedTo);
    const QString item = selected && !limitedTo.isEmpty() ? m_document->editor()->readOnlyReason(entity, uuid) : QString();
    const auto enable = enableUnlessReadOnly;
    enable(m_addPlan, writable, structure);
    enable(m_addArea, writable && !currentParent(Entity::Plan).isEmpty(), structure);
    m_addMeasure->setEnabled(writable && !currentParent(Entity::KeyArea).isEmpty());
    enable(m_edit, selected, item);
    enable(m_delete, selected, item);
    enable(m_confirm, writable && entity == Entity::Measure, item);
}

void StrategyActions::confirmSelected()
{
    if (!m_document || m_document->isReadOnly())
        return;
    QStringList uuids;
    for (const QModelIndex &row : m_page->selectedSourceRows()) {
        if (m_document->strategyModel()->level(row) != StrategyModel::MeasureLevel)
            continue; // plans and key areas are not confirmed, their measures are
        const QString uuid = row.siblingAtColumn(0).data(Roles::UuidRole).toString();
        if (!uuid.isEmpty() && !uuids.contains(uuid))
            uuids << uuid;
    }
    if (!uuids.isEmpty())
        m_document->editor()->confirmAccurate(Entity::Measure, uuids);
}

Entity StrategyActions::currentEntity(QString *uuid) const
{
    uuid->clear();
    if (!m_document)
        return Entity::Portfolio;
    const QModelIndex source = m_page->proxy()->mapToSource(m_page->view()->currentIndex());
    if (!source.isValid())
        return Entity::Portfolio;
    *uuid = source.siblingAtColumn(0).data(Roles::UuidRole).toString();
    switch (m_document->strategyModel()->level(source)) {
    case StrategyModel::PlanLevel: return Entity::Plan;
    case StrategyModel::AreaLevel: return Entity::KeyArea;
    case StrategyModel::MeasureLevel: break;
    }
    return Entity::Measure;
}

QString StrategyActions::currentParent(Entity parent) const
{
    if (!m_document)
        return QString();
    QModelIndex source = m_page->proxy()->mapToSource(m_page->view()->currentIndex()).siblingAtColumn(0);
    // Walk up from the selection to the wanted level: a measure's area, an area's or a measure's plan.
    const int wanted = parent == Entity::Plan ? StrategyModel::PlanLevel : StrategyModel::AreaLevel;
    while (source.isValid() && int(m_document->strategyModel()->level(source)) > wanted)
        source = source.parent();
    if (!source.isValid() || int(m_document->strategyModel()->level(source)) != wanted)
        return QString();
    return source.data(Roles::UuidRole).toString();
}

bool StrategyActions::runItemDialog(ItemDialog &dialog)
{
    if (filler())
        return filler()(dialog);
    return dialog.exec() == QDialog::Accepted;
}

bool StrategyActions::runItemDialog(ItemDialog &dialog, const std::function<bool()> &apply)
{
    if (filler())
        return filler()(dialog) && apply(); // a test's filler answers once
    while (dialog.exec() == QDialog::Accepted) {
        if (apply())
            return true;
    }
    return false;
}

void StrategyActions::selectAdded(const QString &uuid)
{
    // The item just added becomes the current one, so that the next Add Key Area… or Add Measure…
    // goes into it: a plan is built top-down without hunting for the row each time.
    if (uuid.isEmpty() || !m_page->model())
        return;
    const QAbstractItemModel *model = m_page->model();
    const std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(Roles::UuidRole).toString() == uuid)
                return index;
            if (const QModelIndex found = find(index); found.isValid())
                return found;
        }
        return {};
    };
    if (const QModelIndex index = find({}); index.isValid())
        m_page->select(index);
}

void StrategyActions::addPlan()
{
    if (!m_document || m_document->isReadOnly())
        return;
    ItemDialog dialog(tr("Add Plan"), fieldsOf(Entity::Plan), {}, Repository::organizations(*m_document->file()),
                      m_page);
    QString added;
    runItemDialog(dialog, [&] { return !(added = m_document->editor()->addPlan(dialog.values())).isEmpty(); });
    selectAdded(added);
}

void StrategyActions::addKeyArea()
{
    const QString plan = currentParent(Entity::Plan);
    if (!m_document || m_document->isReadOnly() || plan.isEmpty())
        return;
    const FieldValues initial { { Field::Number, StructureEdits::nextNumber(*m_document->file(), Entity::KeyArea, plan) } };
    ItemDialog dialog(tr("Add Key Area"), fieldsOf(Entity::KeyArea), initial,
                      Repository::organizations(*m_document->file()), m_page);
    QString added;
    runItemDialog(dialog, [&] { return !(added = m_document->editor()->addKeyArea(plan, dialog.values())).isEmpty(); });
    selectAdded(added);
}

void StrategyActions::addMeasure()
{
    const QString area = currentParent(Entity::KeyArea);
    if (!m_document || m_document->isReadOnly() || area.isEmpty())
        return;
    const FieldValues initial { { Field::Number, StructureEdits::nextNumber(*m_document->file(), Entity::Measure, area) },
                                { Field::Status, QStringLiteral("not_started") } };
    ItemDialog dialog(tr("Add Measure"), fieldsOf(Entity::Measure), initial,
                      Repository::organizations(*m_document->file()), m_page);
    QString added;
    runItemDialog(dialog, [&] { return !(added = m_document->editor()->addMeasure(area, dialog.values())).isEmpty(); });
    selectAdded(added);
}

void StrategyActions::editCurrent()
{
    QString uuid;
    const Entity entity = currentEntity(&uuid);
    if (!m_document || m_document->isReadOnly() || entity == Entity::Portfolio)
        return;
    const PortfolioFile &file = *m_document->file();
    QList<ItemField> fields = fieldsOf(entity);
    // Moving: a key area to another plan, a measure to another key area (its number must be free there).
    if (entity == Entity::KeyArea) {
        ItemField plan { Field::Plan, ItemField::Choice };
        for (const Plan &p : Repository::plans(file))
            plan.choices.append({ p.code, p.uuid });
        fields.append(plan);
    } else if (entity == Entity::Measure) {
        QHash<RowId, QString> planCodes;
        for (const Plan &p : Repository::plans(file))
            planCodes.insert(p.id, p.code);
        ItemField area { Field::KeyArea, ItemField::Choice };
        for (const KeyArea &a : Repository::keyAreas(file))
            area.choices.append({ tr("%1 · Key area %2: %3").arg(planCodes.value(a.planId)).arg(a.number).arg(Lookup::display(a.title)),
                                  a.uuid });
        fields.append(area);
    }
    FieldValues initial;
    for (const ItemField &f : fields) {
        QVariant v = file.value(entity, uuid, f.field);
        if (f.kind == ItemField::Organization)
            v = v.isNull() ? QString() : file.rowUuid(Entity::Organization, v.toLongLong());
        else if (f.kind == ItemField::Choice)
            v = file.rowUuid(f.field == Field::Plan ? Entity::Plan : Entity::KeyArea, v.toLongLong());
        initial.insert(f.field, v.isNull() ? QVariant(QString()) : v);
    }
    Editor *editor = m_document->editor();
    //: Title of the dialog that edits a plan, key area or measure, e.g. "Edit Measure 9"
    ItemDialog dialog(tr("Edit %1").arg(editor->itemName(entity, uuid)), fields, initial,
                      Repository::organizations(file), m_page);
    runItemDialog(dialog, [&] {
        const FieldValues changes = dialog.changes();
        return changes.isEmpty() || editor->editItem(entity, uuid, changes);
    });
}

void StrategyActions::deleteCurrent()
{
    QString uuid;
    const Entity entity = currentEntity(&uuid);
    if (!m_document || m_document->isReadOnly() || entity == Entity::Portfolio)
        return;
    Editor *editor = m_document->editor();
    // What a frozen period reported stays (Editor::deletionRefusal says why and what to do instead).
    if (const QString refusal = editor->deletionRefusal(entity, uuid); !refusal.isEmpty()) {
        Dialogs::information(m_page, tr("Delete"), refusal);
        return;
    }
    const QString name = editor->itemName(entity, uuid);
    const QString impact = editor->deletionImpact(entity, uuid);
    // Deleting what others refer to asks first and says what goes with it.
    const QString text = impact.isEmpty() ? tr("Delete %1?").arg(name)
                                          : tr("Delete %1? These go with it: %2.").arg(name, impact);
    if (Dialogs::question(m_page, tr("Delete"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        editor->removeItem(entity, uuid);
}

} // namespace Vigie
