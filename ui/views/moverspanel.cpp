#include "moverspanel.h"

#include "analysis/movers.h"
#include "analysis/periods.h"
#include "charts/chartstyle.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "i18n/language.h"
#include "models/lookup.h"
#include "models/rowfilter.h"
#include "storage/portfoliofile.h"
#include "views/flowlayout.h"
#include "views/itemdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace Vigie {

namespace {
constexpr int kShown = 8; // movers listed per column; the rest are counted and reached through Projects

const char *const kListKeys[] = { "worse", "better", "new", "gone" };
} // namespace

MoversPanel::MoversPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_text(new QLabel(this))
    , m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("moversPanel"));
    m_from->setObjectName(QStringLiteral("moversFrom"));
    m_to->setObjectName(QStringLiteral("moversTo"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.17);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_text, &QLabel::linkActivated, this, &MoversPanel::followLink);
    // The title, then the two periods at the right; on a narrow page the periods go under the title,
    // together, instead of making the page scroll sideways.
    auto *periods = new QWidget(this);
    auto *row = new QHBoxLayout(periods);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_fromLabel);
    row->addWidget(m_from);
    row->addWidget(m_toLabel);
    row->addWidget(m_to);
    auto *choice = new FlowLayout;
    choice->addWidget(m_title, 1);
    choice->addWidget(periods);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choice);
    layout->addWidget(m_text);
    for (QComboBox *combo : { m_from, m_to }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, [this, combo] {
            (combo == m_from ? m_fromChosen : m_toChosen) = true;
            refresh();
        });
    }
    changeEvent(nullptr);
}

void MoversPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_file = document ? document->file() : nullptr;
    if (m_document)
        connect(m_document, &Document::changed, this, &MoversPanel::onChanged);
    m_fromChosen = m_toChosen = false;
    fillPeriods();
    refresh();
}

void MoversPanel::onChanged(const Change &change)
{
    if (change.touches(Entity::ReportingPeriod))
        fillPeriods();
    // Any colour may have moved. Changes arriving in one turn of the event loop are counted once.
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &MoversPanel::refresh);
}

void MoversPanel::fillPeriods()
{
    // From: a frozen period (default: the latest). To: a later period or now (default: now).
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QVariant from = m_from->currentData();
    const QVariant to = m_to->currentData();
    m_from->clear();
    m_to->clear();
    const QList<ReportingPeriod> periods = m_file ? Periods::list(*m_file) : QList<ReportingPeriod>();
    m_hasPeriods = !periods.isEmpty();
    const QString language = Language::current();
    for (const ReportingPeriod &p : periods) {
        m_from->addItem(Periods::displayLabel(p, language), p.id);
        m_to->addItem(Periods::displayLabel(p, language), p.id);
    }
    m_to->addItem(tr("now"), RowId(0));
    const int f = m_fromChosen ? m_from->findData(from) : -1;
    m_from->setCurrentIndex(f >= 0 ? f : m_from->count() - 1);
    const int t = m_toChosen ? m_to->findData(to) : -1;
    m_to->setCurrentIndex(t >= 0 ? t : m_to->count() - 1);
    m_from->setEnabled(m_hasPeriods);
    m_to->setEnabled(m_hasPeriods);
}

void MoversPanel::refresh()
{
    m_pending = false;
    for (QList<Mover> &list : m_lists)
        list.clear();
    m_unchanged = 0;
    m_computing = false;
    m_task->cancel();
    if (!m_file || !m_hasPeriods) {
        render();
        return;
    }
    const RowId from = m_from->currentData().toLongLong();
    const RowId to = m_to->currentData().toLongLong();
    if (!BackgroundTask::isLarge(m_file->path())) {
        Movers result;
        QString error;
        if (MoversAnalysis::compute(*m_file, from, to, &result, &error))
            take(result);
        else
            qWarning("Movers: %s", qPrintable(error));
        render();
        return;
    }
    // Edits are committed before `changed` is emitted, so a connection of its own sees them.
    struct Result
    {
        Movers movers;
        QString error;
    };
    auto result = std::make_shared<Result>();
    const QString path = m_file->path();
    m_computing = true;
    m_task->startReading(
        path, [from, to, result](const PortfolioFile &file) {
            *result = Result();
            MoversAnalysis::compute(file, from, to, &result->movers, &result->error); },
        [this, result](const QString &openError) {
            if (!openError.isEmpty())
                result->error = openError;
            m_computing = false;
            if (result->error.isEmpty())
                take(result->movers);
            else
                qWarning("Movers: %s", qPrintable(result->error));
            render();
        });
    render(); // "computing…" until the lists come
}

QString MoversPanel::listName(int list) const
{
    const QString from = m_from->currentText();
    switch (list) {
    case Worse: return tr("Worse since %1").arg(from);
    case Better: return tr("Better since %1").arg(from);
    case New: return tr("New since %1").arg(from);
    default: return tr("No longer reported since %1").arg(from);
    }
}

