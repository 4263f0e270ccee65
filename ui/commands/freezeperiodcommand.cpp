#include "freezeperiodcommand.h"

#include "analysis/periods.h"
#include "storage/portfoliofile.h"

namespace Vigie {

FreezePeriodCommand::FreezePeriodCommand(PortfolioFile *file, const QString &label, const QDate &asOf,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_file(file)
    , m_label(label.trimmed())
    , m_asOf(asOf)
{
    setText(tr("Freeze reporting period \"%1\"").arg(m_label));
}

void FreezePeriodCommand::redo()
{
    const QString uuid = Periods::freeze(*m_file, m_label, m_asOf, &m_error, m_uuid);
    if (uuid.isEmpty()) {
        setObsolete(true);
        return;
    }
    m_uuid = uuid;
}

void FreezePeriodCommand::undo()
{
    if (!m_uuid.isEmpty() && !Periods::remove(*m_file, m_uuid, &m_error))
        setObsolete(true);
}

} // namespace Vigie
