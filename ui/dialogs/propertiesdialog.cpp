#include "propertiesdialog.h"

#include "commands/editor.h"
#include "model/fieldtext.h"
#include "storage/portfoliofile.h"
#include "views/readonlynote.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace Vigie {

PropertiesDialog::PropertiesDialog(Editor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("propertiesDialog"));
    auto *layout = new QVBoxLayout(this);
    m_readOnlyNote = makeReadOnlyNote(this);
    layout->addWidget(m_readOnlyNote);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    for (Field f : { Field::NameEn, Field::NameFr, Field::Jurisdiction, Field::Currency })
        addEdit(f);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("fiscalYearStart"));
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(QString(), month);
    addLabelledRow(m_month);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("defaultLanguage"));
    // The languages are named in themselves, as in the Language menu.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    addLabelledRow(m_language);
    for (Field f : { Field::CioName, Field::CioTitle, Field::CioTitleFr, Field::CioContact, Field::Classification })
        addEdit(f);
    m_edits.value(Field::Currency)->setMaxLength(3);
    // Read-only where the file refuses every change to them: shown, but with nothing to apply, rather
    // than typed into and refused at OK.
    const bool readOnly = !readOnlyReason().isEmpty();
    m_buttons = new QDialogButtonBox(readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    m_readOnlyNote->setVisible(readOnly);
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->setReadOnly(readOnly);
    m_month->setEnabled(!readOnly);
    m_language->setEnabled(!readOnly);
    load();
    retranslateUi();
    // Opens with room for a portfolio's long name; no minimum width of its own (one below what the French
    // labels need let the dialog open narrower than its form on a small screen, and cut « Nom du
    // dirigeant principal de l'information »): its least width is its form's. The names it holds are
    // shown whole where the screen has room (« Québec — Stratégie gouvernementale en TI 2015-2018 » was
    // cut after « 2015- »); the fields keep their least width, so the dialog can still be made narrower.
    int longest = 0;
    for (QLineEdit *edit : std::as_const(m_edits)) {
        // QLineEdit::sizeHint() is room for 17 "x" plus the edit's frame and margins: those, around its text.
        const int padding = edit->sizeHint().width() - 17 * edit->fontMetrics().horizontalAdvance(QLatin1Char('x'));
        const int text = edit->fontMetrics().horizontalAdvance(edit->text()) + padding;
        longest = std::max(longest, text - edit->minimumWidth());
    }
    int width = std::max(sizeHint().width(), 600) + std::max(0, longest);
    if (const QScreen *shown = screen())
        width = std::min(width, shown->availableGeometry().width() * 9 / 10);
    resize(std::max(width, minimumSizeHint().width()), sizeHint().height());
}

QLineEdit *PropertiesDialog::addEdit(Field field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("property%1").arg(int(field)));
    // Room for a portfolio's whole name beside French labels, which are long.
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 44);
    m_edits.insert(field, edit);
    m_order.append(field);
    addLabelledRow(edit);
    return edit;
}

void PropertiesDialog::addLabelledRow(QWidget *field)
{
    // QFormLayout::addRow(QString, …) makes no label for an empty text, and the texts only come with
    // retranslateUi(): the label is made here, empty, so that retranslateUi() finds it.
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
}

void PropertiesDialog::load()
{
    const PortfolioInfo info = m_editor->file()->info();
    m_edits.value(Field::NameEn)->setText(info.name);
    m_edits.value(Field::NameFr)->setText(info.nameFr);
    m_edits.value(Field::Jurisdiction)->setText(info.jurisdiction);
    m_edits.value(Field::Currency)->setText(info.currency);
    m_edits.value(Field::CioName)->setText(info.cioName);
    m_edits.value(Field::CioTitle)->setText(info.cioTitle.en);
    m_edits.value(Field::CioTitleFr)->setText(info.cioTitle.fr);
    m_edits.value(Field::CioContact)->setText(info.cioContact);
    m_edits.value(Field::Classification)->setText(info.classification);
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->setCursorPosition(0); // the beginning of a long name, not its end
    m_month->setCurrentIndex(std::clamp(info.fiscalYearStartMonth, 1, 12) - 1);
    m_language->setCurrentIndex(info.defaultLanguage == QLatin1String("fr") ? 1 : 0);
}

