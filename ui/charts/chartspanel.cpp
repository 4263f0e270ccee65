#include "chartspanel.h"

#include "views/verticalscrollarea.h"

#include "chartdialogs.h"
#include "chartview.h"

#include "analysis/chartdata.h"
#include "analysis/periods.h"
#include "commands/editor.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "i18n/language.h"
#include "storage/portfoliofile.h"
#include "views/flowlayout.h"
#include "views/verticalscrollarea.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

#include <memory>
#include <tuple>

namespace Vigie {

namespace {

// The list of charts asks for room for titles of about 26 characters a line, two lines for the longest
// ("Enveloppes d'investissement par organisme"). QListWidget asks for 256 px whatever it holds: room the
// chart and its filters need more at 1024 or 1280 px.
class ChartList : public QListWidget
{
public:
    using QListWidget::QListWidget;
    QSize sizeHint() const override
    {
        return { fontMetrics().averageCharWidth() * 26 + 2 * frameWidth() + verticalScrollBar()->sizeHint().width(),
                 QListWidget::sizeHint().height() };
    }
};

void selectData(QComboBox *box, RowId id)
{
    const int index = box->findData(id);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

RowId currentId(const QComboBox *box)
{
    return box->currentData().toLongLong();
}

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_charts(new ChartList(this))
    , m_organizationLabel(new QLabel(this))
    , m_keyAreaLabel(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_organization(new QComboBox(this))
    , m_keyArea(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_freeze(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_view(new ChartView(this))
    , m_error(new QLabel(this))
    , m_task(new BackgroundTask(this))
{
    m_charts->setObjectName(QStringLiteral("chartList"));
    m_organization->setObjectName(QStringLiteral("organizationFilter"));
    m_keyArea->setObjectName(QStringLiteral("keyAreaFilter"));
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_charts->setMaximumWidth(320);
    // Room for the titles' longest words ("d'investissement", "Tendance"): the filters wrap rather than
    // take it (below).
    m_charts->setMinimumWidth(m_charts->fontMetrics().averageCharWidth() * 17);
    m_charts->setWordWrap(true);
    m_charts->setSpacing(3); // wrapped titles stay apart
    // Twelve characters at the least; the filter row stretches them wider where there is room. At 18 the
    // row alone needed 795 px in French and, once visited, made the window wider than 1024 px (1280×800
    // at 125 %) on every page.
    m_organization->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organization->setMinimumContentsLength(12);
    m_keyArea->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_keyArea->setMinimumContentsLength(12);
    // Period names are short ("Valeurs actuelles", "décembre 2015"): shown whole rather than cut to "Valeurs a".
    // Minimum: the layout never squeezes it under its size hint (Qt keeps the minimum size hint of an empty box).
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_organizationLabel->setBuddy(m_organization);
    m_keyAreaLabel->setBuddy(m_keyArea);
    m_periodLabel->setBuddy(m_period);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *right = new QWidget(this);
    // The three filters on one line where there is room, else on two or three: each label stays with its
    // list. On one line they needed 700 px in French, which at 1024 px left the chart list 70 px and cut
    // every title in it.
    auto *filterRow = new QWidget(right);
    auto *filters = new FlowLayout(filterRow);
    filters->setContentsMargins(0, 0, 0, 0);
    for (auto [label, box, stretch] : { std::tuple { m_organizationLabel, m_organization, 2 },
                                        std::tuple { m_keyAreaLabel, m_keyArea, 3 },
                                        std::tuple { m_periodLabel, m_period, 0 } }) {
        auto *filter = new QWidget(filterRow);
        auto *pair = new QHBoxLayout(filter);
        pair->setContentsMargins(0, 0, 0, 0);
        pair->addWidget(label);
        pair->addWidget(box, 1);
        filters->addWidget(filter, stretch);
    }
    // Freeze beside Copy and Export, not on the filter row: the wider French filters left the chart list
    // too narrow, and its titles were cut ("indicateur de …").
    m_freeze->setObjectName(QStringLiteral("chartFreeze"));
    m_copy->setObjectName(QStringLiteral("chartCopy"));
    m_export->setObjectName(QStringLiteral("chartExport"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_freeze);
    actions->addStretch(1);
    actions->addWidget(m_copy);
    actions->addWidget(m_export);

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(filterRow);
    rightLayout->addWidget(m_error);
    // In a small window a chart of many categories is taller than the room it has (ChartView::
    // heightForWidth()) and scrolls, rather than drop every other label. The area asks for the chart's
    // least width: a plain scroll area let the splitter give it less, and on a narrow screen the chart's
    // right side (its title's last letters, the counts) was cut off, with no way to scroll to it.
    auto *scroll = new VerticalScrollArea(m_view, right);
    scroll->setObjectName(QStringLiteral("chartScroll"));
    rightLayout->addWidget(scroll, 1);
    rightLayout->addLayout(actions);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_charts);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_charts, &QListWidget::currentRowChanged, this, &ChartsPanel::refresh);
    for (QComboBox *box : { m_organization, m_keyArea, m_period })
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    connect(m_freeze, &QPushButton::clicked, this, &ChartsPanel::freezePeriodInteractively);
    connect(m_export, &QPushButton::clicked, this, &ChartsPanel::exportInteractively);
    connect(m_copy, &QPushButton::clicked, this, &ChartsPanel::copyToClipboard);
    connect(m_view, &ChartView::exportRequested, this, &ChartsPanel::exportInteractively);
    connect(m_view, &ChartView::copyRequested, this, &ChartsPanel::copyToClipboard);

    retranslate();
    setDocument(nullptr);
}

void ChartsPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_file = document ? document->file() : nullptr;
    if (m_document) {
        connect(m_document, &Document::changed, this, &ChartsPanel::onChanged);
        connect(m_document, &Document::readOnlyChanged, this, &ChartsPanel::updateButtons);
    }
    updateButtons();
    fillFilters();
    refresh();
}

void ChartsPanel::onChanged(const Change &change)
{
    if (change.touches(Entity::Organization) || change.touches(Entity::KeyArea)
        || change.touches(Entity::ReportingPeriod) || change.touches(Entity::Plan))
        fillFilters();
    refresh();
}

QString ChartsPanel::currentChartId() const
{
    const QListWidgetItem *item = m_charts->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ChartsPanel::fileStem(const QString &chartId)
{
    //: File names suggested for an exported chart: lower case, words joined by hyphens, no colon or slash.
    if (chartId == QLatin1String("measures-by-area"))
        return tr("measures-by-area");
    if (chartId == QLatin1String("measures-progress"))
        return tr("measures-progress");
    if (chartId == QLatin1String("project-health-cost"))
        return tr("project-health-cost");
    if (chartId == QLatin1String("project-health-schedule"))
        return tr("project-health-schedule");
    if (chartId == QLatin1String("health-trend"))
        return tr("health-trend");
    if (chartId == QLatin1String("workforce-by-specialty"))
        return tr("workforce-by-specialty");
    if (chartId == QLatin1String("envelopes-by-organization"))
        return tr("envelopes-by-organization");
    if (chartId == QLatin1String("envelopes-by-year"))
        return tr("envelopes-by-year");
    return chartId;
}

void ChartsPanel::setCurrentChart(const QString &id)
{
    for (int i = 0; i < m_charts->count(); ++i) {
        if (m_charts->item(i)->data(Qt::UserRole).toString() == id)
            m_charts->setCurrentRow(i);
    }
}

ChartFilter ChartsPanel::filter() const
{
    ChartFilter f;
    f.organizationId = currentId(m_organization);
    f.keyAreaId = currentId(m_keyArea);
    f.periodId = currentId(m_period);
    return f;
}

ChartRequest ChartsPanel::request() const
{
    ChartRequest r;
    r.chartId = currentChartId();
    r.filter = filter();
    r.language = Language::current();
    return r;
}

void ChartsPanel::setKeyAreaFilter(RowId id)
{
    selectData(m_keyArea, id);
}

void ChartsPanel::setPeriodFilter(RowId id)
{
    selectData(m_period, id);
}

void ChartsPanel::updateButtons()
{
    // A chart of a portfolio this program no longer reads faithfully (Document::isOutdated) is shown as
    // it was drawn, with the banner's warning, but not exported nor copied out of the window.
    const bool usable = m_file && !currentChartId().isEmpty() && !m_document->isOutdated();
    m_export->setEnabled(usable);
    m_copy->setEnabled(usable);
    // A copy limited to one organization cannot freeze a period (periods are the whole portfolio's):
    // shown so, with why in the tooltip, before anyone types a label (the commit refuses it: CopyScope).
    const bool writable = m_document && !m_document->isReadOnly();
    const QString limitedTo = writable ? m_document->editor()->limitedTo() : QString();
    m_freeze->setEnabled(writable && limitedTo.isEmpty());
    m_freeze->setToolTip(limitedTo.isEmpty() ? tr("Save the current values as a named reporting period.")
                                             : tr("This copy is limited to the organization %1: reporting periods belong to "
                                                  "the whole portfolio and are frozen in the file the copy came from.")
                                                   .arg(limitedTo));
}

void ChartsPanel::refresh()
{
    m_stale = m_deferWhileHidden && !isVisible();
    if (m_stale)
        return;
    const bool usable = m_file && !currentChartId().isEmpty();
    updateButtons();
    if (!usable) {
        m_task->cancel();
        m_view->setData(ChartData(), QLocale());
        return;
    }
    m_task->cancel();
    if (!BackgroundTask::isLarge(m_file->path())) {
        ChartData data;
        QLocale locale;
        QString error;
        const bool built = ChartRenderer::build(*m_file, request(), &data, &locale, &error);
        showChart(data, locale, error, built);
        return;
    }
    struct Result
    {
        ChartData data;
        QLocale locale;
        QString error;
        bool built = false;
    };
    auto result = std::make_shared<Result>();
    const QString path = m_file->path();
    const ChartRequest r = request(); // in the current language: the worker switches none
    m_task->startReading(
        path, [r, result](const PortfolioFile &file) {
            *result = Result();
            result->built = ChartRenderer::build(file, r, &result->data, &result->locale, &result->error); },
        [this, result](const QString &openError) {
            if (!openError.isEmpty())
                result->error = openError;
            showChart(result->data, result->locale, result->error, result->built);
        });
}

bool ChartsPanel::isComputing() const
{
    return m_task->isBusy();
}

void ChartsPanel::showChart(const ChartData &built, const QLocale &locale, const QString &error, bool ok)
{
    ChartData data = built;
    if (!ok) {
        m_error->setText(error);
        m_error->show();
        data = ChartData();
        data.emptyText = error;
    } else {
        m_error->hide();
    }
    m_view->setData(data, locale);
}

void ChartsPanel::fillCharts()
{
    const QString current = currentChartId();
    const QSignalBlocker blocker(m_charts);
    m_charts->clear();
    for (const QString &id : ChartDataBuilder::chartIds()) {
        auto *item = new QListWidgetItem(ChartDataBuilder::title(id), m_charts);
        item->setData(Qt::UserRole, id);
        item->setToolTip(ChartDataBuilder::description(id));
    }
    m_charts->setCurrentRow(0);
    if (!current.isEmpty())
        setCurrentChart(current);
}

void ChartsPanel::fillFilters()
{
    const ChartFilter before = filter();
    m_filling = true;
    const QString language = Language::current();
    for (QComboBox *box : { m_organization, m_keyArea, m_period })
        box->clear();
    m_organization->addItem(tr("All organizations"), RowId(0));
    m_keyArea->addItem(tr("All key areas"), RowId(0));
    m_period->addItem(tr("Current values"), RowId(0));
    if (m_file) {
        for (const FilterChoice &c : ChartDataBuilder::organizations(*m_file, language))
            m_organization->addItem(c.label, c.id);
        for (const FilterChoice &c : ChartDataBuilder::keyAreas(*m_file, language))
            m_keyArea->addItem(c.label, c.id);
        const QList<ReportingPeriod> periods = Periods::list(*m_file);
        for (auto it = periods.crbegin(); it != periods.crend(); ++it) // latest first
            m_period->addItem(Periods::displayLabel(*it, language), it->id); // août 2016 in French
    }
    selectData(m_organization, before.organizationId);
    selectData(m_keyArea, before.keyAreaId);
    selectData(m_period, before.periodId);
    m_filling = false;
}

bool ChartsPanel::freezePeriod(const QString &label, const QDate &asOf, QString *error, const QString &labelFr)
{
    if (!m_document) {
        if (error)
            *error = tr("No portfolio is open.");
        return false;
    }
    const EditResult r = m_document->editor()->freezePeriodResult(label, asOf, labelFr);
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

void ChartsPanel::freezePeriodInteractively()
{
    if (!m_file)
        return;
    FreezePeriodDialog dialog(*m_file, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A refusal is reported by the edit facade, like every edit's.
    freezePeriod(dialog.label(), dialog.asOf(), nullptr, dialog.labelFr());
}

void ChartsPanel::exportInteractively()
{
    if (!m_file || currentChartId().isEmpty())
        return;
    const QString suggested = QDir(m_file->folder())
                                  .filePath(QStringLiteral("%1.png").arg(fileStem(currentChartId())));
    ChartExportDialog dialog(suggested, this, &m_view->data());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_view->exportTo(dialog.path(), dialog.pixels(), dialog.dpi(), &error))
        QMessageBox::warning(this, tr("Export the chart"), error);
    else
        Q_EMIT exported(dialog.path());
}

bool ChartsPanel::canPrint() const
{
    return m_file && !currentChartId().isEmpty();
}

void ChartsPanel::printTo(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return;
    // The chart fills the page's width at its published proportions (1600 × 1000).
    const QRectF page(QPointF(0, 0), QSizeF(device->width(), device->height()));
    const QSizeF size = QSizeF(ChartRenderer::defaultSize()).scaled(page.size(), Qt::KeepAspectRatio);
    ChartRenderer::paint(&painter, QRectF(page.topLeft(), size), m_view->data(), m_view->locale());
    painter.end();
}

void ChartsPanel::copyToClipboard()
{
    if (!m_file || currentChartId().isEmpty())
        return;
    m_view->copyToClipboard();
    Q_EMIT copied();
}

void ChartsPanel::retranslate()
{
    setWindowTitle(tr("Charts")); // the main window's navigation label
    m_charts->setAccessibleName(tr("Charts"));
    m_charts->setAccessibleDescription(tr("The charts Vigie draws from the portfolio; the one chosen is shown beside."));
    m_charts->setWhatsThis(tr("Choose a chart. The organization, key area and period above the chart apply to every "
                              "chart; Export writes it as PNG, SVG or PDF exactly as shown."));
    m_organization->setAccessibleName(tr("Organization shown on the chart"));
    m_keyArea->setAccessibleName(tr("Key area shown on the chart"));
    m_period->setAccessibleName(tr("Reporting period shown on the chart"));
    m_freeze->setWhatsThis(tr("Copies the current colours, budgets and statuses into a named reporting period, for "
                              "charts of that period and trends. Undo takes it back."));
    m_export->setAccessibleName(tr("Export the chart"));
    m_copy->setAccessibleName(tr("Copy the chart"));
    m_organizationLabel->setText(tr("&Organization:"));
    m_keyAreaLabel->setText(tr("&Key area:"));
    m_periodLabel->setText(tr("&Period:"));
    m_freeze->setText(tr("&Freeze period…"));
    m_export->setText(tr("&Export…"));
    m_copy->setText(tr("&Copy"));
    fillCharts();
    updateButtons(); // the tooltips
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillFilters();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace Vigie
