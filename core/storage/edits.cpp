#include "edits.h"

#include "analysis/periods.h"
#include "model/valuelimits.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

#include <cmath>

namespace Vigie {

namespace {

// What keeps one of `values` from being written (ValueLimits: codes, amounts), or "" when nothing does:
// the generic edits below take values from cells and dialogs, and hold them to the same bounds as
// StructureEdits and the imports.
QString refusedValue(const FieldValues &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (const QString problem = ValueLimits::problem(it.key(), it.value()); !problem.isEmpty())
            return problem;
    }
    return {};
}

EditResult refused(const QString &error)
{
    EditResult r;
    r.error = error;
    return r;
}

} // namespace

EditResult Edits::run(PortfolioFile &file, const PortfolioFile::ChangesetInfo &info,
                      const std::function<bool(QString *error)> &body)
{
    EditResult result;
    if (file.isReadOnly()) {
        result.error = tr("The portfolio is open read-only; the change was not made.");
        result.notWritten = true;
        return result;
    }
    const qint64 before = file.lastChangeset();
    bool committed = false;
    {
        PortfolioFile::Transaction t(file, info);
        if (!t.began()) {
            result.error = file.commitFailureText();
            result.notWritten = true;
            return result;
        }
        if (!body(&result.error)) {
            if (result.error.isEmpty())
                result.error = tr("The change could not be made.");
            result.notWritten = file.writeRefused();
            if (!file.conflicts().isEmpty()) { // what went wrong after a conflict does not matter
                result.conflicts = file.conflicts();
                result.error = PortfolioFile::conflictText(result.conflicts);
            }
            return result;
        }
        committed = t.commit();
    }
    if (!committed) {
        result.error = file.commitFailureText();
        result.notWritten = true;
        result.conflicts = file.conflicts();
        return result;
    }
    result.ok = true;
    result.changed = file.lastChangeset() != before;
    result.changeset = result.changed ? file.lastChangeset() : 0;
    return result;
}

EditResult Edits::setValue(PortfolioFile &file, Entity entity, const QString &uuid, Field field, const QVariant &value,
                           const ChangeLabel &label)
{
    return setValues(file, entity, uuid, { { field, value } }, label);
}

EditResult Edits::setValues(PortfolioFile &file, Entity entity, const QString &uuid, const FieldValues &values,
                            const ChangeLabel &label)
{
    if (const QString problem = refusedValue(values); !problem.isEmpty())
        return refused(problem);
    if (entity == Entity::Measure && values.contains(Field::Status)) {
        std::optional<MeasureState> state = measureState(file, uuid);
        if (!state) {
            EditResult r;
            r.error = tr("The measure being edited no longer exists.");
            return r;
        }
        state->status = MeasureStatusText::fromKey(PortfolioFile::toStorage(values.value(Field::Status)).toString())
                            .value_or(state->status);
        if (values.contains(Field::PercentComplete))
            state->percentComplete = values.value(Field::PercentComplete).toDouble();
        if (values.contains(Field::Comment))
            state->comment = values.value(Field::Comment).toString();
        if (values.contains(Field::CommentFr))
            state->commentFr = values.value(Field::CommentFr).toString();
        return setMeasureState(file, uuid, *state, label);
    }
    if (entity == Entity::Portfolio && values.contains(Field::HealthRule)) {
        if (!HealthRule::fromJson(values.value(Field::HealthRule).toString())) {
            EditResult r;
            r.error = tr("The health rule is not valid.");
            return r;
        }
    }
    return run(file, { label, {}, 0 }, [&](QString *error) {
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (!file.setValue(entity, uuid, it.key(), it.value(), error))
                return false;
        }
        return true;
    });
}

