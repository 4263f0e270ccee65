#include "projectmodel.h"

#include "analysis/chartdata.h"
#include "analysis/summary.h"
#include "rules/healthrule.h"
#include "model/projecttext.h"
#include "document/backgroundtask.h"
#include "commands/editor.h"
#include "document/document.h"
#include "models/modelroles.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPalette>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <iterator>

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

struct ProjectModel::Reader
{
    QMutex mutex;
    QVector<Row> ready; // read, not yet in the model
    bool posted = false; // a takeRead() is queued
    bool finished = false;
    std::atomic<bool> stop { false };
    std::unique_ptr<QThread> thread;
};

ProjectModel::ProjectModel(Document *document)
    : QAbstractTableModel(document)
    , m_file(document->file())
    , m_editor(document->editor())
{
    connect(document, &Document::changed, this, &ProjectModel::onChanged);
    reload();
}

ProjectModel::~ProjectModel()
{
    stopReader();
}

void ProjectModel::reload()
{
    stopReader();
    beginResetModel();
    m_rows.clear();
    m_rowOfUuid.clear();
    std::fill(std::begin(m_stateCounts), std::end(m_stateCounts), 0);
    m_lastId = 0;
    ++m_generation;
    m_total = m_file ? Repository::projectCount(*m_file) : 0;
    m_stale = m_file ? Staleness::reference(*m_file) : StaleReference();
    if (m_file)
        m_lookup.load(*m_file);
    m_loading = m_file && m_total > 0;
    m_rows.reserve(m_total);
    endResetModel();
    m_sinceReport.start();
    Q_EMIT loadingChanged(m_loading, 0, m_total);
    if (m_loading && BackgroundTask::isLarge(m_file->path())) {
        startReader();
    } else if (m_loading) {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                loadChunk();
        });
    }
}

void ProjectModel::loadAll()
{
    stopReader(); // rows it read but did not hand over are read again, after the last one appended
    while (m_loading)
        loadChunk();
}

void ProjectModel::loadChunk()
{
    if (!m_loading || !m_file)
        return;
    // Reads chunk after chunk for up to kTurnMs, then inserts them at once: the proxy, the view and the
    // window repaint once per event-loop turn rather than once per chunk, and the window still answers
    // between turns.
    constexpr qint64 kTurnMs = 20;
    QElapsedTimer turn;
    turn.start();
    QVector<Row> rows;
    bool more = true;
    while (more && (rows.isEmpty() || turn.elapsed() < kTurnMs)) {
        const QList<Project> chunk = Repository::projects(*m_file, m_lastId, m_chunk);
        for (const Project &p : chunk)
            rows.append(makeRow(p));
        if (!chunk.isEmpty())
            m_lastId = chunk.last().id;
        more = chunk.size() == m_chunk;
    }
    appendRows(std::move(rows));
    m_loading = more;
    reportProgress();
    if (m_loading) {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                loadChunk();
        });
    }
}

void ProjectModel::appendRows(QVector<Row> rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (Row &r : rows) {
        m_rowOfUuid.insert(r.project.uuid, int(m_rows.size()));
        ++m_stateCounts[int(r.project.state)];
        m_rows.append(std::move(r));
    }
    m_lastId = m_rows.constLast().project.id;
    endInsertRows();
}

void ProjectModel::reportProgress()
{
    // At most ten times a second: each report repaints the status bar.
    if (m_loading && m_sinceReport.elapsed() < 100)
        return;
    m_sinceReport.restart();
    Q_EMIT loadingChanged(m_loading, int(m_rows.size()), std::max(m_total, int(m_rows.size())));
}

void ProjectModel::startReader()
{
    auto reader = std::make_shared<Reader>();
    m_reader = reader;
    const QString path = m_file->path();
    const int chunk = m_chunk;
    const RowId after = m_lastId;
    // The model outlives the thread (stopReader() waits for it), so the worker may queue calls to it.
    reader->thread.reset(QThread::create([this, reader, path, chunk, after] {
        FileError error;
        std::unique_ptr<PortfolioFile> file = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error);
        Lookup lookup;
        if (file)
            lookup.load(*file);
        RowId last = after;
        bool more = bool(file);
        do {
            QVector<Row> rows;
            if (more) {
                const QList<Project> projects = Repository::projects(*file, last, chunk);
                rows.reserve(projects.size());
                for (const Project &p : projects)
                    rows.append(makeRow(lookup, p));
                if (!projects.isEmpty())
                    last = projects.constLast().id;
                more = projects.size() == chunk;
            }
            QMutexLocker lock(&reader->mutex);
            for (Row &r : rows)
                reader->ready.append(std::move(r));
            reader->finished = !more;
            if (!reader->posted) {
                reader->posted = true;
                QMetaObject::invokeMethod(this, [this, reader] {
                    if (reader == m_reader)
                        takeRead();
                }, Qt::QueuedConnection);
            }
        } while (more && !reader->stop);
    }));
    reader->thread->start();
}

void ProjectModel::stopReader()
{
    if (!m_reader)
        return;
    m_reader->stop = true;
    m_reader->thread->wait();
    m_reader.reset();
}

