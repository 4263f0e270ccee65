// The common parts of the import targets and the organizations target; measures are in
// measureimport.cpp, workforce records and envelopes in recordimport.cpp.
#include "importtarget.h"

#include "io/importtargets_p.h"
#include "storage/copyscope.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"
#include "storage/structureedits.h"

#include <QSqlQuery>

namespace Vigie {

void addIfChanged(FieldValues *changes, Field field, const QVariant &stored, const QVariant &wanted)
{
    if (!sameStoredValue(stored, PortfolioFile::toStorage(wanted)))
        changes->insert(field, wanted);
}

bool OrganizationRefs::load(QString *error)
{
    QSqlQuery q(sqlDatabase(m_file));
    readForwardOnly(q);
    if (!q.exec(QStringLiteral("SELECT uuid, code, name_en, name_fr FROM organization")))
        return setError(error, sqlErrorText(q.lastError()));
    while (q.next()) {
        m_codes.insert(q.value(1).toString().trimmed().toCaseFolded());
        for (int i = 3; i >= 1; --i) { // the code wins over names
            const QString key = q.value(i).toString().trimmed().toCaseFolded();
            if (!key.isEmpty())
                m_byKey.insert(key, q.value(0).toString());
        }
    }
    return true;
}

QString OrganizationRefs::find(const QString &text) const
{
    return m_byKey.value(text.trimmed().toCaseFolded());
}

QString OrganizationRefs::resolve(const QString &text, ImportReport *report)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QString key = trimmed.toCaseFolded();
    const QString known = m_byKey.value(key, m_plannedByKey.value(key));
    if (!known.isEmpty())
        return known;
    const QString code = newOrganizationCode(trimmed, [&](const QString &c) { return m_codes.contains(c.toCaseFolded()); });
    m_codes.insert(code.toCaseFolded());
    const QString uuid = PortfolioFile::newUuid();
    m_plannedByKey.insert(key, uuid);
    m_planned.append({ uuid, code, trimmed });
    ++report->organizationsCreated;
    return uuid;
}

bool OrganizationRefs::write(QString *error)
{
    for (const Planned &p : std::as_const(m_planned)) {
        FieldValues values { { Field::Code, p.code }, { Field::NameEn, p.text }, { Field::NameFr, p.text } };
        if (!StructureEdits::normalize(m_file, Entity::Organization, QString(), &values, error)
            || m_file.insertRow(Entity::Organization, values, p.uuid, error).isEmpty())
            return false;
    }
    return true;
}

bool PlannedRows::write(PortfolioFile &file, Entity entity, QString *error) const
{
    const bool limitedCopy = !CopyScope::organizationOf(file).isEmpty();
    for (const Planned &p : rows) {
        FieldValues values = p.values;
        if (!p.create && values.isEmpty()) { // a row the file names unchanged: still touched (a project, a measure)
            // …but in a ministry's copy, only its own organization's (ProjectWriter::touchProject).
            if (limitedCopy && !CopyScope::readOnlyReason(file, entity, p.uuid).isEmpty())
                continue;
            if (!file.touch(entity, p.uuid, error))
                return false;
            continue;
        }
        if (p.create) {
            if (StructureEdits::isStructural(entity)) {
                if (!StructureEdits::normalize(file, entity, QString(), &values, error))
                    return false;
            } else if (!resolveReferences(file, entity, &values, error)) {
                return false;
            }
            if (file.insertRow(entity, values, p.uuid, error).isEmpty())
                return false;
        } else if (StructureEdits::isStructural(entity)) {
            if (!StructureEdits::normalize(file, entity, p.uuid, &values, error)
                || !StructureEdits::write(file, entity, p.uuid, values, error))
                return false;
        } else {
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                if (!file.setValue(entity, p.uuid, it.key(), it.value(), error))
                    return false;
            }
        }
    }
    return true;
}

