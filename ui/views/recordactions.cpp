#include "recordactions.h"

#include "analysis/strategychecks.h"
#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "dialogs/itemdialog.h"
#include "document/document.h"
#include "models/lookup.h"
#include "models/modelroles.h"
#include "storage/repository.h"
#include "views/readonlynote.h"
#include "views/strategyactions.h"
#include "views/tablepage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QSet>
#include <QMessageBox>

namespace Vigie {

RecordActions::RecordActions(Entity entity, TablePage *page)
    : QObject(page)
    , m_entity(entity)
    , m_page(page)
    , m_new(new QAction(page))
    , m_delete(new QAction(page))
{
    const bool envelope = entity == Entity::Envelope;
    m_new->setObjectName(envelope ? QStringLiteral("actionNewEnvelope") : QStringLiteral("actionNewWorkforceRecord"));
    m_delete->setObjectName(envelope ? QStringLiteral("actionDeleteEnvelopes") : QStringLiteral("actionDeleteWorkforceRecords"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_new, &QAction::triggered, this, &RecordActions::newRecord);
    connect(m_delete, &QAction::triggered, this, &RecordActions::deleteSelected);
    m_page->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_page->view()->addActions(actions());
    connect(m_page, &TablePage::currentChanged, this, &RecordActions::updateActions);
    connect(m_page, &TablePage::selectionChanged, this, &RecordActions::updateActions);
    m_page->installEventFilter(this);
    retranslate();
    updateActions();
}

QList<QAction *> RecordActions::actions() const
{
    return { m_new, m_delete };
}

void RecordActions::setDocument(Document *document)
{
    m_document = document;
    updateActions();
}

bool RecordActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void RecordActions::retranslate()
{
    if (m_entity == Entity::Envelope) {
        m_new->setText(tr("New &Envelope…"));
        m_delete->setText(tr("&Delete Envelopes…"));
        m_new->setStatusTip(tr("Add an organization's investment envelope for a fiscal year."));
    } else {
        m_new->setText(tr("New &Workforce Record…"));
        m_delete->setText(tr("&Delete Workforce Records…"));
        m_new->setStatusTip(tr("Add the internal and external FTEs of an organization and a specialty in a survey."));
    }
}

QStringList RecordActions::selectedRecords() const
{
    QStringList uuids;
    if (!m_document)
        return uuids;
    QSet<QString> seen; // a whole survey may be selected: no search of the list for each row
    for (const QModelIndex &row : m_page->selectedSourceRows()) {
        const QString uuid = row.siblingAtColumn(0).data(Roles::UuidRole).toString();
        if (!uuid.isEmpty() && !seen.contains(uuid)) {
            seen.insert(uuid);
            uuids << uuid;
        }
    }
    return uuids;
}

void RecordActions::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly();
    m_new->setEnabled(writable);
    QString reason;
    const QStringList selected = writable ? selectedRecords() : QStringList();
    // Only a ministry's copy has rows of other organizations, read-only: asked of the first few hundred
    // selected (a whole survey is tens of thousands of rows, a query each; the commit refuses the others).
    if (!selected.isEmpty() && !m_document->editor()->limitedTo().isEmpty()) {
        for (const QString &uuid : selected.mid(0, 500)) {
            if (reason = m_document->editor()->readOnlyReason(m_entity, uuid); !reason.isEmpty())
                break;
        }
    }
    enableUnlessReadOnly(m_delete, !selected.isEmpty(), reason);
}

void RecordActions::newRecord()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const PortfolioFile &file = *m_document->file();
    const QList<Organization> organizations = Repository::organizations(file);
    const bool envelope = m_entity == Entity::Envelope;
    const QString title = envelope ? tr("New Envelope") : tr("New Workforce Record");
    // Said, not silent: an envelope or a record belongs to an organization (and a record to a specialty).
    if (organizations.isEmpty()) {
        Dialogs::information(m_page, title,
                             tr("This portfolio has no organization yet. On the Projects page, Edit → New "
                                "Organization… adds one."));
        return;
    }
    QList<ItemField> fields;
    FieldValues initial;
    if (envelope) {
        // The fiscal years around today's, named as the table names them ("2016-2017"); today's first chosen.
        const int current = StrategyLinks::fiscalYearOf(QDate::currentDate(), file.info().fiscalYearStartMonth);
        ItemField year { Field::FiscalYear, ItemField::Choice };
        for (int y = current + 5; y >= current - 15; --y)
            year.choices.append({ fiscalYearLabel(y), QString::number(y) });
        fields = { { Field::Organization, ItemField::Organization }, year, { Field::PlannedNeeds, ItemField::Amount },
                   { Field::Granted, ItemField::Amount }, { Field::Committed, ItemField::Amount } };
        initial.insert(Field::FiscalYear, QString::number(current));
    } else {
        ItemField specialty { Field::Specialty, ItemField::Choice };
        for (const Specialty &sp : Repository::specialties(file))
            specialty.choices.append({ QStringLiteral("%1 — %2").arg(sp.code, Lookup::display(sp.name)), sp.uuid });
        if (specialty.choices.isEmpty()) {
            Dialogs::information(m_page, title,
                                 tr("This portfolio has no specialty yet. Edit → New Specialty… adds one."));
            return;
        }
        fields = { { Field::Organization, ItemField::Organization }, specialty, { Field::SurveyDate, ItemField::Date },
                   { Field::InternalFte, ItemField::Fte }, { Field::ExternalFte, ItemField::Fte } };
        const QDate shown = m_surveyShown ? m_surveyShown() : QDate();
        initial.insert(Field::SurveyDate, (shown.isValid() ? shown : QDate::currentDate()).toString(Qt::ISODate));
    }
    // The organization the table is filtered on is the one meant.
    if (const QString organization = m_page->filteredOrganization(organizations); !organization.isEmpty())
        initial.insert(Field::Organization, organization);
    ItemDialog dialog(title, fields, initial, organizations, m_page);
    Editor *editor = m_document->editor();
    QString added;
    StrategyActions::runItemDialog(dialog, [&] {
        added = envelope ? editor->addEnvelope(dialog.values()) : editor->addWorkforceRecord(dialog.values());
        return !added.isEmpty();
    });
    if (added.isEmpty())
        return;
    if (!envelope) {
        Q_EMIT recordAdded(added, QDate::fromString(dialog.values().value(Field::SurveyDate).toString(), Qt::ISODate));
        return;
    }
    // The envelope just added is the current row, as a new project is on its page.
    if (const QAbstractItemModel *model = m_page->model()) {
        const QModelIndexList found = model->match(model->index(0, 0), Roles::UuidRole, added, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_page->select(found.constFirst());
    }
}

void RecordActions::deleteSelected()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QStringList uuids = selectedRecords();
    if (uuids.isEmpty())
        return;
    const bool envelope = m_entity == Entity::Envelope;
    const int n = int(uuids.size());
    const QString text = envelope ? tr("Delete the %n selected envelope(s)?", nullptr, n)
                                  : tr("Delete the %n selected workforce record(s)?", nullptr, n);
    if (Dialogs::question(m_page, tr("Delete"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        m_document->editor()->removeRecords(m_entity, uuids);
}

} // namespace Vigie