void ProjectModel::takeRead()
{
    constexpr int kMaxPerTurn = 20000; // the proxy and the view take them in well under 100 ms
    QVector<Row> rows;
    bool finished = false;
    {
        QMutexLocker lock(&m_reader->mutex);
        QVector<Row> &ready = m_reader->ready;
        if (ready.size() <= kMaxPerTurn) {
            rows.swap(ready);
            m_reader->posted = false;
        } else {
            rows.reserve(kMaxPerTurn);
            std::move(ready.begin(), ready.begin() + kMaxPerTurn, std::back_inserter(rows));
            ready.erase(ready.begin(), ready.begin() + kMaxPerTurn);
            QMetaObject::invokeMethod(this, [this, reader = m_reader] {
                if (reader == m_reader)
                    takeRead();
            }, Qt::QueuedConnection);
        }
        finished = m_reader->finished && ready.isEmpty();
    }
    appendRows(std::move(rows));
    if (finished) {
        stopReader();
        m_loading = false;
    }
    reportProgress();
}

ProjectModel::Row ProjectModel::makeRow(const Lookup &lookup, const Project &p)
{
    const Vigie::Organization *o = lookup.organization(p.organizationId);
    QString key = p.code + QLatin1Char('\n') + p.name.en + QLatin1Char('\n') + p.name.fr;
    if (o)
        key += QLatin1Char('\n') + o->code + QLatin1Char('\n') + o->name.en + QLatin1Char('\n') + o->name.fr;
    return Row { p, key.toLower() };
}

const Project *ProjectModel::project(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).project : nullptr;
}

int ProjectModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    if (role == Qt::ToolTipRole && (section == CostVariance || section == ScheduleVariance))
        return tr("Variance against the latest authorized baseline, the one the health rule reads.");
    if (role == Qt::ToolTipRole && (section == CostVarianceOriginal || section == ScheduleVarianceOriginal))
        return tr("Variance against the original baseline: what re-authorizations do not show.");
    if (role == Qt::ToolTipRole && section == Updated)
        return tr("When the project was last edited, imported, merged from a copy or confirmed as still accurate. "
                  "Projects not updated since the latest reporting period are greyed.");
    if (role == Qt::ToolTipRole && isIndicator(section))
        return tr("The colour the portfolio's health rule computes. Where a declared colour differs, the chip "
                  "is split: computed on the left, declared on the right. Edit a cell to declare a colour.");
    return {};
}

QVariant ProjectModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &p = m_rows.at(index.row()).project;
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
    if (index.isValid() && m_editor && !m_editor->isReadOnly() && (c == ForecastCost || c == ForecastEnd || isIndicator(c)))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ProjectModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Project &p = m_rows.at(index.row()).project;
    const QString what = tr("Project %1").arg(p.code);
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
    const Row &r = m_rows.at(row);
    if (f.organizationId && r.project.organizationId != f.organizationId)
        return false;
    if (f.state >= 0 && int(r.project.state) != f.state)
        return false;
    if (f.health >= 0) {
        const Health h = f.indicator == int(Indicator::Cost) ? r.project.effectiveCost()
            : f.indicator == int(Indicator::Schedule)        ? r.project.effectiveSchedule()
                                                             : r.project.effectiveOverall();
        if (int(h) != f.health)
            return false;
    }
    if (f.missingTranslation && r.project.name.isComplete())
        return false;
    if (f.flag == int(RowFlag::Listed) ? !f.ids.contains(r.project.id)
                                       : f.flag && !hasFlag(r.project, RowFlag(f.flag)))
        return false;
    return f.text.isEmpty() || r.searchKey.contains(f.text);
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
    case RowFlag::DeclaredGreener: // as the Overview and `vigie summary` count it: the declared overall colour
        return isGreener(p.declaredOverall, computedOf(p, Overall));
    case RowFlag::Listed: return false; // a list of ids: RowFilter::ids
    case RowFlag::Stale: return m_stale.isStale(p);
    }
    return true;
}

bool ProjectModel::isGreener(Health declared, Health computed)
{
    return declared != Health::Unrated && computed != Health::Unrated && int(declared) < int(computed);
}

int ProjectModel::countWithFlag(RowFlag flag) const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += hasFlag(r.project, flag) ? 1 : 0;
    return n;
}

void ProjectModel::onChanged(const Change &change)
{
    if (change.touches(Entity::ReportingPeriod) && m_file) { // a period frozen or undone: what is stale changes
        m_stale = Staleness::reference(*m_file);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    if (change.touches(Entity::Organization) || change.needsReload(Entity::Project)) {
        reload();
        return;
    }
    for (const QString &uuid : change.modified(Entity::Project)) {
        const int row = rowOf(uuid);
        const std::optional<Project> p = Repository::project(*m_file, uuid);
        if (row < 0 || !p)
            continue;
        --m_stateCounts[int(m_rows.at(row).project.state)];
        ++m_stateCounts[int(p->state)];
        m_rows[row] = makeRow(*p);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void ProjectModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace Vigie
