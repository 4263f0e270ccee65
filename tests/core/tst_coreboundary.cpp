// The architecture's first rule: core links Qt Core and Qt Sql only, and includes no GUI header.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestCoreBoundary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noGuiIncludes();
    void noGuiLinks();
    void noSqlOutsideCore();
};

void TestCoreBoundary::noGuiIncludes()
{
    const QRegularExpression gui(QStringLiteral(
        R"(#\s*include\s*[<"](Qt(Gui|Widgets|Charts|PrintSupport|Svg)/|Q(Widget|Application|GuiApplication|Painter|Pixmap|Image|Color|Font|Undo\w*|Chart\w*|Brush|Pen|Icon|Action)\b))"));
    QDirIterator it(QStringLiteral(VIGIE_SOURCE_DIR "/core"), { QStringLiteral("*.h"), QStringLiteral("*.cpp") },
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const auto match = gui.match(text);
        QVERIFY2(!match.hasMatch(), qPrintable(path + QStringLiteral(": ") + match.captured(0)));
        ++files;
    }
    QVERIFY(files > 10);
}

void TestCoreBoundary::noGuiLinks()
{
    QDirIterator it(QStringLiteral(VIGIE_SOURCE_DIR "/core"), { QStringLiteral("CMakeLists.txt") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const char *module : { "Qt6::Gui", "Qt6::Widgets", "Qt6::Charts", "Qt6::PrintSupport", "Qt6::Svg" })
            QVERIFY2(!text.contains(QLatin1String(module)), qPrintable(path + QLatin1String(" links ") + QLatin1String(module)));
    }
}

void TestCoreBoundary::noSqlOutsideCore()
{
    const QRegularExpression sql(QStringLiteral(R"(#\s*include\s*<QSql\w*>)"));
    for (const char *dir : { "/ui", "/app" }) {
        QDirIterator it(QStringLiteral(VIGIE_SOURCE_DIR) + QLatin1String(dir),
                        { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!sql.match(QString::fromUtf8(f.readAll())).hasMatch(), qPrintable(path + QLatin1String(" uses SQL")));
        }
    }
}

QTEST_GUILESS_MAIN(TestCoreBoundary)
#include "tst_coreboundary.moc"
