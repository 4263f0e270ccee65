#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QUndoCommand>

namespace Vigie {

class PortfolioFile;

// Freezes the current values as a reporting period; undo removes the period and its frozen rows.
// Redo after an undo freezes again under the same UUID: the stack guarantees the values are the
// same as at the first freeze. A freeze that fails (duplicate label, read-only file) makes the
// command obsolete, so the stack drops it; error() tells why.
class FreezePeriodCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::FreezePeriodCommand)
public:
    FreezePeriodCommand(PortfolioFile *file, const QString &label, const QDate &asOf, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QString periodUuid() const { return m_uuid; }
    QString error() const { return m_error; }

private:
    PortfolioFile *m_file;
    QString m_label;
    QDate m_asOf;
    QString m_uuid;
    QString m_error;
};

} // namespace Vigie
