#include "workforcepivotmodel.h"

#include "analysis/chartdata.h"
#include "charts/chartstyle.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "models/lookup.h"
#include "models/modelroles.h"
#include "storage/portfoliofile.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>

#include <cmath>

namespace Vigie {

namespace {

QString signedNumber(double value, int decimals, const QLocale &locale)
{
    const QString n = locale.toString(std::abs(value), 'f', decimals);
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        return locale.toString(0.0, 'f', decimals);
    return (value < 0 ? QString(QChar(0x2212)) : QStringLiteral("+")) + n;
}

} // namespace

WorkforcePivotModel::WorkforcePivotModel(Document *document)
    : QAbstractTableModel(document)
    , m_file(document->file())
    , m_task(new BackgroundTask(this))
{
    connect(document, &Document::changed, this, &WorkforcePivotModel::onChanged);
    reload();
}

void WorkforcePivotModel::setSurvey(const QDate &survey)
{
    if (survey == m_wantedSurvey)
        return;
    m_wantedSurvey = survey;
    reload();
}

void WorkforcePivotModel::setCompareSurvey(const QDate &survey)
{
    if (survey == m_compareSurvey)
        return;
    m_compareSurvey = survey;
    reload();
}

void WorkforcePivotModel::setOrganization(RowId organizationId)
{
    if (organizationId == m_organization)
        return;
    m_organization = organizationId;
    reload();
}

void WorkforcePivotModel::setAtRiskOnly(bool on)
{
    if (on == m_atRiskOnly)
        return;
    m_atRiskOnly = on;
    refilter();
}

void WorkforcePivotModel::reload()
{
    m_task->cancel();
    if (!m_file) {
        setPivot(WorkforcePivot());
        return;
    }
    if (!BackgroundTask::isLarge(m_file->path())) {
        WorkforcePivot pivot;
        QString error;
        if (!WorkforceAnalysis::pivot(*m_file, m_wantedSurvey, m_compareSurvey, m_organization, &pivot, &error)) {
            if (!error.isEmpty())
                qWarning("Workforce pivot: %s", qPrintable(error));
            pivot = WorkforcePivot();
        }
        setPivot(std::move(pivot));
        return;
    }
    // A large portfolio's surveys (30,000 rows each in the synthetic sample, two of them when compared)
    // are read on a worker thread with its own connection: on the GUI thread they were most of the
    // window's longest stall while opening a million-project file. The previous pivot stays until then.
    auto result = std::make_shared<WorkforcePivot>();
    const QString path = m_file->path();
    const QDate survey = m_wantedSurvey;
    const QDate compare = m_compareSurvey;
    const RowId organization = m_organization;
    m_task->startReading(
        path,
        [survey, compare, organization, result](const PortfolioFile &file) {
            *result = WorkforcePivot();
            QString error;
            if (!WorkforceAnalysis::pivot(file, survey, compare, organization, result.get(), &error)) {
                if (!error.isEmpty())
                    qWarning("Workforce pivot: %s", qPrintable(error));
                *result = WorkforcePivot();
            }
        },
        [this, result](const QString &openError) {
            if (!openError.isEmpty())
                *result = WorkforcePivot();
            setPivot(std::move(*result));
        });
}

void WorkforcePivotModel::setPivot(WorkforcePivot pivot)
{
    m_pivot = std::move(pivot);
    refilter();
}

void WorkforcePivotModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    for (const WorkforcePivotRow &r : std::as_const(m_pivot.rows)) {
        if (!m_atRiskOnly || m_pivot.isAtRisk(r))
            m_rows.append(r);
    }
    endResetModel();
}

int WorkforcePivotModel::atRiskCount() const
{
    int n = 0;
    for (const WorkforcePivotRow &r : m_pivot.rows)
        n += m_pivot.isAtRisk(r) ? 1 : 0;
    return n;
}

void WorkforcePivotModel::onChanged(const Change &change)
{
    if (change.touches(Entity::Workforce) || change.touches(Entity::Specialty) || change.touches(Entity::Portfolio)
        || change.touches(Entity::Organization))
        reload();
}

const WorkforcePivotRow &WorkforcePivotModel::rowAt(int row) const
{
    return row < m_rows.size() ? m_rows.at(row) : m_pivot.totals;
}

