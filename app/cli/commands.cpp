#include "commands.h"

#include <algorithm>
#include <vector>

namespace Vigie::Cli {

namespace {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours
// ("sumary", "summray" are one step from "summary").
int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            int best = std::min({ d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                                  d[size_t(i - 1)][size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && a[i - 1].toLower() == b[j - 2].toLower() && a[i - 2].toLower() == b[j - 1].toLower())
                best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = best;
        }
    }
    return d[size_t(n)][size_t(m)];
}

} // namespace

const QList<Command> &commands()
{
#define VIGIE_ENTRY_Core(entry) &entry
#define VIGIE_ENTRY_Drawing(entry) nullptr
#define VIGIE_COMMAND_ROW(name, where, entry, description) \
    Command { name, Runs::where, VIGIE_ENTRY_##where(entry), description },
    static const QList<Command> table { VIGIE_COMMANDS(VIGIE_COMMAND_ROW) };
#undef VIGIE_COMMAND_ROW
#undef VIGIE_ENTRY_Drawing
#undef VIGIE_ENTRY_Core
    return table;
}

const Command *findCommand(QStringView name, const QList<Command> &table)
{
    for (const Command &c : table) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

const Command *closestCommand(QStringView name)
{
    const Command *best = nullptr;
    int bestDistance = 0;
    for (const Command &c : commands()) {
        const QString candidate = QString::fromLatin1(c.name);
        int distance = editDistance(name, candidate);
        // "sum" for "summary", "brief" for "briefing": a beginning typed and left there.
        if (name.size() >= 3 && candidate.startsWith(name, Qt::CaseInsensitive))
            distance = 1;
        if (!best || distance < bestDistance) {
            best = &c;
            bestDistance = distance;
        }
    }
    // Close enough to be a slip of the keyboard, not another word.
    const int allowed = name.size() <= 4 ? 1 : 2;
    return best && bestDistance <= allowed ? best : nullptr;
}

} // namespace Vigie::Cli
