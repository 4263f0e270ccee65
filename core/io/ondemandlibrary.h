#pragma once

// A shared library opened by name the first time a feature needs it, rather than linked. A linked
// library is mapped and relocated at the start of every command, whether the command uses it or not
// (issue 16: the commands that draw nothing load Qt Core and Qt Sql). The feature's header gives the
// functions' types; CMake reads the soname's version from the library built against
// (vigie_soname_version), so the library loaded is the one Vigie was built with.
#include <QLibrary>
#include <QString>

namespace Vigie {

class OnDemandLibrary
{
public:
    // Opens lib<name>.so.<version>. The library is never unloaded: its functions stay valid for the
    // life of the process.
    OnDemandLibrary(const char *name, int version);

    // Sets *to to the function named symbol, or to nullptr; the first one missing sets problem().
    template <typename F> void resolve(const char *symbol, F *to)
    {
        *to = m_problem.isEmpty() ? reinterpret_cast<F>(m_library.resolve(symbol)) : nullptr;
        if (!*to && m_problem.isEmpty())
            m_problem = m_library.errorString();
    }

    // Why the library or one of its functions could not be found; empty when all were.
    QString problem() const { return m_problem; }

    // The file name the dynamic loader is asked for ("libcsv.so.3").
    static QString fileName(const char *name, int version);

private:
    QLibrary m_library;
    QString m_problem;
};

// A library's functions (a struct of typed pointers), loaded once, by resolveAll(library, functions):
// meant for a function-local static, which C++ makes once and thread-safe.
template <typename Functions> class OnDemandFunctions
{
public:
    template <typename ResolveAll> OnDemandFunctions(const char *name, int version, ResolveAll resolveAll)
    {
        OnDemandLibrary library(name, version);
        resolveAll(library, m_functions);
        m_problem = library.problem();
    }

    // The functions, or nullptr when the library or one of them is missing, with *what saying why.
    const Functions *get(QString *what) const
    {
        if (m_problem.isEmpty())
            return &m_functions;
        if (what)
            *what = m_problem;
        return nullptr;
    }

private:
    Functions m_functions;
    QString m_problem;
};

} // namespace Vigie