EditResult Edits::setValuesOfRows(PortfolioFile &file, Entity entity, const QMap<QString, FieldValues> &rows,
                                  const ChangeLabel &label)
{
    if (entity == Entity::Measure || entity == Entity::Portfolio) {
        EditResult r; // their rules (history rows, rule checks) live in setValues
        r.error = tr("This kind of row is edited one at a time.");
        return r;
    }
    for (const FieldValues &values : rows) {
        if (const QString problem = refusedValue(values); !problem.isEmpty())
            return refused(problem);
    }
    return run(file, { label, {}, 0 }, [&](QString *error) {
        for (auto row = rows.constBegin(); row != rows.constEnd(); ++row) {
            for (auto it = row->constBegin(); it != row->constEnd(); ++it) {
                if (!file.setValue(entity, row.key(), it.key(), it.value(), error))
                    return false;
            }
        }
        return true;
    });
}

EditResult Edits::addRow(PortfolioFile &file, Entity entity, const FieldValues &values, const ChangeLabel &label,
                         const QString &uuid)
{
    if (const QString problem = refusedValue(values); !problem.isEmpty())
        return refused(problem);
    QString created;
    EditResult r = run(file, { label, {}, 0 }, [&](QString *error) {
        created = file.insertRow(entity, values, uuid, error);
        return !created.isEmpty();
    });
    if (r.ok)
        r.uuid = created;
    return r;
}

EditResult Edits::deleteRows(PortfolioFile &file, Entity entity, const QStringList &uuids, const ChangeLabel &label)
{
    return run(file, { label, {}, 0 }, [&](QString *error) {
        for (const QString &uuid : uuids) {
            if (!file.deleteRow(entity, uuid, error))
                return false;
        }
        return true;
    });
}

std::optional<MeasureState> Edits::measureState(const PortfolioFile &file, const QString &measureUuid)
{
    bool found = false;
    const QVariant status = file.value(Entity::Measure, measureUuid, Field::Status, &found);
    if (!found)
        return std::nullopt;
    MeasureState s;
    s.status = MeasureStatusText::fromKey(status.toString()).value_or(MeasureStatus::NotStarted);
    s.percentComplete = file.value(Entity::Measure, measureUuid, Field::PercentComplete).toDouble();
    s.comment = file.value(Entity::Measure, measureUuid, Field::Comment).toString();
    s.commentFr = file.value(Entity::Measure, measureUuid, Field::CommentFr).toString();
    return s;
}

EditResult Edits::setMeasureState(PortfolioFile &file, const QString &measureUuid, const MeasureState &wanted,
                                  const ChangeLabel &label)
{
    const MeasureState to = wanted.normalized();
    const std::optional<MeasureState> from = measureState(file, measureUuid);
    if (!from) {
        EditResult r;
        r.error = tr("The measure being edited no longer exists.");
        return r;
    }
    if (*from == to) {
        EditResult r;
        r.ok = true;
        return r;
    }
    return run(file, { label, {}, 0 },
               [&](QString *error) { return writeMeasureState(file, measureUuid, *from, to, error); });
}

bool Edits::writeMeasureState(PortfolioFile &file, const QString &measureUuid, const MeasureState &from,
                              const MeasureState &wanted, QString *error)
{
    const MeasureState to = wanted.normalized();
    if (from == to)
        return true;
    const RowId measureId = file.rowId(Entity::Measure, measureUuid);
    // The history keeps what was said with this change: a comment, in each language, only where it is new.
    // The measure's comment stands until rewritten, and a status recorded under it did not say it again
    // (an analyst's « Projet pilote… » came back on the next change, « En cours → Réalisée »).
    const QString saidEn = to.comment != from.comment ? to.comment : QString();
    const QString saidFr = to.commentFr != from.commentFr ? to.commentFr : QString();
    return file.setValue(Entity::Measure, measureUuid, Field::Status, MeasureStatusText::key(to.status), error)
        && file.setValue(Entity::Measure, measureUuid, Field::PercentComplete, to.percentComplete, error)
        && file.setValue(Entity::Measure, measureUuid, Field::Comment, to.comment, error)
        && file.setValue(Entity::Measure, measureUuid, Field::CommentFr, to.commentFr, error)
        && !file.insertRow(Entity::MeasureStatusChange,
                           { { Field::Measure, measureId },
                             { Field::ChangedAt, file.now().toUTC().toString(Qt::ISODateWithMs) },
                             { Field::FromStatus, MeasureStatusText::key(from.status) },
                             { Field::ToStatus, MeasureStatusText::key(to.status) },
                             { Field::PercentComplete, to.percentComplete },
                             { Field::Comment, saidEn },
                             { Field::CommentFr, saidFr },
                             { Field::Author, file.author() } },
                           QString(), error)
                .isEmpty();
}

