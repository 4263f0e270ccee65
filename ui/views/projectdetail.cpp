#include "projectdetail.h"

#include "views/fieldundo.h"

#include "analysis/summary.h"
#include "model/fieldtext.h"
#include "model/limits.h"
#include "model/projecttext.h"
#include "commands/editor.h"
#include "document/document.h"
#include "models/lookup.h"
#include "views/pairlayout.h"
#include "views/projectmeasures.h"
#include "views/readonlynote.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "views/verticalscrollarea.h"
#include "views/whypanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Vigie {

namespace {
const Field kDeclared[3] = { Field::DeclaredCost, Field::DeclaredSchedule, Field::DeclaredOverall };
} // namespace

ProjectDetail::ProjectDetail(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_readOnlyNote(makeReadOnlyNote(this))
    , m_namesBox(new QGroupBox(this))
    , m_enLabel(new QLabel(this))
    , m_frLabel(new QLabel(this))
    , m_nameEn(new QLineEdit(this))
    , m_nameFr(new QLineEdit(this))
    , m_forecastBox(new QGroupBox(this))
    , m_costLabel(new QLabel(this))
    , m_endLabel(new QLabel(this))
    , m_forecastCost(new OptionalAmountBox(this))
    , m_forecastEnd(new OptionalDateEdit(this))
    , m_measures(new ProjectMeasures(this))
    , m_decisionsBox(new QGroupBox(this))
    , m_decisions(new QTreeWidget(this))
    , m_decisionDate(new QDateEdit(QDate::currentDate(), this))
    , m_decisionKind(new QComboBox(this))
    , m_authority(new QLineEdit(this))
    , m_decisionEn(new QLineEdit(this))
    , m_decisionFr(new QLineEdit(this))
    , m_budgetChange(new QDoubleSpinBox(this))
    , m_addDecision(new QPushButton(this))
    , m_reauthorize(new QCheckBox(this))
    , m_newEndLabel(new QLabel(this))
    , m_newEnd(new OptionalDateEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_why(new WhyPanel)
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *names = new QGridLayout(m_namesBox);
    names->addWidget(m_enLabel, 0, 0);
    names->addWidget(m_frLabel, 0, 1);
    names->addWidget(m_nameEn, 1, 0);
    names->addWidget(m_nameFr, 1, 1);
    m_enLabel->setBuddy(m_nameEn);
    m_frLabel->setBuddy(m_nameFr);
    // The fields that write their value as it is entered: once it is, Ctrl+Z undoes the edit.
    for (QWidget *field : std::initializer_list<QWidget *> { m_nameEn, m_nameFr, m_forecastCost, m_forecastEnd })
        FieldUndo::markCommitting(field);
    connect(m_nameEn, &QLineEdit::editingFinished, this,
            [this] { commit(Field::NameEn, m_nameEn->text()); });
    connect(m_nameFr, &QLineEdit::editingFinished, this,
            [this] { commit(Field::NameFr, m_nameFr->text()); });

    m_heading->setObjectName(QStringLiteral("projectHeading"));
    m_facts->setObjectName(QStringLiteral("projectFacts"));
    m_budgetChange->setObjectName(QStringLiteral("budgetChange"));
    m_authority->setObjectName(QStringLiteral("decisionAuthority"));
    m_decisionDate->setObjectName(QStringLiteral("decisionDate"));
    m_decisionEn->setObjectName(QStringLiteral("decisionEn"));
    m_budgetChange->setRange(-std::floor(Limits::maxAmount), std::floor(Limits::maxAmount)); // whole dollars
    m_budgetChange->setDecimals(0);
    m_budgetChange->setGroupSeparatorShown(true);
    m_budgetChange->setSingleStep(10000);
    m_decisionDate->setCalendarPopup(true);
    auto *forecast = new QFormLayout(m_forecastBox);
    // On a narrow screen (1280x800 at 200 %) a field goes under its label rather than the page scrolling
    // sideways; TablePage::fitSplitter gives the panel room for them side by side when there is some.
    forecast->setRowWrapPolicy(QFormLayout::WrapLongRows);
    forecast->addRow(m_costLabel, m_forecastCost);
    forecast->addRow(m_endLabel, m_forecastEnd);
    m_costLabel->setBuddy(m_forecastCost);
    m_endLabel->setBuddy(m_forecastEnd);
    // No forecast shows as a dash (it showed the budget and the planned end, which read as a forecast
    // while the colours said "not rated"). Typing one records it; emptying the box removes it.
    connect(m_forecastCost, &QDoubleSpinBox::editingFinished, this, [this] {
        const std::optional<double> amount = m_forecastCost->amount();
        if (amount != m_shownCost)
            commit(Field::ForecastCost, amount ? QVariant(*amount) : QVariant());
    });
    connect(m_forecastEnd, &QDateEdit::editingFinished, this, [this] {
        if (const QString typed = m_forecastEnd->takeRefusedTyping(); !typed.isEmpty()) {
            // A year the box cannot hold (0021): the box kept another date, which is not what was typed.
            refresh();
            if (m_editor)
                Q_EMIT m_editor->errorOccurred(
                    tr("%1: \"%2\" is not a date from %3 to %4 (write it as 2021-06-30); the forecast end was not changed.")
                        .arg(FieldText::label(Field::ForecastEnd), typed.trimmed())
                        .arg(Limits::firstYear)
                        .arg(Limits::lastYear));
            return;
        }
        const std::optional<QDate> end = m_forecastEnd->value();
        if (end != m_shownEnd)
            commit(Field::ForecastEnd, end ? QVariant(*end) : QVariant());
    });
    for (int i = 0; i < 3; ++i) {
        m_declaredLabels[i] = new QLabel(this);
        m_declared[i] = new QComboBox(this);
        m_declared[i]->setSizeAdjustPolicy(QComboBox::AdjustToContents); // measured again in retranslateUi
        m_declaredLabels[i]->setBuddy(m_declared[i]);
        forecast->addRow(m_declaredLabels[i], m_declared[i]);
        connect(m_declared[i], &QComboBox::activated, this, [this, i] {
            commit(kDeclared[i], QVariant::fromValue(Health(m_declared[i]->currentData().toInt())));
        });
    }

    m_decisions->setRootIsDecorated(false);
    m_decisions->setMinimumHeight(fontMetrics().lineSpacing() * 4); // a few decisions, then it scrolls
    m_decisions->setColumnCount(5);
    for (const QString &key : DecisionKindText::keys())
        m_decisionKind->addItem(QString(), key);
    auto *decisions = new QVBoxLayout(m_decisionsBox);
    decisions->addWidget(m_decisions, 1);
    // The new decision's fields two by two, one under the other in a narrow panel.
    auto *add = m_decisionPairs = new PairLayout;
    add->setContentsMargins(0, 0, 0, 0);
    add->addRow(m_decisionDate, m_decisionKind);
    add->addRow(m_authority);
    add->addRow(m_budgetChange, m_reauthorize);
    add->addRow(m_newEndLabel, m_newEnd);
    add->addRow(m_decisionEn);
    add->addRow(m_decisionFr);
    add->addRow(nullptr, m_addDecision);
    add->setAlignment(m_addDecision, Qt::AlignRight);
    // A re-authorization adds a baseline: the budget plus the change and, when given, a new planned end.
    m_reauthorize->setObjectName(QStringLiteral("reauthorize"));
    // None (the dash): the planned end stays.
    m_newEndLabel->setBuddy(m_newEnd);
    m_newEnd->setEnabled(false);
    connect(m_reauthorize, &QCheckBox::toggled, m_newEnd, &QWidget::setEnabled);
    for (QWidget *w : std::initializer_list<QWidget *> { m_decisionDate, m_decisionKind, m_budgetChange })
        w->setMinimumWidth(0);
    m_decisionKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_decisionKind->setMinimumContentsLength(10);
    decisions->addLayout(add);
    connect(m_addDecision, &QPushButton::clicked, this, &ProjectDetail::addDecision);

    // Two tabs under the heading: what the user edits, and why the project has its colours.
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_facts);
    detailsLayout->addWidget(m_namesBox);
    detailsLayout->addWidget(m_forecastBox);
    detailsLayout->addWidget(m_measures);
    detailsLayout->addWidget(m_decisionsBox, 1);
    // Both tabs scroll rather than squeeze their fields on a short screen.
    auto *whyScroll = new VerticalScrollArea(m_why, m_tabs);
    auto *detailsScroll = new VerticalScrollArea(details, m_tabs);
    m_tabs->addTab(detailsScroll, QString());
    m_tabs->addTab(whyScroll, QString());
    m_tabs->setObjectName(QStringLiteral("projectDetailTabs"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

int ProjectDetail::unwrappedWidth() const
{
    // The forecast form with each label beside its field.
    const auto *form = static_cast<const QFormLayout *>(m_forecastBox->layout());
    int labels = 0;
    int fields = 0;
    for (int row = 0; row < form->rowCount(); ++row) {
        if (const QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole))
            labels = std::max(labels, label->sizeHint().width());
        if (const QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole))
            fields = std::max(fields, field->minimumSize().width());
    }
    const auto sides = [](const QMargins &m) { return m.left() + m.right(); };
    const int forecast = sides(m_forecastBox->contentsMargins()) + sides(form->contentsMargins()) + labels
        + std::max(0, form->horizontalSpacing()) + fields;
    // The new decision's fields two by two.
    const QLayout *decisions = m_decisionsBox->layout();
    const int decisionsWidth = sides(m_decisionsBox->contentsMargins()) + sides(decisions->contentsMargins())
        + std::max(m_decisions->minimumSizeHint().width(), m_decisionPairs->twoColumnWidth());
    int details = std::max({ forecast, decisionsWidth, m_measures->oneLineWidth() });
    for (const QWidget *w : { static_cast<const QWidget *>(m_facts), static_cast<const QWidget *>(m_namesBox) })
        details = std::max(details, w->minimumSizeHint().width());
    // What surrounds the details in the panel (the tabs, their frame, the scroll bar) stays as it is.
    QWidget *inside = m_forecastBox->parentWidget();
    const int panel = minimumSizeHint().width();
    return std::max(panel, panel - inside->minimumSizeHint().width() + sides(inside->layout()->contentsMargins()) + details);
}

void ProjectDetail::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_file = document ? document->file() : nullptr;
    m_editor = document ? document->editor() : nullptr;
    if (m_document) {
        connect(m_document, &Document::changed, this, &ProjectDetail::onChanged);
        connect(m_document, &Document::readOnlyChanged, this, &ProjectDetail::refresh);
    }
    m_uuid.clear();
    m_why->setDocument(document);
    m_measures->setDocument(document);
    refresh();
}

