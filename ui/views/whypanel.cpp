#include "whypanel.h"

#include "analysis/briefingtext.h"
#include "analysis/chartdata.h"
#include "analysis/colourhistory.h"
#include "analysis/periods.h"
#include "analysis/summary.h"
#include "document/document.h"
#include "i18n/language.h"
#include "model/projecttext.h"
#include "models/lookup.h"
#include "rules/healthrule.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "views/itemdelegate.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace Vigie {

namespace {
QString signedPercent(double v, const QLocale &locale)
{
    const QString text = formatPercent(v, locale, 1);
    return v > 0 ? QStringLiteral("+") + text : text;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

WhyPanel::WhyPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("whyPanel"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch(1);
    refresh();
}

void WhyPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_file = document ? document->file() : nullptr;
    if (m_document)
        connect(m_document, &Document::changed, this, &WhyPanel::onChanged);
    m_uuid.clear();
    refresh();
}

void WhyPanel::showProject(const QString &uuid)
{
    m_uuid = uuid;
    refresh();
}

QString WhyPanel::html() const
{
    return m_text->text();
}

void WhyPanel::onChanged(const Change &change)
{
    // A rule change recolours every project; a period frozen adds a strip cell; decisions and baselines
    // are listed here.
    if (m_uuid.isEmpty())
        return;
    if (change.touches(Entity::Portfolio) || change.touches(Entity::ReportingPeriod) || change.touches(Entity::Decision)
        || change.touches(Entity::Baseline) || !change.complete || change.modified(Entity::Project).contains(m_uuid))
        refresh();
}

void WhyPanel::refresh()
{
    const std::optional<Project> p = m_file && !m_uuid.isEmpty() ? Repository::project(*m_file, m_uuid) : std::nullopt;
    if (!p) {
        m_text->setText(tr("Select a project to see why it has its colours."));
        return;
    }
    QString html = indicatorsHtml(*p);
    html += stripHtml(*p);
    html += decisionsHtml(*p);
    html += baselinesHtml(*p);
    m_text->setText(Language::tiedAbsoluteValues(html)); // "|écart|", "|50,0 %|" kept whole in a narrow panel
}

QString WhyPanel::indicatorsHtml(const Project &p) const
{
    const QLocale locale;
    // Dates in sentences written out in the interface's language: « le 31 mars 2017 », not 2017-03-31.
    const auto prose = [&locale](const QDate &d) {
        return BriefingText::longDate(d, Language::code(locale));
    };
    const HealthRule rule = m_file->healthRule();
    const QList<Baseline> baselines = Repository::baselines(*m_file, p.id);
    QString html = QStringLiteral("<p>%1</p>").arg(esc(tr("Health rule in force: %1").arg(rule.statement())));

    // Which baseline the rule measured against: the latest one, the original beside it when they differ.
    QString baselineUsed;
    if (baselines.size() > 1)
        baselineUsed = tr("latest baseline: re-authorization %1 of %2")
                           .arg(baselines.constLast().sequence)
                           .arg(prose(baselines.constLast().approved));
    else if (!baselines.isEmpty())
        baselineUsed = tr("original baseline of %1").arg(prose(baselines.constFirst().approved));
    else
        baselineUsed = tr("the project's authorized budget and dates");

    // The threshold a variance crossed, in the rule's own terms; without a variance, what it lacks.
    auto threshold = [&](std::optional<double> v, Health computed, const QString &missing) -> QString {
        if (rule.kind() == HealthRule::Kind::ThreeCode)
            return tr("The three-code rule computes nothing: the declared colour is the colour.");
        if (!v)
            return missing;
        // Thresholds as the rule states them: "10%", a custom "7.5%".
        const auto limit = [&](double t) { return formatPercent(t, locale, t == std::floor(t) ? 0 : 1); };
        const QString g = limit(rule.greenMax());
        const QString r = limit(rule.redMin());
        const QString a = formatPercent(std::abs(*v), locale, 1);
        switch (computed) {
        case Health::Green: return tr("|%1| is within %2: green.").arg(a, g);
        case Health::Yellow: return tr("|%1| is beyond %2 and below %3: yellow.").arg(a, g, r);
        case Health::Red: return tr("|%1| reaches %2 or more: red.").arg(a, r);
        case Health::Unrated: break;
        }
        return tr("Unrated.");
    };
    auto declaredLine = [&](Health declared, Health computed, Field field) -> QString {
        if (declared == Health::Unrated)
            return tr("Nothing declared: the computed colour is shown.");
        QString who;
        if (const auto d = ColourHistory::lastDeclared(*m_file, p.uuid, field)) {
            const QString day = locale.toString(d->when.toLocalTime().date(), QLocale::ShortFormat);
            // The change that made it, in the reader's language: an edit, an import, a merged copy.
            const QString change = d->change.in(Language::current()).trimmed();
            if (d->author.isEmpty())
                who = change.isEmpty() ? tr(" (declared on %1)").arg(day) : tr(" (declared on %1, in \"%2\")").arg(day, change);
            else
                who = change.isEmpty() ? tr(" (declared by %1 on %2)").arg(d->author, day)
                                       : tr(" (declared by %1 on %2, in \"%3\")").arg(d->author, day, change);
        }
        const QString shown = declared == computed ? tr("Declared %1, as computed%2.")
                                                   : tr("Declared %1, shown instead of the computed colour%2.");
        return shown.arg(ItemDelegate::chipHtml(declared), esc(who));
    };

    // Cost
    const std::optional<double> costV = p.reportedCostVariance ? p.reportedCostVariance
                                                               : HealthRule::costVariance(p.budget, p.forecastCost);
    html += QStringLiteral("<h4>%1 %2</h4><p>").arg(esc(HealthText::indicatorLabel(Indicator::Cost)), ItemDelegate::chipHtml(p.computedCost));
    html += esc(p.forecastCost ? tr("Forecast %1 against an authorized budget of %2 (%3).")
                                     .arg(formatMoneyMillions(*p.forecastCost, locale),
                                          formatMoneyMillions(p.budget, locale), baselineUsed)
                               : tr("No forecast; authorized budget %1 (%2).").arg(formatMoneyMillions(p.budget, locale), baselineUsed));
    html += QStringLiteral("<br>");
    if (costV) {
        html += esc(p.reportedCostVariance ? tr("Variance %1, as reported by the source.").arg(signedPercent(*costV, locale))
                                           : tr("Variance %1.").arg(signedPercent(*costV, locale)));
        const std::optional<double> original = HealthRule::costVariance(p.originalBudget, p.forecastCost);
        if (original && p.originalBudget > 0 && p.originalBudget != p.budget)
            html += QLatin1Char(' ') + esc(tr("Against the original budget of %1: %2.")
                                              .arg(formatMoneyMillions(p.originalBudget, locale), signedPercent(*original, locale)));
        html += QStringLiteral("<br>");
    }
    const QString noCostVariance = p.forecastCost ? tr("No variance can be computed without an authorized budget: unrated.")
                                                  : tr("No variance can be computed without a forecast: unrated.");
    html += esc(threshold(costV, p.computedCost, noCostVariance)) + QStringLiteral("<br>")
        + declaredLine(p.declaredCost, p.computedCost, Field::DeclaredCost) + QStringLiteral("</p>");

    // Schedule
    const std::optional<double> schedV = p.reportedScheduleVariance
        ? p.reportedScheduleVariance
        : HealthRule::scheduleVariance(p.plannedStart, p.plannedEnd, p.forecastEnd);
    html += QStringLiteral("<h4>%1 %2</h4><p>").arg(esc(HealthText::indicatorLabel(Indicator::Schedule)), ItemDelegate::chipHtml(p.computedSchedule));
    // Each of the three dates may be missing: a sentence never shows an empty date.
    QString dates;
    if (p.forecastEnd.isValid() && p.plannedEnd.isValid())
        dates = p.plannedStart.isValid()
            ? tr("Forecast end %1 against a planned end of %2, planned from %3 (%4).")
                  .arg(prose(p.forecastEnd), prose(p.plannedEnd), prose(p.plannedStart), baselineUsed)
            : tr("Forecast end %1 against a planned end of %2, with no planned start (%3).")
                  .arg(prose(p.forecastEnd), prose(p.plannedEnd), baselineUsed);
    else if (p.forecastEnd.isValid())
        dates = tr("Forecast end %1; no planned end (%2).").arg(prose(p.forecastEnd), baselineUsed);
    else if (p.plannedEnd.isValid())
        dates = tr("No forecast end; planned end %1 (%2).").arg(prose(p.plannedEnd), baselineUsed);
    else
        dates = tr("No forecast end and no planned end (%1).").arg(baselineUsed);
    html += esc(dates);
    html += QStringLiteral("<br>");
    if (schedV) {
        html += esc(p.reportedScheduleVariance ? tr("Variance %1, as reported by the source.").arg(signedPercent(*schedV, locale))
                                               : tr("Variance %1 of the planned duration.").arg(signedPercent(*schedV, locale)));
        if (p.originalEnd.isValid() && p.originalEnd != p.plannedEnd) {
            if (const auto original = HealthRule::scheduleVariance(p.plannedStart, p.originalEnd, p.forecastEnd))
                html += QLatin1Char(' ') + esc(tr("Against the original planned end of %1: %2.")
                                                  .arg(locale.toString(p.originalEnd, QLocale::ShortFormat),
                                                       signedPercent(*original, locale)));
        }
        html += QStringLiteral("<br>");
    }
    const QString noScheduleVariance = !p.forecastEnd.isValid()
        ? tr("No variance can be computed without a forecast end: unrated.")
        : !p.plannedStart.isValid() || !p.plannedEnd.isValid()
        ? tr("No variance can be computed without a planned start and a planned end: unrated.")
        : tr("No variance can be computed: the planned end is not after the planned start. Unrated.");
    html += esc(threshold(schedV, p.computedSchedule, noScheduleVariance)) + QStringLiteral("<br>")
        + declaredLine(p.declaredSchedule, p.computedSchedule, Field::DeclaredSchedule) + QStringLiteral("</p>");

    // Overall
    // Computed overall: the worse of the computed cost and schedule colours, never a declared one.
    const Health overall = worse(p.computedCost, p.computedSchedule);
    html += QStringLiteral("<h4>%1 %2</h4><p>").arg(esc(HealthText::indicatorLabel(Indicator::Overall)), ItemDelegate::chipHtml(overall));
    html += esc(tr("The worse of the computed cost and schedule colours.")) + QStringLiteral("<br>")
        + declaredLine(p.declaredOverall, overall, Field::DeclaredOverall);
    if (p.declaredOverall == Health::Unrated && p.effectiveOverall() != overall)
        html += QStringLiteral("<br>") + esc(tr("Shown as %1 because of a declared cost or schedule colour."))
                                             .arg(ItemDelegate::chipHtml(p.effectiveOverall()));
    html += QStringLiteral("</p>");
    return html;
}

QString WhyPanel::stripHtml(const Project &p) const
{
    const QList<ColourHistory::PeriodColours> periods = ColourHistory::periods(*m_file, p.id);
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(tr("Colour in each reporting period")));
    if (periods.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("No reporting period frozen yet.")));
    // One cell per period, then now: the colour shown then (declared where set, else computed).
    QString head, cells;
    const QString language = Language::current();
    for (const ColourHistory::PeriodColours &c : periods) {
        head += QStringLiteral("<td align=\"center\"><small>%1</small></td>").arg(esc(Periods::displayLabel(c.period, language)));
        cells += QStringLiteral("<td align=\"center\">%1</td>")
                     .arg(c.reported ? ItemDelegate::chipHtml(c.overall) : QStringLiteral("<small>%1</small>").arg(esc(tr("not reported"))));
    }
    head += QStringLiteral("<td align=\"center\"><small>%1</small></td>").arg(esc(tr("Now")));
    cells += QStringLiteral("<td align=\"center\">%1</td>").arg(ItemDelegate::chipHtml(p.effectiveOverall()));
    return html + QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\"><tr>%1</tr><tr>%2</tr></table>").arg(head, cells);
}

