#pragma once

// The redo → undo → redo check every edit of the desktop application gets: the whole portfolio as
// another program would read it from disk (a fresh read-only connection), compared before the edit,
// after it, after undo and after redo, twice.
#include "commands/editor.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

#include <functional>

namespace VigieTest {

// Every row of every table but the journal, as text.
inline QStringList dumpPortfolio(const QString &path)
{
    using namespace Vigie;
    FileError error;
    auto fresh = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &error);
    if (!fresh)
        return { QStringLiteral("<cannot open: %1>").arg(error.message) };
    QStringList rows;
    QSqlQuery tables(sqlDatabase(*fresh));
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                               "('change_journal', 'changeset') ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(sqlDatabase(*fresh));
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        while (q.next()) {
            QStringList values { table };
            for (int i = 0; i < q.record().count(); ++i) {
                // A redone freeze copies the values again, under new random UUIDs.
                if (table.startsWith(QLatin1String("period_")) && q.record().fieldName(i) == QLatin1String("uuid"))
                    continue;
                values << (q.isNull(i) ? QStringLiteral("<null>") : q.value(i).toString());
            }
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

// Runs `edit` (which must push exactly one command and change the file), then checks undo → redo →
// undo → redo against the file on disk. Use with QVERIFY(!QTest::currentTestFailed()) when more follows.
inline void roundTrip(Vigie::Editor *editor, const QString &path, const std::function<bool()> &edit)
{
    QUndoStack *stack = editor->undoStack();
    const QStringList before = dumpPortfolio(path);
    // The index, not the count: after an undo, a new command replaces the ones that could be redone.
    const int commands = stack->index();
    QSignalSpy errors(editor, &Vigie::Editor::errorOccurred);
    QVERIFY2(edit(), qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
    QCOMPARE(stack->index(), commands + 1);
    const QStringList after = dumpPortfolio(path);
    QVERIFY2(after != before, "the edit changed nothing in the file");
    stack->undo();
    if (dumpPortfolio(path) != before) {
        const QStringList now = dumpPortfolio(path);
        for (const QString &r : before)
            if (!now.contains(r))
                qWarning() << "missing" << r;
        for (const QString &r : now)
            if (!before.contains(r))
                qWarning() << "extra" << r;
    }
    QCOMPARE(dumpPortfolio(path), before);
    stack->redo();
    QCOMPARE(dumpPortfolio(path), after);
    stack->undo();
    QCOMPARE(dumpPortfolio(path), before);
    stack->redo();
    QCOMPARE(dumpPortfolio(path), after);
}

} // namespace VigieTest
