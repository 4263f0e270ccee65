// Measures from CSV, one row per measure with its plan and key area (mapping keys plan, plan_fr, area,
// area_title, area_title_fr, number, title, title_fr, owner, due, status, percent, comment, comment_fr).
//
// A plan is named by its code or English title; a plan or key area that does not exist yet is created
// (a new plan takes the text as code and English title); without a plan column the portfolio's only plan
// is meant. Key areas are matched by number within their plan, measures by number within their plan: a
// measure whose row names another area of the same plan moves there. Empty status and percent cells
// leave them as they are; a completed measure is 100% complete; a status that changes writes its history
// row, as the desktop application's edits do.
#include "io/importtargets_p.h"

#include "model/limits.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace Vigie {

namespace {

using F = Field;
namespace M = MeasureField;

class MeasureTarget : public ImportTarget
{
public:
    explicit MeasureTarget(PortfolioFile &file)
        : m_file(file)
        , m_organizations(file)
    {
    }

    bool load(QString *error) override
    {
        QSqlQuery q(sqlDatabase(m_file));
        readForwardOnly(q);
        if (!m_organizations.load(error))
            return false;
        if (!q.exec(QStringLiteral("SELECT id, uuid, code, title_en, title_fr FROM plan ORDER BY id")))
            return setError(error, sqlErrorText(q.lastError()));
        QHash<RowId, int> planIndex;
        while (q.next()) {
            planIndex.insert(q.value(0).toLongLong(), int(m_plans.size()));
            addPlan({ q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), false, {}, {} });
        }
        if (!q.exec(QStringLiteral("SELECT id, uuid, plan_id, number, title_en, title_fr FROM key_area")))
            return setError(error, sqlErrorText(q.lastError()));
        QHash<RowId, int> areaIndex;
        while (q.next()) {
            const int plan = planIndex.value(q.value(2).toLongLong(), -1);
            areaIndex.insert(q.value(0).toLongLong(), int(m_areas.size()));
            m_areaByKey.insert({ plan, q.value(3).toInt() }, int(m_areas.size()));
            m_areas.append({ q.value(1).toString(), plan, q.value(3).toInt(), q.value(4).toString(),
                             q.value(5).toString(), false, 0, {}, {} });
        }
        if (!q.exec(QStringLiteral("SELECT m.uuid, m.key_area_id, m.number, m.title_en, m.title_fr, o.uuid, m.due_date, "
                                   "m.status, m.percent_complete, m.comment, m.comment_fr FROM measure m "
                                   "LEFT JOIN organization o ON o.id = m.owner_id")))
            return setError(error, sqlErrorText(q.lastError()));
        while (q.next()) {
            const int area = areaIndex.value(q.value(1).toLongLong(), -1);
            if (area < 0)
                continue;
            Existing e { q.value(0).toString(), area, {}, false };
            for (int i = 0; i < 8; ++i)
                e.stored[size_t(i)] = q.value(3 + i);
            m_measures.insert({ m_areas.at(area).plan, q.value(2).toInt() }, e);
        }
        return true;
    }

    QString key(const ImportRow &row) const override
    {
        return row.text(M::Plan).trimmed().toCaseFolded() + QLatin1Char('\n') + row.text(M::Number);
    }
    QString describe(const ImportRow &row) const override
    {
        return TableTargets::tr("measure %1").arg(row.value(M::Number).toInt());
    }
    int keyField() const override { return M::Number; }

