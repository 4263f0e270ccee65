#include "structureedits.h"

#include "model/fieldtext.h"
#include "model/valuelimits.h"
#include "storage/codelookup.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Vigie {

namespace {

bool isText(Field field)
{
    switch (field) {
    case Field::NameEn:
    case Field::NameFr:
    case Field::TitleEn:
    case Field::TitleFr:
    case Field::Description:
    case Field::Phase:
    case Field::Comment:
    case Field::Jurisdiction:
    case Field::CioName:
    case Field::CioTitle:
    case Field::CioTitleFr:
    case Field::CioContact:
    case Field::Classification:
        return true;
    default:
        return false;
    }
}

// The project's amounts that may be emptied (the budget is handled on its own: empty means 0).
bool isOptionalAmount(Field field)
{
    return field == Field::ForecastCost || field == Field::ActualCost;
}

bool isColour(Field field)
{
    return field == Field::DeclaredCost || field == Field::DeclaredSchedule || field == Field::DeclaredOverall;
}

bool isNumber(const QVariant &v, double *out)
{
    if (isNullValue(v))
        return false;
    bool ok = false;
    *out = v.typeId() == QMetaType::QString ? v.toString().trimmed().toDouble(&ok) : v.toDouble(&ok);
    return ok && std::isfinite(*out);
}

QVariant nullValue()
{
    return QVariant();
}

// The row a reference points to, as its key; 0 when none or unknown.
RowId referencedRow(const PortfolioFile &file, Entity target, const QVariant &value, bool *given)
{
    *given = !isNullValue(value) && !(value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
    if (!*given)
        return 0;
    if (value.typeId() == QMetaType::QString)
        return file.rowId(target, value.toString().trimmed());
    const RowId id = value.toLongLong();
    return file.rowUuid(target, id).isEmpty() ? 0 : id;
}

QVariant current(const PortfolioFile &file, Entity entity, const QString &uuid, Field field)
{
    return uuid.isEmpty() ? QVariant() : file.value(entity, uuid, field);
}

} // namespace

bool StructureEdits::isStructural(Entity entity)
{
    switch (entity) {
    case Entity::Plan:
    case Entity::KeyArea:
    case Entity::Measure:
    case Entity::Organization:
    case Entity::Specialty:
    case Entity::Project:
        return true;
    default:
        return false;
    }
}

bool StructureEdits::isRecord(Entity entity)
{
    return entity == Entity::Envelope || entity == Entity::Workforce;
}

bool StructureEdits::normalize(const PortfolioFile &file, Entity entity, const QString &uuid, FieldValues *values,
                               QString *error)
{
    const bool adding = uuid.isEmpty();
    if (!isStructural(entity) && !isRecord(entity) && entity != Entity::Portfolio)
        return setError(error, tr("This kind of item (%1) is not edited here.").arg(EntityText::label(entity)));
    if (!adding && !file.rowId(entity, uuid))
        return setError(error, tr("The item being edited (%1) no longer exists.").arg(EntityText::label(entity)));
    QSqlDatabase db = sqlDatabase(file);
    // The row itself, excluded from uniqueness checks; '' (never NULL, which compares as unknown) when new.
    const QString self = uuid.isEmpty() ? QStringLiteral("") : uuid;
    FieldValues out;
    for (auto it = values->constBegin(); it != values->constEnd(); ++it) {
        const Field field = it.key();
        const QVariant &v = it.value();
        const QString name = FieldText::label(field);
        if (!file.hasField(entity, field))
            return setError(error, tr("This field (%1) does not apply to this item (%2).").arg(name, EntityText::label(entity)));
        if (field == Field::Code) {
            const QString code = v.toString().trimmed();
            if (code.isEmpty())
                return setError(error, tr("A code is required."));
            if (const QString problem = ValueLimits::codeProblem(code); !problem.isEmpty())
                return setError(error, problem);
            QSqlQuery q(db);
            QList<CodeLookup::Row> same;
            if (!CodeLookup::sameIgnoringCase(db, q, tableName(entity), code, self, &same))
                return setError(error, sqlErrorText(q.lastError()));
            if (!same.isEmpty())
                return setError(error, tr("The code \"%1\" is already used by another %2.").arg(same.constFirst().code, EntityText::label(entity)));
            out.insert(field, code);
        } else if (isText(field)) {
            const QString text = v.toString().trimmed();
            if (const QString problem = ValueLimits::problem(field, text); !problem.isEmpty())
                return setError(error, problem);
            out.insert(field, text);
        } else if (field == Field::Number) {
            double n = 0;
            if (!isNumber(v, &n) || n != std::floor(n) || n < 1 || n > 99999)
                return setError(error, tr("The number must be a whole number from 1 to 99999 (not \"%1\").").arg(v.toString()));
            out.insert(field, int(n));
        } else if (field == Field::Plan || field == Field::KeyArea || field == Field::Owner || field == Field::Organization
                   || field == Field::Specialty) {
            const Entity target = field == Field::Plan      ? Entity::Plan
                : field == Field::KeyArea                   ? Entity::KeyArea
                : field == Field::Specialty                 ? Entity::Specialty
                                                            : Entity::Organization;
            bool given = false;
            const RowId id = referencedRow(file, target, v, &given);
            if (given && !id)
                return setError(error, tr("The %1 chosen no longer exists.").arg(EntityText::label(target)));
            if (!given && (field == Field::Plan || field == Field::KeyArea))
                return setError(error, tr("A %1 must be chosen.").arg(EntityText::label(target)));
            // An envelope or a workforce record belongs to an organization (and a record to a specialty).
            if (!given && isRecord(entity))
                return setError(error, recordNeeds(field));
            out.insert(field, id ? QVariant(id) : nullValue());
        } else if (ValueLimits::isDate(field)) {
            QDate d;
            if (v.typeId() == QMetaType::QDate)
                d = v.toDate();
            else if (!isNullValue(v) && !v.toString().trimmed().isEmpty())
                d = QDate::fromString(v.toString().trimmed(), Qt::ISODate);
            const bool empty = isNullValue(v) || (v.typeId() != QMetaType::QDate && v.toString().trimmed().isEmpty());
            if (!empty && !d.isValid())
                return setError(error, tr("%1: \"%2\" is not a date (write it as 2018-03-31).").arg(name, v.toString()));
            if (const QString problem = ValueLimits::problem(field, d); d.isValid() && !problem.isEmpty())
                return setError(error, problem);
            out.insert(field, d.isValid() ? QVariant(d.toString(Qt::ISODate)) : nullValue());
        } else if (field == Field::Status) {
            const QString key = v.metaType() == QMetaType::fromType<MeasureStatus>()
                ? MeasureStatusText::key(v.value<MeasureStatus>())
                : v.toString().trimmed().toLower();
            if (!MeasureStatusText::fromKey(key))
                return setError(error, tr("Unknown status \"%1\": use not_started, under_way, completed or cancelled.").arg(v.toString()));
            out.insert(field, key);
        } else if (field == Field::PercentComplete) {
            double p = 0;
            if (!isNumber(v, &p) || p < 0 || p > 100)
                return setError(error, tr("The percent complete must be a number from 0 to 100 (not \"%1\").").arg(v.toString()));
            out.insert(field, p);
        } else if (field == Field::State) {
            const QString key = v.toString().trimmed().toLower();
            if (key != QLatin1String("active") && key != QLatin1String("completed") && key != QLatin1String("cancelled"))
                return setError(error, tr("Unknown project state \"%1\": use active, completed or cancelled.").arg(v.toString()));
            out.insert(field, key);
        } else if (field == Field::Budget && entity == Entity::Project) {
            double amount = 0;
            if (isNullValue(v) || v.toString().trimmed().isEmpty())
                amount = 0;
            else if (!isNumber(v, &amount) || amount < 0)
                return setError(error, tr("%1: \"%2\" is not an amount (a number of dollars, 0 or more).").arg(name, v.toString()));
            if (const QString problem = ValueLimits::problem(field, amount); !problem.isEmpty())
                return setError(error, problem);
            out.insert(field, amount);
        } else if (isOptionalAmount(field)) {
            double amount = 0;
            if (isNullValue(v) || v.toString().trimmed().isEmpty()) {
                out.insert(field, QVariant(QMetaType::fromType<double>()));
            } else if (!isNumber(v, &amount) || amount < 0) {
                return setError(error, tr("%1: \"%2\" is not an amount (a number of dollars, 0 or more).").arg(name, v.toString()));
            } else if (const QString problem = ValueLimits::problem(field, amount); !problem.isEmpty()) {
                return setError(error, problem);
            } else {
                out.insert(field, amount);
            }
        } else if (isColour(field)) {
            QString key = v.metaType() == QMetaType::fromType<Health>() ? HealthText::key(v.value<Health>())
                                                                         : v.toString().trimmed().toLower();
            if (key == QLatin1String("none"))
                key.clear();
            if (!key.isEmpty() && !HealthText::fromKey(key))
                return setError(error, tr("%1: unknown colour \"%2\": use green, yellow, red or none.").arg(name, v.toString()));
            out.insert(field, key.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(key));
        } else if (field == Field::FiscalYear) {
            double year = 0;
            if (!isNumber(v, &year) || year != std::floor(year) || year < Limits::firstYear || year > Limits::lastYear)
                return setError(error, tr("The fiscal year is the year it starts in, from %1 to %2 (not \"%3\").")
                                           .arg(Limits::firstYear)
                                           .arg(Limits::lastYear)
                                           .arg(v.toString()));
            out.insert(field, int(year));
        } else if (isRecord(entity) && (ValueLimits::isMoney(field) || ValueLimits::isBoundedNumber(field))) {
            // An envelope's amounts and a record's FTEs: empty is 0, as in their tables and imports.
            const bool money = ValueLimits::isMoney(field);
            double n = 0;
            if (!isNullValue(v) && !v.toString().trimmed().isEmpty() && !isNumber(v, &n))
                return setError(error, money ? tr("%1: \"%2\" is not an amount (a number of dollars, 0 or more).").arg(name, v.toString())
                                             : tr("%1: \"%2\" is not a number.").arg(name, v.toString()));
            if (const QString problem = ValueLimits::problem(field, n); !problem.isEmpty())
                return setError(error, problem);
            out.insert(field, n);
        } else if (field == Field::CoreFunction) {
            out.insert(field, v.toBool() ? 1 : 0);
        } else if (field == Field::Kind && entity == Entity::Organization) {
            const QString kind = v.toString().trimmed().toLower();
            if (kind != QLatin1String("ministry") && kind != QLatin1String("agency"))
                return setError(error, tr("Unknown kind of organization \"%1\": use ministry or agency.").arg(v.toString()));
            out.insert(field, kind);
        } else if (field == Field::Currency) {
            const QString code = v.toString().trimmed().toUpper();
            if (!QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(code).hasMatch())
                return setError(error, tr("The currency must be a three-letter code such as CAD, USD or EUR (not \"%1\").").arg(v.toString()));
            out.insert(field, code);
        } else if (field == Field::FiscalYearStart) {
            double month = 0;
            if (!isNumber(v, &month) || month != std::floor(month) || month < 1 || month > 12)
                return setError(error, tr("The fiscal year starts in a month from 1 to 12 (not \"%1\").").arg(v.toString()));
            out.insert(field, int(month));
        } else if (field == Field::DefaultLanguage) {
            const QString language = v.toString().trimmed().toLower();
            if (language != QLatin1String("en") && language != QLatin1String("fr"))
                return setError(error, tr("Unknown language \"%1\": use en or fr.").arg(v.toString()));
            out.insert(field, language);
        } else {
            out.insert(field, v);
        }
    }

    // Whole-row rules, on the values the row will have.
    const auto final = [&](Field f) { return out.contains(f) ? out.value(f) : current(file, entity, uuid, f); };
    if (adding && (entity == Entity::Plan || entity == Entity::Organization || entity == Entity::Specialty
                   || entity == Entity::Project) && !out.contains(Field::Code))
        return setError(error, tr("A code is required."));
    if (adding && entity == Entity::KeyArea && !out.contains(Field::Plan))
        return setError(error, tr("A %1 must be chosen.").arg(EntityText::label(Entity::Plan)));
    if (adding && entity == Entity::Measure && !out.contains(Field::KeyArea))
        return setError(error, tr("A %1 must be chosen.").arg(EntityText::label(Entity::KeyArea)));
    if ((entity == Entity::Plan || entity == Entity::KeyArea || entity == Entity::Measure)
        && (adding || out.contains(Field::TitleEn) || out.contains(Field::TitleFr))
        && final(Field::TitleEn).toString().trimmed().isEmpty() && final(Field::TitleFr).toString().trimmed().isEmpty())
        return setError(error, tr("A %1 needs a title in English or in French.").arg(EntityText::label(entity)));
    if (entity == Entity::Portfolio && out.contains(Field::NameEn) && out.value(Field::NameEn).toString().isEmpty())
        return setError(error, tr("The portfolio needs a name."));
    if (entity == Entity::Project) {
        // The authorized budget and planned dates are the project's baseline: given when the project is
        // created, changed afterwards by a decision that re-authorizes it, so that a re-baselining is
        // never silent (the ledger keeps every baseline).
        // A typing mistake in them is corrected until the project is reported in a frozen period or
        // re-authorized (authorizationLocked): the correction is journaled like any edit.
        if (!adding && (out.contains(Field::Budget) || out.contains(Field::PlannedStart) || out.contains(Field::PlannedEnd))) {
            if (const QString locked = authorizationLocked(file, uuid); !locked.isEmpty())
                return setError(error, locked);
        }
        const QDate start = dateValue(final(Field::PlannedStart));
        const QDate end = dateValue(final(Field::PlannedEnd));
        if (start.isValid() && end.isValid() && end < start)
            return setError(error, tr("The project is planned to end (%1) before it starts (%2).")
                                       .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    }
    if (isRecord(entity) && !checkRecord(file, entity, uuid, &out, error))
        return false;
    if (entity == Entity::Plan) {
        const QDate start = dateValue(final(Field::StartDate));
        const QDate end = dateValue(final(Field::EndDate));
        if (start.isValid() && end.isValid() && end < start)
            return setError(error, tr("The plan ends (%1) before it starts (%2).").arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    }
    if (entity == Entity::KeyArea || entity == Entity::Measure) {
        const bool area = entity == Entity::KeyArea;
        const Field parentField = area ? Field::Plan : Field::KeyArea;
        const RowId parent = final(parentField).toLongLong();
        RowId plan = parent;
        if (!area) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT plan_id FROM key_area WHERE id = ?"));
            q.addBindValue(parent);
            plan = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        }
        if (!out.contains(Field::Number) && adding)
            out.insert(Field::Number, nextNumber(file, entity, file.rowUuid(area ? Entity::Plan : Entity::KeyArea, parent)));
        if (out.contains(Field::Number) || out.contains(parentField)) {
            const int number = final(Field::Number).toInt();
            QSqlQuery q(db);
            q.prepare(area ? QStringLiteral("SELECT p.code FROM key_area a JOIN plan p ON p.id = a.plan_id "
                                            "WHERE a.plan_id = ? AND a.number = ? AND a.uuid <> ?")
                           : QStringLiteral("SELECT p.code FROM measure m JOIN key_area a ON a.id = m.key_area_id "
                                            "JOIN plan p ON p.id = a.plan_id WHERE a.plan_id = ? AND m.number = ? AND m.uuid <> ?"));
            q.addBindValue(plan);
            q.addBindValue(number);
            q.addBindValue(self);
            if (q.exec() && q.next()) {
                return setError(error, area ? tr("Key area %1 already exists in plan %2.").arg(number).arg(q.value(0).toString())
                                            : tr("Measure %1 already exists in plan %2.").arg(number).arg(q.value(0).toString()));
            }
        }
    }
    if (entity == Entity::Measure && adding) {
        // A new measure starts in the state its values give, as any state edit would store it.
        MeasureState s;
        s.status = MeasureStatusText::fromKey(out.value(Field::Status).toString()).value_or(MeasureStatus::NotStarted);
        s.percentComplete = out.value(Field::PercentComplete).toDouble();
        s = s.normalized();
        out.insert(Field::Status, MeasureStatusText::key(s.status));
        out.insert(Field::PercentComplete, s.percentComplete);
    }
    *values = out;
    return true;
}

bool StructureEdits::write(PortfolioFile &file, Entity entity, const QString &uuid, const FieldValues &values,
                           QString *error)
{
    FieldValues plain = values;
    std::optional<MeasureState> to;
    if (entity == Entity::Measure
        && (values.contains(Field::Status) || values.contains(Field::PercentComplete) || values.contains(Field::Comment)
            || values.contains(Field::CommentFr))) {
        to = Edits::measureState(file, uuid);
        if (!to)
            return setError(error, tr("The item being edited (%1) no longer exists.").arg(EntityText::label(entity)));
        const MeasureState from = *to;
        if (values.contains(Field::Status))
            to->status = MeasureStatusText::fromKey(values.value(Field::Status).toString()).value_or(to->status);
        if (values.contains(Field::PercentComplete))
            to->percentComplete = values.value(Field::PercentComplete).toDouble();
        if (values.contains(Field::Comment))
            to->comment = values.value(Field::Comment).toString();
        if (values.contains(Field::CommentFr))
            to->commentFr = values.value(Field::CommentFr).toString();
        plain.remove(Field::Status);
        plain.remove(Field::PercentComplete);
        plain.remove(Field::Comment);
        plain.remove(Field::CommentFr);
        if (!Edits::writeMeasureState(file, uuid, from, *to, error))
            return false;
    }
    // A key area moving to another plan under another number passes through a free (plan, number) pair:
    // the schema keeps both unique at every step.
    if (entity == Entity::KeyArea && plain.contains(Field::Plan) && plain.contains(Field::Number)) {
        QSqlQuery q(sqlDatabase(file));
        q.prepare(QStringLiteral("SELECT 1 FROM key_area WHERE plan_id = ? AND number = ? AND uuid <> ?"));
        q.addBindValue(plain.value(Field::Plan));
        q.addBindValue(file.value(entity, uuid, Field::Number));
        q.addBindValue(uuid);
        const bool oldNumberTaken = q.exec() && q.next();
        if (oldNumberTaken && !file.setValue(entity, uuid, Field::Number, -file.rowId(entity, uuid), error))
            return false;
        if (!file.setValue(entity, uuid, Field::Plan, plain.take(Field::Plan), error))
            return false;
    }
    if (entity == Entity::Project) {
        FieldValues authorization;
        for (const Field f : { Field::Budget, Field::PlannedStart, Field::PlannedEnd }) {
            if (plain.contains(f))
                authorization.insert(f, plain.take(f));
        }
        if (!authorization.isEmpty() && !correctAuthorization(file, uuid, authorization, error))
            return false;
    }
    for (auto it = plain.constBegin(); it != plain.constEnd(); ++it) {
        if (!file.setValue(entity, uuid, it.key(), it.value(), error))
            return false;
    }
    return true;
}

QString StructureEdits::authorizationLocked(const PortfolioFile &file, const QString &projectUuid)
{
    const RowId project = file.rowId(Entity::Project, projectUuid);
    if (!project)
        return tr("The item being edited (%1) no longer exists.").arg(EntityText::label(Entity::Project));
    const QString code = file.value(Entity::Project, projectUuid, Field::Code).toString();
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM baseline WHERE project_id = ?), "
                             "EXISTS (SELECT 1 FROM period_project WHERE project_id = ?)"));
    q.addBindValue(project);
    q.addBindValue(project);
    if (!q.exec() || !q.next())
        return sqlErrorText(q.lastError());
    if (q.value(1).toBool())
        return tr("Project %1 was reported in a frozen reporting period: its original budget and planned dates stay as "
                  "reported. A decision that re-authorizes it changes them (in the project's detail, Add Decision with Re-authorize).")
            .arg(code);
    if (q.value(0).toInt() > 1)
        return tr("Project %1 was re-authorized: its authorized budget and planned dates change only through another "
                  "decision that re-authorizes it (in the project's detail, Add Decision with Re-authorize).")
            .arg(code);
    return QString();
}

