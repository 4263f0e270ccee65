#include "servercredentials.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace Vigie::ServerCredentials {

namespace {

struct Store
{
    QMutex mutex;
    QHash<QString, QString> passwords;
};

Store &store()
{
    static Store s;
    return s;
}

} // namespace

void remember(const QString &address, const QString &password)
{
    QMutexLocker lock(&store().mutex);
    if (password.isEmpty())
        store().passwords.remove(address);
    else
        store().passwords.insert(address, password);
}

void forget(const QString &address)
{
    remember(address, QString());
}

QString password(const QString &address)
{
    QMutexLocker lock(&store().mutex);
    return store().passwords.value(address);
}

} // namespace Vigie::ServerCredentials
