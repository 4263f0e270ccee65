#include "mergehistory.h"

#include "i18n/language.h"
#include "io/exporter.h"
#include "merge/mergeplan.h"
#include "merge/rowreader.h"
#include "merge/valuetext.h"
#include "model/fieldtext.h"
#include "storage/fields.h"
#include "storage/outputfile.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"
#include "storage/sqlutil.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

namespace Vigie {

namespace {

QString csvCell(const QString &text)
{
    QString t = Exporter::neutralizeFormula(text);
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r')))
        t = QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return t;
}

} // namespace

QList<MergeRecord> MergeHistory::read(const PortfolioFile &file, qint64 changeset)
{
    QList<MergeRecord> records;
    const bool french = Language::current() == QLatin1String("fr");
    QSqlQuery q(sqlDatabase(file));
    QString sql = QStringLiteral("SELECT m.id, m.uuid, m.copy_uuid, m.organization_code, m.source_name, m.merged_at, "
                                 "m.merged_by, o.name_en, o.name_fr FROM copy_merge m "
                                 "LEFT JOIN organization o ON o.code = m.organization_code AND m.organization_code <> '' ");
    if (changeset)
        sql += QStringLiteral("WHERE m.uuid IN (SELECT entity_uuid FROM change_journal WHERE changeset_id = ? AND "
                              "entity = 'copy_merge' AND field = '') ");
    q.prepare(sql + QStringLiteral("ORDER BY m.id"));
    if (changeset)
        q.addBindValue(changeset);
    if (!q.exec())
        return records;
    QList<qint64> ids;
    while (q.next()) {
        MergeRecord r;
        ids << q.value(0).toLongLong();
        r.uuid = q.value(1).toString();
        r.copyUuid = q.value(2).toString();
        r.organizationCode = q.value(3).toString();
        r.fileName = q.value(4).toString();
        r.mergedAt = q.value(5).toString();
        r.mergedBy = q.value(6).toString();
        r.organizationName = q.value(french ? 8 : 7).toString();
        if (r.organizationName.isEmpty())
            r.organizationName = q.value(french ? 7 : 8).toString();
        records.append(r);
    }
    const RowReader rows(file);
    QSqlQuery e(sqlDatabase(file));
    e.prepare(QStringLiteral("SELECT entity, entity_uuid, item_key, field, action, old_value, new_value, author, changed_at, "
                             "comment, comment_fr FROM merge_log WHERE copy_merge_id = ? ORDER BY id"));
    for (int i = 0; i < records.size(); ++i) {
        e.addBindValue(ids.at(i));
        if (!e.exec())
            continue;
        while (e.next()) {
            records[i].entries.append({ e.value(0).toString(), e.value(1).toString(), e.value(2).toString(), e.value(3).toString(),
                                        e.value(4).toString(), e.value(5).toString(), e.value(6).toString(),
                                        e.value(7).toString(), e.value(8).toString(),
                                        BilingualText { e.value(9).toString(), e.value(10).toString() }.in(french ? QStringLiteral("fr") : QStringLiteral("en")) });
            MergeRecord::Entry &entry = records[i].entries.last();
            if (entry.entity == tableName(Entity::Portfolio))
                entry.names = ValueText::names(file.info());
            else if (entry.entity == tableName(Entity::ReportingPeriod))
                entry.names = rows.names(Entity::ReportingPeriod, entry.uuid);
            else if (entry.entity == tableName(Entity::BriefingItem))
                entry.names = rows.names(Entity::BriefingItem, entry.uuid); // its period's
        }
    }
    return records;
}

QString MergeHistory::title()
{
    return tr("Merge report");
}

QString MergeHistory::actionText(const QString &action)
{
    if (action == QLatin1String("changed"))
        return tr("Taken from the copy");
    if (action == QLatin1String("added"))
        //: A merge's outcome for a row of any kind (a project, a reporting period…): say it so that it agrees with all.
        return tr("Added");
    if (action == QLatin1String("deleted"))
        //: A merge's outcome for a row of any kind (a project, a reporting period…): say it so that it agrees with all.
        return tr("Deleted");
    if (action == QLatin1String("restored"))
        return tr("Restored from the copy");
    if (action == QLatin1String("kept"))
        return tr("Kept this file's value");
    return action;
}

QString MergeHistory::actionText(const MergeRecord::Entry &entry)
{
    // Only a row renamed to make room is logged as added or restored with a field: its key column, the
    // copy's value as what came from it (Applier::insert).
    const bool added = entry.action == QLatin1String("added"), restored = entry.action == QLatin1String("restored");
    if ((added || restored) && !entry.field.isEmpty()) {
        const QString key = ValueText::key(entry.entity, entry.key, entry.names);
        return added ? tr("Added as %1 (%2 is another item's here)").arg(key, entry.newValue)
                     : tr("Restored as %1 (%2 is another item's here)").arg(key, entry.newValue);
    }
    return actionText(entry.action);
}

QString MergeHistory::itemText(const MergeRecord::Entry &entry)
{
    const std::optional<Entity> e = entityFromTable(entry.entity);
    QString label = e ? EntityText::label(*e) : entry.entity;
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label + QLatin1Char(' ') + ValueText::key(entry.entity, entry.key, entry.names);
}

QString MergeHistory::valueText(const MergeRecord::Entry &entry, const QString &logged)
{
    const QString shown = MergePlan::shownLogged(logged);
    return shown != logged ? shown : ValueText::shown(entry.entity, entry.field, logged); // "(empty)", "deleted"…
}

QString MergeHistory::fieldText(const MergeRecord::Entry &entry)
{
    const std::optional<Entity> e = entityFromTable(entry.entity);
    const std::optional<Field> f = e ? Fields::fromColumn(*e, entry.field) : std::nullopt;
    return entry.field.isEmpty() ? QString() : f ? FieldText::label(*f) : entry.field;
}

QString MergeHistory::toHtml(const PortfolioFile &file, const QList<MergeRecord> &records)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                                  "body { font-family: sans-serif; } h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 18pt; }"
                                  "table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 3px 6px; "
                                  "vertical-align: top; } th { background: #e8edf3; text-align: left; } td.value { white-space: nowrap; }"
                                  "</style></head><body>")
                       .arg(esc(title()));
    html += QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(title()), esc(ValueText::name(file.info())));
    if (records.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No copy has been merged into this portfolio.")));
    for (const MergeRecord &r : records) {
        const QString who = r.organizationCode.isEmpty() ? tr("Whole portfolio")
            : r.organizationName.isEmpty()                ? r.organizationCode
                                                           : QStringLiteral("%1 (%2)").arg(r.organizationName, r.organizationCode);
        html += QStringLiteral("<h2>%1</h2>").arg(esc(who));
        int taken = 0, kept = 0;
        for (const MergeRecord::Entry &e : r.entries)
            (e.action == QLatin1String("kept") ? kept : taken) += 1;
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Copy %1, merged %2 by %3: %n change(s) taken in", nullptr, taken)
                                 .arg(r.fileName, ValueText::when(r.mergedAt), r.mergedBy)
                             + (kept ? QStringLiteral("; ") + tr("%n conflict(s) decided for this file", nullptr, kept) : QString())
                             + QLatin1Char('.')));
        if (r.entries.isEmpty())
            continue;
        html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                    .arg(esc(tr("Item")), esc(tr("Field")), esc(tr("Before")), esc(tr("From the copy")), esc(tr("Outcome")),
                         esc(tr("Changed in the copy by")), esc(tr("Note")));
        // A short value (an amount, a date, a colour) on one line: a narrow column broke "$3,900,000.00"
        // before its last digit. Texts wrap.
        const auto value = [&](const QString &text) {
            return (text.size() <= 24 ? QStringLiteral("<td class=\"value\">") : QStringLiteral("<td>")) + esc(text)
                + QStringLiteral("</td>");
        };
        for (const MergeRecord::Entry &e : r.entries) {
            // The item as its kind over its key, each on one line: a code broken inside reads as another.
            const QString key = ValueText::key(e.entity, e.key, e.names);
            const QString kind = itemText(e).chopped(key.size()).trimmed(); // itemText() is the kind, a space, the key
            html += QStringLiteral("<tr><td class=\"value\">%1</td><td>%2</td>%3%4<td>%5</td><td>%6<br>%7</td><td>%8</td></tr>")
                        .arg(esc(kind) + QStringLiteral("<br>") + esc(key),
                             esc(fieldText(e)), value(valueText(e, e.oldValue)),
                             value(valueText(e, e.newValue)), esc(actionText(e)), esc(e.author),
                             esc(ValueText::when(e.changedAt)), esc(e.comment));
        }
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</body></html>");
}