void ProjectDetail::showProject(const QString &uuid)
{
    // A decision half typed for one project never lands on the next one shown.
    if (uuid != m_uuid)
        clearDecisionForm(true);
    m_uuid = uuid;
    m_why->showProject(uuid);
    m_measures->showProject(uuid);
    refresh();
}

void ProjectDetail::onChanged(const Change &change)
{
    if ((change.touches(Entity::Project) && (!change.complete || change.addsOrRemoves(Entity::Project)
                                             || change.modified(Entity::Project).contains(m_uuid)))
        || change.touches(Entity::Decision) || change.touches(Entity::Baseline) || change.touches(Entity::Organization))
        refresh();
}

void ProjectDetail::refresh()
{
    m_refused.reset();
    const std::optional<Project> p = m_file && !m_uuid.isEmpty() ? Repository::project(*m_file, m_uuid) : std::nullopt;
    setEnabled(bool(p));
    m_decisions->clear();
    if (!p) {
        // A project chosen that could not be read: the portfolio's connection was lost (the banner says so).
        m_heading->setText(!m_uuid.isEmpty() && m_document && m_document->isOutdated()
                               ? tr("This project cannot be read until the portfolio is opened again (the banner "
                                    "above says why).")
                               : tr("Select a project to see its details and decisions."));
        m_facts->clear();
        m_readOnlyNote->hide();
        // Nothing of the project shown before may stay (the panel showed its forecast under an empty
        // portfolio).
        m_nameEn->clear();
        m_nameFr->clear();
        m_refreshing = true;
        m_forecastCost->setAmount(std::nullopt);
        m_forecastEnd->setValue(std::nullopt);
        m_newEnd->setValue(std::nullopt);
        for (QComboBox *declared : m_declared)
            declared->setCurrentIndex(0);
        m_refreshing = false;
        m_shownCost.reset();
        m_shownEnd.reset();
        return;
    }
    m_refreshing = true;
    m_code = p->code;
    const QLocale locale;
    const QString name = Lookup::display(p->name);
    m_heading->setText(name.isEmpty() ? p->code : tr("%1 — %2").arg(p->code, name)); // a new project may have no name yet
    QString facts = p->plannedEnd.isValid()
        ? tr("Authorized budget %1 (original %2) · planned end %3 · computed cost %4, schedule %5")
              .arg(formatMoneyMillions(p->budget, locale), formatMoneyMillions(p->originalBudget, locale),
                   locale.toString(p->plannedEnd, QLocale::ShortFormat), HealthText::label(p->computedCost),
                   HealthText::label(p->computedSchedule))
        : tr("Authorized budget %1 (original %2) · no planned end · computed cost %3, schedule %4")
              .arg(formatMoneyMillions(p->budget, locale), formatMoneyMillions(p->originalBudget, locale),
                   HealthText::label(p->computedCost), HealthText::label(p->computedSchedule));
    const QString phase = PhaseText::label(p->phase);
    facts += QLatin1Char('\n')
        + (phase.trimmed().isEmpty() ? ProjectStateText::label(p->state) : tr("%1 · %2").arg(ProjectStateText::label(p->state), phase));
    m_facts->setText(facts);
    m_nameEn->setText(p->name.en);
    m_nameEn->setCursorPosition(0); // show the beginning of a long title
    m_nameFr->setText(p->name.fr);
    m_nameFr->setCursorPosition(0); // show the beginning of a long title
    m_forecastCost->setAmount(p->forecastCost);
    m_forecastEnd->setValue(p->forecastEnd.isValid() ? std::optional<QDate>(p->forecastEnd) : std::nullopt);
    m_forecastEnd->setFallbackDate(p->plannedEnd); // typing and the calendar start from the planned end
    m_newEnd->setFallbackDate(p->plannedEnd);
    m_shownCost = m_forecastCost->amount();
    m_shownEnd = m_forecastEnd->value();
    const Health declared[3] = { p->declaredCost, p->declaredSchedule, p->declaredOverall };
    for (int i = 0; i < 3; ++i)
        m_declared[i]->setCurrentIndex(std::max(0, m_declared[i]->findData(int(declared[i]))));
    // A copy limited to another organization: said before anyone types, and nothing takes a value.
    const QString rowReadOnly = m_editor && !m_editor->isReadOnly() ? m_editor->readOnlyReason(Entity::Project, m_uuid) : QString();
    m_readOnlyNote->setText(rowReadOnly);
    m_readOnlyNote->setVisible(!rowReadOnly.isEmpty());
    const bool readOnly = !m_editor || m_editor->isReadOnly() || !rowReadOnly.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *> { m_namesBox, m_forecastBox, m_addDecision, m_decisionEn,
                                                         m_decisionFr, m_authority, m_decisionDate, m_budgetChange,
                                                         m_reauthorize })
        w->setEnabled(!readOnly);
    for (const Decision &d : Repository::decisions(*m_file, p->id)) {
        auto *item = new QTreeWidgetItem(m_decisions);
        bool fb = false;
        item->setText(0, locale.toString(d.date, QLocale::ShortFormat));
        item->setText(1, d.authority);
        item->setText(2, DecisionKindText::label(d.kind));
        item->setText(3, d.budgetChange ? formatMoneyMillions(*d.budgetChange, locale) : QString());
        item->setText(4, Lookup::display(d.text, &fb));
        item->setToolTip(4, fb ? Lookup::fallbackTip(fb).toString() : item->text(4));
    }
    for (int c = 0; c < 4; ++c)
        m_decisions->resizeColumnToContents(c);
    m_refreshing = false;
}

