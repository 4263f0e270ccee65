#include "projectactions.h"

#include "views/filterbar.h"

#include "models/projectmodel.h"

#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "dialogs/itemdialog.h"
#include "document/document.h"
#include "models/filterproxy.h"
#include "models/lookup.h"
#include "models/modelroles.h"
#include "storage/repository.h"
#include "views/readonlynote.h"
#include "views/strategyactions.h"
#include "views/tablepage.h"

#include <QAction>
#include <QEvent>
#include <QSet>
#include <QAbstractItemView>

namespace Vigie {

namespace {

const QList<ItemField> kProjectFields { { Field::Code, ItemField::Text },
                                        { Field::NameEn, ItemField::Text },
                                        { Field::NameFr, ItemField::Text },
                                        { Field::Organization, ItemField::Organization },
                                        { Field::Phase, ItemField::Text },
                                        { Field::State, ItemField::ProjectState } };
// A new project is also authorized: its budget and planned dates are its first baseline. Edit Project
// offers them for correction until the project is reported in a frozen period or re-authorized; then
// only a decision that re-authorizes it changes them, and the form says so.
const QList<ItemField> kNewProjectFields = kProjectFields
    + QList<ItemField> { { Field::Budget, ItemField::Amount }, { Field::PlannedStart, ItemField::Date },
                         { Field::PlannedEnd, ItemField::Date } };

} // namespace

ProjectActions::ProjectActions(TablePage *page)
    : QObject(page)
    , m_page(page)
    , m_newProject(new QAction(page))
    , m_edit(new QAction(page))
    , m_delete(new QAction(page))
    , m_newOrganization(new QAction(page))
    , m_newSpecialty(new QAction(page))
    , m_editOrganization(new QAction(page))
    , m_deleteOrganization(new QAction(page))
    , m_editSpecialty(new QAction(page))
    , m_deleteSpecialty(new QAction(page))
    , m_confirm(new QAction(page))
{
    m_confirm->setObjectName(QStringLiteral("actionConfirmProjects"));
    connect(m_confirm, &QAction::triggered, this, &ProjectActions::confirmSelected);
    m_newProject->setObjectName(QStringLiteral("actionNewProject"));
    m_edit->setObjectName(QStringLiteral("actionEditProject"));
    m_delete->setObjectName(QStringLiteral("actionDeleteProject"));
    m_newOrganization->setObjectName(QStringLiteral("actionNewOrganization"));
    m_editOrganization->setObjectName(QStringLiteral("actionEditOrganization"));
    m_deleteOrganization->setObjectName(QStringLiteral("actionDeleteOrganization"));
    m_newSpecialty->setObjectName(QStringLiteral("actionNewSpecialty"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newProject, &QAction::triggered, this, &ProjectActions::newProject);
    connect(m_edit, &QAction::triggered, this, &ProjectActions::editCurrent);
    connect(m_delete, &QAction::triggered, this, &ProjectActions::deleteCurrent);
    connect(m_newOrganization, &QAction::triggered, this, &ProjectActions::newOrganization);
    connect(m_newSpecialty, &QAction::triggered, this, &ProjectActions::newSpecialty);
    connect(m_editOrganization, &QAction::triggered, this, [this] { editListed(Entity::Organization); });
    connect(m_deleteOrganization, &QAction::triggered, this, [this] { deleteListed(Entity::Organization); });
    connect(m_editSpecialty, &QAction::triggered, this, [this] { editListed(Entity::Specialty); });
    connect(m_deleteSpecialty, &QAction::triggered, this, [this] { deleteListed(Entity::Specialty); });
    m_page->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_page->view()->addActions(actions());
    connect(m_page, &TablePage::currentChanged, this, &ProjectActions::updateActions);
    m_page->installEventFilter(this);
    retranslate();
    updateActions();
}

QList<QAction *> ProjectActions::actions() const
{
    return { m_newProject,       m_edit,          m_delete,          m_confirm,     m_newOrganization,
             m_editOrganization, m_deleteOrganization, m_newSpecialty, m_editSpecialty, m_deleteSpecialty };
}

void ProjectActions::setDocument(Document *document)
{
    m_document = document;
    updateActions();
}

bool ProjectActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ProjectActions::retranslate()
{
    m_newProject->setText(tr("&New Project…"));
    m_edit->setText(tr("&Edit Project…"));
    m_delete->setText(tr("&Delete Project…"));
    m_newOrganization->setText(tr("New &Organization…"));
    m_newSpecialty->setText(tr("New &Specialty…"));
    m_editOrganization->setText(tr("Edit an Organi&zation…"));
    m_deleteOrganization->setText(tr("Delete an Organization…"));
    m_editSpecialty->setText(tr("Edit a Spe&cialty…"));
    m_deleteSpecialty->setText(tr("Delete a Specialty…"));
    m_confirm->setText(tr("Still &Accurate"));
    m_confirm->setStatusTip(tr("Confirm the selected projects as they are: they count as updated this period "
                               "and are no longer stale."));
}

void ProjectActions::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    const QString project = currentProject();
    const bool selected = writable && !project.isEmpty();
    // In a copy limited to one organization, the specialties and new organizations (the whole
    // portfolio's) and another organization's projects are read-only: shown so, with why in the tooltip,
    // before anyone tries (the commit refuses them anyway: CopyScope).
    const QString limitedTo = writable ? m_document->editor()->limitedTo() : QString();
    const QString shared = limitedTo.isEmpty()
        ? QString()
        : tr("This copy is limited to the organization %1: the organizations and specialties belong to the whole "
             "portfolio and are read-only here.")
              .arg(limitedTo);
    const QString item = selected && !limitedTo.isEmpty() ? m_document->editor()->readOnlyReason(Entity::Project, project)
                                                          : QString();
    const auto enable = enableUnlessReadOnly;
    for (QAction *a : { m_newProject, m_editOrganization, m_deleteOrganization })
        a->setEnabled(writable);
    for (QAction *a : { m_newOrganization, m_newSpecialty, m_editSpecialty, m_deleteSpecialty })
        enable(a, writable, shared);
    enable(m_edit, selected, item);
    enable(m_delete, selected, item);
    enable(m_confirm, selected, item);
}

void ProjectActions::confirmSelected()
{
    if (!m_document || m_document->isReadOnly())
        return;
    QStringList uuids;
    QSet<QString> seen; // a large selection: no search of the list for each row
    for (const QModelIndex &row : m_page->selectedSourceRows()) {
        const QString uuid = row.siblingAtColumn(0).data(Roles::UuidRole).toString();
        if (!uuid.isEmpty() && !seen.contains(uuid)) {
            seen.insert(uuid);
            uuids << uuid;
        }
    }
    if (!uuids.isEmpty())
        m_document->editor()->confirmAccurate(Entity::Project, uuids);
}

QString ProjectActions::currentProject() const
{
    if (!m_document)
        return QString();
    const QModelIndex source = m_page->proxy()->mapToSource(m_page->view()->currentIndex());
    return source.isValid() ? source.siblingAtColumn(0).data(Roles::UuidRole).toString() : QString();
}

void ProjectActions::newProject()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QList<Organization> organizations = Repository::organizations(*m_document->file());
    FieldValues initial { { Field::State, QStringLiteral("active") } };
    // The organization the table is filtered on is the one meant.
    if (const QString organization = m_page->filteredOrganization(organizations); !organization.isEmpty())
        initial.insert(Field::Organization, organization);
    ItemDialog dialog(tr("New Project"), kNewProjectFields, initial, organizations, m_page);
    QString added;
    StrategyActions::runItemDialog(dialog, [&] { return !(added = m_document->editor()->addProject(dialog.values())).isEmpty(); });
    if (added.isEmpty())
        return;
    // The project just added is the current one, shown even when the table's filter would hide it (a
    // tester added one under "Declared greener than computed" and saw nothing happen).
    auto *model = qobject_cast<ProjectModel *>(m_page->model());
    if (!model)
        return;
    if (model->rowOf(added) < 0 && !m_page->filterBar()->filter().isEmpty())
        m_page->filterBar()->setFilter(RowFilter());
    if (const int row = model->rowOf(added); row >= 0)
        m_page->select(model->index(row, 0));
}

