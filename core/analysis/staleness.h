#pragma once

#include "model/entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Vigie {

class PortfolioFile;

// How fresh the data is (issue "Honest colours", point 6). Every project and measure keeps when it was
// last touched: edited (its own fields, or its decisions, baselines or status history), imported (a row
// an import names counts even when none of its values changed), merged from a copy, or confirmed with
// "Still accurate" (PortfolioFile::touch, Edits::confirmAccurate). An item is stale when it has not been
// touched since the as-of date of the latest frozen reporting period (the last of Periods::list): its
// data predates the latest report. Unknown stamps (rows older than schema 5 that the journal never saw)
// count as stale. Without a frozen period nothing is stale. Only what still moves can be stale: active
// projects, and measures not started or under way (a completed or cancelled item needs no update).
struct StaleReference
{
    bool active = false;    // a frozen period exists
    ReportingPeriod period; // the latest frozen period

    bool isStale(const QDateTime &touched) const;
    bool isStale(const Project &project) const;
    bool isStale(const Measure &measure) const;
};

class Staleness
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Staleness)
public:
    static StaleReference reference(const PortfolioFile &file);

    struct Counts
    {
        int projects = 0; // active projects
        int measures = 0; // measures not started or under way
    };
    // Stale items of the file now, counted with SQL (what `vigie summary` and the Overview show).
    static bool count(const PortfolioFile &file, Counts *counts, QString *error);
    // The measures only, against `ref` (reference(file), which the summary has already read to count
    // stale projects in its own pass over the projects).
    static bool countMeasures(const PortfolioFile &file, const StaleReference &ref, int *measures, QString *error);

    // "Not updated since Apr. 14, 2016, before August 2016" (the tooltip of a stale row), in `locale`'s
    // language; empty when `touched` is not stale.
    static QString staleText(const QDateTime &touched, const StaleReference &reference, const QLocale &locale);
    // The last-touched date as a table shows it; "Unknown" when there is none.
    static QString touchedText(const QDateTime &touched, const QLocale &locale);
};

} // namespace Vigie
