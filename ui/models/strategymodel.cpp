#include "strategymodel.h"

#include "analysis/strategychecks.h"
#include "analysis/chartdata.h"
#include "commands/editor.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "i18n/language.h"
#include "models/modelroles.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

#include <memory>
#include <optional>

namespace Vigie {

namespace {
// internalId: the level in the top bits, the parent's position below.
constexpr quintptr kLevelShift = 24;
quintptr makeId(StrategyModel::Level level, int parentPos)
{
    return (quintptr(level) << kLevelShift) | quintptr(parentPos);
}
StrategyModel::Level levelOf(quintptr id)
{
    return StrategyModel::Level(id >> kLevelShift);
}
int parentPosOf(quintptr id)
{
    return int(id & ((quintptr(1) << kLevelShift) - 1));
}

QVariantList statusChoices()
{
    QVariantList list;
    for (MeasureStatus s : allMeasureStatuses)
        list << QVariantMap { { QStringLiteral("label"), MeasureStatusText::label(s) }, { QStringLiteral("value"), int(s) } };
    return list;
}
} // namespace

StrategyModel::StrategyModel(Document *document)
    : QAbstractItemModel(document)
    , m_file(document->file())
    , m_editor(document->editor())
    , m_task(new BackgroundTask(this))
{
    // Chosen once, as ProjectModel does: a file does not move between the two ways while it is open.
    m_background = m_file && BackgroundTask::isLarge(m_file->path());
    connect(document, &Document::changed, this, &StrategyModel::onChanged);
    reload();
}

QString StrategyModel::searchKey(const Lookup &lookup, const Measure &m)
{
    QString key = QString::number(m.number) + QLatin1Char('\n') + m.title.en + QLatin1Char('\n') + m.title.fr;
    if (const Vigie::Organization *o = lookup.organization(m.ownerId))
        key += QLatin1Char('\n') + o->code + QLatin1Char('\n') + o->name.en + QLatin1Char('\n') + o->name.fr;
    return key.toLower();
}

StrategyModel::Contents StrategyModel::read(const PortfolioFile &file)
{
    Contents c;
    c.stale = Staleness::reference(file);
    c.lookup.load(file);
    c.projectCounts = StrategyLinks::projectCountsByMeasure(file);
    QHash<RowId, int> planPos, areaPos;
    for (const Plan &p : Repository::plans(file)) {
        planPos.insert(p.id, int(c.plans.size()));
        c.plans.append(PlanNode { p, {} });
    }
    for (const KeyArea &a : Repository::keyAreas(file)) {
        const int plan = planPos.value(a.planId, -1);
        if (plan < 0)
            continue;
        areaPos.insert(a.id, int(c.areas.size()));
        c.areaPlan.append(plan);
        c.areaRow.append(int(c.plans[plan].areas.size()));
        c.plans[plan].areas.append(int(c.areas.size()));
        c.areas.append(a);
        c.areaMeasures.append(QVector<int>());
    }
    for (const Measure &m : Repository::measures(file)) {
        const int area = areaPos.value(m.keyAreaId, -1);
        if (area < 0)
            continue;
        c.measureRow.append(int(c.areaMeasures[area].size()));
        c.areaMeasures[area].append(int(c.measures.size()));
        c.measures.append(MeasureNode { m, searchKey(c.lookup, m), area });
    }
    return c;
}

void StrategyModel::reload()
{
    m_task->cancel();
    if (!m_file) {
        apply(Contents());
        return;
    }
    if (!m_background) {
        apply(read(*m_file));
        return;
    }
    // The worker reads through its own connection; the views keep the rows they show until the answer
    // replaces them in one reset (no empty tree in between). A newer reload supersedes this one.
    auto result = std::make_shared<std::optional<Contents>>();
    const QString path = m_file->path();
    m_task->startReading(
        path, [result](const PortfolioFile &file) { *result = read(file); },
        [this, result](const QString &) {
            if (*result)
                apply(std::move(**result));
        });
}

bool StrategyModel::isLoading() const
{
    return m_task->isBusy();
}

void StrategyModel::apply(Contents c)
{
    beginResetModel();
    m_stale = std::move(c.stale);
    m_lookup = std::move(c.lookup);
    m_plans = std::move(c.plans);
    m_areas = std::move(c.areas);
    m_areaPlan = std::move(c.areaPlan);
    m_areaRow = std::move(c.areaRow);
    m_areaMeasures = std::move(c.areaMeasures);
    m_measures = std::move(c.measures);
    m_measureRow = std::move(c.measureRow);
    m_projectCounts = std::move(c.projectCounts);
    endResetModel();
}

StrategyModel::Level StrategyModel::level(const QModelIndex &index) const
{
    return index.isValid() ? levelOf(index.internalId()) : PlanLevel;
}

const Measure *StrategyModel::measure(const QModelIndex &index) const
{
    if (!index.isValid() || level(index) != MeasureLevel)
        return nullptr;
    return &m_measures.at(m_areaMeasures.at(parentPosOf(index.internalId())).at(index.row())).measure;
}

QModelIndex StrategyModel::indexOfMeasure(const QString &uuid, int column) const
{
    for (int i = 0; i < m_measures.size(); ++i) {
        if (m_measures.at(i).measure.uuid == uuid)
            return createIndex(m_measureRow.at(i), column, makeId(MeasureLevel, m_measures.at(i).area));
    }
    return {};
}

QModelIndex StrategyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, makeId(PlanLevel, 0));
    switch (level(parent)) {
    case PlanLevel: return createIndex(row, column, makeId(AreaLevel, parent.row()));
    case AreaLevel: return createIndex(row, column, makeId(MeasureLevel, m_plans.at(parentPosOf(parent.internalId())).areas.at(parent.row())));
    case MeasureLevel: break;
    }
    return {};
}