int WorkforcePivotModel::rowCount(const QModelIndex &parent) const
{
    // The rows, then the totals (none when the survey is empty).
    return parent.isValid() || m_pivot.rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int WorkforcePivotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkforcePivotModel::columnLabel(int column)
{
    switch (column) {
    case Specialty: return tr("Specialty");
    case CoreFunction: return tr("Core function");
    case Internal: return tr("Internal FTEs");
    case External: return tr("External FTEs");
    case Total: return tr("Total FTEs");
    case ExternalShare: return tr("External share");
    case AtRisk: return tr("At risk");
    //: Column headers kept short (the table must fit a small window): Δ = change since the compared survey
    case ChangeInternal: return tr("Δ internal");
    case ChangeExternal: return tr("Δ external");
    case ChangeShare: return tr("Δ external share");
    default: return QString();
    }
}

QVariant WorkforcePivotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnLabel(section);
    if (role == Qt::ToolTipRole) {
        const QLocale locale;
        if (section == AtRisk)
            return tr("More than %1 of the specialty's FTEs are external (the portfolio's threshold).")
                .arg(formatPercent(m_pivot.threshold, locale, 0));
        if (section >= ChangeInternal)
            return m_pivot.compareSurvey.isValid()
                ? tr("Since the survey of %1.").arg(locale.toString(m_pivot.compareSurvey, QLocale::ShortFormat))
                : tr("Choose a survey to compare with.");
    }
    return {};
}

QVariant WorkforcePivotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool totals = index.row() == m_rows.size();
    const WorkforcePivotRow &r = rowAt(index.row());
    const int c = index.column();
    const QLocale locale;
    const bool compared = m_pivot.compareSurvey.isValid() && (r.compared || totals);
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Specialty: return totals ? tr("Total") : Lookup::display(r.name).isEmpty() ? r.code : Lookup::display(r.name);
        case CoreFunction: return !totals && r.coreFunction ? tr("Yes") : QString();
        case Internal: return locale.toString(r.internalFte, 'f', 1);
        case External: return locale.toString(r.externalFte, 'f', 1);
        case Total: return locale.toString(r.total(), 'f', 1);
        case ExternalShare: return r.total() > 0 ? formatPercent(r.externalShare(), locale) : QString();
        case AtRisk: return !totals && m_pivot.isAtRisk(r) ? tr("At risk") : QString();
        case ChangeInternal: return compared ? signedNumber(r.internalFte - r.compareInternal, 1, locale) : QString();
        case ChangeExternal: return compared ? signedNumber(r.externalFte - r.compareExternal, 1, locale) : QString();
        case ChangeShare:
            //: Percentage points: "+4.2 pts"
            return compared ? tr("%1 pts").arg(signedNumber(r.externalShare() - r.compareExternalShare(), 1, locale))
                            : QString();
        }
        return {};
    case Roles::SortRole:
        switch (c) {
        case Internal: return r.internalFte;
        case External: return r.externalFte;
        case Total: return r.total();
        case ExternalShare: return r.externalShare();
        case AtRisk: return m_pivot.isAtRisk(r) ? 1 : 0;
        case ChangeInternal: return r.internalFte - r.compareInternal;
        case ChangeExternal: return r.externalFte - r.compareExternal;
        case ChangeShare: return r.externalShare() - r.compareExternalShare();
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::FontRole:
        if (totals) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (!totals && (c == AtRisk || c == ExternalShare) && m_pivot.isAtRisk(r))
            return QBrush(ChartStyle::warningText(QGuiApplication::palette()));
        return {};
    case Qt::TextAlignmentRole:
        return c >= Internal && c != AtRisk ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (!totals && m_pivot.isAtRisk(r))
            return r.coreFunction ? tr("A core function mostly held by external staff: an at-risk sector.")
                                  : tr("More external than the threshold allows: at risk of losing the expertise.");
        if (!totals && c == Specialty && Lookup::display(r.name).endsWith(Lookup::marker()))
            return Lookup::fallbackTip(true);
        return {};
    case Roles::FallbackRole:
        if (!totals && c == Specialty) {
            bool fellBack = false;
            Lookup::display(r.name, &fellBack);
            return fellBack;
        }
        return {};
    default:
        return {};
    }
}

bool WorkforcePivotModel::rowMatches(int row, const QModelIndex &, const RowFilter &f) const
{
    if (row == m_rows.size())
        return true; // the totals row stays (its figures are the survey's, whatever the text filter)
    const WorkforcePivotRow &r = m_rows.at(row);
    if (f.missingTranslation && r.name.isComplete())
        return false;
    if (f.text.isEmpty())
        return true;
    const QString key = (r.code + QLatin1Char('\n') + r.name.en + QLatin1Char('\n') + r.name.fr).toLower();
    return key.contains(f.text);
}

void WorkforcePivotModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Vigie
