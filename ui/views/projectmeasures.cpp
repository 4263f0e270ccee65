#include "projectmeasures.h"

#include "analysis/strategychecks.h"
#include "commands/editor.h"
#include "document/document.h"
#include "model/measurestatus.h"
#include "models/lookup.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTreeWidget>

#include <algorithm>

namespace Vigie {

namespace {

constexpr int kChoiceTextRole = Qt::UserRole + 1;

// The list of measures to choose from shows each with its title ("Measure 9: Publish the benefits…");
// the closed box shows the measure's reference only ("Measure 9"), which it never cuts, its title in the
// tooltip.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString text = index.data(kChoiceTextRole).toString();
        if (!text.isEmpty())
            option->text = text;
    }
};

} // namespace

ProjectMeasures::ProjectMeasures(QWidget *parent)
    : LinksBox(3, 3, parent)
    , m_measure(new QComboBox(this))
{
    setObjectName(QStringLiteral("projectMeasures"));
    setChooser(m_measure);
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_measure->setMinimumContentsLength(8);
    m_measure->setItemDelegate(new ChoiceDelegate(m_measure));
    m_measure->view()->setTextElideMode(Qt::ElideRight);
    connect(m_measure, &QComboBox::currentIndexChanged, this,
            [this] { m_measure->setToolTip(m_measure->currentData(Qt::ToolTipRole).toString()); });
    retranslateUi();
}

bool ProjectMeasures::concerns(const Change &change) const
{
    return change.touches(Entity::ProjectMeasure) || change.touches(Entity::Measure) || change.touches(Entity::KeyArea)
        || change.touches(Entity::Plan) || change.touches(Entity::Project);
}

void ProjectMeasures::refresh()
{
    const QString chosen = m_measure->currentData().toString();
    m_list->clear();
    m_measure->clear();
    const PortfolioFile *file = m_document ? m_document->file() : nullptr;
    const RowId project = file && !m_uuid.isEmpty() ? file->rowId(Entity::Project, m_uuid) : 0;
    const bool canLink = project && writable();
    m_measure->setEnabled(canLink);
    m_link->setEnabled(false);
    m_unlink->setEnabled(false);
    if (!project)
        return;
    // A measure is named by its number, after its plan's code when the strategy has several plans (two
    // plans may both have a measure 9), as the charts and the briefing name it.
    QHash<RowId, QString> planOfArea;
    QSet<QString> plans;
    for (const KeyArea &a : Repository::keyAreas(*file)) {
        planOfArea.insert(a.id, a.planCode);
        plans.insert(a.planCode);
    }
    const bool severalPlans = plans.size() > 1;
    const auto reference = [&](const Measure &m) {
        return severalPlans ? tr("%1 · Measure %2").arg(planOfArea.value(m.keyAreaId)).arg(m.number)
                            : tr("Measure %1").arg(m.number);
    };
    QList<Measure> measures = Repository::measures(*file);
    std::stable_sort(measures.begin(), measures.end(), [&](const Measure &a, const Measure &b) {
        const QString pa = planOfArea.value(a.keyAreaId), pb = planOfArea.value(b.keyAreaId);
        return pa != pb ? pa < pb : a.number < b.number;
    });
    const QList<RowId> served = StrategyLinks::measuresOfProject(*file, project);
    for (const Measure &m : std::as_const(measures)) {
        const QString title = Lookup::display(m.title);
        if (served.contains(m.id)) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setData(0, Qt::UserRole, m.uuid);
            item->setText(0, reference(m));
            item->setText(1, title);
            item->setToolTip(1, title);
            item->setText(2, MeasureStatusText::label(m.status));
        } else {
            // The measures it does not serve yet are the ones to choose from.
            m_measure->addItem(reference(m), m.uuid);
            const int at = m_measure->count() - 1;
            m_measure->setItemData(at, tr("%1: %2").arg(reference(m), title), kChoiceTextRole);
            m_measure->setItemData(at, title, Qt::ToolTipRole);
        }
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(2);
    if (const int again = m_measure->findData(chosen); again >= 0)
        m_measure->setCurrentIndex(again);
    m_measure->setToolTip(m_measure->currentData(Qt::ToolTipRole).toString());
    // The list of choices as wide as the titles need, within the window (then cut at the end).
    QAbstractItemView *choices = m_measure->view();
    const int wanted = choices->sizeHintForColumn(0) + choices->verticalScrollBar()->sizeHint().width() + 2 * choices->frameWidth();
    choices->setMinimumWidth(std::min(wanted, window()->width() * 3 / 4));
    m_measure->setEnabled(canLink && m_measure->count() > 0);
    m_link->setEnabled(canLink && m_measure->count() > 0);
}

void ProjectMeasures::link()
{
    const QString measure = m_measure->currentData().toString();
    if (!m_document || m_uuid.isEmpty() || measure.isEmpty())
        return;
    m_document->editor()->linkProjectToMeasure(m_uuid, measure);
}

void ProjectMeasures::unlink()
{
    const QString measure = selectedUuid();
    if (m_document && !m_uuid.isEmpty() && !measure.isEmpty())
        m_document->editor()->unlinkProjectFromMeasure(m_uuid, measure);
}

void ProjectMeasures::retranslateUi()
{
    setTitle(tr("Measures this project serves"));
    m_list->setHeaderLabels({ tr("Measure"), tr("Title"), tr("Status") });
    m_list->setAccessibleName(tr("Measures this project serves"));
    m_measure->setAccessibleName(tr("Measure to link"));
    m_link->setText(tr("&Link"));
    m_link->setToolTip(tr("Records that the project serves the measure chosen (undoable)."));
    m_unlink->setText(tr("&Unlink"));
    refresh();
}

} // namespace Vigie
