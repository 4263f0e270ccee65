#pragma once

#include "views/linksbox.h"

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace Vigie {

// Part of a measure's detail panel: the projects serving the measure, each with its overall colour
// (word and chip, so colour is never the only cue), and the links made or removed here — Link takes a
// project code, Unlink the selected project — each one undoable command through the edit facade.
class MeasureProjects : public LinksBox
{
    Q_OBJECT
public:
    explicit MeasureProjects(QWidget *parent = nullptr);

    void showMeasure(const QString &uuid) { showItem(uuid); }

    // For tests and keyboard users.
    QLineEdit *codeEdit() const { return m_code; }
    QCompleter *codeCompleter() const { return m_completer; }

protected:
    bool concerns(const Change &change) const override;
    void refresh() override;
    void retranslateUi() override;
    void link() override;
    void unlink() override;

private:
    void offerCodes(const QString &typed);

    QLineEdit *m_code;
    QStandardItemModel *m_codes; // the projects whose code starts as typed, for the completer
    QCompleter *m_completer;
};

} // namespace Vigie