QModelIndex StrategyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    switch (levelOf(id)) {
    case PlanLevel: return {};
    case AreaLevel: return createIndex(parentPosOf(id), 0, makeId(PlanLevel, 0));
    case MeasureLevel: {
        const int area = parentPosOf(id);
        return createIndex(m_areaRow.at(area), 0, makeId(AreaLevel, m_areaPlan.at(area)));
    }
    }
    return {};
}

int StrategyModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plans.size());
    if (parent.column() != 0)
        return 0;
    switch (level(parent)) {
    case PlanLevel: return int(m_plans.at(parent.row()).areas.size());
    case AreaLevel: return int(m_areaMeasures.at(m_plans.at(parentPosOf(parent.internalId())).areas.at(parent.row())).size());
    case MeasureLevel: break;
    }
    return 0;
}

int StrategyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString StrategyModel::columnLabel(int column)
{
    switch (column) {
    case Title: return tr("Measure");
    case Owner: return tr("Owner");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case Percent: return tr("% complete");
    case Comment: return tr("Comment");
    case Updated: return tr("Last updated");
    default: return QString();
    }
}

QVariant StrategyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return columnLabel(section);
    if (orientation == Qt::Horizontal && role == Roles::ScreenOnlyRole)
        return section == Updated;
    return QAbstractItemModel::headerData(section, orientation, role);
}