void MoversPanel::take(const Movers &result)
{
    const QList<Vigie::Mover> *lists[ListCount] = { &result.worse, &result.better, &result.added, &result.gone };
    for (int l = 0; l < ListCount; ++l)
        for (const Vigie::Mover &m : *lists[l])
            m_lists[l].append({ m.projectId, m.code, m.name, m.from, m.to, MoversAnalysis::reasons(m, result) });
    m_unchanged = result.unchanged;
}

void MoversPanel::render()
{
    if (!m_file) {
        m_text->clear();
        return;
    }
    if (!m_hasPeriods) {
        m_text->setText(QStringLiteral("<p>%1</p>").arg(tr("No reporting period frozen yet: freeze one (Charts, Freeze "
                                                            "period…) to see what moves from one period to the next.")
                                                             .toHtmlEscaped()));
        return;
    }
    if (m_computing) {
        m_text->setText(QStringLiteral("<p>%1</p>").arg(tr("Finding the projects that moved…").toHtmlEscaped()));
        return;
    }
    const QLocale locale;
    // The reasons in the desktop's placeholder grey, laid on the card (Base) as one opaque colour.
    const QString muted
        = ChartStyle::opaqueOn(palette().color(QPalette::PlaceholderText), palette().color(QPalette::Base)).name();
    const QString headings[ListCount] = { tr("Worse"), tr("Better"), tr("New"), tr("No longer reported") };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
    for (int l = 0; l < ListCount; ++l)
        html += QStringLiteral("<th align=\"left\" width=\"25%\">%1 (%2)</th>")
                    .arg(headings[l].toHtmlEscaped(), locale.toString(m_lists[l].size()));
    html += QStringLiteral("</tr><tr>");
    for (int l = 0; l < ListCount; ++l) {
        html += QStringLiteral("<td valign=\"top\">");
        const QList<Mover> &list = m_lists[l];
        for (int i = 0; i < std::min<int>(kShown, int(list.size())); ++i) {
            const Mover &m = list.at(i);
            const QString colours = l == New  ? ItemDelegate::chipHtml(m.to)
                : l == Gone                     ? ItemDelegate::chipHtml(m.from)
                                                : ItemDelegate::chipHtml(m.from) + QStringLiteral(" → ") + ItemDelegate::chipHtml(m.to);
            html += QStringLiteral("<span title=\"%2\">%1</span> %3<br>")
                        .arg(m.code.toHtmlEscaped(), Lookup::display(m.name).toHtmlEscaped(), colours);
            for (const QString &reason : m.why) // why it moved, small and muted under it, a line each
                html += QStringLiteral("<small style=\"color:%1\">%2</small><br>").arg(muted, reason.toHtmlEscaped());
        }
        if (list.size() > kShown)
            html += tr("and %n more", nullptr, int(list.size()) - kShown).toHtmlEscaped() + QStringLiteral("<br>");
        if (!list.isEmpty())
            html += QStringLiteral("<a href=\"movers:%1\">%2</a>")
                        .arg(QLatin1String(kListKeys[l]), tr("Show in Projects →").toHtmlEscaped());
        else
            html += tr("None").toHtmlEscaped();
        html += QStringLiteral("</td>");
    }
    html += QStringLiteral("</tr></table>");
    html += QStringLiteral("<p>%1</p>").arg(
        tr("%n project(s) kept their overall colour (as the dashboards show it: declared where set, else computed).",
           nullptr, m_unchanged)
            .toHtmlEscaped());
    m_text->setText(html);
}

QString MoversPanel::html() const
{
    return m_text->text();
}

void MoversPanel::followLink(const QString &target)
{
    if (!target.startsWith(QLatin1String("movers:")))
        return;
    const QString key = target.mid(7);
    for (int l = 0; l < ListCount; ++l) {
        if (key != QLatin1String(kListKeys[l]))
            continue;
        RowFilter f;
        f.flag = int(RowFlag::Listed);
        for (const Mover &m : std::as_const(m_lists[l]))
            f.ids.insert(m.id);
        f.listName = listName(l);
        Q_EMIT filterRequested(QStringLiteral("projects"), f);
    }
}

void MoversPanel::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_title->setText(tr("What moved"));
        m_fromLabel->setText(tr("&From:"));
        m_toLabel->setText(tr("&to:"));
        m_from->setAccessibleName(tr("Movers from period"));
        m_to->setAccessibleName(tr("Movers to period"));
        m_text->setAccessibleName(tr("Movers"));
        if (event) {
            fillPeriods();
            refresh();
        }
    }
    if (event && event->type() == QEvent::PaletteChange)
        render(); // the reasons' muted colour is the desktop's: written anew when its scheme changes
    if (event)
        QWidget::changeEvent(event);
}

} // namespace Vigie
