// vigie_editdriver: journaled edits through PortfolioFile, for crash tests (tst_recovery and
// scripts/torture.sh kill it with SIGKILL at random moments).
//
//   vigie_editdriver edit FILE N     N edits, one transaction each: project (i mod P) gets name "edit-i";
//                                    prints "ACK i" once edit i is committed
//   vigie_editdriver rule FILE N     N health-rule changes, each rewriting every project's indicators in
//                                    one large transaction; prints "ACK i"
//   vigie_editdriver hang FILE       rewrites every project inside one transaction, pushes changed pages
//                                    into the file itself, prints "READY" and waits to be killed
//   vigie_editdriver verify FILE A   checks that edits 1..A of `edit` are all in the file (A = last ACK);
//                                    prints "OK" (exit 0) or what is missing (exit 1)
//   vigie_editdriver verify-rule FILE A   the same for `rule`: the file's rule is change A (or A + 1)
//
// Exit 3 when the file cannot be opened (the message on stderr).
#include "rules/healthrule.h"
#include "storage/edits.h"
#include "storage/portfoliofile.h"
#include "storage/sqlaccess.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Vigie;

namespace {

std::unique_ptr<PortfolioFile> openFile(const QString &path)
{
    FileError error;
    auto file = PortfolioFile::open(path, PortfolioFile::Access::ReadWrite, &error);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return nullptr;
    }
    if (!file->recoveryNote().isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(file->recoveryNote()));
    return file;
}

QStringList projectUuids(PortfolioFile &file)
{
    QStringList uuids;
    QSqlQuery q(sqlDatabase(file));
    q.exec(QStringLiteral("SELECT uuid FROM project ORDER BY id"));
    while (q.next())
        uuids << q.value(0).toString();
    return uuids;
}

void ack(int i)
{
    std::printf("ACK %d\n", i);
    std::fflush(stdout);
}

int edit(PortfolioFile &file, int count)
{
    const QStringList uuids = projectUuids(file);
    if (uuids.isEmpty())
        return 2;
    for (int i = 1; i <= count; ++i) {
        const EditResult r = Edits::setValue(file, Entity::Project, uuids.at(i % uuids.size()), Field::NameEn,
                                             QStringLiteral("edit-%1").arg(i), QStringLiteral("torture edit"));
        if (!r.ok) {
            std::fprintf(stderr, "edit %d: %s\n", i, qPrintable(r.error));
            return 1;
        }
        ack(i);
    }
    return 0;
}

HealthRule ruleNumber(int i)
{
    return HealthRule::custom(5 + i % 10, 20 + i % 15);
}

int rule(PortfolioFile &file, int count)
{
    for (int i = 1; i <= count; ++i) {
        const EditResult r = Edits::setHealthRule(file, ruleNumber(i), QStringLiteral("torture rule"));
        if (!r.ok) {
            std::fprintf(stderr, "rule %d: %s\n", i, qPrintable(r.error));
            return 1;
        }
        ack(i);
    }
    return 0;
}

int hang(PortfolioFile &file)
{
    QSqlQuery q(sqlDatabase(file));
    // A tiny page cache makes SQLite write changed pages into the file before the commit, as a long
    // transaction does: the file itself is then half-changed and only the journal can restore it.
    q.exec(QStringLiteral("PRAGMA cache_size = 2"));
    PortfolioFile::Transaction transaction(file);
    if (!q.exec(QStringLiteral("UPDATE project SET description = printf('%.2000c', 'x'), name_en = 'unfinished'"))) {
        std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        return 1;
    }
    std::printf("READY\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}

// Edits 1..acked are all there: for each project, its name is the last edit up to `acked` that touched
// it, or the next one (committed, then killed before it could say so).
int verify(PortfolioFile &file, int acked)
{
    const QStringList uuids = projectUuids(file);
    const int n = int(uuids.size());
    for (int k = 0; k < n; ++k) {
        int last = acked - ((acked - k) % n + n) % n; // largest i <= acked with i % n == k
        if (last < 1)
            continue;
        const QString name = file.value(Entity::Project, uuids.at(k), Field::NameEn).toString();
        if (name != QStringLiteral("edit-%1").arg(last) && name != QStringLiteral("edit-%1").arg(last + n)) {
            std::printf("LOST: project %d is \"%s\", expected edit-%d\n", k, qPrintable(name), last);
            return 1;
        }
    }
    std::printf("OK\n");
    return 0;
}

int verifyRule(PortfolioFile &file, int acked)
{
    const HealthRule rule = file.healthRule();
    const bool asAcked = acked == 0 || rule == ruleNumber(acked); // nothing acknowledged: nothing to lose
    if (asAcked || rule == ruleNumber(acked + 1)) {
        std::printf("OK\n");
        return 0;
    }
    std::printf("LOST: the rule is not change %d\n", acked);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: vigie_editdriver edit|rule|hang|verify FILE [N]\n");
        return 2;
    }
    auto file = openFile(args.at(2));
    if (!file)
        return 3;
    const QString mode = args.at(1);
    const int n = args.size() > 3 ? args.at(3).toInt() : 0;
    if (mode == QLatin1String("edit"))
        return edit(*file, n);
    if (mode == QLatin1String("rule"))
        return rule(*file, n);
    if (mode == QLatin1String("hang"))
        return hang(*file);
    if (mode == QLatin1String("verify"))
        return verify(*file, n);
    if (mode == QLatin1String("verify-rule"))
        return verifyRule(*file, n);
    return 2;
}
