#pragma once

// Copies and merges on real files: the Quebec sample as the CIO office's master, copies sent to
// ministries (CopyExtractor), edited through the core edits as a ministry's Vigie would, and looked up by
// the keys people use (project codes, measure numbers).
#include "merge/copyextractor.h"
#include "sample/quebecsample.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <functional>
#include <memory>

namespace VigieTest {

inline std::unique_ptr<Vigie::PortfolioFile> openFile(const QString &path, const QString &author,
                                                      const QDateTime &when = QDateTime(QDate(2016, 10, 3), QTime(9, 0), Qt::UTC))
{
    Vigie::FileError error;
    auto file = Vigie::PortfolioFile::open(path, Vigie::PortfolioFile::Access::ReadWrite, &error);
    if (!file) {
        qWarning("%s", qPrintable(error.message));
        return nullptr;
    }
    file->setAuthor(author);
    file->setClock([when] { return when; });
    return file;
}

inline bool writeQuebec(const QString &path)
{
    QString error;
    if (!Vigie::QuebecSample::write(path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

// Sends a copy of `master` (limited to `organization`, or whole when empty) to `copy`.
inline bool sendCopy(const QString &master, const QString &copy, const QString &organization)
{
    auto file = openFile(master, QStringLiteral("cio-office"));
    if (!file)
        return false;
    QString error;
    Vigie::CopyExtractor::Options options;
    options.organizationCode = organization;
    if (!Vigie::CopyExtractor::extract(*file, copy, options, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

inline QString uuidWhere(const Vigie::PortfolioFile &file, const QString &table, const QString &column, const QVariant &value)
{
    QSqlQuery q(Vigie::sqlDatabase(file));
    q.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE %2 = ?").arg(table, column));
    q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

inline QString project(const Vigie::PortfolioFile &file, const QString &code)
{
    return uuidWhere(file, QStringLiteral("project"), QStringLiteral("code"), code);
}

inline QString measure(const Vigie::PortfolioFile &file, int number)
{
    return uuidWhere(file, QStringLiteral("measure"), QStringLiteral("number"), number);
}

inline int count(const Vigie::PortfolioFile &file, const QString &sql, const QVariant &bound = {})
{
    QSqlQuery q(Vigie::sqlDatabase(file));
    q.prepare(sql);
    if (bound.isValid())
        q.addBindValue(bound);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// Every row of every table but the journal and the merge's own records, as text: the portfolio as a
// reader sees it, to compare a file before and after.
inline QStringList dumpData(const QString &path)
{
    Vigie::FileError error;
    auto file = Vigie::PortfolioFile::open(path, Vigie::PortfolioFile::Access::ReadOnly, &error);
    if (!file)
        return { QStringLiteral("<cannot open: %1>").arg(error.message) };
    QStringList rows;
    QSqlQuery tables(Vigie::sqlDatabase(*file));
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                               "('change_journal', 'changeset', 'copy_merge', 'merge_log') ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(Vigie::sqlDatabase(*file));
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY uuid").arg(table));
        while (q.next()) {
            QStringList values { table };
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.isNull(i) ? QStringLiteral("<null>") : q.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

// Opens `path` as `author`, runs `body` (core edits), closes: one session of a ministry's or the
// office's Vigie.
inline bool editFile(const QString &path, const QString &author, const std::function<bool(Vigie::PortfolioFile &)> &body)
{
    auto file = openFile(path, author);
    return file && body(*file);
}

// The conflict the merge and compare tests share: the copy changes project `p0`'s forecast (which the
// master also changes, differently: a conflict), `p1`'s phase and measure 30's status (which it does not).
inline bool prepareConflict(const QString &master, const QString &copy, const QString &p0, const QString &p1)
{
    using namespace Vigie;
    return editFile(copy, QStringLiteral("mtess-it"),
                    [&](PortfolioFile &f) {
                        // The copy names its change in both languages, as a ministry's Vigie does.
                        const ChangeLabel revised = BilingualText { QStringLiteral("Forecast revised"), QStringLiteral("Prévision revue") };
                        return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 4.2e6, revised).ok
                            && Edits::setValue(f, Entity::Project, project(f, p1), Field::Phase, QStringLiteral("closing"),
                                               QStringLiteral("P")).ok
                            && Edits::setMeasureState(f, measure(f, 30), { MeasureStatus::Completed, 100, QStringLiteral("Livrée") },
                                                      QStringLiteral("S")).ok;
                    })
        && editFile(master, QStringLiteral("cio-office"), [&](PortfolioFile &f) {
               return Edits::setValue(f, Entity::Project, project(f, p0), Field::ForecastCost, 3.9e6, QStringLiteral("F")).ok;
           });
}

// Deletes the file's reporting periods, so that its projects can be deleted or their authorization
// corrected (a frozen period keeps what it reported).
inline bool withoutPeriods(const QString &path)
{
    return editFile(path, QStringLiteral("cio-office"), [](Vigie::PortfolioFile &f) {
        QStringList periods;
        QSqlQuery q(Vigie::sqlDatabase(f));
        if (!q.exec(QStringLiteral("SELECT uuid FROM reporting_period")))
            return false;
        while (q.next())
            periods << q.value(0).toString();
        return !periods.isEmpty()
            && Vigie::Edits::deleteRows(f, Vigie::Entity::ReportingPeriod, periods, QStringLiteral("Delete")).ok;
    });
}

// The codes of an organization's projects, in order.
inline QStringList projectCodes(const QString &path, const QString &organization)
{
    QStringList codes;
    auto file = openFile(path, QStringLiteral("reader"));
    if (!file)
        return codes;
    QSqlQuery q(Vigie::sqlDatabase(*file));
    q.prepare(QStringLiteral("SELECT p.code FROM project p JOIN organization o ON o.id = p.organization_id "
                             "WHERE o.code = ? ORDER BY p.code"));
    q.addBindValue(organization);
    if (q.exec())
        while (q.next())
            codes << q.value(0).toString();
    return codes;
}

inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace VigieTest
