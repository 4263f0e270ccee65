#include "measureprojects.h"

#include "analysis/strategychecks.h"
#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "document/document.h"
#include "models/lookup.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "views/itemdelegate.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTreeWidget>

namespace Vigie {

namespace {
constexpr int kOfferedCodes = 12;
}

MeasureProjects::MeasureProjects(QWidget *parent)
    : LinksBox(3, 4, parent)
    , m_code(new QLineEdit(this))
    , m_codes(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_codes, this))
{
    setChooser(m_code);
    // As a code is typed, the projects whose code starts so, named: "SCT-01 — Portail des services". The
    // file finds them (an index range, a dozen rows), so the list is the same at a million projects.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::UserRole); // the code goes into the field
    m_completer->setMaxVisibleItems(kOfferedCodes);
    m_code->setCompleter(m_completer);
    connect(m_code, &QLineEdit::textEdited, this, &MeasureProjects::offerCodes);
    connect(m_code, &QLineEdit::returnPressed, this, &MeasureProjects::link);
    retranslateUi();
}

bool MeasureProjects::concerns(const Change &change) const
{
    return change.touches(Entity::ProjectMeasure) || change.touches(Entity::Project) || change.touches(Entity::Measure);
}

void MeasureProjects::refresh()
{
    m_list->clear();
    const PortfolioFile *file = m_document ? m_document->file() : nullptr;
    const RowId measure = file && !m_uuid.isEmpty() ? file->rowId(Entity::Measure, m_uuid) : 0;
    const bool canLink = measure && writable();
    m_code->setEnabled(canLink);
    m_link->setEnabled(canLink);
    m_unlink->setEnabled(false);
    if (!measure)
        return;
    for (const LinkedProject &p : StrategyLinks::projectsOfMeasure(*file, measure)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, p.uuid);
        item->setText(0, p.code);
        item->setText(1, Lookup::display(p.name));
        item->setToolTip(1, Lookup::display(p.name));
        item->setText(2, p.state == ProjectState::Active ? HealthText::label(p.overall) : ProjectStateText::label(p.state));
        QPixmap chip(10, 10);
        chip.fill(ItemDelegate::chipColor(p.overall));
        item->setIcon(2, QIcon(chip));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(2);
}

void MeasureProjects::offerCodes(const QString &typed)
{
    m_codes->clear();
    if (!m_document || typed.trimmed().isEmpty())
        return;
    for (const Project &p : Repository::projectsByCodePrefix(*m_document->file(), typed, kOfferedCodes)) {
        const QString name = Lookup::display(p.name);
        auto *item = new QStandardItem(name.isEmpty() ? p.code : QStringLiteral("%1 — %2").arg(p.code, name));
        item->setData(p.code, Qt::UserRole);
        m_codes->appendRow(item);
    }
    QAbstractItemView *popup = m_completer->popup();
    if (m_codes->rowCount() == 0) {
        popup->hide();
        return;
    }
    // As wide as the names need (the field is a third of the panel), within the panel: a minimum width,
    // which the field's own call to complete() (after this one, as a key is typed) keeps too.
    const int names = popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 2 * popup->frameWidth();
    const int room = width() - m_code->x();
    popup->setMinimumWidth(std::max(m_code->width(), std::min(names, room)));
    m_completer->complete();
}

void MeasureProjects::link()
{
    if (!m_document || m_uuid.isEmpty() || m_code->text().trimmed().isEmpty())
        return;
    Editor *editor = m_document->editor();
    // The code as typed, else ignoring case when one project only has it so.
    const CodeMatch match = Repository::matchProjectCode(*m_document->file(), m_code->text());
    if (match.ambiguous()) {
        Dialogs::error(this, tr("Link a Project"),
                       tr("The code \"%1\" is that of projects %2, whose codes differ only in case: type one as it is.")
                           .arg(m_code->text().trimmed(), match.candidates.join(QStringLiteral(", "))));
        return;
    }
    const auto project = match.found() ? Repository::projectByCode(*m_document->file(), match.code) : std::nullopt;
    if (!project) {
        Dialogs::error(this, tr("Link a Project"),
                       tr("There is no project with the code \"%1\".").arg(m_code->text().trimmed()));
        return;
    }
    if (editor->linkProjectToMeasure(project->uuid, m_uuid))
        m_code->clear();
}

void MeasureProjects::unlink()
{
    const QString project = selectedUuid();
    if (m_document && !m_uuid.isEmpty() && !project.isEmpty())
        m_document->editor()->unlinkProjectFromMeasure(project, m_uuid);
}

void MeasureProjects::retranslateUi()
{
    setTitle(tr("Projects serving this measure"));
    m_list->setHeaderLabels({ tr("Code"), tr("Project"), tr("Overall") });
    m_list->setAccessibleName(tr("Projects serving this measure"));
    m_code->setPlaceholderText(tr("Project code"));
    m_link->setText(tr("&Link"));
    m_link->setToolTip(tr("Records that the project with this code serves the measure (undoable)."));
    m_unlink->setText(tr("&Unlink"));
    refresh();
}

} // namespace Vigie
