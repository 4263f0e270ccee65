#include "serversteps.h"

#include "storage/portfoliofile.h"
#include "storage/repository.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace VigieBench {

namespace {

constexpr int kEdits = 1000;
const QString kSchema = QStringLiteral("vigie_bench");

// Runs scripts/pg-cluster.sh; its messages go to our standard error.
bool clusterScript(const QString &command, const QString &state, QString *error)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Flushed to disk as a real server is (the tests' cluster is not): the file side flushes too.
    env.insert(QStringLiteral("VIGIE_PG_FSYNC"), QStringLiteral("on"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral("sh"), { QStringLiteral(VIGIE_SOURCE_DIR "/scripts/pg-cluster.sh"), command, state });
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("scripts/pg-cluster.sh %1: failed (exit %2)").arg(command).arg(p.exitCode());
        return false;
    }
    return true;
}

} // namespace

ServerBench::ServerBench(const QString &vigie, const QString &work)
    : m_vigie(vigie)
    , m_work(work)
{
}

ServerBench::~ServerBench()
{
    if (!m_clusterState.isEmpty())
        clusterScript(QStringLiteral("stop"), m_clusterState, nullptr);
}

bool ServerBench::startCluster(QString *error)
{
    const QString state = QDir(m_work).filePath(QStringLiteral("pg-cluster"));
    err() << "Starting a throwaway PostgreSQL cluster (scripts/pg-cluster.sh, fsync on)…" << Qt::endl;
    if (!clusterScript(QStringLiteral("start"), state, error))
        return false;
    m_clusterState = state;
    err() << "(If this run is interrupted, stop the cluster with: scripts/pg-cluster.sh stop " << state << ")" << Qt::endl;
    QFile env(QDir(state).filePath(QStringLiteral("env")));
    if (!env.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = env.fileName() + QStringLiteral(": ") + env.errorString();
        return false;
    }
    QString host, port, user, database;
    while (!env.atEnd()) {
        const QString line = QString::fromUtf8(env.readLine()).trimmed();
        const QString key = line.section(QLatin1Char('='), 0, 0);
        const QString value = line.section(QLatin1Char('='), 1);
        if (key == QLatin1String("VIGIE_PG_UNAVAILABLE")) {
            *error = QStringLiteral("no PostgreSQL here: ") + value + QStringLiteral("; or give --server postgresql://…");
            return false;
        }
        // The vigie processes find the cluster through libpq's variables, as a user's would.
        if (key.startsWith(QLatin1String("PG")))
            qputenv(key.toLatin1().constData(), value.toUtf8());
        if (key == QLatin1String("PGHOST"))
            host = value;
        else if (key == QLatin1String("PGPORT"))
            port = value;
        else if (key == QLatin1String("PGUSER"))
            user = value;
        else if (key == QLatin1String("PGDATABASE"))
            database = value;
    }
    m_address = QStringLiteral("postgresql://%1@%2:%3/%4?schema=%5").arg(user, host, port, database, kSchema);
    return true;
}

bool ServerBench::prepare(const QString &address, const QString &portfolio, int repeat, QString *error)
{
    if (address.isEmpty()) {
        if (!startCluster(error))
            return false;
    } else {
        m_address = address;
    }
    const QDir dir(m_work);
    m_repeat = repeat;
    for (int run = 0; run < repeat; ++run) {
        QFile::remove(summaryOutput(true, run));
        QFile::remove(summaryOutput(false, run));
    }
    m_file = dir.filePath(QStringLiteral("server-side-file.vigie"));
    QFile::remove(m_file);
    err() << "Copying the portfolio for the file side…" << Qt::endl;
    if (!QFile::copy(portfolio, m_file)) {
        *error = QStringLiteral("%1: cannot be copied to %2").arg(portfolio, m_file);
        return false;
    }
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    // The projects edited: active ones spread evenly over the portfolio, a different one per edit.
    QStringList codes;
    {
        Vigie::FileError e;
        const auto file = Vigie::PortfolioFile::open(m_file, Vigie::PortfolioFile::Access::ReadOnly, &e);
        if (!file) {
            *error = e.message;
            return false;
        }
        Vigie::RowId after = 0;
        for (;;) {
            const QList<Vigie::Project> page = Vigie::Repository::projects(*file, after, 10000);
            if (page.isEmpty())
                break;
            for (const Vigie::Project &p : page) {
                if (p.state == Vigie::ProjectState::Active)
                    codes << p.code;
            }
            after = page.constLast().id;
        }
    }
    m_edits = int(std::min<qsizetype>(kEdits, codes.size()));
    if (m_edits == 0) {
        *error = QStringLiteral("%1: no active project to edit").arg(portfolio);
        return false;
    }
    // Run i sets values no earlier run set, so every edit changes something: even edits a forecast cost,
    // odd ones a forecast end.
    const QDate firstEnd(2031, 1, 1);
    for (int run = 0; run < repeat; ++run) {
        QString text;
        for (int k = 0; k < m_edits; ++k) {
            const QString &code = codes.at(qsizetype(k) * codes.size() / m_edits);
            if (k % 2 == 0)
                text += QStringLiteral("--project %1 --forecast-cost %2\n").arg(code).arg(1000000 + 1000 * run + k);
            else
                text += QStringLiteral("--project %1 --forecast-end %2\n")
                            .arg(code, firstEnd.addDays(run * 1000 + k).toString(Qt::ISODate));
        }
        const QString path = dir.filePath(QStringLiteral("edits-%1.txt").arg(run));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0) {
            *error = path + QStringLiteral(": ") + f.errorString();
            return false;
        }
        m_editLists << path;
    }
    m_noEdits = dir.filePath(QStringLiteral("no-edits.txt"));
    QFile empty(m_noEdits);
    if (!empty.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = m_noEdits + QStringLiteral(": ") + empty.errorString();
        return false;
    }
    return true;
}

