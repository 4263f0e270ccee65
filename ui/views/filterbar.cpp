#include "filterbar.h"

#include "models/lookup.h"
#include "views/flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QSignalBlocker>

namespace Vigie {

namespace {
void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_organization(new QComboBox(this))
    , m_keyArea(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_indicator(new QComboBox(this))
    , m_health(new QComboBox(this))
    , m_flag(new QComboBox(this))
    , m_missing(new QCheckBox(this))
{
    m_search->setObjectName(QStringLiteral("filterText"));
    m_organization->setObjectName(QStringLiteral("organizationFilter"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_health->setObjectName(QStringLiteral("colourFilter"));
    m_indicator->setObjectName(QStringLiteral("indicatorFilter"));
    m_flag->setObjectName(QStringLiteral("flagFilter"));
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 24);
    layout->addWidget(m_search, 1);
    for (QComboBox *combo : { m_organization, m_keyArea, m_status, m_state, m_indicator, m_health, m_flag }) {
        // Organizations and key areas have long names: they show the start of the longest. The other
        // lists are a few short words, shown whole in either language.
        if (combo == m_organization || combo == m_keyArea) {
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(18);
        } else {
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        }
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    }
    layout->addWidget(m_missing);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitChanged);
    connect(m_missing, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    setCapabilities(FilterableModel::FilterText);
    retranslateUi();
    selectData(m_state, int(ProjectState::Active));
}

void FilterBar::setCapabilities(int c)
{
    if (c != m_capabilities) {
        m_capabilities = c;
        fillFixedChoices(); // projects and measures offer different "Show" choices
    }
    m_organization->setVisible(c & FilterableModel::FilterOrganization);
    m_keyArea->setVisible(c & FilterableModel::FilterKeyArea);
    m_status->setVisible(c & FilterableModel::FilterStatus);
    m_state->setVisible(c & FilterableModel::FilterState);
    m_health->setVisible(c & FilterableModel::FilterHealth);
    m_indicator->setVisible(c & FilterableModel::FilterHealth);
    m_missing->setVisible(c & FilterableModel::FilterTranslation);
    m_flag->setVisible(c & FilterableModel::FilterFlags);
    emitChanged(); // a hidden filter no longer applies
}

void FilterBar::setChoices(const QList<Organization> &organizations, const QList<KeyArea> &areas)
{
    m_organizations = organizations;
    m_areas = areas;
    fillFixedChoices();
}

RowFilter FilterBar::filter() const
{
    RowFilter f;
    f.text = m_search->text();
    const auto shown = [](const QComboBox *combo) { return !combo->isHidden(); };
    f.organizationId = shown(m_organization) ? m_organization->currentData().toLongLong() : 0;
    f.keyAreaId = shown(m_keyArea) ? m_keyArea->currentData().toLongLong() : 0;
    f.status = shown(m_status) && m_status->currentData().isValid() ? m_status->currentData().toInt() : -1;
    f.state = shown(m_state) && m_state->currentData().isValid() ? m_state->currentData().toInt() : -1;
    f.health = shown(m_health) && m_health->currentData().isValid() ? m_health->currentData().toInt() : -1;
    f.indicator = m_indicator->currentData().isValid() ? m_indicator->currentData().toInt() : int(Indicator::Overall);
    f.missingTranslation = !m_missing->isHidden() && m_missing->isChecked();
    f.flag = shown(m_flag) ? m_flag->currentData().toInt() : 0;
    if (f.flag == int(RowFlag::Listed)) {
        f.ids = m_listed;
        f.listName = m_listName;
    }
    return f;
}

void FilterBar::setFilter(const RowFilter &f)
{
    {
        m_setting = true;
        if (f.flag == int(RowFlag::Listed)) {
            m_listed = f.ids;
            m_listName = f.listName;
            fillFixedChoices();
        }
        const QSignalBlocker block(m_search);
        m_search->setText(f.text);
        selectData(m_organization, f.organizationId ? QVariant(f.organizationId) : QVariant());
        selectData(m_keyArea, f.keyAreaId ? QVariant(f.keyAreaId) : QVariant());
        selectData(m_status, f.status >= 0 ? QVariant(f.status) : QVariant());
        selectData(m_state, f.state >= 0 ? QVariant(f.state) : QVariant());
        selectData(m_health, f.health >= 0 ? QVariant(f.health) : QVariant());
        selectData(m_indicator, f.indicator);
        m_missing->setChecked(f.missingTranslation);
        selectData(m_flag, f.flag);
        m_setting = false;
    }
    emitChanged();
}

void FilterBar::clear()
{
    m_listed.clear();
    m_listName.clear();
    fillFixedChoices();
    RowFilter f;
    f.state = int(ProjectState::Active);
    setFilter(f);
}

void FilterBar::emitChanged()
{
    if (!m_setting)
        Q_EMIT filterChanged(filter());
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Filter by code, name or organization…"));
    m_search->setAccessibleName(tr("Filter"));
    m_search->setWhatsThis(tr("Type part of a code or a name, in English or French, or an organization: the table "
                              "keeps the rows that match as you type. Ctrl+F comes back here."));
    m_organization->setAccessibleName(tr("Organization filter"));
    m_keyArea->setAccessibleName(tr("Key area filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_state->setAccessibleName(tr("Project state filter"));
    m_state->setWhatsThis(tr("Active projects are the ones the Overview counts; choose All states to see completed "
                             "and cancelled projects too."));
    m_indicator->setAccessibleName(tr("Indicator of the colour filter"));
    m_health->setAccessibleName(tr("Colour filter"));
    m_flag->setAccessibleName(tr("Show filter"));
    m_flag->setWhatsThis(tr("Keeps the projects whose declared colour differs from the one the health rule "
                            "computes, those declared greener than computed, or the stale items: not updated "
                            "(edited, imported or confirmed as still accurate) since the latest reporting period."));
    m_missing->setText(tr("Missing translations"));
    m_missing->setToolTip(tr("Show only items whose name lacks its English or French version."));
    fillFixedChoices();
}

void FilterBar::fillFixedChoices()
{
    auto refill = [](QComboBox *combo, const QString &any, const QList<QPair<QString, QVariant>> &items) {
        const QSignalBlocker block(combo);
        const QVariant current = combo->currentData();
        const bool hadChoice = combo->count() > 0;
        combo->clear();
        if (!any.isEmpty())
            combo->addItem(any);
        // In one insertion (hundreds of organizations in several bars: one signal each, not one a row).
        QStringList texts;
        texts.reserve(items.size());
        for (const auto &item : items)
            texts << item.first;
        const int first = combo->count();
        combo->insertItems(first, texts);
        for (int i = 0; i < items.size(); ++i)
            combo->setItemData(first + i, items.at(i).second);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        if (!current.isValid() && hadChoice)
            combo->setCurrentIndex(std::max(0, combo->findData(QVariant())));
    };
    QList<QPair<QString, QVariant>> orgs;
    for (const Organization &o : m_organizations)
        orgs.append({ QStringLiteral("%1 — %2").arg(o.code, Lookup::display(o.name)), o.id });
    refill(m_organization, tr("All organizations"), orgs);
    QList<QPair<QString, QVariant>> areas;
    const bool severalPlans = spansSeveralPlans(m_areas, &KeyArea::planCode);
    for (const KeyArea &a : m_areas)
        areas.append({ withPlanCode(tr("Key area %1: %2").arg(a.number).arg(Lookup::display(a.title)), a.planCode, severalPlans),
                       a.id });
    refill(m_keyArea, tr("All key areas"), areas);
    QList<QPair<QString, QVariant>> statuses;
    for (MeasureStatus s : allMeasureStatuses)
        statuses.append({ MeasureStatusText::label(s), int(s) });
    refill(m_status, tr("All statuses"), statuses);
    QList<QPair<QString, QVariant>> states;
    for (ProjectState s : { ProjectState::Active, ProjectState::Completed, ProjectState::Cancelled })
        states.append({ ProjectStateText::label(s), int(s) });
    refill(m_state, tr("All states"), states);
    QList<QPair<QString, QVariant>> indicators;
    for (Indicator i : { Indicator::Overall, Indicator::Cost, Indicator::Schedule })
        indicators.append({ HealthText::indicatorLabel(i), int(i) });
    refill(m_indicator, QString(), indicators);
    QList<QPair<QString, QVariant>> colours;
    for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated })
        colours.append({ HealthText::label(h), int(h) });
    refill(m_health, tr("All colours"), colours);
    // Projects (the table with colours) and measures; stale: not updated since the latest frozen period.
    QList<QPair<QString, QVariant>> flags;
    if (m_capabilities & FilterableModel::FilterHealth)
        flags = { { tr("All projects"), int(RowFlag::None) },
                  { tr("Declared differs from computed"), int(RowFlag::DeclaredDiffers) },
                  { tr("Declared greener than computed"), int(RowFlag::DeclaredGreener) },
                  { tr("Stale: not updated since the latest period"), int(RowFlag::Stale) },
                  { tr("Serving no measure"), int(RowFlag::NoMeasure) } };
    else
        flags = { { tr("All measures"), int(RowFlag::None) },
                  { tr("Stale: not updated since the latest period"), int(RowFlag::Stale) },
                  { tr("Status and percent in disagreement"), int(RowFlag::Inconsistent) },
                  { tr("Past due"), int(RowFlag::Overdue) },
                  { tr("Under way with no project"), int(RowFlag::NoProject) } };
    if (!m_listName.isEmpty()) // the list another page set (the Overview's movers), until cleared
        flags.append({ m_listName, int(RowFlag::Listed) });
    refill(m_flag, QString(), flags);
}

} // namespace Vigie
