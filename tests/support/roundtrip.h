#pragma once

// The redo → undo → redo check every edit of the desktop application gets: the whole portfolio as
// another program would read it from disk (a fresh read-only connection), compared before the edit,
// after it, after undo and after redo, twice.
#include "commands/editor.h"
#include "filedump.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

namespace VigieTest {

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