std::function<Measure(int)> ServerBench::publish() const
{
    return [this](int) { return runProcess(m_vigie, { QStringLiteral("publish"), m_file, m_address }); };
}

std::function<Measure(int)> ServerBench::open(bool server) const
{
    const QString target = server ? m_address : m_file;
    return [this, target](int) {
        return runProcess(m_vigie, { QStringLiteral("edit"), target, QStringLiteral("--batch"), m_noEdits });
    };
}

std::function<Measure(int)> ServerBench::summary(bool server) const
{
    return [this, server](int run) {
        return runProcess(m_vigie, { QStringLiteral("summary"), QStringLiteral("--json"), server ? m_address : m_file }, {},
                          summaryOutput(server, run));
    };
}

std::function<Measure(int)> ServerBench::editRun(bool server) const
{
    const QString target = server ? m_address : m_file;
    return [this, target](int run) {
        return runProcess(m_vigie, { QStringLiteral("edit"), target, QStringLiteral("--batch"), m_editLists.value(run) });
    };
}

QString ServerBench::summaryOutput(bool server, int run) const
{
    return QDir(m_work).filePath(QStringLiteral("summary-%1-%2.json").arg(server ? QStringLiteral("server") : QStringLiteral("file")).arg(run));
}

QString ServerBench::compareFiles(const QString &server, const QString &file, const QString &when) const
{
    QFile a(server);
    QFile b(file);
    if (!a.open(QIODevice::ReadOnly) || !b.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: no summary to compare (%2, %3)").arg(when, server, file);
    const QList<QByteArray> left = a.readAll().split('\n');
    const QList<QByteArray> right = b.readAll().split('\n');
    if (left.isEmpty() || left == QList<QByteArray> { QByteArray() })
        return QStringLiteral("%1: the server's summary is empty").arg(when);
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        if (left.value(i) != right.value(i))
            return QStringLiteral("%1: the summaries differ at line %2: server %3, file %4 (%5, %6)")
                .arg(when)
                .arg(i + 1)
                .arg(QString::fromUtf8(left.value(i)).trimmed(), QString::fromUtf8(right.value(i)).trimmed(), server, file);
    }
    return {};
}

QString ServerBench::compareSummaries() const
{
    for (int run = 0; run < m_repeat; ++run) {
        const QString difference =
            compareFiles(summaryOutput(true, run), summaryOutput(false, run), QStringLiteral("run %1").arg(run + 1));
        if (!difference.isEmpty())
            return difference;
    }
    return {};
}

QString ServerBench::compareAfterEdits() const
{
    const QDir dir(m_work);
    const QString server = dir.filePath(QStringLiteral("summary-after-edits-server.json"));
    const QString file = dir.filePath(QStringLiteral("summary-after-edits-file.json"));
    for (const auto &[target, output] : { std::pair { m_address, server }, std::pair { m_file, file } }) {
        const Measure m = runProcess(m_vigie, { QStringLiteral("summary"), QStringLiteral("--json"), target }, {}, output);
        if (!m.ok())
            return QStringLiteral("after the edits: ") + m.error;
    }
    return compareFiles(server, file, QStringLiteral("after the edits"));
}

} // namespace VigieBench