bool StructureEdits::correctAuthorization(PortfolioFile &file, const QString &projectUuid, const FieldValues &values,
                                          QString *error)
{
    // The original baseline row takes the corrected figures; the project row follows it (its budget, plan
    // and original figures, then its computed colours: PortfolioFile::afterRowWrite).
    const RowId project = file.rowId(Entity::Project, projectUuid);
    QSqlQuery q(sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT uuid FROM baseline WHERE project_id = ? ORDER BY sequence LIMIT 1"));
    q.addBindValue(project);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    if (!q.next()) {
        // A project from a file written before baselines were kept: its authorization becomes its first one.
        FieldValues all;
        for (const Field f : { Field::Budget, Field::PlannedStart, Field::PlannedEnd })
            all.insert(f, values.contains(f) ? values.value(f) : file.value(Entity::Project, projectUuid, f));
        return authorize(file, projectUuid, all, error);
    }
    // normalize() checked the plan against the project's dates, which are this row's while it is the only one.
    const QString baseline = q.value(0).toString();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!file.setValue(Entity::Baseline, baseline, it.key(), it.value(), error))
            return false;
    }
    return true;
}

bool StructureEdits::authorize(PortfolioFile &file, const QString &projectUuid, const FieldValues &values, QString *error)
{
    // A new project's authorization is its first baseline and its original figures, as an import writes them.
    const RowId project = file.rowId(Entity::Project, projectUuid);
    const QVariant budget = values.value(Field::Budget, 0.0);
    const QVariant start = values.value(Field::PlannedStart, nullValue());
    const QVariant end = values.value(Field::PlannedEnd, nullValue());
    if (!file.setValue(Entity::Project, projectUuid, Field::OriginalBudget, budget, error)
        || !file.setValue(Entity::Project, projectUuid, Field::OriginalEnd, end, error))
        return false;
    const FieldValues baseline { { Field::Project, project },
                                 { Field::Sequence, 0 }, // the original, as imports number it
                                 { Field::ApprovedDate, QDate::currentDate().toString(Qt::ISODate) },
                                 { Field::Budget, budget },
                                 { Field::PlannedStart, start },
                                 { Field::PlannedEnd, end } };
    return !file.insertRow(Entity::Baseline, baseline, QString(), error).isEmpty()
        && file.recomputeProject(project, error);
}