    void take(const ImportRow &row, const RowConverter &converter, ImportReport *report) override
    {
        const auto mapped = [&](int f) { return converter.column(f) > 0; };
        const auto problem = [&](int field, const QString &message) {
            const int column = converter.column(field) > 0 ? converter.column(field) : converter.column(M::Number);
            report->errors.append({ converter.file(), row.line, column,
                                    RowConverter::tr("%1: %2").arg(converter.fieldName(field), message) });
        };

        // The plan.
        const QString planText = row.text(M::Plan).trimmed();
        int plan = -1;
        if (!planText.isEmpty()) {
            plan = m_planByKey.value(planText.toCaseFolded(), -1);
            if (plan < 0 && planText.size() > Limits::codeLength) { // a new plan takes the text as its code
                converter.report(row, M::Plan,
                                 TableTargets::tr("no plan has this code or title, and at %1 characters it cannot be a "
                                                  "new plan's code (at most %2)")
                                     .arg(planText.size())
                                     .arg(Limits::codeLength),
                                 RowConverter::tr("; the row is skipped"), report);
                ++report->skipped;
                return;
            }
            if (plan < 0) {
                plan = addPlan({ PortfolioFile::newUuid(), planText, planText, row.text(M::PlanFr).trimmed(), true, {}, {} });
                if (!m_plans.at(plan).titleFr.isEmpty())
                    m_plans[plan].titledOn.insert(int(F::TitleFr), row.line);
                ++report->plansCreated;
            } else if (!row.text(M::PlanFr).trimmed().isEmpty()) {
                retitle(&m_plans[plan], &m_plans[plan].titleFr, F::TitleFr, row.text(M::PlanFr).trimmed(), converter,
                        row, M::PlanFr, report);
            }
        } else if (m_plans.size() == 1) {
            plan = 0;
        } else if (m_plans.isEmpty()) {
            // A portfolio's first plan, when the file does not name it: data, so in both languages.
            plan = addPlan({ PortfolioFile::newUuid(), QStringLiteral("PLAN"), QStringLiteral("Strategic plan"),
                             QStringLiteral("Plan stratégique"), true, {}, {} });
            ++report->plansCreated;
        } else {
            QStringList codes;
            for (const PlanRec &p : std::as_const(m_plans))
                codes << p.code;
            problem(M::Plan, TableTargets::tr("the portfolio has several plans (%1); name the plan in a \"plan\" column")
                                 .arg(codes.join(QStringLiteral(", "))));
            return;
        }

        // The key area.
        const int areaNumber = row.value(M::Area).toInt();
        int area = m_areaByKey.value({ plan, areaNumber }, -1);
        const QString areaTitle = row.text(M::AreaTitle).trimmed();
        const QString areaTitleFr = row.text(M::AreaTitleFr).trimmed();
        if (area < 0) {
            area = int(m_areas.size());
            const bool untitled = areaTitle.isEmpty() && areaTitleFr.isEmpty();
            m_areas.append({ PortfolioFile::newUuid(), plan, areaNumber,
                             untitled ? QStringLiteral("Key area %1").arg(areaNumber) : areaTitle,
                             untitled ? QStringLiteral("Axe %1").arg(areaNumber) : areaTitleFr, true, row.line, {}, {} });
            m_areaByKey.insert({ plan, areaNumber }, area);
            if (!areaTitle.isEmpty())
                m_areas[area].titledOn.insert(int(F::TitleEn), row.line);
            if (!areaTitleFr.isEmpty())
                m_areas[area].titledOn.insert(int(F::TitleFr), row.line);
            ++report->areasCreated;
        } else {
            AreaRec &a = m_areas[area];
            const bool unchanged = a.changes.isEmpty();
            if (!areaTitle.isEmpty())
                retitle(&a, &a.titleEn, F::TitleEn, areaTitle, converter, row, M::AreaTitle, report);
            if (!areaTitleFr.isEmpty())
                retitle(&a, &a.titleFr, F::TitleFr, areaTitleFr, converter, row, M::AreaTitleFr, report);
            if (unchanged && !a.changes.isEmpty() && !a.created)
                ++report->areasUpdated;
        }

        // The measure.
        const int number = row.value(M::Number).toInt();
        const QString owner = mapped(M::Owner) ? m_organizations.resolve(row.text(M::Owner), report) : QString();
        const auto existing = m_measures.constFind({ plan, number });
        FieldValues values;
        if (existing == m_measures.constEnd()) {
            if (row.text(M::Title).trimmed().isEmpty() && row.text(M::TitleFr).trimmed().isEmpty()) {
                problem(mapped(M::Title) ? M::Title : M::TitleFr,
                        TableTargets::tr("measure %1 is new and needs a title (title or title_fr)").arg(number));
                return;
            }
            values = { { F::KeyArea, m_areas.at(area).uuid }, { F::Number, number } };
            for (const auto &[field, column] : textColumns())
                if (mapped(column))
                    values.insert(field, row.text(column));
            if (mapped(M::Owner))
                values.insert(F::Owner, owner);
            if (mapped(M::Due))
                values.insert(F::DueDate, row.value(M::Due));
            if (row.has(M::Status))
                values.insert(F::Status, row.value(M::Status));
            if (row.has(M::Percent))
                values.insert(F::PercentComplete, row.value(M::Percent));
            const QString uuid = PortfolioFile::newUuid();
            m_measures.insert({ plan, number }, { uuid, area, {}, true });
            m_measureRows.add(uuid, true, values);
            ++report->created;
            return;
        }
        if (existing->planned) { // an earlier row named the same plan another way (code or title)
            ++report->repeated;
            return;
        }
        const auto stored = [&](int i) { return existing->stored[size_t(i)]; };
        if (existing->area != area)
            values.insert(F::KeyArea, m_areas.at(area).uuid); // moves to the area the row names
        for (const auto &[field, column] : textColumns()) {
            if (mapped(column))
                addIfChanged(&values, field,
                             stored(field == F::TitleEn ? 0 : field == F::TitleFr ? 1 : field == F::Comment ? 6 : 7),
                             row.text(column));
        }
        if (mapped(M::Owner) && stored(2).toString() != owner)
            values.insert(F::Owner, owner);
        if (mapped(M::Due))
            addIfChanged(&values, F::DueDate, stored(3), row.value(M::Due));
        // The state as the edit will store it: a completed measure is 100% complete.
        MeasureState state;
        state.status = MeasureStatusText::fromKey(row.has(M::Status) ? row.text(M::Status) : stored(4).toString())
                           .value_or(MeasureStatus::NotStarted);
        state.percentComplete = row.has(M::Percent) ? row.value(M::Percent).toDouble() : stored(5).toDouble();
        state = state.normalized();
        addIfChanged(&values, F::Status, stored(4), MeasureStatusText::key(state.status));
        addIfChanged(&values, F::PercentComplete, stored(5), state.percentComplete);
        if (values.isEmpty()) {
            ++report->unchanged;
            m_measureRows.add(existing->uuid, false, {}); // touched all the same (analysis/staleness.h)
            return;
        }
        m_measureRows.add(existing->uuid, false, values);
        ++report->updated;
    }