QString PropertiesDialog::readOnlyReason() const
{
    return m_editor->readOnlyReason(Entity::Portfolio, m_editor->file()->info().uuid);
}

FieldValues PropertiesDialog::changes() const
{
    const PortfolioInfo info = m_editor->file()->info();
    const QMap<Field, QString> stored { { Field::NameEn, info.name },
                                         { Field::NameFr, info.nameFr },
                                         { Field::Jurisdiction, info.jurisdiction },
                                         { Field::Currency, info.currency },
                                         { Field::CioName, info.cioName },
                                         { Field::CioTitle, info.cioTitle.en },
                                         { Field::CioTitleFr, info.cioTitle.fr },
                                         { Field::CioContact, info.cioContact },
                                         { Field::Classification, info.classification } };
    FieldValues values;
    for (Field f : m_order) {
        const QString text = m_edits.value(f)->text().trimmed();
        if (text != stored.value(f))
            values.insert(f, text);
    }
    if (m_month->currentData().toInt() != info.fiscalYearStartMonth)
        values.insert(Field::FiscalYearStart, m_month->currentData().toInt());
    if (m_language->currentData().toString() != info.defaultLanguage)
        values.insert(Field::DefaultLanguage, m_language->currentData().toString());
    return values;
}

void PropertiesDialog::accept()
{
    const FieldValues values = changes();
    // A refused value (an empty name, a currency that is not three letters) keeps the dialog open; the
    // editor reports why through errorOccurred, which the main window shows.
    if (!values.isEmpty() && !m_editor->setPortfolioProperties(values))
        return;
    QDialog::accept();
}

void PropertiesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PropertiesDialog::retranslateUi()
{
    setWindowTitle(tr("Portfolio Properties"));
    if (m_readOnlyNote->isVisibleTo(this))
        m_readOnlyNote->setText(readOnlyReason());
    const QMap<Field, QString> labels {
        // Each language named: « Nom : » beside « Nom en français : » read as the French name's twin.
        { Field::NameEn, tr("&Name in English:") },
        { Field::NameFr, tr("Name in &French:") },
        { Field::Jurisdiction, tr("&Jurisdiction:") },
        { Field::Currency, tr("&Currency:") },
        { Field::CioName, tr("C&IO's name:") },
        { Field::CioTitle, tr("CIO's &title in English:") },
        { Field::CioTitleFr, tr("CIO's title in F&rench:") },
        { Field::CioContact, tr("CIO's c&ontact:") },
        { Field::Classification, tr("Classification &banner:") },
    };
    for (Field f : m_order) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_edits.value(f))))
            label->setText(labels.value(f));
    }
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_month)))
        label->setText(tr("Fiscal year &starts in:"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_language)))
        label->setText(tr("Document &language:"));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_month->setItemText(month - 1, locale.standaloneMonthName(month));
    m_edits.value(Field::Currency)->setPlaceholderText(QStringLiteral("CAD"));
    m_edits.value(Field::CioContact)->setPlaceholderText(tr("e-mail or telephone"));
    m_edits.value(Field::Classification)->setPlaceholderText(QStringLiteral("UNCLASSIFIED / NON CLASSIFIÉ"));
    m_edits.value(Field::NameFr)->setToolTip(tr("Shown on French briefings and charts; the name is used when empty."));
    m_edits.value(Field::Classification)->setToolTip(tr("Printed at the top and bottom of every briefing page "
                                                        "and under every chart. A Government of Canada marking "
                                                        "(PROTECTED B, NON CLASSIFIÉ…) is printed in the document's "
                                                        "language."));
    m_edits.value(Field::Jurisdiction)->setToolTip(tr("Named on the briefings. Canada, a province or a territory "
                                                      "is named in the document's language."));
}

} // namespace Vigie
