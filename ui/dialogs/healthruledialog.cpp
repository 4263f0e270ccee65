#include "healthruledialog.h"

#include "i18n/language.h"
#include "views/optionalvalue.h"
#include "views/readonlynote.h"
#include "views/verticalscrollarea.h"

#include "analysis/rulepreview.h"
#include "commands/editor.h"
#include "storage/portfoliofile.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Vigie {

HealthRuleDialog::HealthRuleDialog(Editor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_current(editor->file()->healthRule())
    , m_presets(new QButtonGroup(this))
    , m_variance(new QRadioButton(this))
    , m_threeCode(new QRadioButton(this))
    , m_custom(new QRadioButton(this))
    , m_thresholdsBox(new QGroupBox(this))
    , m_greenLabel(new QLabel(this))
    , m_redLabel(new QLabel(this))
    , m_greenMax(new QDoubleSpinBox(this))
    , m_redMin(new QDoubleSpinBox(this))
    , m_currentLabel(new QLabel(this))
    , m_statement(new QLabel(this))
    , m_previewBox(new QGroupBox(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, [this] { m_preview->setText(previewText()); });
    setObjectName(QStringLiteral("healthRuleDialog"));
    m_variance->setObjectName(QStringLiteral("presetVariance"));
    m_threeCode->setObjectName(QStringLiteral("presetThreeCode"));
    m_custom->setObjectName(QStringLiteral("presetCustom"));
    m_greenMax->setObjectName(QStringLiteral("greenMax"));
    m_redMin->setObjectName(QStringLiteral("redMin"));
    m_preview->setObjectName(QStringLiteral("rulePreview"));
    m_presets->addButton(m_variance);
    m_presets->addButton(m_threeCode);
    m_presets->addButton(m_custom);
    for (QDoubleSpinBox *spin : { m_greenMax, m_redMin }) {
        spin->setRange(0.0, 1000.0);
        spin->setDecimals(1);
        spin->setSingleStep(1.0);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &HealthRuleDialog::updateForm);
    }
    connect(m_presets, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            updateForm();
    });
    auto *thresholds = new QFormLayout(m_thresholdsBox);
    thresholds->addRow(m_greenLabel, m_greenMax);
    thresholds->addRow(m_redLabel, m_redMin);
    m_greenLabel->setBuddy(m_greenMax);
    m_redLabel->setBuddy(m_redMin);
    for (QLabel *label : { m_currentLabel, m_statement, m_preview }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // Room for the longest statement and preview from the start: the dialog does not jump as they change.
    const int line = fontMetrics().lineSpacing();
    m_statement->setMinimumHeight(3 * line);
    m_preview->setMinimumHeight(4 * line);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *preview = new QVBoxLayout(m_previewBox);
    preview->addWidget(m_preview);

    // The choices and the preview scroll above the buttons on a short screen (1280x800 at 200 %), where
    // the dialog was taller than the screen and its buttons out of reach.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_currentLabel);
    contentLayout->addWidget(m_variance);
    contentLayout->addWidget(m_threeCode);
    contentLayout->addWidget(m_custom);
    contentLayout->addWidget(m_thresholdsBox);
    contentLayout->addWidget(m_statement);
    contentLayout->addWidget(m_previewBox);
    contentLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    m_readOnlyNote = makeReadOnlyNote(this);
    layout->addWidget(m_readOnlyNote);
    auto *scroll = new VerticalScrollArea(content, this);
    scroll->setWholeContentHint(true);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HealthRuleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(620);
    m_readOnly = !readOnlyReason().isEmpty();
    if (m_readOnly)
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    m_readOnlyNote->setVisible(m_readOnly);
    setRule(m_current);
    retranslateUi();
}

QString HealthRuleDialog::readOnlyReason() const
{
    return m_editor->readOnlyReason(Entity::Portfolio, m_editor->file()->info().uuid);
}

HealthRule HealthRuleDialog::rule() const
{
    if (m_threeCode->isChecked())
        return HealthRule::threeCode();
    if (m_custom->isChecked())
        return HealthRule::custom(m_greenMax->value(), m_redMin->value());
    return HealthRule::variance1030();
}

