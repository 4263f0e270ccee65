// File → Compare with Another Portfolio: every difference between this portfolio and another, named and
// valued as people read them, in the language of the window, filtered by kind and text.
#include "dialogs/comparedialog.h"
#include "dialogs/dialogs.h"
#include "merge/differ.h"
#include "merge/valuetext.h"
#include "storage/fields.h"
#include "views/copyactions.h"
#include "views/itemdelegate.h"
#include "views/mainwindow.h"

#include "i18n/language.h"
#include "uifixture.h"

#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Vigie;
using namespace VigieTest;

class TestCompareUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void compareView();
    void timesWithinAMinuteShowTheirSeconds();

private:
    QString path(const QString &name) const { return m_files.path(name); }
    // A copy for MTESS with one change the master also made differently and one it did not.
    void prepareConflict();

    VigieTest::MasterAndCopy m_files;
    const QString m_p0 = QStringLiteral("MTESS-2013-001");
    const QString m_p1 = QStringLiteral("MTESS-2014-001");
};

void TestCompareUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_compareui"));
}

void TestCompareUi::init()
{
    QVERIFY(m_files.renew());
}

void TestCompareUi::prepareConflict()
{
    QVERIFY(VigieTest::prepareConflict(m_files.master, m_files.copy, m_p0, m_p1));
}


