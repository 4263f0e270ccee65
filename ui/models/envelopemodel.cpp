#include "envelopemodel.h"

#include "analysis/chartdata.h"
#include "analysis/summary.h"
#include "commands/editor.h"
#include "document/backgroundtask.h"
#include "document/document.h"
#include "models/modelroles.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"

#include <QFont>

#include <cmath>
#include <memory>

namespace Vigie {

namespace {
// The field an editable column edits.
std::optional<Field> fieldOf(int column)
{
    switch (column) {
    case EnvelopeModel::Needs: return Field::PlannedNeeds;
    case EnvelopeModel::Granted: return Field::Granted;
    case EnvelopeModel::Committed: return Field::Committed;
    default: return std::nullopt;
    }
}
} // namespace

EnvelopeModel::EnvelopeModel(Document *document)
    : QAbstractTableModel(document)
    , m_file(document->file())
    , m_editor(document->editor())
    , m_task(new BackgroundTask(this))
{
    m_background = m_file && BackgroundTask::isLarge(m_file->path());
    connect(document, &Document::changed, this, &EnvelopeModel::onChanged);
    reload();
}

EnvelopeModel::Row EnvelopeModel::makeRow(const Lookup &lookup, const Envelope &e)
{
    Row r { e, fiscalYearLabel(e.fiscalYear), true };
    if (const Vigie::Organization *o = lookup.organization(e.organizationId)) {
        r.searchKey += QLatin1Char('\n') + o->code + QLatin1Char('\n') + o->name.en + QLatin1Char('\n') + o->name.fr;
        r.complete = o->name.isComplete();
    }
    r.searchKey = r.searchKey.toLower();
    return r;
}

void EnvelopeModel::reload()
{
    m_task->cancel();
    if (!m_file) {
        setRows(Lookup(), {});
        return;
    }
    if (!m_background) {
        Lookup lookup;
        lookup.load(*m_file);
        QVector<Row> rows;
        for (const Envelope &e : Repository::envelopes(*m_file))
            rows.append(makeRow(lookup, e));
        setRows(std::move(lookup), std::move(rows));
        return;
    }
    struct Result
    {
        bool read = false;
        Lookup lookup;
        QVector<Row> rows;
    };
    auto result = std::make_shared<Result>();
    const QString path = m_file->path();
    m_task->startReading(
        path,
        [result](const PortfolioFile &file) {
            *result = Result();
            result->lookup.load(file);
            for (const Envelope &envelope : Repository::envelopes(file))
                result->rows.append(makeRow(result->lookup, envelope));
            result->read = true;
        },
        [this, result](const QString &) {
            if (result->read)
                setRows(std::move(result->lookup), std::move(result->rows));
        });
}

bool EnvelopeModel::isLoading() const
{
    return m_task->isBusy();
}

void EnvelopeModel::setRows(Lookup lookup, QVector<Row> rows)
{
    beginResetModel();
    m_lookup = std::move(lookup);
    m_rows = std::move(rows);
    endResetModel();
}

const Envelope *EnvelopeModel::envelope(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).envelope : nullptr;
}

int EnvelopeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnvelopeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EnvelopeModel::columnLabel(int column)
{
    switch (column) {
    case FiscalYear: return tr("Fiscal year");
    case Organization: return tr("Organization");
    case Needs: return tr("Planned needs");
    case Granted: return tr("Granted");
    case Committed: return tr("Committed");
    case Gap: return tr("Gap");
    default: return QString();
    }
}

QVariant EnvelopeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < ColumnCount) {
        if (role == Qt::DisplayRole)
            return columnLabel(section);
        if (role == Qt::ToolTipRole && section == Gap)
            return tr("Planned needs minus granted.");
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void EnvelopeModel::setGrantedAdjustment(double percent)
{
    if (percent == m_adjustment)
        return;
    m_adjustment = percent;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Granted), index(int(m_rows.size()) - 1, Gap));
}

double EnvelopeModel::grantedShown(int row) const
{
    return m_rows.at(row).envelope.granted * (1.0 + m_adjustment / 100.0);
}

double EnvelopeModel::gapShown(int row) const
{
    return m_rows.at(row).envelope.plannedNeeds - grantedShown(row);
}

QVariant EnvelopeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Envelope &e = m_rows.at(index.row()).envelope;
    const int c = index.column();
    const bool whatIf = m_adjustment != 0.0 && (c == Granted || c == Gap);
    auto amount = [&]() {
        switch (c) {
        case Needs: return e.plannedNeeds;
        case Granted: return grantedShown(index.row());
        case Committed: return e.committed;
        default: return gapShown(index.row());
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        if (c == FiscalYear)
            return fiscalYearLabel(e.fiscalYear);
        if (c == Organization)
            return m_lookup.organizationName(e.organizationId);
        return formatMoneyMillions(amount(), QLocale());
    case Qt::EditRole:
        if (c == Granted)
            return e.granted; // edits change the stored amount, never the what-if
        return c >= Needs ? QVariant(amount()) : data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (whatIf) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        if (whatIf)
            return tr("What-if, not saved: granted %1 by %2; stored: %3.")
                .arg(m_adjustment > 0 ? tr("raised") : tr("lowered"),
                     formatPercent(std::abs(m_adjustment), QLocale(), 0),
                     formatMoneyMillions(c == Granted ? e.granted : e.gap(), QLocale()));
        return {};
    case Roles::SortRole:
        if (c == FiscalYear)
            return e.fiscalYear;
        return c >= Needs ? QVariant(amount()) : data(index, Qt::DisplayRole);
    case Roles::UuidRole:
        return e.uuid;
    case Qt::TextAlignmentRole:
        return c >= Needs ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags EnvelopeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editor && !m_editor->isReadOnly() && fieldOf(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool EnvelopeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !fieldOf(index.column()))
        return false;
    const Envelope &e = m_rows.at(index.row()).envelope;
    const QString organization = m_lookup.organizationCode(e.organizationId);
    const int fiscalYear = e.fiscalYear;
    const UndoText what = [organization, fiscalYear] {
        return tr("Envelope %1 %2").arg(organization, fiscalYearLabel(fiscalYear));
    };
    return m_editor->setValue(Entity::Envelope, e.uuid, *fieldOf(index.column()), std::max(0.0, value.toDouble()), what);
}

bool EnvelopeModel::rowMatches(int row, const QModelIndex &, const RowFilter &f) const
{
    const Row &r = m_rows.at(row);
    if (f.organizationId && r.envelope.organizationId != f.organizationId)
        return false;
    if (f.missingTranslation && r.complete)
        return false;
    return f.text.isEmpty() || r.searchKey.contains(f.text);
}

void EnvelopeModel::onChanged(const Change &change)
{
    if (change.touches(Entity::Organization) || change.needsReload(Entity::Envelope) || isLoading()) {
        // A reload under way may have read the file before this change: it is asked again.
        reload();
        return;
    }
    for (const QString &uuid : change.modified(Entity::Envelope)) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).envelope.uuid != uuid)
                continue;
            if (const auto fresh = Repository::envelope(*m_file, uuid)) {
                m_rows[row] = makeRow(*fresh);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            break;
        }
    }
}

void EnvelopeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace Vigie