void HealthRuleDialog::setRule(const HealthRule &rule)
{
    const QSignalBlocker blockPresets(m_presets);
    const QSignalBlocker blockGreen(m_greenMax);
    const QSignalBlocker blockRed(m_redMin);
    const QString preset = rule.preset();
    QRadioButton *button = rule.kind() == HealthRule::Kind::ThreeCode ? m_threeCode
        : preset == HealthRule::variance1030().preset()                ? m_variance
                                                                       : m_custom;
    button->setChecked(true);
    // Three-code has no thresholds; the boxes keep 10/30 so switching to Custom starts from the preset.
    const bool variance = rule.kind() == HealthRule::Kind::Variance;
    m_greenMax->setValue(variance ? rule.greenMax() : 10.0);
    m_redMin->setValue(variance ? rule.redMin() : 30.0);
    updateForm();
}

void HealthRuleDialog::updateForm()
{
    const bool custom = m_custom->isChecked();
    m_thresholdsBox->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker blockGreen(m_greenMax);
        const QSignalBlocker blockRed(m_redMin);
        const HealthRule preset = rule();
        if (preset.kind() == HealthRule::Kind::Variance) {
            m_greenMax->setValue(preset.greenMax());
            m_redMin->setValue(preset.redMin());
        }
    }
    const bool valid = !custom || m_greenMax->value() < m_redMin->value();
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok)) // none where the rule is read-only
        ok->setEnabled(valid);
    if (!valid) {
        m_statement->setText(tr("Green must end below where red begins: %1 is not below %2.")
                                 .arg(QLocale().toString(m_greenMax->value()), QLocale().toString(m_redMin->value())));
        m_previewTimer->stop(); // the preview of a valid rule typed a moment ago must not come back
        m_preview->clear();
        return;
    }
    const HealthRule r = rule();
    m_statement->setText(Language::tiedAbsoluteValues(r.statement()));
    // A scan of every project: once the user stops typing, not at each keystroke.
    m_previewTimer->start();
}

QString HealthRuleDialog::previewText() const
{
    const HealthRule candidate = rule();
    if (candidate == m_current)
        return tr("This is the rule in force: nothing changes.");
    RulePreview preview;
    QString error;
    if (!RulePreviewer::compute(*m_editor->file(), candidate, &preview, &error))
        return error;
    const QLocale locale;
    QString text = RulePreviewer::describe(preview);
    QStringList counts;
    for (Health h : { Health::Green, Health::Yellow, Health::Red, Health::Unrated })
        counts << tr("%1 %2").arg(locale.toString(preview.computedOverall.bucket(h).count),
                                  HealthText::label(h).toLower());
    text += QLatin1Char('\n') + tr("Active projects' computed overall colour under this rule: %1.").arg(counts.join(QStringLiteral(", ")));
    return text;
}

void HealthRuleDialog::accept()
{
    if (m_readOnly) { // nothing to apply here (there is no OK button)
        QDialog::reject();
        return;
    }
    const HealthRule r = rule();
    if (r == m_current) {
        QDialog::accept(); // nothing to change, nothing on the undo stack
        return;
    }
    if (m_editor->setHealthRule(r))
        QDialog::accept();
}

void HealthRuleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HealthRuleDialog::retranslateUi()
{
    for (QDoubleSpinBox *spin : { m_greenMax, m_redMin })
        showPercent(spin);
    setWindowTitle(tr("Health Rule"));
    if (m_readOnly)
        m_readOnlyNote->setText(readOnlyReason());
    m_currentLabel->setText(m_readOnly ? tr("Rule in force: <b>%1</b>. The preview still shows what another rule would change.")
                                             .arg(m_current.displayName().toHtmlEscaped())
                                       : tr("Rule in force: <b>%1</b>. Choosing another one recolours every project at once; "
                                            "Edit → Undo takes it back.")
                                             .arg(m_current.displayName().toHtmlEscaped()));
    m_variance->setText(Language::tiedAbsoluteValues(
        tr("&Variance 10/30 (US OMB, IT Dashboard): |variance| up to 10% green, from 30% red")));
    m_threeCode->setText(tr("&Three-code (PSPC): declared 1 / 2 / 3 → green / yellow / red, nothing computed"));
    m_custom->setText(tr("&Custom thresholds, for cost and schedule alike"));
    m_thresholdsBox->setTitle(tr("Custom thresholds (absolute variance)"));
    m_greenLabel->setText(tr("&Green up to:"));
    m_redLabel->setText(tr("&Red from:"));
    m_previewBox->setTitle(tr("Preview"));
    updateForm();
}

} // namespace Vigie
