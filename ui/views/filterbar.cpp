#include "filterbar.h"

#include "models/lookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace Vigie {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_organization(new QComboBox(this))
    , m_keyArea(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_health(new QComboBox(this))
    , m_missing(new QCheckBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search, 3);
    for (QComboBox *combo : { m_organization, m_keyArea, m_status, m_health }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        layout->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    }
    layout->addWidget(m_missing);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitChanged);
    connect(m_missing, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    retranslateUi();
}

void FilterBar::setCapabilities(int c)
{
    m_organization->setVisible(c & FilterableModel::FilterOrganization);
    m_keyArea->setVisible(c & FilterableModel::FilterKeyArea);
    m_status->setVisible(c & FilterableModel::FilterStatus);
    m_health->setVisible(c & FilterableModel::FilterHealth);
    m_missing->setVisible(c & FilterableModel::FilterTranslation);
}

void FilterBar::setOrganizations(const QList<Organization> &organizations)
{
    m_organizations = organizations;
    retranslateUi();
}

void FilterBar::setKeyAreas(const QList<KeyArea> &areas)
{
    m_areas = areas;
    retranslateUi();
}

RowFilter FilterBar::filter() const
{
    RowFilter f;
    f.text = m_search->text();
    f.organizationId = m_organization->currentData().toLongLong();
    f.keyAreaId = m_keyArea->currentData().toLongLong();
    f.status = m_status->currentData().isValid() ? m_status->currentData().toInt() : -1;
    f.health = m_health->currentData().isValid() ? m_health->currentData().toInt() : -1;
    f.missingTranslation = m_missing->isChecked();
    return f;
}

void FilterBar::clear()
{
    m_search->clear();
    for (QComboBox *combo : { m_organization, m_keyArea, m_status, m_health })
        combo->setCurrentIndex(0);
    m_missing->setChecked(false);
}

void FilterBar::emitChanged()
{
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
    m_organization->setAccessibleName(tr("Organization filter"));
    m_keyArea->setAccessibleName(tr("Key area filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_health->setAccessibleName(tr("Colour filter"));
    m_missing->setText(tr("Missing translations"));
    m_missing->setToolTip(tr("Show only items whose name lacks its English or French version."));
    fillFixedChoices();
}

void FilterBar::fillFixedChoices()
{
    auto refill = [](QComboBox *combo, const QString &any, const QList<QPair<QString, QVariant>> &items) {
        const QSignalBlocker block(combo);
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(any);
        for (const auto &item : items)
            combo->addItem(item.first, item.second);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        if (!current.isValid())
            combo->setCurrentIndex(0);
    };
    QList<QPair<QString, QVariant>> orgs;
    for (const Organization &o : m_organizations)
        orgs.append({ QStringLiteral("%1 — %2").arg(o.code, Lookup::display(o.name)), o.id });
    refill(m_organization, tr("All organizations"), orgs);
    QList<QPair<QString, QVariant>> areas;
    for (const KeyArea &a : m_areas)
        areas.append({ tr("Key area %1: %2").arg(a.number).arg(Lookup::display(a.title)), a.id });
    refill(m_keyArea, tr("All key areas"), areas);
    QList<QPair<QString, QVariant>> statuses;
    for (MeasureStatus s : allMeasureStatuses)
        statuses.append({ MeasureStatusText::label(s), int(s) });
    refill(m_status, tr("All statuses"), statuses);
    QList<QPair<QString, QVariant>> colours;
    for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated })
        colours.append({ HealthText::label(h), int(h) });
    refill(m_health, tr("All colours"), colours);
}

} // namespace Vigie
