#include "ondemandlibrary.h"

namespace Vigie {

OnDemandLibrary::OnDemandLibrary(const char *name, int version)
    : m_library(QString::fromLatin1(name), version)
{
    if (!m_library.load())
        m_problem = m_library.errorString();
}

QString OnDemandLibrary::fileName(const char *name, int version)
{
    return QStringLiteral("lib%1.so.%2").arg(QLatin1String(name)).arg(version);
}

} // namespace Vigie
