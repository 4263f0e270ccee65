#include "itemdialog.h"
#include "views/optionalvalue.h"

#include "model/fieldtext.h"
#include "model/limits.h"
#include "model/measurestatus.h"
#include "model/projecttext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vigie {

ItemDialog::ItemDialog(const QString &title, const QList<ItemField> &fields, const FieldValues &initial,
                       const QList<Vigie::Organization> &organizations, QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_initial(initial)
{
    setObjectName(QStringLiteral("itemDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    for (const ItemField &f : fields) {
        QWidget *editor = nullptr;
        switch (f.kind) {
        case ItemField::Text:
        case ItemField::Date: {
            auto *edit = new QLineEdit(this);
            if (f.field == Field::Code)
                edit->setMaxLength(Limits::codeLength); // the limit the edit holds every code to
            if (f.kind == ItemField::Date)
                edit->setPlaceholderText(tr("YYYY-MM-DD")); // « AAAA-MM-JJ »
            editor = edit;
            break;
        }
        case ItemField::Number: {
            auto *spin = new QSpinBox(this);
            spin->setRange(1, 99999);
            editor = spin;
            break;
        }
        case ItemField::Percent: {
            auto *spin = new QDoubleSpinBox(this);
            spin->setRange(0, 100);
            spin->setDecimals(0);
            showPercent(spin);
            editor = spin;
            break;
        }
        case ItemField::Amount: {
            // Dollars, with the language's group separators; a budget of trillions is still typed whole.
            auto *spin = new QDoubleSpinBox(this);
            // Up to the largest amount the edit takes, either way: a negative budget typed is refused by the
            // edit with why, where a box starting at 0 turned it into 0 without a word.
            spin->setRange(-Limits::maxAmount, Limits::maxAmount);
            spin->setDecimals(2);
            spin->setGroupSeparatorShown(true);
            showDollars(spin); // dollars, not the millions the screens show
            editor = spin;
            break;
        }
        case ItemField::Fte: {
            // Full-time equivalents: tenths, as the surveys give them; a negative count is refused by the edit.
            auto *spin = new QDoubleSpinBox(this);
            spin->setRange(-Limits::maxFte, Limits::maxFte);
            spin->setDecimals(1);
            spin->setGroupSeparatorShown(true);
            editor = spin;
            break;
        }
        case ItemField::Organization: {
            auto *combo = new QComboBox(this);
            combo->addItem(QStringLiteral("—"), QString());
            for (const Vigie::Organization &o : organizations)
                combo->addItem(QStringLiteral("%1 — %2").arg(o.code, o.name.in(QLocale().name().left(2))), o.uuid);
            // Not as wide as the longest name ("Ministère de l'Éducation et de l'Enseignement
            // supérieur" made the dialog 893 px wide, more than a small screen has); its list is.
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(28);
            editor = combo;
            break;
        }
        case ItemField::ProjectState: {
            auto *combo = new QComboBox(this);
            for (Vigie::ProjectState st : { Vigie::ProjectState::Active, Vigie::ProjectState::Completed,
                                            Vigie::ProjectState::Cancelled })
                combo->addItem(ProjectStateText::label(st), projectStateKey(st));
            editor = combo;
            break;
        }
        case ItemField::OrganizationKind: {
            auto *combo = new QComboBox(this);
            for (const QString &key : OrganizationKindText::keys())
                combo->addItem(OrganizationKindText::label(key), key);
            editor = combo;
            break;
        }
        case ItemField::Choice: {
            auto *combo = new QComboBox(this);
            for (const auto &choice : f.choices)
                combo->addItem(choice.first, choice.second);
            editor = combo;
            break;
        }
        case ItemField::Flag: {
            auto *box = new QCheckBox(this);
            editor = box;
            break;
        }
        case ItemField::Status: {
            auto *combo = new QComboBox(this);
            for (MeasureStatus s : { MeasureStatus::NotStarted, MeasureStatus::UnderWay, MeasureStatus::Completed,
                                     MeasureStatus::Cancelled })
                combo->addItem(MeasureStatusText::label(s), MeasureStatusText::key(s));
            editor = combo;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("field%1").arg(int(f.field)));
        m_editors.insert(f.field, editor);
        //: A field's label in the dialogs that add and edit items: "Code:", « Code : » in French
        form->addRow(tr("%1:").arg(FieldText::label(f.field)), editor);
        if (initial.contains(f.field))
            setValue(f.field, initial.value(f.field));
    }
    // A completed measure is 100 % complete (MeasureState::normalized, the rule every edit applies):
    // shown as the status is chosen, rather than a typed 40 % stored as 100 without a word.
    auto *status = qobject_cast<QComboBox *>(m_editors.value(Field::Status));
    auto *percent = qobject_cast<QDoubleSpinBox *>(m_editors.value(Field::PercentComplete));
    if (status && percent) {
        const auto follow = [status, percent] {
            const bool completed = status->currentData().toString() == MeasureStatusText::key(MeasureStatus::Completed);
            if (completed)
                percent->setValue(100);
            percent->setEnabled(!completed);
        };
        connect(status, &QComboBox::currentIndexChanged, this, follow);
        follow();
    }
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("itemNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void ItemDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString ItemDialog::note() const
{
    return m_note->text();
}

void ItemDialog::setValue(Field field, const QVariant &value)
{
    QWidget *editor = m_editors.value(field);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
        dspin->setValue(value.toDouble());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    else if (auto *box = qobject_cast<QCheckBox *>(editor))
        box->setChecked(value.toBool());
}

FieldValues ItemDialog::values() const
{
    FieldValues out;
    for (const ItemField &f : m_fields) {
        QWidget *editor = m_editors.value(f.field);
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            out.insert(f.field, edit->text().trimmed());
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            out.insert(f.field, spin->value());
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
            out.insert(f.field, dspin->value());
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            out.insert(f.field, combo->currentData().toString());
        else if (auto *box = qobject_cast<QCheckBox *>(editor))
            out.insert(f.field, box->isChecked());
    }
    return out;
}

FieldValues ItemDialog::changes() const
{
    FieldValues out;
    const FieldValues now = values();
    for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
        const QVariant before = m_initial.value(it.key());
        const bool same = it.value().typeId() == QMetaType::QString
            ? it.value().toString() == (before.typeId() == QMetaType::QDate ? before.toDate().toString(Qt::ISODate)
                                                                             : before.toString())
            : it.value().toDouble() == before.toDouble();
        if (!same)
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace Vigie