EditResult Edits::setHealthRule(PortfolioFile &file, const HealthRule &rule, const ChangeLabel &label)
{
    return setValue(file, Entity::Portfolio, file.info().uuid, Field::HealthRule, rule.toJson(), label);
}

EditResult Edits::setExternalRiskThreshold(PortfolioFile &file, double percent, const ChangeLabel &label)
{
    if (!std::isfinite(percent) || percent < 0.0 || percent > 100.0) {
        EditResult r;
        r.error = tr("The at-risk threshold must be a percentage from 0 to 100.");
        return r;
    }
    return setValue(file, Entity::Portfolio, file.info().uuid, Field::ExternalRiskThreshold, percent, label);
}

EditResult Edits::confirmAccurate(PortfolioFile &file, Entity entity, const QStringList &uuids, const ChangeLabel &label)
{
    if (entity != Entity::Project && entity != Entity::Measure) {
        EditResult r;
        r.error = tr("Only projects and measures can be confirmed as still accurate.");
        return r;
    }
    return run(file, { label, QString() }, [&](QString *error) {
        for (const QString &uuid : uuids) {
            if (!file.rowId(entity, uuid))
                return setError(error, tr("The item being confirmed (%1) no longer exists.").arg(EntityText::label(entity)));
            if (!file.touch(entity, uuid, error))
                return false;
        }
        return true;
    });
}

EditResult Edits::freezePeriod(PortfolioFile &file, const QString &periodLabel, const QDate &asOf, const ChangeLabel &label,
                               const QString &periodLabelFr)
{
    EditResult r;
    const QString name = periodLabel.trimmed();
    const QString nameFr = periodLabelFr.trimmed();
    if (name.isEmpty()) {
        r.error = tr("A reporting period needs a label.");
        return r;
    }
    if (!asOf.isValid()) {
        r.error = tr("A reporting period needs a valid as-of date.");
        return r;
    }
    // A label names one period in either language (`--period` finds a period by either), as people read
    // it: the French label, else the English month's name in French ("August 2016" reads « août 2016 »).
    // Compared ignoring case, accents' case included.
    ReportingPeriod added;
    added.label = name;
    added.labelFr = nameFr;
    added.asOf = asOf;
    const QStringList wanted { name, Periods::displayLabel(added, QStringLiteral("fr")) };
    for (const ReportingPeriod &p : Periods::list(file)) {
        for (const QString &existing : { p.label, Periods::displayLabel(p, QStringLiteral("fr")) }) {
            for (const QString &candidate : wanted) {
                if (candidate.compare(existing.trimmed(), Qt::CaseInsensitive) == 0) {
                    r.error = tr("There is already a reporting period named \"%1\".").arg(candidate);
                    return r;
                }
            }
        }
    }
    // The period's frozen rows are filled when its row is created (PortfolioFile::fillPeriod).
    FieldValues values { { Field::Label, name }, { Field::AsOf, asOf }, { Field::FrozenAt, file.now().toUTC() } };
    if (!nameFr.isEmpty())
        values.insert(Field::LabelFr, nameFr);
    return addRow(file, Entity::ReportingPeriod, values, label);
}

EditResult Edits::revert(PortfolioFile &file, const QList<qint64> &changesets)
{
    EditResult r;
    if (file.isReadOnly()) {
        r.error = tr("The portfolio is open read-only; the change was not made.");
        return r;
    }
    qint64 reverting = 0;
    if (!file.revert(changesets, &reverting, &r.error)) {
        r.conflicts = file.conflicts();
        return r;
    }
    r.ok = true;
    r.changed = true;
    r.changeset = reverting;
    return r;
}

} // namespace Vigie