    bool write(QString *error) override
    {
        if (!m_organizations.write(error))
            return false;
        for (const PlanRec &p : std::as_const(m_plans)) {
            if (p.created)
                m_planRows.add(p.uuid, true, { { F::Code, p.code }, { F::TitleEn, p.titleEn }, { F::TitleFr, p.titleFr } });
            else if (!p.changes.isEmpty())
                m_planRows.add(p.uuid, false, p.changes);
        }
        for (const AreaRec &a : std::as_const(m_areas)) {
            if (a.created)
                m_areaRows.add(a.uuid, true, { { F::Plan, m_plans.at(a.plan).uuid }, { F::Number, a.number },
                                               { F::TitleEn, a.titleEn }, { F::TitleFr, a.titleFr } });
            else if (!a.changes.isEmpty())
                m_areaRows.add(a.uuid, false, a.changes);
        }
        return m_planRows.write(m_file, Entity::Plan, error) && m_areaRows.write(m_file, Entity::KeyArea, error)
            && m_measureRows.write(m_file, Entity::Measure, error);
    }

private:
    struct PlanRec
    {
        QString uuid;
        QString code, titleEn, titleFr;
        bool created = false;
        FieldValues changes;
        QHash<int, int> titledOn; // field → line of the row that set it in this import
    };
    struct AreaRec
    {
        QString uuid;
        int plan = -1;
        int number = 0;
        QString titleEn, titleFr;
        bool created = false;
        int line = 0;
        FieldValues changes;
        QHash<int, int> titledOn;
    };
    struct Existing
    {
        QString uuid;
        int area = -1;
        std::array<QVariant, 8> stored; // title_en, title_fr, owner uuid, due, status, percent, comment, comment_fr
        bool planned = false;           // created by an earlier row of this import
    };

    // Measure text fields and their column.
    static const QList<QPair<Field, int>> &textColumns()
    {
        static const QList<QPair<Field, int>> columns { { F::TitleEn, M::Title }, { F::TitleFr, M::TitleFr },
                                                        { F::Comment, M::Comment }, { F::CommentFr, M::CommentFr } };
        return columns;
    }

    int addPlan(const PlanRec &plan)
    {
        const int index = int(m_plans.size());
        m_plans.append(plan);
        for (const QString &k : { plan.code, plan.titleEn })
            if (!k.trimmed().isEmpty() && !m_planByKey.contains(k.trimmed().toCaseFolded()))
                m_planByKey.insert(k.trimmed().toCaseFolded(), index);
        return index;
    }

    // A plan's or area's title from a row: the first row of the import that gives one decides, later
    // rows that disagree are warned about.
    template<typename Rec>
    void retitle(Rec *rec, QString *title, Field field, const QString &wanted, const RowConverter &converter,
                 const ImportRow &row, int column, ImportReport *report)
    {
        const int line = rec->titledOn.value(int(field), 0);
        if (*title == wanted) {
            if (!line)
                rec->titledOn.insert(int(field), row.line);
            return;
        }
        if (line) {
            report->warnings.append({ converter.file(), row.line, converter.column(column),
                                      TableTargets::tr("%1: \"%2\" was already given on line %3; this title is ignored")
                                          .arg(ImportFields::name(ImportKind::Measures, column), *title)
                                          .arg(line) });
            return;
        }
        rec->titledOn.insert(int(field), row.line);
        *title = wanted;
        if (!rec->created)
            rec->changes.insert(field, wanted);
    }

    PortfolioFile &m_file;
    OrganizationRefs m_organizations;
    QList<PlanRec> m_plans;
    QHash<QString, int> m_planByKey; // case-folded code and English title → index in m_plans
    QList<AreaRec> m_areas;
    QHash<QPair<int, int>, int> m_areaByKey; // (plan, number) → index in m_areas
    QHash<QPair<int, int>, Existing> m_measures; // (plan, number) → measure
    PlannedRows m_planRows, m_areaRows, m_measureRows;
};

} // namespace

std::unique_ptr<ImportTarget> TableTargets::measures(PortfolioFile &file)
{
    return std::make_unique<MeasureTarget>(file);
}

} // namespace Vigie
