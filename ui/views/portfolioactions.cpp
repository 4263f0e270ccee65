#include "portfolioactions.h"

#include "dialogs/healthruledialog.h"
#include "document/document.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

namespace Vigie {

namespace {
std::function<bool(HealthRuleDialog &)> &hook()
{
    static std::function<bool(HealthRuleDialog &)> h;
    return h;
}
} // namespace

PortfolioActions::PortfolioActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_healthRule(new QAction(this))
{
    m_healthRule->setObjectName(QStringLiteral("actionHealthRule"));
    connect(m_healthRule, &QAction::triggered, this, &PortfolioActions::editHealthRule);
    window->installEventFilter(this); // LanguageChange
    retranslate();
    setDocument(nullptr);
}

void PortfolioActions::addMenu(QMenuBar *bar, QAction *before)
{
    m_menu = new QMenu(bar);
    m_menu->menuAction()->setObjectName(QStringLiteral("menuPortfolio"));
    m_menu->addAction(m_healthRule);
    bar->insertMenu(before, m_menu);
    retranslate();
}

void PortfolioActions::setDocument(Document *document)
{
    m_document = document;
    m_healthRule->setEnabled(document && !document->isReadOnly());
}

void PortfolioActions::setDialogHook(std::function<bool(HealthRuleDialog &)> h)
{
    hook() = std::move(h);
}

void PortfolioActions::editHealthRule()
{
    if (!m_document || m_document->isReadOnly())
        return;
    HealthRuleDialog dialog(m_document->editor(), m_window);
    if (hook())
        hook()(dialog);
    else
        dialog.exec(); // an accepted rule is one undoable edit; the views follow its change notification
}

bool PortfolioActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PortfolioActions::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("&Portfolio"));
    m_healthRule->setText(tr("Health &Rule…"));
    m_healthRule->setWhatsThis(tr("Chooses how colours are computed: Variance 10/30, Three-code or custom "
                                  "thresholds, with a preview of the projects that change colour. One undoable edit."));
}

} // namespace Vigie