bool MergeHistory::write(const PortfolioFile &file, const QList<MergeRecord> &records, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeCsv(records, path, error);
    if (suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        return setError(error, tr("%1: choose a name ending in .html or .csv.").arg(QDir::toNativeSeparators(path)));
    return OutputFile::write(path, toHtml(file, records).toUtf8(), error);
}

bool MergeHistory::checkTarget(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        return setError(error, tr("%1: choose a name ending in .html or .csv.").arg(QDir::toNativeSeparators(path)));
    return OutputFile::checkTarget(path, error);
}

bool MergeHistory::writeCsv(const QList<MergeRecord> &records, const QString &path, QString *error)
{
    QStringList lines;
    lines << QStringList { tr("Merged"), tr("Merged by"), tr("Organization"), tr("Copy"), tr("Item"), tr("Field"), tr("Before"),
                           tr("From the copy"), tr("Outcome"), tr("Changed in the copy by"), tr("Changed in the copy"),
                           tr("Note") }
                 .join(QLatin1Char(','));
    for (const MergeRecord &r : records) {
        for (const MergeRecord::Entry &e : r.entries) {
            QStringList cells { r.mergedAt, r.mergedBy, r.organizationCode, r.fileName, itemText(e), fieldText(e),
                                valueText(e, e.oldValue), valueText(e, e.newValue), actionText(e),
                                e.author, e.changedAt, e.comment };
            for (QString &c : cells)
                c = csvCell(c);
            lines << cells.join(QLatin1Char(','));
        }
    }
    return OutputFile::write(path, "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n", error);
}

} // namespace Vigie
