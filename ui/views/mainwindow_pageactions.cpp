// The structure commands of the page shown (add a plan, a key area, a measure; a project, an organization,
// a specialty; a workforce record; an envelope) in the Edit menu and on the toolbar, and what an empty table says, so that a portfolio
// made with File → New can be built from the menus alone: the commands are not only in context menus.
#include "mainwindow.h"

#include "document/document.h"
#include "models/projectmodel.h"
#include "models/workforcemodel.h"
#include "views/overviewpage.h"
#include "views/projectactions.h"
#include "views/recordactions.h"
#include "views/strategyactions.h"
#include "views/tablepage.h"
#include "views/workforcepage.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>

namespace Vigie {

void MainWindow::createPageItemActions()
{
    m_pageMenuSeparator = new QAction(this);
    m_pageMenuSeparator->setSeparator(true);
    m_sharedItemsSeparator = new QAction(this);
    m_sharedItemsSeparator->setSeparator(true);
    m_pageBarSeparator = new QAction(this);
    m_pageBarSeparator->setSeparator(true);
    // A read-only file offers no command, so its empty table says only that it is empty.
    const auto writable = [this] { return m_document && !m_document->isReadOnly(); };
    tablePage(QStringLiteral("strategy"))->setEmptyText([writable] {
        return writable() ? tr("No plan yet.\n\nAdd one with Edit → Add Plan…, or import plans, key areas and "
                               "measures with File → Import from CSV → Measures…")
                          : tr("This portfolio has no plan.");
    });
    tablePage(QStringLiteral("projects"))->setEmptyText([this, writable]() -> QString {
        if (m_document && m_document->projectModel()->isLoading())
            return {};
        return writable() ? tr("No project yet.\n\nAdd one with Edit → New Project…, or import them with "
                               "File → Import from CSV → Projects…")
                          : tr("This portfolio has no project.");
    });
    // The two workforce tables: by specialty and by organization and specialty.
    for (TablePage *workforce : { m_workforce->pivotPage(), m_workforce->recordsPage() }) {
        workforce->setEmptyText([this, writable]() -> QString {
            if (m_document && m_document->workforceModel()->isLoading())
                return {};
            return writable() ? tr("No workforce survey yet.\n\nAdd its records one by one with Edit → New Workforce "
                                   "Record…, or import a survey with File → Import from CSV → Workforce Survey…: one row "
                                   "per organization and specialty, with internal and external FTEs.")
                              : OverviewPage::noWorkforceSurveyText();
        });
    }
    tablePage(QStringLiteral("envelopes"))->setEmptyText([writable] {
        return writable() ? tr("No investment envelope yet.\n\nAdd one with Edit → New Envelope…, or import them with "
                               "File → Import from CSV → Envelopes…")
                          : OverviewPage::noEnvelopeText();
    });
}

void MainWindow::updatePageItemActions()
{
    for (QAction *action : std::as_const(m_pageItemActions)) {
        m_editMenu->removeAction(action);
        m_toolBar->removeAction(action);
    }
    m_editMenu->removeAction(m_pageMenuSeparator);
    m_toolBar->removeAction(m_pageBarSeparator);
    m_pageItemActions.clear();

    QList<QAction *> menu;
    QList<QAction *> bar; // the commands that add: the others need a row chosen in the table
    const QString page = currentPageId();
    // A measure's owner, a project, a workforce record and an envelope each belong to an organization:
    // every page that adds them offers the organizations' commands, so that a portfolio built from
    // nothing never needs a detour through another page.
    const QList<QAction *> organizations { m_projectActions->newOrganizationAction(),
                                           m_projectActions->editOrganizationAction(),
                                           m_projectActions->deleteOrganizationAction() };
    if (m_document && page == QLatin1String("strategy")) {
        menu = m_strategyActions->actions();
        bar = menu.mid(0, 3);
        menu << m_sharedItemsSeparator << organizations;
    } else if (m_document && page == QLatin1String("projects")) {
        menu = m_projectActions->actions();
        bar = { menu.constFirst() };
        menu.insert(menu.indexOf(organizations.constFirst()), m_sharedItemsSeparator);
    } else if (m_document && page == QLatin1String("workforce")) {
        // A record needs a specialty: the specialties' commands are here too.
        menu = m_workforceActions->actions();
        bar = { menu.constFirst() };
        menu << m_sharedItemsSeparator << organizations << m_projectActions->newSpecialtyAction()
             << m_projectActions->editSpecialtyAction() << m_projectActions->deleteSpecialtyAction();
    } else if (m_document && page == QLatin1String("envelopes")) {
        menu = m_envelopeActions->actions();
        bar = { menu.constFirst() };
        menu << m_sharedItemsSeparator << organizations;
    }
    if (menu.isEmpty())
        return;
    m_editMenu->addAction(m_pageMenuSeparator);
    m_editMenu->addActions(menu);
    m_toolBar->addAction(m_pageBarSeparator);
    m_toolBar->addActions(bar);
    m_pageItemActions = menu;
}

} // namespace Vigie