QString StructureEdits::recordNeeds(Field field)
{
    switch (field) {
    case Field::Organization: return tr("Choose an organization.");
    case Field::Specialty: return tr("Choose a specialty.");
    case Field::FiscalYear: return tr("An envelope needs its fiscal year.");
    default: return tr("A workforce record needs the date of its survey (write it as 2024-03-31).");
    }
}

bool StructureEdits::checkRecord(const PortfolioFile &file, Entity entity, const QString &uuid, FieldValues *out,
                                 QString *error)
{
    const bool envelope = entity == Entity::Envelope;
    const QList<Field> key = envelope ? QList<Field> { Field::Organization, Field::FiscalYear }
                                      : QList<Field> { Field::Organization, Field::Specialty, Field::SurveyDate };
    if (uuid.isEmpty()) {
        for (const Field f : key) {
            if (out->contains(f) && !isNullValue(out->value(f)))
                continue;
            return setError(error, recordNeeds(f));
        }
        const QList<Field> amounts = envelope ? QList<Field> { Field::PlannedNeeds, Field::Granted, Field::Committed }
                                              : QList<Field> { Field::InternalFte, Field::ExternalFte };
        for (const Field f : amounts) {
            if (!out->contains(f))
                out->insert(f, 0.0);
        }
    } else if (std::none_of(key.cbegin(), key.cend(), [&](Field f) { return out->contains(f); })) {
        return true; // the amounts only: the key is unchanged
    }
    const auto final = [&](Field f) { return out->contains(f) ? out->value(f) : current(file, entity, uuid, f); };
    if (const Field f = envelope ? Field::FiscalYear : Field::SurveyDate; isNullValue(final(f)))
        return setError(error, recordNeeds(f));
    QSqlQuery q(sqlDatabase(file));
    q.prepare(envelope ? QStringLiteral("SELECT o.code FROM envelope e JOIN organization o ON o.id = e.organization_id "
                                        "WHERE e.organization_id = ? AND e.fiscal_year = ? AND e.uuid <> ?")
                       : QStringLiteral("SELECT o.code, s.code FROM workforce w JOIN organization o ON o.id = w.organization_id "
                                        "JOIN specialty s ON s.id = w.specialty_id "
                                        "WHERE w.organization_id = ? AND w.specialty_id = ? AND w.survey_date = ? AND w.uuid <> ?"));
    for (const Field f : key)
        q.addBindValue(final(f));
    q.addBindValue(uuid.isEmpty() ? QStringLiteral("") : uuid);
    if (!q.exec())
        return setError(error, sqlErrorText(q.lastError()));
    if (!q.next())
        return true;
    if (envelope)
        return setError(error, tr("Organization %1 already has an envelope for fiscal year %2.")
                                   .arg(q.value(0).toString(), fiscalYearLabel(final(Field::FiscalYear).toInt())));
    //: A refused workforce record: "The survey of 2024-03-31 already has a record for organization MIN3 and specialty DEV."
    return setError(error, tr("The survey of %1 already has a record for organization %2 and specialty %3.")
                               .arg(final(Field::SurveyDate).toString(), q.value(0).toString(), q.value(1).toString()));
}

