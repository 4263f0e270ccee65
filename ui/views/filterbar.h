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
// status, colour, missing translations).
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setCapabilities(int capabilities); // FilterableModel::Capability flags
    void setOrganizations(const QList<Organization> &organizations);
    void setKeyAreas(const QList<KeyArea> &areas);
    RowFilter filter() const;
    QLineEdit *searchBox() const { return m_search; }
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
    QComboBox *m_health;
    QCheckBox *m_missing;
    QList<Organization> m_organizations;
    QList<KeyArea> m_areas;
};

} // namespace Vigie