QVariant StrategyModel::areaData(int area, int column, int role) const
{
    const KeyArea &a = m_areas.at(area);
    int done = 0;
    for (int m : m_areaMeasures.at(area))
        done += m_measures.at(m).measure.status == MeasureStatus::Completed;
    const int total = int(m_areaMeasures.at(area).size());
    if (role == Qt::DisplayRole && column == Title)
        return tr("Key area %1: %2").arg(a.number).arg(Lookup::display(a.title));
    if ((role == Qt::DisplayRole || role == Roles::SortRole) && column == Status)
        return role == Roles::SortRole ? QVariant(done) : QVariant(tr("%n of %1 completed", nullptr, done).arg(QLocale().toString(total)));
    if (role == Roles::SortRole && column == Title)
        return a.number;
    if (role == Qt::ToolTipRole || role == Roles::FallbackRole) {
        bool fb = false;
        Lookup::display(a.title, &fb);
        return role == Roles::FallbackRole ? QVariant(fb) : Lookup::fallbackTip(fb);
    }
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant StrategyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int c = index.column();
    switch (level(index)) {
    case PlanLevel: {
        const Plan &p = m_plans.at(index.row()).plan;
        if ((role == Qt::DisplayRole || role == Roles::SortRole) && c == Title)
            return Lookup::display(p.title).isEmpty() ? p.code : Lookup::display(p.title);
        if (role == Qt::DisplayRole && c == Due)
            return QLocale().toString(p.end, QLocale::ShortFormat);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return role == Roles::UuidRole ? QVariant(p.uuid) : QVariant();
    }
    case AreaLevel:
        if (role == Roles::UuidRole)
            return m_areas.at(m_plans.at(parentPosOf(index.internalId())).areas.at(index.row())).uuid;
        return areaData(m_plans.at(parentPosOf(index.internalId())).areas.at(index.row()), c, role);
    case MeasureLevel: break;
    }
    const Measure &m = *measure(index);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Title: return tr("%1. %2").arg(m.number).arg(Lookup::display(m.title));
        case Owner: return m_lookup.organizationCode(m.ownerId);
        case Due: return locale.toString(m.due, QLocale::ShortFormat);
        case Status: return MeasureStatusText::label(m.status);
        case Percent: return formatPercent(m.percentComplete, locale, 0);
        case Comment: return Lookup::display(m.commentText());
        case Updated: return Staleness::touchedText(m.touched, locale);
        }
        return {};
    case Qt::EditRole:
        switch (c) {
        case Status: return int(m.status);
        case Percent: return m.percentComplete;
        case Comment: // the comment in the language shown (the other one stays)
            return Language::current() == QLatin1String("fr") ? m.commentFr : m.comment;
        default: return data(index, Qt::DisplayRole);
        }
    case Roles::SortRole:
        switch (c) {
        case Title: return m.number;
        case Due: return m.due;
        case Status: return int(m.status);
        case Percent: return m.percentComplete;
        case Updated: return m.touched.isValid() ? m.touched.toMSecsSinceEpoch() : qint64(-1);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (m_stale.isStale(m)) // stale: greyed, the date says since when
            return QGuiApplication::palette().color(QPalette::Active, QPalette::PlaceholderText);
        return {};
    case Roles::ChoicesRole:
        return c == Status ? QVariant(statusChoices()) : QVariant();
    case Roles::UuidRole:
        return m.uuid;
    case Roles::FlagsRole:
        return int(MeasureChecks::flags(m, asOf(), projectCount(m.id)));
    case Qt::DecorationRole:
        // A flagged measure shows a warning sign by its status; the tooltip says why.
        if (c == Status && MeasureChecks::flags(m, asOf(), projectCount(m.id)) != NoMeasureFlag)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
    case Roles::FallbackRole: {
        if (c == Status && role == Qt::ToolTipRole) {
            const QStringList why = MeasureChecks::describe(m, MeasureChecks::flags(m, asOf(), projectCount(m.id)), locale);
            return why.isEmpty() ? QVariant() : QVariant(why.join(QLatin1Char('\n')));
        }
        if (c == Owner)
            return role == Qt::ToolTipRole ? QVariant(m_lookup.organizationName(m.ownerId)) : QVariant();
        if (role == Qt::ToolTipRole && (c == Updated || (c == Title && m_stale.isStale(m)))) {
            const QString stale = Staleness::staleText(m.touched, m_stale, locale);
            return stale.isEmpty() ? QVariant() : QVariant(stale);
        }
        if (c != Title && c != Comment)
            return {};
        bool fb = false;
        Lookup::display(c == Title ? m.title : m.commentText(), &fb);
        return role == Roles::FallbackRole ? QVariant(fb) : Lookup::fallbackTip(fb);
    }
    case Qt::TextAlignmentRole:
        return c == Percent ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags StrategyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (level(index) == MeasureLevel && m_editor && !m_editor->isReadOnly()
        && (index.column() == Status || index.column() == Percent || index.column() == Comment))
        f |= Qt::ItemIsEditable;
    return f;
}

