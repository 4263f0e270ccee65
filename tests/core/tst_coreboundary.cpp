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
    void uiSpeaksInFields();
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
            const QString text = QString::fromUtf8(f.readAll());
            QVERIFY2(!sql.match(text).hasMatch(), qPrintable(path + QLatin1String(" uses SQL")));
            QVERIFY2(!text.contains(QLatin1String("storage/sqlaccess.h")),
                     qPrintable(path + QLatin1String(" reaches for the SQL connection")));
        }
    }
}

// Column names are core's business (core/storage/fields.cpp): the UI names fields with the Field enum.
void TestCoreBoundary::uiSpeaksInFields()
{
    QFile fields(QStringLiteral(VIGIE_SOURCE_DIR "/core/storage/fields.cpp"));
    QVERIFY(fields.open(QIODevice::ReadOnly));
    QStringList columns;
    const QRegularExpression pair(QStringLiteral(R"re(\{ F::\w+, "(\w+_\w+)" \})re"));
    for (auto it = pair.globalMatch(QString::fromUtf8(fields.readAll())); it.hasNext();)
        columns << it.next().captured(1);
    columns.removeDuplicates();
    QVERIFY(columns.size() > 30);
    for (const char *dir : { "/ui", "/app" }) {
        QDirIterator it(QStringLiteral(VIGIE_SOURCE_DIR) + QLatin1String(dir),
                        { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (const QString &column : std::as_const(columns)) {
                const QString quoted = QLatin1Char('"') + column + QLatin1Char('"');
                QVERIFY2(!text.contains(quoted), qPrintable(path + QLatin1String(" spells the column ") + column));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestCoreBoundary)
#include "tst_coreboundary.moc"
