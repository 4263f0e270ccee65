#include "workforcepage.h"
#include "views/optionalvalue.h"

#include "analysis/chartdata.h"
#include "analysis/workforcepivot.h"
#include "commands/editor.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "models/workforcemodel.h"
#include "models/workforcepivotmodel.h"
#include "views/filterbar.h"
#include "views/flowlayout.h"
#include "views/tablepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStackedWidget>
#include <QAbstractItemView>
#include <QVBoxLayout>

namespace Vigie {

namespace {
// A label and its field, kept together when the row wraps.
QWidget *pair(QWidget *parent, QLabel *label, QWidget *field)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(field);
    label->setBuddy(field);
    return w;
}
} // namespace

WorkforcePage::WorkforcePage(QWidget *parent)
    : QWidget(parent)
    , m_viewLabel(new QLabel(this))
    , m_view(new QComboBox(this))
    , m_surveyLabel(new QLabel(this))
    , m_survey(new QComboBox(this))
    , m_compareLabel(new QLabel(this))
    , m_compare(new QComboBox(this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_atRiskOnly(new QCheckBox(this))
    , m_stack(new QStackedWidget(this))
    , m_pivotPage(new TablePage(QStringLiteral("workforce-pivot"), this))
    , m_recordsPage(new TablePage(QStringLiteral("workforce"), this))
    , m_surveysTask(new BackgroundTask(this))
{
    m_view->setObjectName(QStringLiteral("workforceView"));
    m_survey->setObjectName(QStringLiteral("surveyChoice"));
    m_compare->setObjectName(QStringLiteral("compareChoice"));
    m_threshold->setObjectName(QStringLiteral("riskThreshold"));
    m_view->addItem(QString());
    m_view->addItem(QString());
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(0);
    m_threshold->setKeyboardTracking(false); // one edit when the value is entered, not one per digit
    for (QComboBox *box : { m_view, m_survey, m_compare })
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *tools = new QWidget(this);
    auto *toolLayout = new FlowLayout(tools);
    toolLayout->setContentsMargins(0, 0, 0, 0);
    toolLayout->addWidget(pair(tools, m_viewLabel, m_view));
    toolLayout->addWidget(pair(tools, m_surveyLabel, m_survey));
    toolLayout->addWidget(pair(tools, m_compareLabel, m_compare));
    toolLayout->addWidget(pair(tools, m_thresholdLabel, m_threshold));
    toolLayout->addWidget(m_atRiskOnly);

    m_stack->addWidget(m_pivotPage);
    m_stack->addWidget(m_recordsPage);
    m_pivotPage->setDefaultWidths({ 270, 70, 90, 90, 90, 90, 70, 95, 95, 110 });
    m_recordsPage->setDefaultWidths({ 380, 280, 100, 110, 110, 110 });
    m_pivotPage->setCountText([this](int shown, int total) {
        const int atRisk = m_pivot ? m_pivot->atRiskCount() : 0;
        // The totals row is not a specialty.
        return tr("%1 of %n specialties shown", nullptr, std::max(0, total - 1)).arg(std::max(0, shown - 1))
            + QStringLiteral(" · ") + tr("%n at risk", nullptr, atRisk);
    });
    m_recordsPage->setCountText([this](int shown, int total) {
        const QDate survey = m_document ? m_document->workforceModel()->survey() : QDate();
        return tr("%1 of %n records shown", nullptr, total).arg(shown) + QStringLiteral(" · ")
            + tr("survey of %1").arg(QLocale().toString(survey, QLocale::ShortFormat));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(tools);
    layout->addWidget(m_stack, 1);

    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_stack->setCurrentIndex(std::max(0, i));
        m_atRiskOnly->setEnabled(i == 0);
        Q_EMIT statusTextChanged(statusText());
    });
    for (QComboBox *box : { m_survey, m_compare })
        connect(box, &QComboBox::currentIndexChanged, this, &WorkforcePage::applyChoices);
    connect(m_atRiskOnly, &QCheckBox::toggled, this, &WorkforcePage::applyChoices);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_filling || !m_document || m_document->isReadOnly())
            return;
        if (!m_document->editor()->setExternalRiskThreshold(value))
            updateThreshold(); // refused: show the stored one again
    });
    connect(m_pivotPage->filterBar(), &FilterBar::filterChanged, this, [this](const RowFilter &f) {
        if (m_pivot)
            m_pivot->setOrganization(f.organizationId); // the pivot of one organization's staff
    });
    for (TablePage *page : { m_pivotPage, m_recordsPage })
        connect(page, &TablePage::statusTextChanged, this, [this] { Q_EMIT statusTextChanged(statusText()); });
    retranslateUi();
    setDocument(nullptr);
}