EditResult StructureEdits::add(PortfolioFile &file, Entity entity, const FieldValues &values, const ChangeLabel &label)
{
    QString created;
    EditResult r = Edits::run(file, { label, {}, 0 }, [&](QString *error) {
        FieldValues checked = values;
        if (!normalize(file, entity, QString(), &checked, error))
            return false;
        created = file.insertRow(entity, checked, QString(), error);
        return !created.isEmpty() && (entity != Entity::Project || authorize(file, created, checked, error));
    });
    if (r.ok)
        r.uuid = created;
    return r;
}

EditResult StructureEdits::set(PortfolioFile &file, Entity entity, const QString &uuid, const FieldValues &values,
                               const ChangeLabel &label)
{
    return Edits::run(file, { label, {}, 0 }, [&](QString *error) {
        FieldValues checked = values;
        return normalize(file, entity, uuid, &checked, error) && write(file, entity, uuid, checked, error);
    });
}

EditResult StructureEdits::remove(PortfolioFile &file, Entity entity, const QString &uuid, const ChangeLabel &label)
{
    if (!isStructural(entity) && !isRecord(entity)) {
        EditResult r;
        r.error = tr("This kind of item (%1) is not edited here.").arg(EntityText::label(entity));
        return r;
    }
    return Edits::deleteRows(file, entity, { uuid }, label);
}

