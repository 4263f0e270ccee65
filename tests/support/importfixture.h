#pragma once

// What the project import tests (tst_import, tst_reimport) read back from a portfolio, and the CSV files
// they write.
#include "io/importreport.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace ImportFixture {

// A new portfolio at `path`, its clock at 2016-08-31 12:00 UTC; null, with the error in *error, if it
// cannot be made.
inline std::unique_ptr<Vigie::PortfolioFile> newPortfolio(const QString &path, QString *error)
{
    Vigie::FileError e;
    std::unique_ptr<Vigie::PortfolioFile> file = Vigie::PortfolioFile::create(path, QStringLiteral("Test"), &e);
    if (!file) {
        *error = e.message;
        return nullptr;
    }
    file->setClock([] { return QDateTime(QDate(2016, 8, 31), QTime(12, 0), Qt::UTC); });
    return file;
}

// The first column of the first row of `sql` (with `bind` bound, if valid); invalid if there is none.
inline QVariant scalar(Vigie::PortfolioFile &file, const QString &sql, const QVariant &bind = {})
{
    QSqlQuery q(Vigie::sqlDatabase(file));
    q.prepare(sql);
    if (bind.isValid())
        q.addBindValue(bind);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

// `bytes` written to the file `name` of `dir`: its path.
inline QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

// What an import did, in one line: the counts the tests of repeated codes compare.
inline QString tally(const Vigie::ImportReport &r)
{
    return QStringLiteral("created %1, updated %2, skipped %3, repeated %4, warnings %5")
        .arg(r.created)
        .arg(r.updated)
        .arg(r.skipped)
        .arg(r.repeated)
        .arg(r.warnings.size());
}

// Whether warning `i` of the report is on line `line` and says `text`; warningText() shows it when not.
inline bool warned(const Vigie::ImportReport &r, int i, int line, const QString &text)
{
    return i < r.warnings.size() && r.warnings.at(i).line == line && r.warnings.at(i).message.contains(text);
}

inline QString warningText(const Vigie::ImportReport &r, int i)
{
    return i < r.warnings.size() ? QStringLiteral("line %1: %2").arg(r.warnings.at(i).line).arg(r.warnings.at(i).message)
                                 : QStringLiteral("no warning %1").arg(i);
}

// Every project's computed indicators, by code.
inline QStringList computedIndicators(Vigie::PortfolioFile &file)
{
    QSqlQuery q(Vigie::sqlDatabase(file));
    QStringList rows;
    if (q.exec(QStringLiteral("SELECT code, computed_cost, computed_schedule, typeof(computed_cost), "
                              "typeof(computed_schedule) FROM project ORDER BY code"))) {
        while (q.next())
            rows << QStringLiteral("%1 %2/%3 %4/%5").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                       q.value(3).toString(), q.value(4).toString());
    }
    return rows;
}

} // namespace ImportFixture