void WorkforcePage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_pivotPage->setModel(nullptr);
    m_recordsPage->setModel(nullptr);
    delete m_pivot;
    m_pivot = nullptr;
    m_document = document;
    if (document) {
        m_pivot = new WorkforcePivotModel(document);
        // A large file's pivot arrives from a worker thread after the choices are applied.
        connect(m_pivot, &QAbstractItemModel::modelReset, this, &WorkforcePage::showPivotColumns);
        connect(document, &Document::changed, this, &WorkforcePage::onChanged);
        connect(document, &Document::readOnlyChanged, this,
                [this] { m_threshold->setEnabled(m_document && !m_document->isReadOnly()); });
        m_pivotPage->setModel(m_pivot);
        m_recordsPage->setModel(document->workforceModel());
        m_pivotPage->sortByColumn(WorkforcePivotModel::Total, Qt::DescendingOrder);
    }
    for (TablePage *page : { m_pivotPage, m_recordsPage })
        page->filterBar()->clear();
    m_threshold->setEnabled(document && !document->isReadOnly());
    showSurveys({}); // not the previous file's while this one's are read
    fillSurveys();
    updateThreshold();
    applyChoices();
}

void WorkforcePage::onChanged(const Change &change)
{
    if (change.touches(Entity::Workforce))
        fillSurveys();
    if (change.touches(Entity::Portfolio))
        updateThreshold();
}

void WorkforcePage::fillSurveys()
{
    m_surveysTask->cancel();
    if (!m_document) {
        showSurveys({});
        return;
    }
    if (!BackgroundTask::isLarge(m_document->path())) {
        showSurveys(WorkforceAnalysis::surveys(*m_document->file()));
        return;
    }
    auto surveys = std::make_shared<QList<QDate>>();
    m_surveysTask->startReading(
        m_document->path(), [surveys](const PortfolioFile &file) { *surveys = WorkforceAnalysis::surveys(file); },
        [this, surveys](const QString &) { showSurveys(*surveys); });
}

void WorkforcePage::showSurvey(const QDate &survey)
{
    m_wantedSurvey = survey;
    if (const int i = m_survey->findData(survey); i >= 0) {
        m_wantedSurvey = QDate();
        m_survey->setCurrentIndex(i);
    }
}

void WorkforcePage::showSurveys(const QList<QDate> &surveys)
{
    const QVariant survey = m_wantedSurvey.isValid() && surveys.contains(m_wantedSurvey) ? QVariant(m_wantedSurvey)
                                                                                         : m_survey->currentData();
    const bool wanted = m_wantedSurvey.isValid() && surveys.contains(m_wantedSurvey);
    if (wanted)
        m_wantedSurvey = QDate();
    const QVariant compare = m_compare->currentData();
    m_filling = true;
    {
        const QSignalBlocker b1(m_survey);
        const QSignalBlocker b2(m_compare);
        m_survey->clear();
        m_compare->clear();
        m_compare->addItem(tr("No comparison"));
        const QLocale locale;
        for (const QDate &d : surveys) {
            m_survey->addItem(locale.toString(d, QLocale::LongFormat), d);
            m_compare->addItem(locale.toString(d, QLocale::LongFormat), d);
        }
        m_survey->setCurrentIndex(std::max(0, m_survey->findData(survey)));
        m_compare->setCurrentIndex(std::max(0, m_compare->findData(compare)));
        offerOtherSurveys();
    }
    m_filling = false;
    m_survey->setEnabled(m_survey->count() > 1);
    m_compare->setEnabled(m_compare->count() > 2);
    if (wanted)
        applyChoices();
}

void WorkforcePage::updateThreshold()
{
    m_filling = true;
    m_threshold->setValue(m_document ? WorkforceAnalysis::riskThreshold(*m_document->file()) : 50.0);
    m_filling = false;
    if (m_document)
        m_document->workforceModel()->setRiskThreshold(m_threshold->value());
}

