#pragma once

#include "views/linksbox.h"

class QComboBox;

namespace Vigie {

// Part of a project's detail panel, the other side of MeasureProjects: the measures of the strategy the
// project serves, each with its status, and the links made or removed here (Link takes the measure chosen
// in the list beside it, Unlink the selected measure), each one undoable command through the edit facade.
// The Overview counts the active projects that serve no measure; this is where one is given its measure.
class ProjectMeasures : public LinksBox
{
    Q_OBJECT
public:
    explicit ProjectMeasures(QWidget *parent = nullptr);

    void showProject(const QString &uuid) { showItem(uuid); }

    // For tests and keyboard users.
    QComboBox *measureBox() const { return m_measure; }

protected:
    bool concerns(const Change &change) const override;
    void refresh() override;
    void retranslateUi() override;
    void link() override;
    void unlink() override;

private:
    QComboBox *m_measure;
};

} // namespace Vigie