bool StrategyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Measure *m = measure(index);
    if (role != Qt::EditRole || !m || !m_editor)
        return false;
    MeasureState to { m->status, m->percentComplete, m->comment, m->commentFr };
    switch (index.column()) {
    case Status: to.status = MeasureStatus(value.toInt()); break;
    case Percent: to.percentComplete = std::clamp(value.toDouble(), 0.0, 100.0); break;
    case Comment: (Language::current() == QLatin1String("fr") ? to.commentFr : to.comment) = value.toString(); break;
    default: return false;
    }
    return m_editor->setMeasureState(m->uuid, to, m->number);
}

bool StrategyModel::rowMatches(int row, const QModelIndex &parent, const RowFilter &f) const
{
    if (level(parent) != AreaLevel || !parent.isValid())
        return false; // plans and areas show when one of their measures matches
    const int area = m_plans.at(parentPosOf(parent.internalId())).areas.at(parent.row());
    const MeasureNode &n = m_measures.at(m_areaMeasures.at(area).at(row));
    if (f.organizationId && n.measure.ownerId != f.organizationId)
        return false;
    if (f.keyAreaId && n.measure.keyAreaId != f.keyAreaId)
        return false;
    if (f.status >= 0 && int(n.measure.status) != f.status)
        return false;
    if (f.missingTranslation && n.measure.title.isComplete())
        return false;
    if (f.flag == int(RowFlag::Stale) && !m_stale.isStale(n.measure))
        return false;
    const unsigned checked = f.flag == int(RowFlag::Inconsistent) ? unsigned(InconsistentFlag)
        : f.flag == int(RowFlag::Overdue)                         ? unsigned(OverdueFlag)
        : f.flag == int(RowFlag::NoProject)                       ? unsigned(NoProjectFlag)
                                                                  : 0u;
    if (checked && !(MeasureChecks::flags(n.measure, asOf(), projectCount(n.measure.id)) & checked))
        return false;
    return f.text.isEmpty() || n.searchKey.contains(f.text);
}

void StrategyModel::setAsOf(const QDate &date)
{
    m_asOf = date;
    reload(); // every measure's flags may change

}

int StrategyModel::staleCount() const
{
    int n = 0;
    for (const MeasureNode &node : m_measures)
        n += m_stale.isStale(node.measure) ? 1 : 0;
    return n;
}

void StrategyModel::onChanged(const Change &change)
{
    if (change.touches(Entity::ReportingPeriod) || change.touches(Entity::Plan) || change.touches(Entity::KeyArea) || change.touches(Entity::Organization)
        || change.needsReload(Entity::Measure) || change.touches(Entity::ProjectMeasure) || isLoading()) {
        // A reload under way may have read the file before this change: it is asked again.
        reload();
        return;
    }
    for (const QString &uuid : change.modified(Entity::Measure)) {
        const QModelIndex first = indexOfMeasure(uuid);
        const std::optional<Measure> fresh = Repository::measure(*m_file, uuid);
        if (!first.isValid() || !fresh)
            continue;
        MeasureNode &n = m_measures[m_areaMeasures.at(parentPosOf(first.internalId())).at(first.row())];
        n.measure = *fresh;
        n.searchKey = searchKey(*fresh);
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        const QModelIndex area = first.parent();
        Q_EMIT dataChanged(area, area.siblingAtColumn(ColumnCount - 1));
    }
}

void StrategyModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Titles change language: a layout change is the cheapest way to refresh every level.
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

} // namespace Vigie