void ProjectDetail::commit(Field field, const QVariant &value)
{
    if (m_refreshing || m_committing || !m_editor || m_uuid.isEmpty() || m_editor->isReadOnly())
        return;
    if (m_refused && m_refused->first == field && m_refused->second == value)
        return; // refused a moment ago, and said so
    const QString code = m_code;
    // A refused value (the editor said why) does not stay shown as if it were the project's: the panel
    // shows the file's again once the box that sent it is done.
    m_committing = true;
    const bool written = m_editor->setValue(Entity::Project, m_uuid, field, value, [code] { return tr("Project %1").arg(code); });
    m_committing = false;
    if (!written) {
        m_refused = std::make_pair(field, value);
        QTimer::singleShot(0, this, &ProjectDetail::refresh);
    }
}

void ProjectDetail::addDecision()
{
    if (!m_editor || m_uuid.isEmpty())
        return;
    FieldValues values { { Field::DecidedOn, m_decisionDate->date() },
                         { Field::Authority, m_authority->text() },
                         { Field::Kind, m_decisionKind->currentData().toString() },
                         { Field::TextEn, m_decisionEn->text() },
                         { Field::TextFr, m_decisionFr->text() } };
    if (m_budgetChange->value() != 0.0)
        values.insert(Field::BudgetChange, m_budgetChange->value());
    QString added;
    if (m_reauthorize->isChecked()) {
        // One edit: the decision and the baseline it authorizes (core: Edits::recordDecision).
        DecisionRecord d;
        d.date = m_decisionDate->date();
        d.authority = m_authority->text();
        d.kind = m_decisionKind->currentData().toString();
        d.text = { m_decisionEn->text(), m_decisionFr->text() };
        if (m_budgetChange->value() != 0.0)
            d.budgetChange = m_budgetChange->value();
        if (const std::optional<QDate> end = m_newEnd->value())
            d.plannedEnd = *end;
        d.reauthorize = true;
        added = m_editor->recordDecision(m_uuid, d, m_code);
    } else {
        added = m_editor->addDecision(m_uuid, values, m_code);
    }
    if (!added.isEmpty())
        clearDecisionForm(false); // the authority stays for the next decision of the same project
}

