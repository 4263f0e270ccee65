#pragma once

#include <QString>

namespace Vigie {

// A password the user typed for a server (File → Connect to Server…), kept in this process's memory
// only, until Vigie closes: never written to settings, the recent list, a log or a file. Every connection
// to that address made while Vigie runs (the window's, its worker threads') presents it. Without one,
// libpq looks where it always does (PGPASSWORD, ~/.pgpass, a service file, Kerberos or peer
// authentication). Keyed by the canonical address (ServerLocation::address). Thread-safe.
namespace ServerCredentials {

void remember(const QString &address, const QString &password);
void forget(const QString &address);
// The password remembered for `address`, or a null string.
QString password(const QString &address);

} // namespace ServerCredentials

} // namespace Vigie
