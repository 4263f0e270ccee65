#pragma once

#include <QCoreApplication>
#include <QString>

namespace Vigie {

class PortfolioFile;

struct SyntheticOptions
{
    int projects = 1000;
    quint64 seed = 1;
};

// A large generated portfolio at the scale Vigie must stay instant at: N projects over 500
// organizations, 10 reporting periods (every project frozen in every period), 2,000 measures in 4 plans,
// 500 organizations × 60 specialties of workforce, and envelopes. The same options always give the same
// content (own random generator, stable UUIDs), so timings and results can be compared across runs.
class SyntheticSample
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::SyntheticSample)
public:
    static QString name() { return QStringLiteral("synthetic"); }
    static constexpr int organizations = 500;
    static constexpr int periods = 10;
    static constexpr int measures = 2000;
    static constexpr int specialties = 60;
    static constexpr int maxProjects = 1000000;

    static bool write(const QString &path, const SyntheticOptions &options, QString *error, bool *cannotWrite = nullptr);
    // Fills a new, empty portfolio (inside the caller's transaction).
    static bool fill(PortfolioFile &file, const SyntheticOptions &options, QString *error);
};

} // namespace Vigie
