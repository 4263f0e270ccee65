// vigie-bench-qtfloor: the smallest program built on Qt Core and Qt Sql that answers what `vigie summary`
// answers, for the benchmark's command-start row: it opens the file read-only with QSqlDatabase, through
// Qt's QSQLITE plugin, and runs one aggregate query. What it costs above the sqlite3 shell is the floor of
// a Qt program that reads SQLite the usual way. Vigie loads no plugin (its own driver,
// core/storage/sqlitedriver.h), so it can run below this floor; docs/PERFORMANCE.md part 11.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return 3;
    QSqlQuery q(db);
    if (!q.exec(QString::fromUtf8(argv[2])))
        return 3;
    QTextStream out(stdout);
    while (q.next())
        out << q.value(0).toString() << '\n';
    return 0;
}
