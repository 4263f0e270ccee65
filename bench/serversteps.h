#pragma once

#include "benchrun.h"

#include <QString>
#include <QStringList>

#include <functional>

// The same portfolio on both back ends (issue 18): a .vigie file and a PostgreSQL server, Vigie's own
// commands run as whole processes on each, alternately. The server is the one given (`--server
// postgresql://…`, whose schema must not hold a portfolio yet) or a throwaway cluster started here with
// scripts/pg-cluster.sh (flushing to disk, as the file does) and stopped at the end.
namespace VigieBench {

class ServerBench
{
public:
    ServerBench(const QString &vigie, const QString &work);
    ~ServerBench(); // stops the cluster it started
    ServerBench(const ServerBench &) = delete;
    ServerBench &operator=(const ServerBench &) = delete;

    // Starts a cluster when `address` is empty, copies `portfolio` (left untouched: the edits go to the
    // copy) and writes the edit lists of `repeat` runs. False, with *error, when the rows cannot run.
    bool prepare(const QString &address, const QString &portfolio, int repeat, QString *error);

    QString address() const { return m_address; }
    int edits() const { return m_edits; }

    // The sides of the rows: `server` true runs Vigie on the server, false on the file.
    std::function<Measure(int)> publish() const;
    std::function<Measure(int)> open(bool server) const;
    std::function<Measure(int)> summary(bool server) const;
    std::function<Measure(int)> editRun(bool server) const;

    // Every run's `vigie summary --json` on the server against the same run's on the file: empty when all
    // are byte for byte the same, else what differs.
    QString compareSummaries() const;
    // Runs `vigie summary --json` once more on both (after the edits) and compares them likewise.
    QString compareAfterEdits() const;

private:
    QString summaryOutput(bool server, int run) const;
    QString compareFiles(const QString &server, const QString &file, const QString &when) const;
    bool startCluster(QString *error);

    QString m_vigie;
    QString m_work;
    QString m_clusterState; // set while a cluster started here runs
    QString m_address;
    QString m_file;         // the copy of the portfolio the file side uses
    QString m_noEdits;      // an empty edit list: opening for writing and nothing else
    QStringList m_editLists; // one per run
    int m_edits = 0;
    int m_repeat = 0;
};

} // namespace VigieBench
