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
};

// A decision's kind, stored as a key ("authorization", "phase_gate", …) and shown as a translated word.
class DecisionKindText
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::DecisionKindText)
public:
    static QStringList keys();
    static QString label(const QString &key);
};

} // namespace Vigie
