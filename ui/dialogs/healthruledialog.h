#pragma once

#include "rules/healthrule.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QTimer;

namespace Vigie {

class Editor;

// Portfolio → Health Rule…: the rule that turns variances into colours. Presets Variance 10/30 (OMB),
// Three-code (declared 1/2/3) and Custom (green up to X %, red from Y %, for cost and schedule alike),
// the rule's statement as footnotes print it, and a live preview of how many projects would change
// colour (core: RulePreview, read-only). OK applies the rule through the edit facade
// (Editor::setHealthRule: one undoable edit that recolours every project); the dialog writes nothing
// itself. In a copy limited to one organization, where the rule is the whole portfolio's, it says so and
// only closes: the preview still shows what another rule would change.
class HealthRuleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HealthRuleDialog(Editor *editor, QWidget *parent = nullptr);

    // The rule the form describes.
    HealthRule rule() const;
    void setRule(const HealthRule &rule);

    QRadioButton *variancePreset() const { return m_variance; }
    QRadioButton *threeCodePreset() const { return m_threeCode; }
    QRadioButton *customPreset() const { return m_custom; }
    QDoubleSpinBox *greenMaxBox() const { return m_greenMax; }
    QDoubleSpinBox *redMinBox() const { return m_redMin; }
    // What the rule in the form would change (RulePreviewer), computed now; the dialog's preview shows
    // the same text once the form has been still for a moment.
    QString previewText() const;
    QLabel *previewLabel() const { return m_preview; }
    // Why the rule cannot be chosen here ("" when it can).
    QString readOnlyReason() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateForm();

    Editor *m_editor;
    HealthRule m_current;
    bool m_readOnly = false;
    QLabel *m_readOnlyNote = nullptr; // why the rule is read-only here
    QButtonGroup *m_presets;
    QRadioButton *m_variance;
    QRadioButton *m_threeCode;
    QRadioButton *m_custom;
    QGroupBox *m_thresholdsBox;
    QLabel *m_greenLabel;
    QLabel *m_redLabel;
    QDoubleSpinBox *m_greenMax;
    QDoubleSpinBox *m_redMin;
    QLabel *m_currentLabel;
    QLabel *m_statement;
    QGroupBox *m_previewBox;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    QTimer *m_previewTimer;
};

} // namespace Vigie
