#include "optionalvalue.h"

#include "analysis/chartdata.h"
#include "analysis/summary.h"
#include "model/limits.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

#include <cmath>

namespace Vigie {

namespace {

const QString kNone = QStringLiteral("—");

bool startsValue(const QKeyEvent *event)
{
    return !event->text().isEmpty() && event->text().at(0).isDigit();
}

bool clearsAll(const QKeyEvent *event, const QLineEdit *edit)
{
    return (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && edit->hasSelectedText()
        && edit->selectedText() == edit->text();
}

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{
}

DateEdit::DateEdit(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
}

QString DateEdit::takeRefusedTyping()
{
    const QString refused = m_refused ? m_typed : QString();
    m_typed.clear();
    m_refused = false;
    return refused;
}

void DateEdit::focusInEvent(QFocusEvent *event)
{
    m_typed.clear();
    m_refused = false;
    QDateEdit::focusInEvent(event);
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
    const QLineEdit *edit = lineEdit();
    const bool printable = typed.size() == 1 && typed.at(0).isPrint();
    if (printable && edit->hasSelectedText() && edit->selectedText() == edit->text())
        m_typed.clear(); // typing over the whole date starts afresh
    if (printable)
        m_typed += typed;
    if (typed.size() == 1 && !typed.at(0).isLetterOrNumber() && !typed.at(0).isSpace()) {
        const int at = edit->hasSelectedText() ? edit->selectionStart() : edit->cursorPosition();
        if (at > 0 && at <= edit->text().size() && edit->text().at(at - 1) == typed.at(0)) {
            event->accept();
            return;
        }
    } else if (startsValue(event) && edit->hasSelectedText() && edit->selectedText() == edit->text() && sectionCount() > 1) {
        // The whole text selected: the first digit replaced the current section only (or nothing).
        setSelectedSection(sectionAt(0));
    }
    const QString before = edit->text();
    const int cursor = edit->cursorPosition();
    QDateEdit::keyPressEvent(event);
    // A digit taken moves the cursor on (or changes the text); one turned down changes nothing.
    if (startsValue(event) && edit->text() == before && edit->cursorPosition() == cursor)
        m_refused = true;
}

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : DateEdit(parent)
{
    setSpecialValueText(kNone);
    setCalendarPopup(true);
    setDate(minimumDate());
    // The popup opens on the box's date; at "none" that is the earliest date (September 1752).
    calendarWidget()->window()->installEventFilter(this);
}

std::optional<QDate> OptionalDateEdit::value() const
{
    return hasDate() ? std::optional<QDate>(date()) : std::nullopt;
}

void OptionalDateEdit::setValue(const std::optional<QDate> &value)
{
    setDate(value && value->isValid() ? *value : minimumDate());
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    // A separator typed where the box already moved on by itself is skipped by DateEdit.
    if (!hasDate() && startsValue(event)) {
        // The dash has no sections to type into: start from the fallback date, its year selected, so
        // that "2028-06-30" typed in full lands as typed.
        setDate(fallback());
        setSelectedSection(QDateTimeEdit::YearSection);
    } else if (hasDate() && clearsAll(event, lineEdit())) {
        setDate(minimumDate());
        event->accept();
        return;
    }
    DateEdit::keyPressEvent(event);
}

void OptionalDateEdit::stepBy(int steps)
{
    if (hasDate())
        DateEdit::stepBy(steps);
    else
        setDate(fallback()); // from the dash, an arrow gives the fallback date, not a day after 1752
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && !hasDate())
        calendarWidget()->setCurrentPage(fallback().year(), fallback().month());
    return QDateEdit::eventFilter(watched, event);
}

OptionalAmountBox::OptionalAmountBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setSpecialValueText(kNone);
    setRange(-1.0, std::floor(Limits::maxAmount)); // -1: none; whole dollars up to the largest amount an edit takes
    setDecimals(0);
    setGroupSeparatorShown(true);
    setSingleStep(10000);
    setValue(minimum());
}

std::optional<double> OptionalAmountBox::amount() const
{
    return hasAmount() ? std::optional<double>(value()) : std::nullopt;
}

void OptionalAmountBox::setAmount(std::optional<double> amount)
{
    setValue(amount ? std::max(0.0, *amount) : minimum());
}

void OptionalAmountBox::stepBy(int steps)
{
    if (hasAmount())
        QDoubleSpinBox::stepBy(steps);
    else
        setValue(0.0);
}

void OptionalAmountBox::keyPressEvent(QKeyEvent *event)
{
    if (!hasAmount() && startsValue(event)) {
        setValue(0.0);
        selectAll(); // the digit typed replaces the 0
    } else if (hasAmount() && clearsAll(event, lineEdit())) {
        setValue(minimum());
        event->accept();
        return;
    }
    QDoubleSpinBox::keyPressEvent(event);
}

void showDollars(QDoubleSpinBox *box)
{
    const QLocale locale;
    const QString number = locale.toString(0.0, 'f', 2);
    const QString written = formatMoney(0.0, locale);
    const qsizetype at = written.indexOf(number);
    box->setPrefix(at > 0 ? written.left(at) : QString());
    box->setSuffix(at >= 0 ? written.mid(at + number.size()) : QString());
}

void showPercent(QDoubleSpinBox *box)
{
    box->setSuffix(formatPercent(0, QLocale(), 0).mid(1));
}

} // namespace Vigie
