#include "measurestatusedit.h"

#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"

namespace Vigie {

namespace {
const QString kStatus = QStringLiteral("status");
const QString kPercent = QStringLiteral("percent_complete");
const QString kComment = QStringLiteral("comment");

// Text columns are NOT NULL; a null QString would be bound as NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool setState(PortfolioFile &file, const QString &uuid, const MeasureState &s, QString *error)
{
    return file.setValue(Entity::Measure, uuid, kStatus, MeasureStatusText::key(s.status), error)
        && file.setValue(Entity::Measure, uuid, kPercent, s.percentComplete, error)
        && file.setValue(Entity::Measure, uuid, kComment, nonNull(s.comment), error);
}
} // namespace

std::optional<MeasureState> MeasureStatusEdit::state(const PortfolioFile &file, const QString &measureUuid)
{
    bool found = false;
    const QVariant status = file.value(Entity::Measure, measureUuid, kStatus, &found);
    if (!found)
        return std::nullopt;
    MeasureState s;
    s.status = MeasureStatusText::fromKey(status.toString()).value_or(MeasureStatus::NotStarted);
    s.percentComplete = file.value(Entity::Measure, measureUuid, kPercent).toDouble();
    s.comment = file.value(Entity::Measure, measureUuid, kComment).toString();
    return s;
}

bool MeasureStatusEdit::apply(PortfolioFile &file, const QString &measureUuid, const MeasureState &to,
                              const QString &historyUuid, QString *historyUuidOut, QString *error)
{
    const std::optional<MeasureState> from = state(file, measureUuid);
    if (!from)
        return setError(error, tr("The measure being edited no longer exists."));
    const QString uuid = historyUuid.isEmpty() ? PortfolioFile::newUuid() : historyUuid;
    bool ok = false;
    {
        PortfolioFile::Transaction t(file);
        ok = setState(file, measureUuid, to, error)
            && !file.insertRow(Entity::MeasureStatusChange,
                               { { QStringLiteral("uuid"), uuid },
                                 { QStringLiteral("measure_id"), file.rowId(Entity::Measure, measureUuid) },
                                 { QStringLiteral("changed_at"), file.now().toUTC().toString(Qt::ISODateWithMs) },
                                 { QStringLiteral("from_status"), MeasureStatusText::key(from->status) },
                                 { QStringLiteral("to_status"), MeasureStatusText::key(to.status) },
                                 { QStringLiteral("percent_complete"), to.percentComplete },
                                 { QStringLiteral("comment"), nonNull(to.comment) },
                                 { QStringLiteral("author"), nonNull(file.author()) } },
                               error)
                    .isEmpty();
        ok = ok && t.commit();
    }
    if (!ok) {
        // Views may have seen the intermediate values through `changed`; have them reload.
        file.notifyReset();
        return setError(error, error && !error->isEmpty() ? *error : tr("The status could not be written."));
    }
    if (historyUuidOut)
        *historyUuidOut = uuid;
    return true;
}

bool MeasureStatusEdit::revert(PortfolioFile &file, const QString &measureUuid, const MeasureState &from,
                               const QString &historyUuid, QString *error)
{
    bool ok = false;
    {
        PortfolioFile::Transaction t(file);
        ok = setState(file, measureUuid, from, error)
            && file.deleteRow(Entity::MeasureStatusChange, historyUuid, error) && t.commit();
    }
    if (!ok) {
        file.notifyReset();
        return setError(error, error && !error->isEmpty() ? *error : tr("The status could not be written."));
    }
    return true;
}

} // namespace Vigie
