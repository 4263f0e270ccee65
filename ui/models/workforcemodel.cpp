#include "workforcemodel.h"

#include "analysis/chartdata.h"
#include "charts/chartstyle.h"
#include "document/backgroundtask.h"
#include "commands/editor.h"
#include "document/document.h"
#include "models/modelroles.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>

namespace Vigie {

WorkforceModel::WorkforceModel(Document *document)
    : QAbstractTableModel(document)
    , m_file(document->file())
    , m_editor(document->editor())
    , m_task(new BackgroundTask(this))
{
    connect(document, &Document::changed, this, &WorkforceModel::onChanged);
    reload();
}

WorkforceModel::Row WorkforceModel::makeRow(const Lookup &lookup, const WorkforceRecord &w)
{
    Row r { w, QString(), true };
    QString key;
    if (const Vigie::Organization *o = lookup.organization(w.organizationId)) {
        key += o->code + QLatin1Char('\n') + o->name.en + QLatin1Char('\n') + o->name.fr;
        r.complete = o->name.isComplete();
    }
    if (const Vigie::Specialty *s = lookup.specialty(w.specialtyId)) {
        key += QLatin1Char('\n') + s->code + QLatin1Char('\n') + s->name.en + QLatin1Char('\n') + s->name.fr;
        r.complete = r.complete && s->name.isComplete();
    }
    r.searchKey = key.toLower();
    return r;
}

void WorkforceModel::reload()
{
    m_task->cancel();
    if (!m_file) {
        setRows(Lookup(), {}, QDate());
        return;
    }
    if (!BackgroundTask::isLarge(m_file->path())) {
        Lookup lookup;
        lookup.load(*m_file);
        QVector<Row> rows;
        QDate survey;
        for (const WorkforceRecord &w : Repository::workforce(*m_file, m_wantedSurvey)) {
            rows.append(makeRow(lookup, w));
            survey = w.survey;
        }
        setRows(std::move(lookup), std::move(rows), survey);
        return;
    }
    // A large portfolio's survey (30,000 rows in the synthetic sample: a tenth of a second) is read on
    // a worker thread with its own connection; the table is empty until it comes.
    struct Result
    {
        Lookup lookup;
        QVector<Row> rows;
        QDate survey;
    };
    auto result = std::make_shared<Result>();
    const QString path = m_file->path();
    const QDate wanted = m_wantedSurvey;
    setRows(Lookup(), {}, QDate());
    m_task->startReading(
        path,
        [wanted, result](const PortfolioFile &file) {
            *result = Result();
            result->lookup.load(file);
            for (const WorkforceRecord &w : Repository::workforce(file, wanted)) {
                result->rows.append(makeRow(result->lookup, w));
                result->survey = w.survey;
            }
        },
        [this, result](const QString &) { setRows(std::move(result->lookup), std::move(result->rows), result->survey); });
}

void WorkforceModel::setRows(Lookup lookup, QVector<Row> rows, QDate survey)
{
    beginResetModel();
    m_lookup = std::move(lookup);
    m_rows = std::move(rows);
    m_survey = survey;
    rankNames();
    endResetModel();
}

void WorkforceModel::rankNames()
{
    m_organizationRank = m_lookup.organizationRanks();
    m_specialtyRank = m_lookup.specialtyRanks();
}

void WorkforceModel::setSurvey(const QDate &survey)
{
    if (survey == m_wantedSurvey)
        return;
    m_wantedSurvey = survey;
    reload();
}

void WorkforceModel::setRiskThreshold(double percent)
{
    if (percent == m_threshold)
        return;
    m_threshold = percent;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ExternalShare), index(int(m_rows.size()) - 1, ExternalShare));
}

bool WorkforceModel::isLoading() const
{
    return m_task->isBusy();
}

const WorkforceRecord *WorkforceModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).record : nullptr;
}

int WorkforceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkforceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkforceModel::columnLabel(int column)
{
    switch (column) {
    case Organization: return tr("Organization");
    case Specialty: return tr("Specialty");
    case CoreFunction: return tr("Core function");
    case Internal: return tr("Internal FTEs");
    case External: return tr("External FTEs");
    case ExternalShare: return tr("External share");
    default: return QString();
    }
}

QVariant WorkforceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return columnLabel(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant WorkforceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkforceRecord &w = m_rows.at(index.row()).record;
    const Vigie::Specialty *s = m_lookup.specialty(w.specialtyId);
    const double total = w.internalFte + w.externalFte;
    const double share = total > 0 ? w.externalFte / total * 100.0 : 0.0;
    const QLocale locale;
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Organization: return m_lookup.organizationName(w.organizationId);
        case Specialty: return s ? Lookup::display(s->name) : QString();
        case CoreFunction: return s && s->coreFunction ? tr("Yes") : QString();
        case Internal: return locale.toString(w.internalFte, 'f', 1);
        case External: return locale.toString(w.externalFte, 'f', 1);
        case ExternalShare: return formatPercent(share, locale);
        }
        return {};
    case Qt::EditRole:
        if (c == Internal)
            return w.internalFte;
        if (c == External)
            return w.externalFte;
        return data(index, Qt::DisplayRole);
    case Roles::SortRole:
        switch (c) {
        case Internal: return w.internalFte;
        case External: return w.externalFte;
        case ExternalShare: return share;
        // The names sort by their rank in the collation: a number per row, not a collation key.
        case Organization: return m_organizationRank.value(w.organizationId, -1);
        case Specialty: return s ? m_specialtyRank.value(w.specialtyId, -1) : -1;
        case CoreFunction: return s && s->coreFunction ? 1 : 0;
        default: return data(index, Qt::DisplayRole);
        }
    case Roles::UuidRole:
        return w.uuid;
    case Qt::TextAlignmentRole:
        return c >= Internal ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (c == ExternalShare && total > 0 && share > m_threshold) // over the at-risk threshold
            return QBrush(ChartStyle::warningText(QGuiApplication::palette()));
        return {};
    case Qt::ToolTipRole:
        if (c == ExternalShare && s && s->coreFunction && share > m_threshold)
            return tr("A core function mostly held by external staff: an at-risk sector.");
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags WorkforceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editor && !m_editor->isReadOnly()
        && (index.column() == Internal || index.column() == External))
        f |= Qt::ItemIsEditable;
    return f;
}

bool WorkforceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const WorkforceRecord &w = m_rows.at(index.row()).record;
    const Vigie::Specialty *s = m_lookup.specialty(w.specialtyId);
    const BilingualText specialty = s ? s->name : BilingualText();
    const QString organization = m_lookup.organizationCode(w.organizationId);
    const UndoText what = [specialty, organization] {
        return tr("%1 at %2").arg(Lookup::display(specialty), organization);
    };
    const int c = index.column();
    if (c != Internal && c != External)
        return false;
    return m_editor->setValue(Entity::Workforce, w.uuid, c == Internal ? Field::InternalFte : Field::ExternalFte,
                              std::max(0.0, value.toDouble()), what);
}

bool WorkforceModel::rowMatches(int row, const QModelIndex &, const RowFilter &f) const
{
    const Row &r = m_rows.at(row);
    if (f.organizationId && r.record.organizationId != f.organizationId)
        return false;
    if (f.missingTranslation && r.complete)
        return false;
    return f.text.isEmpty() || r.searchKey.contains(f.text);
}

void WorkforceModel::onChanged(const Change &change)
{
    if (change.touches(Entity::Organization) || change.touches(Entity::Specialty)
        || change.needsReload(Entity::Workforce)) {
        reload();
        return;
    }
    for (const QString &uuid : change.modified(Entity::Workforce)) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).record.uuid != uuid)
                continue;
            if (const auto fresh = Repository::workforceRecord(*m_file, uuid)) {
                m_rows[row] = makeRow(*fresh);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            break;
        }
    }
}

void WorkforceModel::retranslate()
{
    rankNames();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace Vigie
