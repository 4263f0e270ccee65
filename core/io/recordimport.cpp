// Workforce records and envelopes from CSV: figures per organization, matched by their key (specialty,
// organization and survey date; fiscal year and organization). Organizations and specialties a row names
// that the portfolio does not have are created. An empty figure leaves the stored one as it is (0 for a
// new record).
#include "io/importtargets_p.h"

#include "model/entities.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace Vigie {

namespace {

using F = Field;
namespace W = WorkforceField;
namespace E = EnvelopeField;

// The figures of one record, stored and wanted, compared field by field.
struct Figures
{
    QString uuid;
    QList<QVariant> stored;
};

// Planned changes of the figure fields `fields` (read from `columns` of the row) of an existing record,
// or the values of a new one.
FieldValues figureValues(const ImportRow &row, const QList<Field> &fields, const QList<int> &columns,
                         const Figures *existing)
{
    FieldValues values;
    for (int i = 0; i < fields.size(); ++i) {
        if (!row.has(columns.at(i)))
            continue;
        if (existing)
            addIfChanged(&values, fields.at(i), existing->stored.at(i), row.value(columns.at(i)));
        else
            values.insert(fields.at(i), row.value(columns.at(i)));
    }
    return values;
}

// A row for a record the file (or an earlier row) already has: counted repeated when an earlier row of
// this file made it under another name, unchanged, or planned as an update of the fields that differ.
void planExisting(const ImportRow &row, const QList<Field> &fields, const QList<int> &columns, const Figures &existing,
                  PlannedRows *rows, ImportReport *report)
{
    if (existing.stored.isEmpty()) {
        ++report->repeated;
        return;
    }
    const FieldValues changes = figureValues(row, fields, columns, &existing);
    if (changes.isEmpty()) {
        ++report->unchanged;
        return;
    }
    rows->add(existing.uuid, false, changes);
    ++report->updated;
}

class WorkforceTarget : public ImportTarget
{
public:
    explicit WorkforceTarget(PortfolioFile &file)
        : m_file(file)
        , m_organizations(file)
    {
    }

    bool load(QString *error) override
    {
        if (!m_organizations.load(error))
            return false;
        QSqlQuery q(sqlDatabase(m_file));
        readForwardOnly(q);
        if (!q.exec(QStringLiteral("SELECT uuid, code, name_en, name_fr, core_function FROM specialty")))
            return setError(error, sqlErrorText(q.lastError()));
        while (q.next())
            m_specialties.insert(q.value(1).toString().trimmed().toCaseFolded(),
                                 { q.value(0).toString(), q.value(2), q.value(3), q.value(4), false, {} });
        if (!q.exec(QStringLiteral("SELECT w.uuid, s.uuid, o.uuid, w.survey_date, w.internal_fte, w.external_fte "
                                   "FROM workforce w JOIN specialty s ON s.id = w.specialty_id "
                                   "JOIN organization o ON o.id = w.organization_id")))
            return setError(error, sqlErrorText(q.lastError()));
        while (q.next())
            m_records.insert(recordKey(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()),
                             { q.value(0).toString(), { q.value(4), q.value(5) } });
        return true;
    }

    QString key(const ImportRow &row) const override
    {
        const QString organization = m_organizations.find(row.text(W::Organization));
        return row.text(W::Specialty).trimmed().toCaseFolded() + QLatin1Char('\n')
            + (organization.isEmpty() ? row.text(W::Organization).trimmed().toCaseFolded() : organization)
            + QLatin1Char('\n') + row.text(W::SurveyDate);
    }
    QString describe(const ImportRow &row) const override
    {
        return TableTargets::tr("the record of specialty %1 in %2 on %3")
            .arg(row.text(W::Specialty), row.text(W::Organization), row.text(W::SurveyDate));
    }
    int keyField() const override { return W::Specialty; }

    void take(const ImportRow &row, const RowConverter &converter, ImportReport *report) override
    {
        const QString skipped = RowConverter::tr("; the row is skipped");
        const QString code = row.text(W::Specialty).trimmed();
        auto specialty = m_specialties.find(code.toCaseFolded());
        const QString codeProblem = specialty == m_specialties.end() ? newCodeProblem(code) : QString();
        if (!codeProblem.isEmpty())
            converter.report(row, W::Specialty, codeProblem, skipped, report);
        if (!codeProblem.isEmpty()) {
            ++report->skipped;
            return;
        }
        const QString organization = m_organizations.resolve(row.text(W::Organization), report);
        if (specialty == m_specialties.end()) {
            const QString en = row.text(W::SpecialtyName).trimmed();
            const QString fr = row.text(W::SpecialtyNameFr).trimmed();
            specialty = m_specialties.insert(code.toCaseFolded(),
                                             { PortfolioFile::newUuid(), en.isEmpty() ? code : en, fr.isEmpty() ? code : fr,
                                               row.value(W::CoreFunction).toBool() ? 1 : 0, true, {} });
            m_specialtyRows.add(specialty->uuid, true,
                                { { F::Code, code }, { F::NameEn, specialty->nameEn }, { F::NameFr, specialty->nameFr },
                                  { F::CoreFunction, specialty->core } });
            ++report->specialtiesCreated;
        } else if (!specialty->created && !specialty->changed) {
            // The first row naming an existing specialty may rename it or change its core flag.
            FieldValues changes;
            if (!row.text(W::SpecialtyName).trimmed().isEmpty())
                addIfChanged(&changes, F::NameEn, specialty->nameEn, row.text(W::SpecialtyName).trimmed());
            if (!row.text(W::SpecialtyNameFr).trimmed().isEmpty())
                addIfChanged(&changes, F::NameFr, specialty->nameFr, row.text(W::SpecialtyNameFr).trimmed());
            if (row.has(W::CoreFunction))
                addIfChanged(&changes, F::CoreFunction, specialty->core, row.value(W::CoreFunction).toBool() ? 1 : 0);
            specialty->changed = true;
            if (!changes.isEmpty())
                m_specialtyRows.add(specialty->uuid, false, changes);
        }
        static const QList<Field> fields { F::InternalFte, F::ExternalFte };
        static const QList<int> columns { W::Internal, W::External };
        const QString key = recordKey(specialty->uuid, organization, row.text(W::SurveyDate));
        const auto existing = m_records.constFind(key);
        if (existing == m_records.constEnd()) {
            FieldValues values = figureValues(row, fields, columns, nullptr);
            values.insert(F::Organization, organization);
            values.insert(F::Specialty, specialty->uuid);
            values.insert(F::SurveyDate, row.value(W::SurveyDate));
            m_records.insert(key, { PortfolioFile::newUuid(), {} });
            m_recordRows.add(m_records.value(key).uuid, true, values);
            ++report->created;
            return;
        }
        planExisting(row, fields, columns, *existing, &m_recordRows, report);
    }

