#include "overviewpage.h"

#include "document/backgroundtask.h"
#include "document/document.h"
#include "i18n/language.h"
#include "models/lookup.h"
#include "storage/portfoliofile.h"
#include "views/itemdelegate.h"

#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace Vigie {

namespace {
QLabel *makeCard(QWidget *parent, QGridLayout *grid, int row, int column)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *label = new QLabel(frame);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(label);
    grid->addWidget(frame, row, column);
    return label;
}

QString chip(Health h)
{
    const QColor c = ItemDelegate::chipColor(h);
    return QStringLiteral("<span style=\"background-color:%1; color:#000;\">&nbsp;%2&nbsp;</span>")
        .arg(c.name(), HealthText::label(h).toHtmlEscaped());
}

// A card's last line: the link to its page, then links to its charts ("chart:<id>").
QString link(const QString &page, const QString &text, const QList<std::pair<QString, QString>> &charts = {})
{
    QString html = QStringLiteral("<p><a href=\"%1\">%2</a>").arg(page, text.toHtmlEscaped());
    for (const auto &[id, label] : charts)
        html += QStringLiteral("&nbsp;&nbsp;·&nbsp;&nbsp;<a href=\"chart:%1\">%2</a>").arg(id, label.toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_task(new BackgroundTask(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
{
    setObjectName(QStringLiteral("overview"));
    auto *content = new QWidget;
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    m_strategy = makeCard(content, grid, 0, 0);
    m_projects = makeCard(content, grid, 0, 1);
    m_workforce = makeCard(content, grid, 1, 0);
    m_envelopes = makeCard(content, grid, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    for (QLabel *card : { m_strategy, m_projects, m_workforce, m_envelopes })
        connect(card, &QLabel::linkActivated, this, [this](const QString &target) {
            if (target.startsWith(QLatin1String("chart:")))
                Q_EMIT chartRequested(target.mid(6));
            else
                Q_EMIT pageRequested(target);
        });
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslateUi();
}

void OverviewPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_task->cancel();
    m_document = document;
    m_file = document ? document->file() : nullptr;
    m_summary = Summary();
    m_hasSummary = false;
    if (m_document)
        connect(m_document, &Document::changed, this, &OverviewPage::scheduleRefresh);
    refresh();
}

void OverviewPage::scheduleRefresh()
{
    // A hidden overview waits until it is shown: on 100,000 projects the aggregates take a noticeable
    // moment. Changes arriving in one turn of the event loop are counted once.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &OverviewPage::refresh);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

bool OverviewPage::isComputing() const
{
    return m_task->isBusy();
}

void OverviewPage::refresh()
{
    m_pending = false;
    m_stale = false;
    if (!m_file) {
        m_task->cancel();
        m_checks = StrategyChecks();
        setSummary(Summary());
        return;
    }
    if (!BackgroundTask::isLarge(m_file->path())) {
        Summary summary;
        QString error;
        if (!SummaryBuilder::compute(*m_file, &summary, &error)
            || !MeasureChecks::compute(*m_file, QDate::currentDate(), &m_checks, &error))
            qWarning("Overview: %s", qPrintable(error));
        setSummary(summary);
        return;
    }
    // Edits are committed before `changed` is emitted, so a connection of its own sees them.
    struct Result
    {
        Summary summary;
        StrategyChecks checks;
        QString error;
    };
    auto result = std::make_shared<Result>();
    const QString path = m_file->path();
    m_task->start(
        [path, result] {
            FileError e;
            std::unique_ptr<PortfolioFile> file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &e);
            if (!file)
                result->error = e.message;
            else if (SummaryBuilder::compute(*file, &result->summary, &result->error))
                MeasureChecks::compute(*file, QDate::currentDate(), &result->checks, &result->error);
        },
        [this, result] {
            if (!result->error.isEmpty())
                qWarning("Overview: %s", qPrintable(result->error));
            m_checks = result->checks;
            setSummary(result->summary);
        });
    render(); // "computing…" until the figures come
}

void OverviewPage::setSummary(const Summary &summary)
{
    m_summary = summary;
    m_hasSummary = m_file != nullptr;
    render();
    Q_EMIT summaryChanged();
}

void OverviewPage::render()
{
    if (m_file && !m_hasSummary) {
        m_title->setText(QFileInfo(m_file->path()).completeBaseName());
        m_subtitle->setText(tr("Computing the overview…"));
        for (QLabel *card : { m_strategy, m_projects, m_workforce, m_envelopes })
            card->clear();
        return;
    }
    // The portfolio's name in the interface's language, when it has one (File → Properties).
    const QString name = m_file ? m_file->info().displayName(Language::current()) : QString();
    m_title->setText(name.isEmpty() ? m_summary.portfolioName : name);
    m_subtitle->setText(m_file ? tr("Health rule: %1").arg(m_summary.ruleName) : QString());
    m_strategy->setText(strategyHtml());
    m_projects->setText(projectsHtml());
    m_workforce->setText(workforceHtml());
    m_envelopes->setText(envelopesHtml());
}

QString OverviewPage::cardText(const QString &pageId) const
{
    const QLabel *card = pageId == QLatin1String("strategy") ? m_strategy
        : pageId == QLatin1String("projects")                ? m_projects
        : pageId == QLatin1String("workforce")               ? m_workforce
                                                             : m_envelopes;
    return card->text();
}

QString OverviewPage::strategyHtml() const
{
    const Summary &s = m_summary;
    const QLocale locale;
    const int done = s.measuresByStatus[int(MeasureStatus::Completed)];
    QString html = heading(tr("Strategy"));
    html += tr("<p><b>%1 of %2 measures completed</b> (%3%)</p>")
                .arg(locale.toString(done), locale.toString(s.measuresTotal),
                     locale.toString(Summary::percent(done, s.measuresTotal, 0), 'f', 0));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (MeasureStatus st : allMeasureStatuses)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(MeasureStatusText::label(st).toHtmlEscaped(), locale.toString(s.measuresByStatus[int(st)]));
    html += QStringLiteral("</table><table cellspacing=\"0\" cellpadding=\"3\">");
    for (const AreaSummary &a : s.areas)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(tr("Key area %1: %2").arg(a.number).arg(Lookup::display(a.title)).toHtmlEscaped(),
                         tr("%1 of %2 completed").arg(a.byStatus[int(MeasureStatus::Completed)]).arg(a.total()));
    html += QStringLiteral("</table>");
    // What needs a look: measures whose status and percent disagree, past due, and the link gaps.
    html += QStringLiteral("<p>%1</p>").arg(MeasureChecks::toText(m_checks, locale).trimmed().toHtmlEscaped()
                                                 .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return html + link(QStringLiteral("strategy"), tr("Open the strategy →"),
                       { { QStringLiteral("measures-by-area"), tr("Chart") } });
}

QString OverviewPage::projectsHtml() const
{
    const Summary &s = m_summary;
    const QLocale locale;
    QString html = heading(tr("Projects"));
    html += tr("<p><b>%1 active projects</b>, authorized budgets %2</p>")
                .arg(locale.toString(s.activeProjects), formatMoneyMillions(s.totalAmount, locale));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th></th>");
    for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated })
        html += QStringLiteral("<th>%1</th>").arg(chip(h));
    html += QStringLiteral("</tr>");
    for (Indicator ind : { Indicator::Cost, Indicator::Schedule, Indicator::Overall }) {
        const IndicatorSummary &is = s.indicator(ind);
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(HealthText::indicatorLabel(ind).toHtmlEscaped());
        for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated }) {
            const HealthBucket &b = is.bucket(h);
            html += QStringLiteral("<td align=\"right\">%1<br/><small>%2</small></td>")
                        .arg(tr("%1 (%2%)").arg(locale.toString(b.count),
                                                 locale.toString(Summary::percent(b.count, s.activeProjects, 1), 'f', 1)),
                             formatMoneyMillions(b.amount, locale));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html + link(QStringLiteral("projects"), tr("Open the portfolio →"),
                       { { QStringLiteral("project-health-cost"), tr("Cost chart") },
                         { QStringLiteral("project-health-schedule"), tr("Schedule chart") },
                         { QStringLiteral("health-trend"), tr("Trend") } });
}

QString OverviewPage::workforceHtml() const
{
    const Summary &s = m_summary;
    const QLocale locale;
    QString html = heading(tr("Workforce"));
    if (s.internalFte + s.externalFte <= 0)
        html += tr("<p>No workforce survey yet.</p>");
    else
        html += tr("<p><b>%1 internal</b> and <b>%2 external</b> FTEs (%3% external) in %4 organizations, "
                   "survey of %5</p>")
                    .arg(locale.toString(s.internalFte, 'f', 1), locale.toString(s.externalFte, 'f', 1),
                         locale.toString(s.externalPercent(), 'f', 1), locale.toString(s.workforceOrganizations),
                         locale.toString(s.workforceSurvey, QLocale::LongFormat));
    return html + link(QStringLiteral("workforce"), tr("Open the workforce →"),
                       { { QStringLiteral("workforce-by-specialty"), tr("Chart") } });
}

QString OverviewPage::envelopesHtml() const
{
    const Summary &s = m_summary;
    const QLocale locale;
    QString html = heading(tr("Investment envelopes"));
    if (!s.envelopeYear)
        html += tr("<p>No envelope yet.</p>");
    else
        html += tr("<p>Fiscal year %1: planned needs <b>%2</b>, granted <b>%3</b>, committed <b>%4</b>, "
                   "gap %5</p>")
                    .arg(fiscalYearLabel(s.envelopeYear), formatMoneyMillions(s.envelopeNeeds, locale),
                         formatMoneyMillions(s.envelopeGranted, locale), formatMoneyMillions(s.envelopeCommitted, locale),
                         formatMoneyMillions(s.envelopeNeeds - s.envelopeGranted, locale));
    return html + link(QStringLiteral("envelopes"), tr("Open the envelopes →"),
                       { { QStringLiteral("envelopes-by-year"), tr("Chart") } });
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewPage::retranslateUi()
{
    setWindowTitle(tr("Overview"));
    refresh(); // labels, words and number formats all follow the language
}

} // namespace Vigie