EditResult StructureEdits::linkProjectToMeasure(PortfolioFile &file, const QString &projectUuid,
                                                const QString &measureUuid, bool linked, const ChangeLabel &label)
{
    return Edits::run(file, { label, {}, 0 }, [&](QString *error) {
        const RowId project = file.rowId(Entity::Project, projectUuid);
        const RowId measure = file.rowId(Entity::Measure, measureUuid);
        if (!project)
            return setError(error, tr("The %1 chosen no longer exists.").arg(EntityText::label(Entity::Project)));
        if (!measure)
            return setError(error, tr("The %1 chosen no longer exists.").arg(EntityText::label(Entity::Measure)));
        QSqlQuery q(sqlDatabase(file));
        q.prepare(QStringLiteral("SELECT uuid FROM project_measure WHERE project_id = ? AND measure_id = ?"));
        q.addBindValue(project);
        q.addBindValue(measure);
        const QString link = q.exec() && q.next() ? q.value(0).toString() : QString();
        if (linked == !link.isEmpty())
            return true; // already so: nothing to write
        if (!linked)
            return file.deleteRow(Entity::ProjectMeasure, link, error);
        return !file.insertRow(Entity::ProjectMeasure, { { Field::Project, project }, { Field::Measure, measure } },
                               QString(), error)
                    .isEmpty();
    });
}