void TestCompareUi::compareView()
{
    prepareConflict();
    MainWindow window;
    QVERIFY(window.openFile(m_files.master));
    const std::optional<DiffResult> result = window.copyActions()->compareWith(m_files.copy);
    QVERIFY(result);
    CompareDialog dialog(*result);
    // Each count with its plural, the zero ones left out (it read "0 item(s) only in this one").
    QCOMPARE(dialog.summaryText(), QStringLiteral("Compared with mtess.vigie: 1 item only in the other portfolio and 3 items changed."));
    QTreeWidget *tree = dialog.tree();
    QCOMPARE(tree->topLevelItemCount(), int(result->items.size()));
    QList<QTreeWidgetItem *> found = tree->findItems(QStringLiteral("Project %1").arg(m_p0), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->childCount(), 2); // the forecast, and the computed colour that follows it
    QCOMPARE(found.first()->child(0)->text(1), QStringLiteral("Forecast cost"));
    QCOMPARE(found.first()->child(1)->text(1), QStringLiteral("Computed cost indicator"));
    QCOMPARE(found.first()->child(0)->text(2), QStringLiteral("$3,900,000.00"));
    QCOMPARE(found.first()->child(0)->text(3), QStringLiteral("$4,200,000.00"));
    QCOMPARE(found.first()->child(1)->text(2), QStringLiteral("Green")); // a word, not the stored "green"
    // A value cut by a narrow column shows whole in its tooltip (the views' delegate).
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *delegate = qobject_cast<ItemDelegate *>(tree->itemDelegate());
    QVERIFY(delegate);
    const QModelIndex forecast = tree->model()->index(0, 2, tree->model()->index(tree->indexOfTopLevelItem(found.first()), 0));
    QCOMPARE(forecast.data().toString(), QStringLiteral("$3,900,000.00"));
    tree->header()->resizeSection(2, 30);
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.widget = tree;
    option.font = tree->font();
    option.rect = tree->visualRect(forecast);
    QCOMPARE(delegate->toolTip(option, forecast), QStringLiteral("$3,900,000.00"));
    dialog.hide();
    // The copy's status history row is only there, named by its measure and its time in local time, as
    // people read it (it read "Status change 30 2026-12-05T16:27:22.592Z").
    dialog.setFilter(QString(), int(DiffItem::Kind::Added));
    QVERIFY(dialog.visibleItems() >= 1);
    const auto statusChange = std::find_if(result->items.cbegin(), result->items.cend(), [](const DiffItem &i) {
        return i.entity == Entity::MeasureStatusChange;
    });
    QVERIFY(statusChange != result->items.cend());
    const QString changedAt = statusChange->key.section(QLatin1Char(' '), 1);
    const QDateTime time = QDateTime::fromString(changedAt, Qt::ISODateWithMs);
    QVERIFY2(time.isValid(), qPrintable(statusChange->key));
    const QString named = QStringLiteral("Status change 30 %1").arg(QLocale().toString(time.toLocalTime(), QLocale::ShortFormat));
    QVERIFY2(tree->findItems(named, Qt::MatchExactly).size() == 1, qPrintable(named));
    // French field names, values, keys and headers, after a language change (the rows kept their English),
    // on the same row, filtered as before.
    tree->setCurrentItem(tree->findItems(named, Qt::MatchExactly).value(0));
    Language::apply(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    QCOMPARE(tree->headerItem()->text(2), QStringLiteral("Ce portefeuille"));
    QVERIFY(tree->findItems(QStringLiteral("Project %1").arg(m_p0), Qt::MatchExactly).isEmpty());
    found = tree->findItems(QStringLiteral("Projet %1").arg(m_p0), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->child(0)->text(1), QStringLiteral("Coût prévu"));
    QCOMPARE(found.first()->child(0)->text(2), QStringLiteral("3\u00a0900\u00a0000,00\u00a0$"));
    QVERIFY2(found.first()->isHidden(), "the filter on the items only in the other portfolio was let go");
    const QString namedInFrench = QStringLiteral("Changement d'état 30 %1")
                               .arg(QLocale(QLocale::French, QLocale::Canada).toString(time.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(tree->currentItem()->text(0), namedInFrench);
    CompareDialog french(*result);
    QCOMPARE(french.summaryText(), QStringLiteral("Comparé avec mtess.vigie\u00a0: 1 élément seulement dans l'autre portefeuille "
                                                  "et 3 éléments modifiés."));
    QCOMPARE(french.tree()->findItems(QStringLiteral("Projet %1").arg(m_p0), Qt::MatchExactly).value(0)->child(0)->text(1),
             QStringLiteral("Coût prévu"));
}


// Two "last updated" stamps in one minute read alike to the minute: a difference shown as two equal
// values ("2026-12-04 17 h 46" on both sides). Both sides then show their seconds; otherwise neither does.
void TestCompareUi::timesWithinAMinuteShowTheirSeconds()
{
    const QString column = Fields::column(Entity::Project, Field::Touched);
    const QString early = QStringLiteral("2016-10-03T13:00:05.000Z");
    const QString late = QStringLiteral("2016-10-03T13:00:41.000Z");
    const QString later = QStringLiteral("2016-10-03T13:07:41.000Z");
    const auto local = [](const QString &iso) { return QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime(); };
    for (const char *language : { "en", "fr" }) {
        QVERIFY(Language::apply(QString::fromLatin1(language)));
        const auto [a, b] = ValueText::readablePair(Entity::Project, column, early, early, late, late);
        QVERIFY2(a != b, qPrintable(a));
        const QString s05 = QStringLiteral("%1").arg(local(early).time().second(), 2, 10, QLatin1Char('0'));
        const QString s41 = QStringLiteral("%1").arg(local(late).time().second(), 2, 10, QLatin1Char('0'));
        QVERIFY2(a.contains(s05) && b.contains(s41), qPrintable(a + QStringLiteral(" | ") + b));
        QVERIFY2(!a.contains(QLatin1String("UTC")) && !a.endsWith(QLatin1Char(' ')), qPrintable(a));
        // Minutes apart: the short form, as everywhere else.
        const auto [c, d] = ValueText::readablePair(Entity::Project, column, early, early, later, later);
        QCOMPARE(c, QLocale().toString(local(early), QLocale::ShortFormat));
        QCOMPARE(d, QLocale().toString(local(later), QLocale::ShortFormat));
    }
    // In French, as the long time format reads, without its time zone.
    QCOMPARE(ValueText::readablePair(Entity::Project, column, early, early, late, late).first,
             QLocale().toString(local(early).date(), QLocale::ShortFormat) + QLatin1Char(' ')
                 + local(early).toString(QStringLiteral("HH 'h' mm 'min' ss 's'")));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestCompareUi)
#include "tst_compareui.moc"