void ProjectActions::editCurrent()
{
    const QString uuid = currentProject();
    if (!m_document || m_document->isReadOnly() || uuid.isEmpty())
        return;
    const PortfolioFile &file = *m_document->file();
    Editor *editor = m_document->editor();
    const QString locked = editor->authorizationLocked(uuid);
    const QList<ItemField> &fields = locked.isEmpty() ? kNewProjectFields : kProjectFields;
    FieldValues initial;
    for (const ItemField &f : fields) {
        QVariant v = file.value(Entity::Project, uuid, f.field);
        if (f.kind == ItemField::Organization)
            v = v.isNull() ? QString() : file.rowUuid(Entity::Organization, v.toLongLong());
        initial.insert(f.field, v.isNull() ? QVariant(QString()) : v);
    }
    //: Title of the dialog that edits a project, e.g. "Edit Project SCT-01"
    ItemDialog dialog(tr("Edit %1").arg(editor->itemName(Entity::Project, uuid)), fields, initial,
                      Repository::organizations(file), m_page);
    dialog.setNote(locked.isEmpty() ? tr("The authorized budget and planned dates are the project's original baseline: "
                                         "they can be corrected until the project is reported in a frozen period or "
                                         "re-authorized. The correction is recorded in the file's journal.")
                                    : locked);
    StrategyActions::runItemDialog(dialog, [&] {
        const FieldValues changes = dialog.changes();
        return changes.isEmpty() || editor->editItem(Entity::Project, uuid, changes);
    });
}