void ProjectDetail::clearDecisionForm(bool all)
{
    m_decisionEn->clear();
    m_decisionFr->clear();
    m_budgetChange->setValue(0);
    m_reauthorize->setChecked(false);
    m_newEnd->setValue(std::nullopt);
    if (all) {
        m_authority->clear();
        m_decisionDate->setDate(QDate::currentDate());
        m_decisionKind->setCurrentIndex(0);
    }
}

void ProjectDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProjectDetail::retranslateUi()
{
    for (QDoubleSpinBox *amount : { static_cast<QDoubleSpinBox *>(m_forecastCost), m_budgetChange })
        showDollars(amount);
    m_namesBox->setTitle(tr("Name"));
    m_enLabel->setText(tr("&English"));
    m_frLabel->setText(tr("&French"));
    m_nameEn->setAccessibleName(tr("English name"));
    m_nameFr->setAccessibleName(tr("French name"));
    m_forecastBox->setTitle(tr("Forecast and declared indicators"));
    m_costLabel->setText(tr("Forecast &cost:"));
    m_endLabel->setText(tr("Forecast e&nd:"));
    m_forecastCost->setPrefix(QString());
    const QString labels[3] = { tr("Declared c&ost:"), tr("Declared &schedule:"), tr("Declared o&verall:") };
    for (int i = 0; i < 3; ++i) {
        m_declaredLabels[i]->setText(labels[i]);
        const QSignalBlocker block(m_declared[i]);
        const int current = m_declared[i]->currentIndex();
        m_declared[i]->clear();
        m_declared[i]->addItem(tr("Not declared (computed)"), int(Health::Unrated));
        for (Health h : { Health::Green, Health::Yellow, Health::Red })
            m_declared[i]->addItem(HealthText::label(h), int(h));
        m_declared[i]->setCurrentIndex(std::max(0, current));
        // Never narrower than its longest choice in this language, however narrow the panel is dragged:
        // a combo box keeps the minimum it first measured (in the language it was first shown in), and
        // "Not declared (computed)" was cut to "Not declared (computec".
        m_declared[i]->setMinimumWidth(m_declared[i]->sizeHint().width());
    }
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Why this colour?"));
    m_tabs->setTabToolTip(1, tr("Why is it this colour? The figures, the baseline, the variance and the threshold "
                                "behind each indicator, declared against computed, and its colour in each period."));
    m_decisionsBox->setTitle(tr("Decision history"));
    m_decisions->setHeaderLabels({ tr("Date"), tr("Authority"), tr("Kind"), tr("Budget change"), tr("Decision") });
    for (int i = 0; i < m_decisionKind->count(); ++i)
        m_decisionKind->setItemText(i, DecisionKindText::label(m_decisionKind->itemData(i).toString()));
    m_decisionKind->setAccessibleName(tr("Kind of decision"));
    m_addDecision->setWhatsThis(tr("Adds the decision to the project's history (date, authority, kind, budget change, "
                                   "text in English and French). Edit → Undo takes it back."));
    m_decisions->setAccessibleName(tr("Decision history"));
    m_authority->setPlaceholderText(tr("Authority (e.g. Treasury Board)"));
    m_authority->setAccessibleName(tr("Authority"));
    m_decisionDate->setAccessibleName(tr("Decision date"));
    m_budgetChange->setAccessibleName(tr("Budget change"));
    m_budgetChange->setToolTip(tr("Budget change in dollars (negative for a reduction)."));
    m_decisionEn->setPlaceholderText(tr("Decision, in English"));
    m_decisionFr->setPlaceholderText(tr("Decision, in French"));
    m_decisionEn->setAccessibleName(tr("Decision, in English"));
    m_decisionFr->setAccessibleName(tr("Decision, in French"));
    m_addDecision->setText(tr("&Add Decision"));
    m_reauthorize->setText(tr("Re-authori&ze"));
    m_reauthorize->setToolTip(tr("The decision re-authorizes the project: a new baseline with the budget plus the "
                                 "change and the new planned end. The original baseline stays, and its variance "
                                 "is shown beside the latest one."));
    m_newEndLabel->setText(tr("New planned end:"));
    m_newEnd->setAccessibleName(tr("New planned end"));
    // New words, same values: what the user typed and has not written yet stays.
    const QString nameEn = m_nameEn->text();
    const QString nameFr = m_nameFr->text();
    const double cost = m_forecastCost->value();
    const QDate end = m_forecastEnd->date();
    const bool shown = !m_uuid.isEmpty();
    refresh();
    if (shown) {
        m_nameEn->setText(nameEn);
        m_nameEn->setCursorPosition(0); // setText() leaves the cursor, and the view, at the end
        m_nameFr->setText(nameFr);
        m_nameFr->setCursorPosition(0);
        m_forecastCost->setValue(cost);
        m_forecastEnd->setDate(end);
    }
}

} // namespace Vigie
