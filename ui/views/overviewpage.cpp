#include "overviewpage.h"

#include "analysis/chartdata.h"
#include "analysis/money.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "i18n/language.h"
#include "models/lookup.h"
#include "models/rowfilter.h"
#include "storage/portfoliofile.h"
#include "views/itemdelegate.h"
#include "views/moverspanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

namespace Vigie {

namespace {
QLabel *makeCard(QWidget *parent)
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
    return label;
}

// A card's last line: the link to its page, then links to its charts ("chart:<id>").
QString link(const QString &page, const QString &text, const QList<std::pair<QString, QString>> &charts = {})
{
    // The arrow stays with the link's last word: a narrow card put it alone on the next line.
    const QString tied = QString(text).replace(QStringLiteral(" \u2192"), QStringLiteral("\u00a0\u2192"));
    // class="nav": the line leads elsewhere on screen, and is left out of a printout (printTo).
    QString html = QStringLiteral("<p class=\"nav\"><a href=\"%1\">%2</a>").arg(page, tied.toHtmlEscaped());
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
    m_grid = new QGridLayout;
    m_grid->setSpacing(12);
    m_strategy = makeCard(content);
    m_projects = makeCard(content);
    m_workforce = makeCard(content);
    m_envelopes = makeCard(content);
    // What moved between periods: the full width under the cards.
    auto *moversFrame = new QFrame(content);
    moversFrame->setFrameShape(QFrame::StyledPanel);
    moversFrame->setAutoFillBackground(true);
    moversFrame->setBackgroundRole(QPalette::Base);
    auto *moversLayout = new QVBoxLayout(moversFrame);
    moversLayout->setContentsMargins(16, 12, 16, 12);
    m_movers = new MoversPanel(moversFrame);
    moversLayout->addWidget(m_movers);
    m_cards = { m_strategy->parentWidget(), m_projects->parentWidget(), m_workforce->parentWidget(),
                m_envelopes->parentWidget(), moversFrame };
    connect(m_movers, &MoversPanel::filterRequested, this, &OverviewPage::filterRequested);
    for (QLabel *card : { m_strategy, m_projects, m_workforce, m_envelopes })
        connect(card, &QLabel::linkActivated, this, &OverviewPage::followLink);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    layOutCards();
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
    m_movers->setDocument(document);
    if (m_document) {
        connect(m_document, &Document::changed, this, &OverviewPage::scheduleRefresh);
        // An empty card says how to fill it only where the portfolio can be changed.
        connect(m_document, &Document::readOnlyChanged, this, &OverviewPage::render);
    }
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

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layOutCards();
}

void OverviewPage::layOutCards()
{
    // The room beside the scroll bar, whether it shows or not: otherwise the bar, shown for one column
    // and hidden for two, could flip the layout back and forth at the one width between.
    const int room = m_scroll->width() - 2 * m_scroll->frameWidth()
        - m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    const auto widest = [](const QWidget *a, const QWidget *b) {
        return std::max(a->minimumSizeHint().width(), b->minimumSizeHint().width());
    };
    const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
    const int twoColumns = widest(m_cards[0], m_cards[2]) + widest(m_cards[1], m_cards[3])
        + m_grid->horizontalSpacing() + margins.left() + margins.right();
    const int columns = room >= twoColumns ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    if (columns == 2) {
        m_grid->addWidget(m_cards[0], 0, 0);
        m_grid->addWidget(m_cards[1], 0, 1);
        m_grid->addWidget(m_cards[2], 1, 0);
        m_grid->addWidget(m_cards[3], 1, 1);
        m_grid->addWidget(m_cards[4], 2, 0, 1, 2);
    } else {
        for (int i = 0; i < int(m_cards.size()); ++i)
            m_grid->addWidget(m_cards[i], i, 0);
    }
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, columns == 2 ? 1 : 0);
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
            || !MeasureChecks::compute(*m_file, QDate::currentDate(), summary, &m_checks, &error))
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
    m_task->startReading(
        path,
        [result](const PortfolioFile &file) {
            *result = Result();
            if (SummaryBuilder::compute(file, &result->summary, &result->error))
                MeasureChecks::compute(file, QDate::currentDate(), result->summary, &result->checks, &result->error);
        },
        [this, result](const QString &openError) {
            if (!openError.isEmpty())
                result->error = openError;
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
        m_title->setText(m_file->baseName());
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
    // Screen readers get each card's name and its figures as plain text.
    const QString names[] = { tr("Strategy summary"), tr("Projects summary"), tr("Workforce summary"),
                              tr("Investment envelopes summary") };
    QLabel *cards[] = { m_strategy, m_projects, m_workforce, m_envelopes };
    for (int i = 0; i < 4; ++i) {
        QLabel *card = cards[i];
        card->setAccessibleName(names[i]);
        card->setAccessibleDescription(QTextDocumentFragment::fromHtml(card->text()).toPlainText());
    }
    layOutCards(); // the cards' widths follow their figures and the language
}

void OverviewPage::followLink(const QString &target)
{
    if (target.startsWith(QLatin1String("chart:"))) {
        Q_EMIT chartRequested(target.mid(6));
    } else if (target.startsWith(QLatin1String("filter:"))) {
        // filter:PAGE?key=value&…: the page with its filter bar set.
        const QString spec = target.mid(7);
        const QString page = spec.section(QLatin1Char('?'), 0, 0);
        RowFilter f;
        for (const QString &pair : spec.section(QLatin1Char('?'), 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const QString key = pair.section(QLatin1Char('='), 0, 0);
            const int value = pair.section(QLatin1Char('='), 1).toInt();
            if (key == QLatin1String("state"))
                f.state = value;
            else if (key == QLatin1String("health"))
                f.health = value;
            else if (key == QLatin1String("indicator"))
                f.indicator = value;
            else if (key == QLatin1String("status"))
                f.status = value;
            else if (key == QLatin1String("flag"))
                f.flag = value;
        }
        Q_EMIT filterRequested(page, f);
    } else {
        Q_EMIT pageRequested(target);
    }
}

void OverviewPage::printTo(QPagedPaintDevice *device) const
{
    QTextDocument doc;
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>").arg(m_title->text().toHtmlEscaped(), m_subtitle->text().toHtmlEscaped());
    for (const QLabel *card : { m_strategy, m_projects, m_workforce, m_envelopes })
        html += card->text() + QStringLiteral("<hr/>");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("What moved since %1").arg(m_movers->fromBox()->currentText()).toHtmlEscaped())
        + m_movers->html();
    // Paper has nothing to click: the lines that lead to another page ("Open the strategy →", the
    // charts) are left out, and a count that filters a page on screen prints as a plain figure.
    static const QRegularExpression navigation(QStringLiteral("<p class=\"nav\">.*?</p>"));
    static const QRegularExpression anchor(QStringLiteral("</?a\\b[^>]*>"));
    html.remove(navigation).remove(anchor);
    doc.setHtml(html);
    doc.print(device);
}

QString OverviewPage::cardText(const QString &pageId) const
{
    const QLabel *card = pageId == QLatin1String("strategy") ? m_strategy
        : pageId == QLatin1String("projects")                ? m_projects
        : pageId == QLatin1String("workforce")               ? m_workforce
                                                             : m_envelopes;
    return card->text();
}

QString OverviewPage::noWorkforceSurveyText()
{
    return tr("This portfolio has no workforce survey.");
}

QString OverviewPage::noEnvelopeText()
{
    return tr("This portfolio has no investment envelope.");
}

bool OverviewPage::writable() const
{
    return m_document && !m_document->isReadOnly();
}

QString OverviewPage::strategyHtml() const
{
    const Summary &s = m_summary;
    const QLocale locale;
    const int done = s.measuresByStatus[int(MeasureStatus::Completed)];
    QString html = heading(tr("Strategy"));
    // A plan not yet written says so, rather than a table of zeros.
    if (s.measuresTotal == 0)
        return html + QStringLiteral("<p>%1</p>").arg((writable() ? tr("No measure yet: on the Strategy page, Edit → Add Plan…, Add Key Area… and Add Measure… write the plan.")
                                                                  : tr("This portfolio has no measure."))
                                                          .toHtmlEscaped())
            + link(QStringLiteral("strategy"), tr("Open the strategy →"), {});
    const QString percent = formatPercent(Summary::percent(done, s.measuresTotal, 1), locale).toHtmlEscaped(); // as the charts say it
    // "0 of 1 measures completed" read wrong: one measure has its own sentence.
    html += s.measuresTotal == 1 ? tr("<p><b>%n of 1 measure completed</b> (%1)</p>", nullptr, done).arg(percent)
                                 : tr("<p><b>%n of %1 measures completed</b> (%2)</p>", nullptr, done)
                                       .arg(locale.toString(s.measuresTotal), percent);
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    // Each count leads to the measures it counts.
    for (MeasureStatus st : allMeasureStatuses)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\"><a href=\"filter:strategy?status=%3\">%2</a></td></tr>")
                    .arg(MeasureStatusText::label(st).toHtmlEscaped(), locale.toString(s.measuresByStatus[int(st)]))
                    .arg(int(st));
    html += QStringLiteral("</table><table cellspacing=\"0\" cellpadding=\"3\">");
    const bool severalPlans = areasOfSeveralPlans(s.areas);
    for (qsizetype i = 0; i < s.areas.size(); ++i) {
        const AreaSummary &a = s.areas.at(i);
        // Several plans number their key areas alike: each plan's title above its own.
        if (severalPlans && (i == 0 || s.areas.at(i - 1).planCode != a.planCode)) {
            const QString plan = Lookup::display(a.plan);
            html += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td></tr>")
                        .arg((plan.isEmpty() ? a.planCode : plan).toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(tr("Key area %1: %2").arg(a.number).arg(Lookup::display(a.title)).toHtmlEscaped(),
                         //: "1 completed of 8" / « 1 réalisée sur 8 »: %n is the completed count
                         tr("%n of %1 completed", nullptr, a.byStatus[int(MeasureStatus::Completed)])
                             .arg(locale.toString(a.total())).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    // How fresh: measures under way or not started that nobody updated since the latest frozen period.
    if (!s.stalePeriod.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("<a href=\"%1\">%Ln measure(s)</a> not updated since %2 (stale)", nullptr, s.staleMeasures)
                             .arg(QStringLiteral("filter:strategy?flag=%1").arg(int(RowFlag::Stale)),
                                  s.stalePeriod.toHtmlEscaped()));
    // What needs a look: measures whose status and percent disagree, past due, and the link gaps. Each
    // count leads to the rows it counts (the projects serving no measure: where each is given one).
    QString checks = MeasureChecks::toText(m_checks, locale).trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    const std::pair<QString, QString> counted[] = {
        { MeasureChecks::inconsistentText(m_checks.inconsistent),
          m_checks.inconsistent ? QStringLiteral("filter:strategy?flag=%1").arg(int(RowFlag::Inconsistent)) : QString() },
        { MeasureChecks::overdueText(m_checks.overdue),
          m_checks.overdue ? QStringLiteral("filter:strategy?flag=%1").arg(int(RowFlag::Overdue)) : QString() },
        { MeasureChecks::measuresWithoutProjectText(m_checks.measuresWithoutProject),
          m_checks.measuresWithoutProject ? QStringLiteral("filter:strategy?flag=%1").arg(int(RowFlag::NoProject)) : QString() },
        { MeasureChecks::projectsWithoutMeasureText(m_checks.projectsWithoutMeasure),
          m_checks.projectsWithoutMeasure ? QStringLiteral("filter:projects?state=0&flag=%1").arg(int(RowFlag::NoMeasure))
                                          : QString() },
    };
    for (const auto &[phrase, target] : counted) {
        if (target.isEmpty())
            continue;
        const QString escaped = phrase.toHtmlEscaped();
        checks.replace(escaped, QStringLiteral("<a href=\"%1\">%2</a>").arg(target, escaped));
    }
    html += QStringLiteral("<p>%1</p>").arg(checks);
    return html + link(QStringLiteral("strategy"), tr("Open the strategy →"),
                       { { QStringLiteral("measures-by-area"), tr("Chart") } });
}

QString OverviewPage::projectsHtml() const
{
    const Summary &s = m_summary;
    const QLocale locale;
    QString html = heading(tr("Projects"));
    if (s.activeProjects == 0)
        return html + QStringLiteral("<p>%1</p>").arg((writable() ? tr("No active project yet: on the Projects page, Edit → New Project… adds one.")
                                                                  : tr("This portfolio has no active project."))
                                                          .toHtmlEscaped())
            + link(QStringLiteral("projects"), tr("Open the portfolio →"), {});
    html += tr("<p><b><a href=\"%1\">%Ln active project(s)</a></b>, authorized budgets %2</p>", nullptr, s.activeProjects)
                .arg(QStringLiteral("filter:projects?state=0"), formatMoneyMillions(s.totalAmount, locale, 2, s.currency).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th></th>");
    for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated })
        html += QStringLiteral("<th>%1</th>").arg(ItemDelegate::chipHtml(h));
    html += QStringLiteral("</tr>");
    for (Indicator ind : { Indicator::Cost, Indicator::Schedule, Indicator::Overall }) {
        const IndicatorSummary &is = s.indicator(ind);
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(HealthText::indicatorLabel(ind).toHtmlEscaped());
        for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated }) {
            const HealthBucket &b = is.bucket(h);
            // "3 (1.5%)", a link to the active projects of that colour on that indicator.
            const QString count = QStringLiteral("<a href=\"filter:projects?state=0&indicator=%1&health=%2\">%3</a>")
                                      .arg(int(ind))
                                      .arg(int(h))
                                      .arg(locale.toString(b.count));
            html += QStringLiteral("<td align=\"right\">%1<br/><small>%2</small></td>")
                        .arg(tr("%1 (%2)").arg(count, formatPercent(Summary::percent(b.count, s.activeProjects, 1), locale)
                                                          .toHtmlEscaped()),
                             formatMoneyMillions(b.amount, locale, 2, s.currency).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    // What the colours above do not say: declarations greener than the rule.
    const HealthBucket &greener = s.honest.declaredGreenerAny;
    QStringList honest;
    if (greener.count > 0)
        honest << tr("<a href=\"%1\">%Ln project(s)</a> declared greener than computed (%2)", nullptr, greener.count)
                      .arg(QStringLiteral("filter:projects?state=0&flag=%1").arg(int(RowFlag::DeclaredGreener)),
                           formatMoneyMillions(greener.amount, locale, 2, s.currency).toHtmlEscaped());
    else
        honest << tr("No project declared greener than computed").toHtmlEscaped();
    // How fresh the figures are: active projects not updated since the latest frozen period.
    if (!s.stalePeriod.isEmpty())
        honest << tr("<a href=\"%1\">%Ln project(s)</a> not updated since %2 (stale)", nullptr, s.staleProjects)
                      .arg(QStringLiteral("filter:projects?state=0&flag=%1").arg(int(RowFlag::Stale)),
                           s.stalePeriod.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(honest.join(QStringLiteral("<br>")));
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
        html += QStringLiteral("<p>%1</p>")
                    .arg((writable() ? tr("No workforce survey yet: on the Workforce page, Edit → New Workforce Record… adds "
                                          "its records, or File → Import from CSV → Workforce Survey… reads one.")
                                     : noWorkforceSurveyText())
                             .toHtmlEscaped());
    else
        html += tr("<p><b>%1 internal</b> and <b>%2 external</b> FTEs (%3 external) in %4 organizations, "
                   "survey of %5</p>")
                    .arg(locale.toString(s.internalFte, 'f', 1), locale.toString(s.externalFte, 'f', 1),
                         formatPercent(s.externalPercent(), locale).toHtmlEscaped(), locale.toString(s.workforceOrganizations),
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
        html += QStringLiteral("<p>%1</p>")
                    .arg((writable() ? tr("No envelope yet: on the Envelopes page, Edit → New Envelope… adds one, or "
                                          "File → Import from CSV → Envelopes… reads them.")
                                     : noEnvelopeText())
                             .toHtmlEscaped());
    else
        html += tr("<p>Fiscal year %1: planned needs <b>%2</b>, granted <b>%3</b>, committed <b>%4</b>, "
                   "gap %5</p>")
                    .arg(fiscalYearLabel(s.envelopeYear), formatMoneyMillions(s.envelopeNeeds, locale, 2, s.currency),
                         formatMoneyMillions(s.envelopeGranted, locale, 2, s.currency), formatMoneyMillions(s.envelopeCommitted, locale, 2, s.currency),
                         formatMoneyMillions(s.envelopeNeeds - s.envelopeGranted, locale, 2, s.currency));
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
    setAccessibleName(tr("Overview"));
    setWhatsThis(tr("The portfolio at a glance. Each count is a link to the rows it counts: \"3\" red projects opens "
                    "Projects filtered on red; the links under each card open its page and charts."));
    refresh(); // labels, words and number formats all follow the language
}

} // namespace Vigie