void ProjectActions::deleteCurrent()
{
    const QString uuid = currentProject();
    if (!m_document || m_document->isReadOnly() || uuid.isEmpty())
        return;
    confirmAndRemove(Entity::Project, uuid);
}

void ProjectActions::confirmAndRemove(Entity entity, const QString &uuid)
{
    Editor *editor = m_document->editor();
    // A project a frozen period reported stays, so that period's figures do not change; cancelling it
    // is what the user can do instead, offered here.
    if (const QString refusal = editor->deletionRefusal(entity, uuid); !refusal.isEmpty()) {
        if (entity != Entity::Project)
            Dialogs::information(m_page, tr("Delete"), refusal);
        else if (Dialogs::warnProceed(m_page, tr("Delete"), refusal, {}, tr("Mark as Cancelled")))
            editor->setProjectState(uuid, ProjectState::Cancelled);
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

QString ProjectActions::chooseListed(Entity entity, const QString &title) const
{
    ItemField which { entity == Entity::Organization ? Field::Organization : Field::Specialty, ItemField::Choice };
    if (entity == Entity::Organization) {
        for (const Organization &o : Repository::organizations(*m_document->file()))
            which.choices.append({ QStringLiteral("%1 — %2").arg(o.code, Lookup::display(o.name)), o.uuid });
    } else {
        for (const Specialty &sp : Repository::specialties(*m_document->file()))
            which.choices.append({ QStringLiteral("%1 — %2").arg(sp.code, Lookup::display(sp.name)), sp.uuid });
    }
    if (which.choices.isEmpty()) {
        // Said, not silent: the action did nothing at all on a portfolio without any.
        Dialogs::information(m_page, title,
                             entity == Entity::Organization
                                 ? tr("This portfolio has no organization yet. Edit → New Organization… adds one.")
                                 : tr("This portfolio has no specialty yet. Edit → New Specialty… adds one."));
        return QString();
    }
    ItemDialog dialog(title, { which }, {}, {}, m_page);
    return StrategyActions::runItemDialog(dialog) ? dialog.values().value(which.field).toString() : QString();
}

void ProjectActions::editListed(Entity entity)
{
    if (!m_document || m_document->isReadOnly())
        return;
    const bool organization = entity == Entity::Organization;
    const QString uuid = chooseListed(entity, organization ? tr("Edit an Organization") : tr("Edit a Specialty"));
    if (uuid.isEmpty())
        return;
    const QList<ItemField> fields { { Field::Code, ItemField::Text },
                                    { Field::NameEn, ItemField::Text },
                                    { Field::NameFr, ItemField::Text },
                                    organization ? ItemField { Field::Kind, ItemField::OrganizationKind }
                                                 : ItemField { Field::CoreFunction, ItemField::Flag } };
    FieldValues initial;
    for (const ItemField &f : fields) {
        const QVariant v = m_document->file()->value(entity, uuid, f.field);
        initial.insert(f.field, v.isNull() ? QVariant(QString()) : v);
    }
    Editor *editor = m_document->editor();
    ItemDialog dialog(tr("Edit %1").arg(editor->itemName(entity, uuid)), fields, initial, {}, m_page);
    StrategyActions::runItemDialog(dialog, [&] {
        const FieldValues changes = dialog.changes();
        return changes.isEmpty() || editor->editItem(entity, uuid, changes);
    });
}

void ProjectActions::deleteListed(Entity entity)
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString uuid = chooseListed(entity, entity == Entity::Organization ? tr("Delete an Organization")
                                                                            : tr("Delete a Specialty"));
    if (!uuid.isEmpty())
        confirmAndRemove(entity, uuid);
}

void ProjectActions::newOrganization()
{
    if (!m_document || m_document->isReadOnly())
        return;
    ItemDialog dialog(tr("New Organization"),
                      { { Field::Code, ItemField::Text }, { Field::NameEn, ItemField::Text },
                        { Field::NameFr, ItemField::Text }, { Field::Kind, ItemField::OrganizationKind } },
                      { { Field::Kind, QStringLiteral("ministry") } }, {}, m_page);
    StrategyActions::runItemDialog(dialog,
                                   [&] { return !m_document->editor()->addOrganization(dialog.values()).isEmpty(); });
}

void ProjectActions::newSpecialty()
{
    if (!m_document || m_document->isReadOnly())
        return;
    ItemDialog dialog(tr("New Specialty"),
                      { { Field::Code, ItemField::Text }, { Field::NameEn, ItemField::Text },
                        { Field::NameFr, ItemField::Text }, { Field::CoreFunction, ItemField::Flag } },
                      {}, {}, m_page);
    StrategyActions::runItemDialog(dialog, [&] { return !m_document->editor()->addSpecialty(dialog.values()).isEmpty(); });
}

} // namespace Vigie