    bool write(QString *error) override
    {
        return m_organizations.write(error) && m_specialtyRows.write(m_file, Entity::Specialty, error)
            && m_recordRows.write(m_file, Entity::Workforce, error);
    }

private:
    struct SpecialtyRec
    {
        QString uuid;
        QVariant nameEn, nameFr, core;
        bool created = false;
        bool changed = false;
    };
    static QString recordKey(const QString &specialty, const QString &organization, const QString &date)
    {
        return specialty + QLatin1Char('\n') + organization + QLatin1Char('\n') + date;
    }

    PortfolioFile &m_file;
    OrganizationRefs m_organizations;
    QHash<QString, SpecialtyRec> m_specialties; // case-folded code → specialty
    QHash<QString, Figures> m_records;          // specialty, organization, date → record
    PlannedRows m_specialtyRows, m_recordRows;
};

class EnvelopeTarget : public ImportTarget
{
public:
    explicit EnvelopeTarget(PortfolioFile &file)
        : m_file(file)
        , m_organizations(file)
    {
    }

    bool load(QString *error) override
    {
        if (!m_organizations.load(error))
            return false;
        QSqlQuery q(sqlDatabase(m_file));
        readForwardOnly(q);
        if (!q.exec(QStringLiteral("SELECT e.uuid, e.fiscal_year, o.uuid, e.planned_needs, e.granted, e.committed "
                                   "FROM envelope e JOIN organization o ON o.id = e.organization_id")))
            return setError(error, sqlErrorText(q.lastError()));
        while (q.next())
            m_envelopes.insert(envelopeKey(q.value(1).toInt(), q.value(2).toString()),
                               { q.value(0).toString(), { q.value(3), q.value(4), q.value(5) } });
        return true;
    }

    QString key(const ImportRow &row) const override
    {
        const QString organization = m_organizations.find(row.text(E::Organization));
        return envelopeKey(row.value(E::FiscalYear).toInt(),
                           organization.isEmpty() ? row.text(E::Organization).trimmed().toCaseFolded() : organization);
    }
    QString describe(const ImportRow &row) const override
    {
        return TableTargets::tr("the envelope of %1 for %2")
            .arg(row.text(E::Organization), fiscalYearLabel(row.value(E::FiscalYear).toInt()));
    }
    int keyField() const override { return E::FiscalYear; }

    void take(const ImportRow &row, const RowConverter &converter, ImportReport *report) override
    {
        Q_UNUSED(converter)
        static const QList<Field> fields { F::PlannedNeeds, F::Granted, F::Committed };
        static const QList<int> columns { E::PlannedNeeds, E::Granted, E::Committed };
        const QString organization = m_organizations.resolve(row.text(E::Organization), report);
        const int year = row.value(E::FiscalYear).toInt();
        const QString key = envelopeKey(year, organization);
        const auto existing = m_envelopes.constFind(key);
        if (existing == m_envelopes.constEnd()) {
            FieldValues values = figureValues(row, fields, columns, nullptr);
            values.insert(F::FiscalYear, year);
            values.insert(F::Organization, organization);
            const QString uuid = PortfolioFile::newUuid();
            m_envelopes.insert(key, { uuid, {} });
            m_rows.add(uuid, true, values);
            ++report->created;
            return;
        }
        planExisting(row, fields, columns, *existing, &m_rows, report);
    }

    bool write(QString *error) override
    {
        return m_organizations.write(error) && m_rows.write(m_file, Entity::Envelope, error);
    }

private:
    static QString envelopeKey(int year, const QString &organization)
    {
        return QString::number(year) + QLatin1Char('\n') + organization;
    }

    PortfolioFile &m_file;
    OrganizationRefs m_organizations;
    QHash<QString, Figures> m_envelopes; // fiscal year, organization → envelope
    PlannedRows m_rows;
};

} // namespace

std::unique_ptr<ImportTarget> TableTargets::workforce(PortfolioFile &file)
{
    return std::make_unique<WorkforceTarget>(file);
}

std::unique_ptr<ImportTarget> TableTargets::envelopes(PortfolioFile &file)
{
    return std::make_unique<EnvelopeTarget>(file);
}

} // namespace Vigie
