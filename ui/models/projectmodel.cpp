#include "projectmodel.h"

#include "analysis/chartdata.h"
#include "analysis/strategychecks.h"
#include "analysis/summary.h"
#include "rules/healthrule.h"
#include "model/projecttext.h"
#include "document/backgroundtask.h"
#include "commands/editor.h"
#include "document/document.h"
#include "models/modelroles.h"
#include "models/projectmodelworker.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"

#include "i18n/language.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <optional>
#include <tuple>

namespace Vigie {

namespace {
QVariantList healthChoices()
{
    QVariantList list;
    list << QVariantMap { { QStringLiteral("label"), ProjectModel::tr("Not declared (computed)") },
                          { QStringLiteral("value"), int(Health::Unrated) } };
    for (Health h : { Health::Green, Health::Yellow, Health::Red })
        list << QVariantMap { { QStringLiteral("label"), HealthText::label(h) }, { QStringLiteral("value"), int(h) } };
    return list;
}

bool isIndicator(int column)
{
    return column == ProjectModel::Cost || column == ProjectModel::Schedule || column == ProjectModel::Overall;
}

// What the rule computes; overall: the worse of the computed cost and schedule colours (issue 14: never
// the declared ones, which Project::computedOverall() folds in for the effective colour).
Health computedOf(const Project &p, int column)
{
    return column == ProjectModel::Cost ? p.computedCost
        : column == ProjectModel::Schedule ? p.computedSchedule
                                           : worse(p.computedCost, p.computedSchedule);
}

// What the dashboards show: declared where set, else computed.
Health shownOf(const Project &p, int column)
{
    return column == ProjectModel::Cost ? p.effectiveCost()
        : column == ProjectModel::Schedule ? p.effectiveSchedule()
                                           : p.effectiveOverall();
}

Health declaredOf(const Project &p, int column)
{
    return column == ProjectModel::Cost ? p.declaredCost
        : column == ProjectModel::Schedule ? p.declaredSchedule
                                           : p.declaredOverall;
}

// A declared colour that says something else than the rule (overall: through a declared cost or
// schedule colour too): shown beside the computed one, never instead of it.
bool differs(const Project &p, int column)
{
    return shownOf(p, column) != computedOf(p, column);
}

// Cost and schedule variance in percent, against the latest baseline (a variance the source reported wins,
// as the rule reads it) or the original one (always computed: a reported variance knows only the latest).
std::optional<double> varianceOf(const Project &p, int column)
{
    switch (column) {
    case ProjectModel::CostVariance:
        return p.reportedCostVariance ? p.reportedCostVariance : HealthRule::costVariance(p.budget, p.forecastCost);
    case ProjectModel::CostVarianceOriginal:
        return HealthRule::costVariance(p.originalBudget > 0 ? p.originalBudget : p.budget, p.forecastCost);
    case ProjectModel::ScheduleVariance:
        return p.reportedScheduleVariance ? p.reportedScheduleVariance
                                          : HealthRule::scheduleVariance(p.plannedStart, p.plannedEnd, p.forecastEnd);
    case ProjectModel::ScheduleVarianceOriginal:
        return HealthRule::scheduleVariance(p.plannedStart, p.originalEnd.isValid() ? p.originalEnd : p.plannedEnd,
                                            p.forecastEnd);
    default: return std::nullopt;
    }
}

bool isVariance(int column)
{
    return column >= ProjectModel::CostVariance && column <= ProjectModel::ScheduleVarianceOriginal;
}

QString variancePercent(double v, const QLocale &locale)
{
    const QString text = formatPercent(v, locale, 1);
    return v > 0 ? QStringLiteral("+") + text : text;
}

Field declaredField(int column)
{
    switch (column) {
    case ProjectModel::Cost: return Field::DeclaredCost;
    case ProjectModel::Schedule: return Field::DeclaredSchedule;
    default: return Field::DeclaredOverall;
    }
}
} // namespace

using ProjectRows::kKeep;
using ProjectRows::kWindow;

namespace {
ProjectQuery::Only onlyOf(int flag)
{
    switch (RowFlag(flag)) {
    case RowFlag::DeclaredDiffers: return ProjectQuery::Only::DeclaredDiffers;
    case RowFlag::DeclaredGreener: return ProjectQuery::Only::DeclaredGreener;
    case RowFlag::Listed: return ProjectQuery::Only::Listed;
    case RowFlag::Stale: return ProjectQuery::Only::Stale;
    case RowFlag::NoMeasure: return ProjectQuery::Only::NoMeasure;
    default: return ProjectQuery::Only::Any;
    }
}
} // namespace

ProjectModel::ProjectModel(Document *document)
    : QAbstractTableModel(document)
    , m_document(document)
    , m_file(document->file())
    , m_editor(document->editor())
{
    connect(document, &Document::changed, this, &ProjectModel::onChanged);
    reload();
}

ProjectModel::~ProjectModel()
{
    if (m_worker) {
        {
            QMutexLocker lock(&m_worker->mutex);
            m_worker->quit = true;
            m_worker->wake.wakeAll();
        }
        m_worker->thread->wait();
    }
}

void ProjectModel::reload()
{
    if (!canQueryAgain()) // the rows read before stay (an outdated document)
        return;
    if (m_file)
        m_lookup.load(*m_file);
    m_stale = m_file ? Staleness::reference(*m_file) : StaleReference();
    // Decided once a file: a query on the worker, or at once on this thread.
    m_background = m_background || (m_file && BackgroundTask::isLarge(m_file->path()));
    m_recent.clear();
    m_older.clear();
    m_countsStale = true;
    requery();
}

ProjectQuery ProjectModel::currentQuery() const
{
    ProjectQuery q;
    q.text = m_filter.text;
    q.organizationId = m_filter.organizationId;
    q.state = m_filter.state;
    q.health = m_filter.health;
    q.indicator = Indicator(m_filter.indicator);
    q.missingTranslation = m_filter.missingTranslation;
    q.only = onlyOf(m_filter.flag);
    if (q.only == ProjectQuery::Only::Listed)
        q.listed = m_filter.ids;
    q.sort = ProjectQuery::Sort(std::clamp(m_sortColumn, 0, ColumnCount - 1));
    q.descending = m_sortOrder == Qt::DescendingOrder;
    q.language = Language::current();
    q.staleBefore = m_stale.active ? m_stale.period.asOf : QDate(); // the counts use it too
    return q;
}

ProjectModel::Answer ProjectModel::answer(const PortfolioFile &file, const ProjectQuery &query, bool withCounts)
{
    Answer a;
    if (ProjectQueries::ids(file, query, &a.ids, &a.error) && withCounts) {
        ProjectCounts counts;
        if (ProjectQueries::counts(file, query.staleBefore, &counts, &a.error))
            a.counts = counts;
    }
    return a;
}

void ProjectModel::requery()
{
    if (!canQueryAgain()) // the rows read before stay (an outdated document): a language change sorting by name
        return;
    ++m_generation;
    if (!m_file) {
        apply({});
        return;
    }
    if (!m_background) {
        m_pendingGeneration = 0;
        apply(answer(*m_file, currentQuery(), m_countsStale));
        return;
    }
    if (!m_worker) {
        m_worker = std::make_unique<Worker>();
        Worker *worker = m_worker.get();
        const QString path = m_file->path();
        // The model outlives the thread (its destructor waits), so the thread may queue calls to it.
        worker->thread.reset(QThread::create([this, worker, path] { serveQueries(worker, path); }));
        worker->thread->start();
    }
    const bool wasLoading = isLoading();
    m_pendingGeneration = m_generation;
    {
        QMutexLocker lock(&m_worker->mutex);
        // Counts asked by a query that a newer one replaces are still owed.
        m_worker->nextWithCounts = m_countsStale;
        m_worker->next = currentQuery();
        m_worker->nextGeneration = m_generation;
        m_worker->latest = m_generation;
        m_worker->wake.wakeAll();
    }
    if (!wasLoading)
        Q_EMIT loadingChanged(true, 0, 0);
}

void ProjectModel::loadAll()
{
    if (!isLoading() || !m_file)
        return;
    m_pendingGeneration = 0;
    m_worker->latest = ++m_generation; // the worker's answer, if any, is dropped
    apply(answer(*m_file, currentQuery(), m_countsStale));
}

void ProjectModel::apply(Answer answer)
{
    if (answer.connectionLost && m_file) {
        // The banner says "Disconnected", not damaged, and the table keeps the rows it read, as it does
        // when the window's own connection is lost (emptied, it said "0 active of 214 projects").
        // What was asked goes back to what the rows answer, for the frozen table to show.
        m_filter = m_shownFilter;
        std::tie(m_sortColumn, m_sortOrder) = m_shownOrder;
        m_file->noteReaderLostConnection(answer.error);
        Q_EMIT loadingChanged(false, int(m_ids.size()), int(m_ids.size()));
        return;
    }
    m_shownFilter = m_filter;
    m_shownOrder = { m_sortColumn, m_sortOrder };
    if (!answer.error.isEmpty() && m_file)
        m_file->noteReadError(answer.error); // the window's banner says the file is damaged
    // Only the rows' places change: the current and selected rows stay on their projects wherever these
    // went (or leave the selection when the filter no longer shows them).
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    QHash<RowId, int> newRow;
    if (!before.isEmpty()) {
        QSet<RowId> wanted;
        for (const QModelIndex &i : before)
            if (i.row() < m_ids.size())
                wanted.insert(m_ids.at(i.row()));
        for (int r = 0; r < answer.ids.size() && newRow.size() < wanted.size(); ++r)
            if (wanted.contains(answer.ids.at(r)))
                newRow.insert(answer.ids.at(r), r);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before) {
        const int row = i.row() < m_ids.size() ? newRow.value(m_ids.at(i.row()), -1) : -1;
        after << (row >= 0 ? createIndex(row, i.column()) : QModelIndex());
    }
    const bool partial = answer.partial;
    m_ids = std::move(answer.ids);
    // Read after the query was asked, and every change to the rows since asks a newer one (whose answer
    // this is not): as current as a read now.
    if (m_recent.size() + answer.rows.size() > kKeep) {
        m_older = std::move(m_recent);
        m_recent.clear();
    }
    for (Project &p : answer.rows) {
        const RowId id = p.id;
        m_older.erase(id);
        m_recent[id] = std::make_unique<Project>(std::move(p));
    }
    if (answer.counts) {
        m_counts = *answer.counts;
        m_countsStale = false;
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    if (!partial)
        Q_EMIT loadingChanged(false, int(m_ids.size()), int(m_ids.size()));
}

const Project *ProjectModel::project(int row) const
{
    if (row < 0 || row >= m_ids.size() || !m_file)
        return nullptr;
    const RowId id = m_ids.at(row);
    if (auto it = m_recent.find(id); it != m_recent.end())
        return it->second.get();
    if (auto it = m_older.find(id); it != m_older.end()) {
        auto node = m_older.extract(it);
        return m_recent.insert(std::move(node)).position->second.get();
    }
    // A document that can no longer read (its connection lost) shows the rows it read, and no other:
    // each cell painted would otherwise try the lost connection again.
    if (!canQueryAgain())
        return nullptr;
    // Reads the window around the row: the view asks for its neighbours next.
    const int first = row / kWindow * kWindow;
    const QVector<RowId> window = m_ids.mid(first, kWindow);
    if (m_recent.size() + size_t(window.size()) > kKeep) {
        m_older = std::move(m_recent);
        m_recent.clear();
    }
    for (Project &p : Repository::projectsByIds(*m_file, window)) {
        const RowId pid = p.id;
        m_older.erase(pid);
        m_recent[pid] = std::make_unique<Project>(std::move(p));
    }
    const auto it = m_recent.find(id);
    return it != m_recent.end() ? it->second.get() : nullptr;
}

int ProjectModel::rowOf(const QString &uuid) const
{
    if (!m_file)
        return -1;
    const RowId id = m_file->rowId(Entity::Project, uuid);
    const auto it = std::find(m_ids.cbegin(), m_ids.cend(), id);
    return id && it != m_ids.cend() ? int(it - m_ids.cbegin()) : -1;
}

int ProjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

bool ProjectModel::canQueryAgain() const
{
    return !m_document->isOutdated();
}

void ProjectModel::sort(int column, Qt::SortOrder order)
{
    // The rows read before stay as they are (the view no longer offers to sort or filter).
    if (!canQueryAgain())
        return;
    if (column < 0 || column >= ColumnCount)
        column = Code; // the view's "not sorted": the code order, as the file's unique index gives it
    if (column == m_sortColumn && order == m_sortOrder && (!m_ids.isEmpty() || isLoading()))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    requery();
}

void ProjectModel::setFilter(const RowFilter &filter)
{
    if (!canQueryAgain())
        return;
    m_filter = filter;
    requery();
}

int ProjectModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProjectModel::columnLabel(int column)
{
    switch (column) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Organization: return tr("Organization");
    case Phase: return tr("Phase");
    case State: return tr("State");
    case Budget: return tr("Authorized budget");
    case ForecastCost: return tr("Forecast cost");
    case PlannedEnd: return tr("Planned end");
    case ForecastEnd: return tr("Forecast end");
    case Cost: return HealthText::indicatorLabel(Indicator::Cost);
    case Schedule: return HealthText::indicatorLabel(Indicator::Schedule);
    case Overall: return HealthText::indicatorLabel(Indicator::Overall);
    case CostVariance: return tr("Cost var.");
    case CostVarianceOriginal: return tr("Cost var. (original)");
    case ScheduleVariance: return tr("Sched. var.");
    case ScheduleVarianceOriginal: return tr("Sched. var. (original)");
    case Updated: return tr("Last updated");
    default: return QString();
    }
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnLabel(section);
    if (role == Roles::ScreenOnlyRole)
        return section == Updated;
    if (role == Qt::ToolTipRole && section == Updated)
        return tr("When the project was last edited, imported, merged from a copy or confirmed as still accurate. "
                  "Projects not updated since the latest reporting period are greyed.");
    if (role == Qt::ToolTipRole && (section == CostVariance || section == ScheduleVariance))
        return tr("Variance against the latest authorized baseline, the one the health rule reads.");
    if (role == Qt::ToolTipRole && (section == CostVarianceOriginal || section == ScheduleVarianceOriginal))
        return tr("Variance against the original baseline: what re-authorizations do not show.");
    if (role == Qt::ToolTipRole && isIndicator(section))
        return tr("The colour the portfolio's health rule computes. Where a declared colour differs, the chip "
                  "is split: computed on the left, declared on the right. Edit a cell to declare a colour.");
    return {};
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project *row = project(index.row());
    if (!row) {
        //: A row of the Projects table its disconnected portfolio could not read (the banner says why)
        if (role == Qt::DisplayRole && index.column() == Code && !canQueryAgain())
            return tr("(not read)");
        return {};
    }
    const Project &p = *row;
    const QLocale locale;
    const int c = index.column();
    auto health = [&]() { return computedOf(p, c); };
    auto declared = [&]() { return declaredOf(p, c); };
    auto shown = [&]() { return shownOf(p, c); };
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Code: return p.code;
        case Name: return Lookup::display(p.name);
        case Organization: return m_lookup.organizationCode(p.organizationId);
        case Phase: return PhaseText::label(p.phase);
        case State: return ProjectStateText::label(p.state);
        case Budget: return formatMoneyMillions(p.budget, locale);
        case ForecastCost: return p.forecastCost ? formatMoneyMillions(*p.forecastCost, locale) : QString();
        case PlannedEnd: return locale.toString(p.plannedEnd, QLocale::ShortFormat);
        case ForecastEnd: return locale.toString(p.forecastEnd, QLocale::ShortFormat);
        case Updated: return Staleness::touchedText(p.touched, locale);
        case CostVariance:
        case CostVarianceOriginal:
        case ScheduleVariance:
        case ScheduleVarianceOriginal: {
            const std::optional<double> v = varianceOf(p, c);
            return v ? variancePercent(*v, locale) : QString();
        }
        default:
            //: A projects table cell where the declared colour differs: "Red, declared Green"
            return differs(p, c) ? tr("%1, declared %2").arg(HealthText::label(health()), HealthText::label(shown()))
                                 : HealthText::label(health());
        }
    case Qt::EditRole:
        switch (c) {
        case ForecastCost: return p.forecastCost.value_or(0.0);
        case ForecastEnd: return p.forecastEnd.isValid() ? p.forecastEnd : p.plannedEnd;
        case Cost:
        case Schedule:
        case Overall: return int(declared());
        default: return data(index, Qt::DisplayRole);
        }
    case Roles::SortRole:
        switch (c) {
        case Budget: return p.budget;
        case ForecastCost: return p.forecastCost.value_or(-1.0);
        case PlannedEnd: return p.plannedEnd;
        case ForecastEnd: return p.forecastEnd;
        case State: return int(p.state);
        case Updated: return p.touched.isValid() ? p.touched.toMSecsSinceEpoch() : qint64(-1);
        case CostVariance:
        case CostVarianceOriginal:
        case ScheduleVariance:
        case ScheduleVarianceOriginal: return varianceOf(p, c).value_or(-1e12);
        case Cost:
        case Schedule:
        case Overall: return int(health()) * 4 + int(shown());
        default: return data(index, Qt::DisplayRole);
        }
    case Roles::HealthRole:
        return isIndicator(c) ? QVariant(int(health())) : QVariant();
    case Roles::DeclaredHealthRole:
        return isIndicator(c) && differs(p, c) ? QVariant(int(shown())) : QVariant();
    case Roles::ChoicesRole:
        return isIndicator(c) ? QVariant(healthChoices()) : QVariant();
    case Roles::UuidRole:
        return p.uuid;
    case Qt::ForegroundRole:
        if (m_stale.isStale(p)) // stale: greyed, the date says since when
            return QGuiApplication::palette().color(QPalette::Active, QPalette::PlaceholderText);
        return {};
    case Roles::FallbackRole:
    case Qt::ToolTipRole: {
        if (role == Qt::ToolTipRole && (c == Updated || (m_stale.isStale(p) && (c == Code || c == Name)))) {
            const QString stale = m_stale.isStale(p) ? Staleness::staleText(p.touched, m_stale, locale) : QString();
            return stale.isEmpty() ? QVariant() : QVariant(stale);
        }
        if (c == Organization)
            return role == Qt::ToolTipRole ? QVariant(m_lookup.organizationName(p.organizationId)) : QVariant();
        if (isIndicator(c) && role == Qt::ToolTipRole)
            return declared() != Health::Unrated || differs(p, c)
                ? tr("Computed: %1 · declared: %2").arg(HealthText::label(health()), HealthText::label(shown()))
                : tr("Computed: %1 · nothing declared").arg(HealthText::label(health()));
        if (c != Name)
            return {};
        bool fellBack = false;
        Lookup::display(p.name, &fellBack);
        return role == Roles::FallbackRole ? QVariant(fellBack) : Lookup::fallbackTip(fellBack);
    }
    case Qt::TextAlignmentRole:
        if (c == Budget || c == ForecastCost || isVariance(c))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags ProjectModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const int c = index.column();
    // The column first: the tree view asks every row's first cell when a million rows arrive.
    if ((c == ForecastCost || c == ForecastEnd || isIndicator(c)) && index.isValid() && m_editor && !m_editor->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ProjectModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Project *row = project(index.row());
    if (!row)
        return false;
    const Project p = *row;
    const QString code = p.code;
    const UndoText what = [code] { return tr("Project %1").arg(code); };
    switch (index.column()) {
    case ForecastCost:
        return m_editor->setValue(Entity::Project, p.uuid, Field::ForecastCost, value.toDouble(), what);
    case ForecastEnd:
        return m_editor->setValue(Entity::Project, p.uuid, Field::ForecastEnd, value.toDate(), what);
    case Cost:
    case Schedule:
    case Overall:
        return m_editor->setValue(Entity::Project, p.uuid, declaredField(index.column()),
                                  QVariant::fromValue(Health(value.toInt())), what);
    default:
        return false;
    }
}


bool ProjectModel::rowMatches(int row, const QModelIndex &, const RowFilter &f) const
{
    const Project *p = project(row);
    if (!p)
        return false;
    if (f.organizationId && p->organizationId != f.organizationId)
        return false;
    if (f.state >= 0 && int(p->state) != f.state)
        return false;
    if (f.health >= 0) {
        const Health h = f.indicator == int(Indicator::Cost) ? p->effectiveCost()
            : f.indicator == int(Indicator::Schedule)        ? p->effectiveSchedule()
                                                             : p->effectiveOverall();
        if (int(h) != f.health)
            return false;
    }
    if (f.missingTranslation && p->name.isComplete())
        return false;
    if (f.flag == int(RowFlag::Listed) ? !f.ids.contains(p->id) : f.flag && !hasFlag(*p, RowFlag(f.flag)))
        return false;
    if (f.text.isEmpty())
        return true;
    const Vigie::Organization *o = m_lookup.organization(p->organizationId);
    QString key = p->code + QLatin1Char('\n') + p->name.en + QLatin1Char('\n') + p->name.fr;
    if (o)
        key += QLatin1Char('\n') + o->code + QLatin1Char('\n') + o->name.en + QLatin1Char('\n') + o->name.fr;
    return key.toLower().contains(f.text);
}

bool ProjectModel::isStale(int row) const
{
    const Project *p = project(row);
    return p && m_stale.isStale(*p);
}

bool ProjectModel::hasFlag(const Project &p, RowFlag flag) const
{
    switch (flag) {
    case RowFlag::None: return true;
    case RowFlag::DeclaredDiffers:
        for (int c : { Cost, Schedule, Overall })
            if (differs(p, c))
                return true;
        return false;
    case RowFlag::DeclaredGreener: // as the Overview and `vigie summary` count it: any colour shown
        for (int c : { Cost, Schedule, Overall })
            if (isGreener(shownOf(p, c), computedOf(p, c)))
                return true;
        return false;
    case RowFlag::Listed: return false; // a list of ids: RowFilter::ids
    case RowFlag::Stale: return m_stale.isStale(p);
    case RowFlag::NoMeasure: return m_file && StrategyLinks::measuresOfProject(*m_file, p.id).isEmpty();
    case RowFlag::Inconsistent: // measures' flags: no project shows them
    case RowFlag::Overdue:
    case RowFlag::NoProject: return false;
    }
    return true;
}

bool ProjectModel::isGreener(Health declared, Health computed)
{
    return declared != Health::Unrated && computed != Health::Unrated && int(declared) < int(computed);
}

int ProjectModel::countWithFlag(RowFlag flag) const
{
    switch (flag) {
    case RowFlag::DeclaredDiffers: return m_counts.declaredDiffers;
    case RowFlag::DeclaredGreener: return m_counts.declaredGreener;
    case RowFlag::None: return m_counts.total;
    case RowFlag::Listed: return int(m_filter.ids.size());
    case RowFlag::Stale: return m_counts.stale;
    case RowFlag::NoMeasure: return -1; // not counted here: the Overview and `vigie summary` count it
    case RowFlag::Inconsistent:
    case RowFlag::Overdue:
    case RowFlag::NoProject: return 0;
    }
    return 0;
}

void ProjectModel::forget(const QSet<RowId> &ids) const
{
    for (RowId id : ids) {
        m_recent.erase(id);
        m_older.erase(id);
    }
}

void ProjectModel::onChanged(const Change &change)
{
    if (change.touches(Entity::ReportingPeriod) && m_file) { // a period frozen or undone: what is stale changes
        m_stale = Staleness::reference(*m_file);
        m_countsStale = true;
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
        if (!change.touches(Entity::Organization) && !change.needsReload(Entity::Project)
            && change.modified(Entity::Project).isEmpty())
            requery();
    }
    if (change.touches(Entity::Organization) || change.needsReload(Entity::Project)) {
        reload();
        return;
    }
    // A project linked to its first measure leaves the list of those serving none (and one unlinked from
    // its last joins it).
    if (change.touches(Entity::ProjectMeasure) && m_filter.flag == int(RowFlag::NoMeasure))
        requery();
    const QStringList modified = change.modified(Entity::Project);
    if (modified.isEmpty())
        return;
    // The rows as they are now at once, where they are; then the query again, since an edit can move a
    // row in the order or out of the filter (and changes the status line's counts).
    QSet<RowId> ids;
    for (const QString &uuid : modified)
        if (const RowId id = m_file->rowId(Entity::Project, uuid))
            ids.insert(id);
    forget(ids);
    m_countsStale = true;
    for (int r = 0; r < m_ids.size(); ++r)
        if (ids.contains(m_ids.at(r)))
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    requery();
}

void ProjectModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Names, organizations and phases sort by the words shown, which the language changes.
    if (m_sortColumn == Name || m_sortColumn == Phase)
        requery();
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

} // namespace Vigie