EditResult StructureEdits::setPortfolio(PortfolioFile &file, const FieldValues &values, const ChangeLabel &label)
{
    static const QList<Field> properties { Field::NameEn, Field::NameFr, Field::Jurisdiction, Field::Currency,
                                           Field::FiscalYearStart, Field::DefaultLanguage, Field::CioName,
                                           Field::CioTitle, Field::CioTitleFr, Field::CioContact,
                                           Field::Classification };
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!properties.contains(it.key())) {
            EditResult r;
            r.error = tr("This field (%1) is not a property of the portfolio.").arg(FieldText::label(it.key()));
            return r;
        }
    }
    const QString uuid = file.info().uuid;
    return Edits::run(file, { label, {}, 0 }, [&](QString *error) {
        FieldValues checked = values;
        return normalize(file, Entity::Portfolio, uuid, &checked, error)
            && write(file, Entity::Portfolio, uuid, checked, error);
    });
}

int StructureEdits::nextNumber(const PortfolioFile &file, Entity entity, const QString &parentUuid)
{
    QSqlQuery q(sqlDatabase(file));
    if (entity == Entity::KeyArea) {
        q.prepare(QStringLiteral("SELECT MAX(number) FROM key_area WHERE plan_id = ?"));
        q.addBindValue(file.rowId(Entity::Plan, parentUuid));
    } else {
        q.prepare(QStringLiteral("SELECT MAX(m.number) FROM measure m JOIN key_area a ON a.id = m.key_area_id "
                                 "WHERE a.plan_id = (SELECT plan_id FROM key_area WHERE id = ?)"));
        q.addBindValue(file.rowId(Entity::KeyArea, parentUuid));
    }
    return q.exec() && q.next() ? std::max(0, q.value(0).toInt()) + 1 : 1;
}

