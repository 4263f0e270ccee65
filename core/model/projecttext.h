#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Vigie {

// A project's phase is stored as a key ("planning", "execution", …) and shown as a translated word.
// A key Vigie does not know (a phase named by an imported file) is shown as written.
class PhaseText
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::PhaseText)
public:
    // The phases Vigie knows, in project order.
    static QStringList keys();
    // "Execution" / « Réalisation »; an unknown key as stored; "" for none.
    static QString label(const QString &key);
    // The key a cell names: the key itself, or the phase's word in English or in French ("Réalisation",
    // as an export in French writes it), whatever the program's language, in any case; "" for a phase
    // Vigie does not know. Safe on any thread.
    static QString keyOf(const QString &word);
};

// A decision's kind, stored as a key ("authorization", "phase_gate", …) and shown as a translated word.
class DecisionKindText
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::DecisionKindText)
public:
    static QStringList keys();
    static QString label(const QString &key);
};

// An organization's kind, stored as "ministry" or "agency", shown as a translated word (« Ministère »,
// « Organisme public »), and read back from either language's word (an import, a table typed in French).
class OrganizationKindText
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::OrganizationKindText)
public:
    static QStringList keys();
    static QString label(const QString &key); // the stored text when it is no kind
    // The key a cell names ("ministry"): the key, or the word in English or French, case aside; "" for none.
    static QString keyOf(const QString &word);
};

} // namespace Vigie
