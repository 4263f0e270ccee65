#pragma once

#include "optionalvalue.h"
#include "storage/change.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace Vigie {

class Document;
class Editor;
class PairLayout;
class PortfolioFile;
class ProjectMeasures;
class WhyPanel;
enum class Entity;

// The detail panel of a project: names in English and French side by side, forecast cost and end,
// declared indicators (beside the computed ones), its baselines, and the decision history with a form
// to add one; a second tab explains its colours (WhyPanel). Every field writes through the Editor when
// the user leaves it (one undo step per change); what is typed and not yet written survives a language
// switch.
class ProjectDetail : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectDetail(QWidget *parent = nullptr);

    // The open document (null when none): its file, its edit facade and its change notifications.
    void setDocument(Document *document);
    void showProject(const QString &uuid);
    QString projectUuid() const { return m_uuid; }

    QTreeWidget *decisions() const { return m_decisions; }
    QLineEdit *nameEnBox() const { return m_nameEn; }
    QLineEdit *decisionEnBox() const { return m_decisionEn; }
    QDoubleSpinBox *forecastCostBox() const { return m_forecastCost; }
    QDateEdit *forecastEndBox() const { return m_forecastEnd; }
    QComboBox *decisionKindBox() const { return m_decisionKind; }
    QTabWidget *tabs() const { return m_tabs; }
    QCheckBox *reauthorizeBox() const { return m_reauthorize; }
    QDateEdit *newEndBox() const { return m_newEnd; }
    WhyPanel *whyPanel() const { return m_why; }
    ProjectMeasures *measuresPanel() const { return m_measures; }
    // The least width at which the forecast form's labels stand beside their fields, as on a 1280 px
    // screen; the panel's minimum is less (on a narrow screen the fields go under their labels).
    int unwrappedWidth() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Empties the new decision's fields; `all`: its authority, date and kind too.
    void clearDecisionForm(bool all);
    void retranslateUi();
    void refresh();
    void commit(Field field, const QVariant &value);
    void addDecision();
    void onChanged(const Vigie::Change &change);

    Document *m_document = nullptr;
    PortfolioFile *m_file = nullptr;
    Editor *m_editor = nullptr;
    QString m_uuid;
    QString m_code;
    PairLayout *m_decisionPairs = nullptr;
    bool m_refreshing = false;
    // A value the editor just refused (it said why): not sent again while the box still shows it (its
    // focus leaving for the message sent it a second time, and the message came twice).
    bool m_committing = false;
    std::optional<std::pair<Field, QVariant>> m_refused;
    std::optional<double> m_shownCost; // the forecast as stored, none when there is none
    std::optional<QDate> m_shownEnd;

    QLabel *m_heading;
    QLabel *m_facts;
    QLabel *m_readOnlyNote; // why this project is read-only here (a copy limited to another organization)
    QGroupBox *m_namesBox;
    QLabel *m_enLabel;
    QLabel *m_frLabel;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameFr;
    QGroupBox *m_forecastBox;
    QLabel *m_costLabel;
    QLabel *m_endLabel;
    OptionalAmountBox *m_forecastCost;
    OptionalDateEdit *m_forecastEnd;
    QLabel *m_declaredLabels[3];
    QComboBox *m_declared[3];
    ProjectMeasures *m_measures;
    QGroupBox *m_decisionsBox;
    QTreeWidget *m_decisions;
    QDateEdit *m_decisionDate;
    QComboBox *m_decisionKind;
    QLineEdit *m_authority;
    QLineEdit *m_decisionEn;
    QLineEdit *m_decisionFr;
    QDoubleSpinBox *m_budgetChange;
    QPushButton *m_addDecision;
    QCheckBox *m_reauthorize;
    QLabel *m_newEndLabel;
    OptionalDateEdit *m_newEnd;
    QTabWidget *m_tabs;
    WhyPanel *m_why;
};

} // namespace Vigie
