#pragma once

#include "model/entities.h"
#include "models/rowfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Vigie {

// The filter row above every table: a search box that filters as you type (code, names in both
// languages, organization), and the filters that make sense for the view (organization, key area,
// status, project state, colour of an indicator, declared against computed colours,
// missing translations). The row wraps onto a second
// line when the window is narrow. Projects show the active ones unless "All states" is chosen: the
// Overview counts active projects, and the table starts with the same ones.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setCapabilities(int capabilities); // FilterableModel::Capability flags
    // The organizations and key areas to choose from (the document's), refilled at once.
    void setChoices(const QList<Organization> &organizations, const QList<KeyArea> &areas);
    RowFilter filter() const;
    // Shows `filter` in the bar (the Overview's links: "3 red projects" → red, active projects).
    void setFilter(const RowFilter &filter);
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *stateBox() const { return m_state; }
    QComboBox *flagBox() const { return m_flag; }
    QComboBox *keyAreaBox() const { return m_keyArea; }
    // Back to the default filter: nothing typed, every choice on "All", projects on "Active".
    void clear();

Q_SIGNALS:
    void filterChanged(const Vigie::RowFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFixedChoices();
    void emitChanged();

    QLineEdit *m_search;
    QComboBox *m_organization;
    QComboBox *m_keyArea;
    QComboBox *m_status;
    QComboBox *m_state;
    QComboBox *m_indicator;
    QComboBox *m_health;
    QComboBox *m_flag;
    QCheckBox *m_missing;
    QList<Organization> m_organizations;
    QList<KeyArea> m_areas;
    QSet<RowId> m_listed; // RowFlag::Listed: the list set by setFilter(), offered until cleared
    QString m_listName;
    bool m_setting = false;
    int m_capabilities = 0;
};

} // namespace Vigie
