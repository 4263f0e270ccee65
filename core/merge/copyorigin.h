#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Vigie {

class PortfolioFile;

// Where a copy of a portfolio came from, as the copy remembers it (its copy_origin row): the portfolio's
// identity, the journal position it was taken at, and the organization it is limited to. Written once,
// when the copy is made (CopyExtractor), and read when it is merged back (Merger).
struct CopyOrigin
{
    QString uuid;               // the copy's own identity
    QString portfolioUuid;      // the portfolio it is a copy of
    qint64 baseChangeset = 0;   // the last changeset of the portfolio when the copy was taken (0: none yet)
    QString baseChangesetUuid;  // its UUID ("" when none), to find it in the portfolio's journal
    QString organizationCode;   // "" for a copy of the whole portfolio
    QString sourceName;         // the file it was taken from (its name only)
    QString takenAt;            // ISO 8601, UTC
    QString takenBy;

    bool isLimited() const { return !organizationCode.isEmpty(); }

    // The file's origin, when it is a copy (the latest, for a copy of a copy).
    static std::optional<CopyOrigin> read(const PortfolioFile &file);
};

// The journal's last changeset, by key and UUID (0 and "" when the journal is empty).
struct JournalPosition
{
    qint64 changeset = 0;
    QString uuid;

    static JournalPosition last(const PortfolioFile &file);
    // The key of the changeset with this UUID in the file; 0 when the file does not have it (or uuid is "").
    static qint64 find(const PortfolioFile &file, const QString &uuid);
};

} // namespace Vigie