QString StructureEdits::dependentsText(const PortfolioFile &file, Entity entity, const QString &uuid)
{
    const QHash<Entity, int> counts = file.dependents(entity, uuid);
    QStringList parts;
    for (int e = 0; e < kEntityCount; ++e) {
        // A period's frozen rows are one thing to the user, whether projects or measures.
        const int n = Entity(e) == Entity::PeriodProject ? counts.value(Entity(e)) + counts.value(Entity::PeriodMeasure)
            : Entity(e) == Entity::PeriodMeasure         ? 0
                                                         : counts.value(Entity(e));
        if (n == 0)
            continue;
        switch (Entity(e)) {
        case Entity::KeyArea: parts << tr("%n key area(s)", nullptr, n); break;
        case Entity::Measure: parts << tr("%n measure(s)", nullptr, n); break;
        case Entity::MeasureStatusChange: parts << tr("%n status change(s)", nullptr, n); break;
        case Entity::Baseline: parts << tr("%n baseline(s)", nullptr, n); break;
        case Entity::Decision: parts << tr("%n decision(s)", nullptr, n); break;
        case Entity::ProjectMeasure: parts << tr("%n link(s) between projects and measures", nullptr, n); break;
        case Entity::PeriodProject: parts << tr("%n frozen value(s) of reporting periods", nullptr, n); break;
        case Entity::Workforce: parts << tr("%n workforce record(s)", nullptr, n); break;
        case Entity::Envelope: parts << tr("%n envelope(s)", nullptr, n); break;
        case Entity::BriefingItem: parts << tr("%n briefing item(s)", nullptr, n); break;
        default: parts << QStringLiteral("%1 × %2").arg(n).arg(EntityText::label(Entity(e))); break;
        }
    }
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    //: The last two items of a list: "2 key areas, 9 measures and 3 status changes"
    return tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

} // namespace Vigie