QString WhyPanel::decisionsHtml(const Project &p) const
{
    const QLocale locale;
    const QList<ReportingPeriod> periods = Periods::list(*m_file);
    const QDate since = periods.isEmpty() ? QDate() : periods.constLast().asOf;
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(since.isValid()
        ? tr("Decisions since %1").arg(Periods::displayLabel(periods.constLast(), Language::current()))
        : tr("Decisions")));
    QStringList items;
    for (const Decision &d : Repository::decisions(*m_file, p.id)) {
        if (since.isValid() && d.date <= since)
            continue;
        QString line = QStringLiteral("%1 · %2 · %3").arg(locale.toString(d.date, QLocale::ShortFormat), d.authority,
                                                         DecisionKindText::label(d.kind));
        if (d.budgetChange)
            line += QStringLiteral(" · ") + tr("budget %1").arg(formatMoneyMillions(*d.budgetChange, locale));
        const QString text = Lookup::display(d.text);
        if (!text.isEmpty())
            line += QStringLiteral(" — ") + text;
        items << QStringLiteral("<li>%1</li>").arg(esc(line));
    }
    if (items.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    return html + QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
}

QString WhyPanel::baselinesHtml(const Project &p) const
{
    const QLocale locale;
    const QList<Baseline> baselines = Repository::baselines(*m_file, p.id);
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(tr("Baselines")));
    if (baselines.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("No baseline recorded.")));
    // A list rather than a table: it wraps in a narrow panel.
    QStringList items;
    for (const Baseline &b : baselines) {
        const QString name = b.sequence == 0 ? tr("Original") : tr("Re-authorization %1").arg(b.sequence);
        const QString note = Lookup::display(b.noteText());
        const QString start = locale.toString(b.plannedStart, QLocale::ShortFormat);
        const QString end = locale.toString(b.plannedEnd, QLocale::ShortFormat);
        const QString span = b.plannedStart.isValid() && b.plannedEnd.isValid() ? tr("%1 to %2").arg(start, end)
            : b.plannedStart.isValid()                                         ? tr("from %1, no planned end").arg(start)
            : b.plannedEnd.isValid()                                           ? tr("until %1, no planned start").arg(end)
                                                                               : tr("no planned dates");
        //: A baseline in the project's list: "Original, approved 2013-09-14: $0.49M, 2013-09-14 to 2016-03-31"
        QString line = tr("%1, approved %2: %3, %4")
                           .arg(name, locale.toString(b.approved, QLocale::ShortFormat), formatMoneyMillions(b.budget, locale), span);
        if (!note.isEmpty())
            line += QStringLiteral(" — ") + note;
        items << QStringLiteral("<li>%1</li>").arg(esc(line));
    }
    return html + QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
}

void WhyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Vigie