void WorkforcePage::offerOtherSurveys()
{
    // A survey compared with itself shows no change: the one shown is not offered, and a comparison with
    // the survey just chosen to be shown is dropped.
    const QVariant shown = m_survey->currentData();
    if (auto *items = qobject_cast<QStandardItemModel *>(m_compare->model())) {
        for (int i = 1; i < m_compare->count(); ++i)
            items->item(i)->setEnabled(m_compare->itemData(i) != shown);
    }
    if (m_compare->currentIndex() > 0 && m_compare->currentData() == shown) {
        const QSignalBlocker blocker(m_compare);
        m_compare->setCurrentIndex(0);
    }
}

void WorkforcePage::applyChoices()
{
    if (m_filling || !m_document)
        return;
    offerOtherSurveys();
    const QDate survey = m_survey->currentData().toDate();
    const QDate compare = m_compare->currentData().toDate();
    m_pivot->setSurvey(survey);
    m_pivot->setCompareSurvey(compare);
    m_pivot->setAtRiskOnly(m_atRiskOnly->isChecked());
    m_document->workforceModel()->setSurvey(survey);
    showPivotColumns();
}

void WorkforcePage::showPivotColumns()
{
    if (!m_pivot)
        return;
    // The change columns only mean something with another survey to compare with.
    const bool compared = m_pivot->pivot().compareSurvey.isValid();
    for (int c = WorkforcePivotModel::ChangeInternal; c <= WorkforcePivotModel::ChangeShare; ++c)
        m_pivotPage->setColumnHidden(c, !compared);
    Q_EMIT statusTextChanged(statusText());
}

WorkforcePivotModel *WorkforcePage::pivotModel() const
{
    return m_pivot;
}

TablePage *WorkforcePage::currentTable() const
{
    return qobject_cast<TablePage *>(m_stack->currentWidget());
}

void WorkforcePage::setView(int view)
{
    m_view->setCurrentIndex(view);
}

QString WorkforcePage::statusText() const
{
    return currentTable()->statusText();
}

bool WorkforcePage::canPrint() const
{
    return currentTable()->canPrint();
}

void WorkforcePage::printTo(QPagedPaintDevice *device) const
{
    currentTable()->printTo(device);
}

void WorkforcePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WorkforcePage::retranslateUi()
{
    setWindowTitle(tr("Workforce"));
    m_viewLabel->setText(tr("&View:"));
    m_view->setItemText(0, tr("By specialty"));
    m_view->setItemText(1, tr("By organization and specialty"));
    m_view->setWhatsThis(tr("By specialty: internal and external FTEs of each specialty, with totals and the "
                            "specialties at risk. By organization and specialty: the survey's records, editable."));
    m_surveyLabel->setText(tr("&Survey:"));
    m_survey->setAccessibleName(tr("Survey shown"));
    m_compareLabel->setText(tr("Co&mpare with:"));
    m_compare->setAccessibleName(tr("Survey to compare with"));
    m_compare->setItemText(0, tr("No comparison"));
    m_thresholdLabel->setText(tr("At-risk &threshold:"));
    showPercent(m_threshold);
    m_threshold->setAccessibleName(tr("At-risk threshold, percent of external FTEs"));
    m_threshold->setToolTip(tr("A specialty whose external share is above this percentage is flagged at risk, "
                               "here, on the charts and in briefings. Stored in the portfolio; Undo takes it back."));
    m_threshold->setWhatsThis(m_threshold->toolTip());
    m_atRiskOnly->setText(tr("At risk &only"));
    m_pivotPage->setWindowTitle(tr("Workforce by specialty"));
    m_recordsPage->setWindowTitle(tr("Workforce by organization and specialty"));
    // Dates are written in the language's words.
    const QLocale locale;
    for (QComboBox *box : { m_survey, m_compare })
        for (int i = 0; i < box->count(); ++i)
            if (box->itemData(i).toDate().isValid())
                box->setItemText(i, locale.toString(box->itemData(i).toDate(), QLocale::LongFormat));
    if (m_pivot)
        m_pivot->retranslate();
}

} // namespace Vigie