bool PlannedRows::resolveReferences(const PortfolioFile &file, Entity entity, FieldValues *values, QString *error)
{
    for (auto it = values->begin(); it != values->end(); ++it) {
        if (it.value().typeId() != QMetaType::QString)
            continue;
        if (it.key() == Field::Organization || it.key() == Field::Specialty) {
            const Entity target = it.key() == Field::Organization ? Entity::Organization : Entity::Specialty;
            const RowId id = file.rowId(target, it.value().toString());
            if (!id)
                return setError(error, TableTargets::tr("The %1 of a new %2 is missing.")
                                           .arg(EntityText::label(target), EntityText::label(entity)));
            it.value() = id;
        }
    }
    return true;
}

namespace {

// Organizations: matched by code (ignoring case); names and kind updated from mapped columns.
class OrganizationTarget : public ImportTarget
{
public:
    explicit OrganizationTarget(PortfolioFile &file)
        : m_file(file)
    {
    }

    bool load(QString *error) override
    {
        QSqlQuery q(sqlDatabase(m_file));
        readForwardOnly(q);
        if (!q.exec(QStringLiteral("SELECT uuid, code, name_en, name_fr, kind FROM organization")))
            return setError(error, sqlErrorText(q.lastError()));
        while (q.next())
            m_existing.insert(q.value(1).toString().trimmed().toCaseFolded(),
                              { q.value(0).toString(), q.value(2), q.value(3), q.value(4) });
        return true;
    }

    QString key(const ImportRow &row) const override { return row.text(OrganizationField::Code).toCaseFolded(); }
    QString describe(const ImportRow &row) const override
    {
        return TableTargets::tr("organization code \"%1\"").arg(row.text(OrganizationField::Code));
    }
    int keyField() const override { return OrganizationField::Code; }

    void take(const ImportRow &row, const RowConverter &converter, ImportReport *report) override
    {
        const auto mapped = [&](int f) { return converter.column(f) > 0; };
        const auto it = m_existing.constFind(key(row));
        FieldValues values;
        if (it == m_existing.constEnd()) {
            if (const QString problem = newCodeProblem(row.text(OrganizationField::Code)); !problem.isEmpty()) {
                converter.report(row, OrganizationField::Code, problem, RowConverter::tr("; the row is skipped"), report);
                ++report->skipped;
                return;
            }
            values.insert(Field::Code, row.text(OrganizationField::Code));
            if (mapped(OrganizationField::Name))
                values.insert(Field::NameEn, row.text(OrganizationField::Name));
            if (mapped(OrganizationField::NameFr))
                values.insert(Field::NameFr, row.text(OrganizationField::NameFr));
            if (row.has(OrganizationField::Kind))
                values.insert(Field::Kind, row.value(OrganizationField::Kind));
            m_rows.add(PortfolioFile::newUuid(), true, values);
            ++report->created;
            return;
        }
        if (mapped(OrganizationField::Name))
            addIfChanged(&values, Field::NameEn, it->nameEn, row.text(OrganizationField::Name));
        if (mapped(OrganizationField::NameFr))
            addIfChanged(&values, Field::NameFr, it->nameFr, row.text(OrganizationField::NameFr));
        if (row.has(OrganizationField::Kind))
            addIfChanged(&values, Field::Kind, it->kind, row.value(OrganizationField::Kind));
        if (values.isEmpty()) {
            ++report->unchanged;
            return;
        }
        m_rows.add(it->uuid, false, values);
        ++report->updated;
    }

    bool write(QString *error) override { return m_rows.write(m_file, Entity::Organization, error); }

private:
    struct Existing
    {
        QString uuid;
        QVariant nameEn, nameFr, kind;
    };
    PortfolioFile &m_file;
    QHash<QString, Existing> m_existing; // case-folded code → organization
    PlannedRows m_rows;
};

} // namespace

std::unique_ptr<ImportTarget> ImportTarget::create(ImportKind kind, PortfolioFile &file)
{
    switch (kind) {
    case ImportKind::Organizations: return std::make_unique<OrganizationTarget>(file);
    case ImportKind::Measures: return TableTargets::measures(file);
    case ImportKind::Workforce: return TableTargets::workforce(file);
    case ImportKind::Envelopes: return TableTargets::envelopes(file);
    case ImportKind::Projects: break;
    }
    return nullptr;
}

} // namespace Vigie
