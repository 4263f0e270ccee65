#pragma once

#include <QDate>
#include <QDateEdit>
#include <QDoubleSpinBox>

#include <optional>

namespace Vigie {

// A date box where a date typed in full lands as typed ("2017-03-31"), however the box was selected:
// typing over the whole text (Ctrl+A, or a click that selected it all) starts at the first section,
// not in the section the cursor happened to be in (the year stayed the current one: 2026-03-31), and a
// separator typed where the box already moved on by itself is skipped (2019-06-30 became 2019-03-06).
class DateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);
    explicit DateEdit(const QDate &date, QWidget *parent = nullptr);

    // What was typed since the box took the focus, when the box turned a keystroke of it down (a year
    // no date box holds: 0021 for 2021, whose digits it refused while the year section kept the old
    // one); "" when it took every one. Taking it forgets it. A box whose owner writes its date as
    // entered asks it first, so that a date the user did not type is never written without a word.
    QString takeRefusedTyping();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    QString m_typed;
    bool m_refused = false;
};

// Boxes for a value that may be absent (a project's forecast cost or end, a re-authorization's new
// planned end): the lowest value stands for "none" and shows as a dash, never as a made-up value. Typing
// a digit over the dash starts a value (a date from the year of the fallback date, an amount from the
// digit typed), and so does an arrow (the fallback date, 0); Delete or Backspace over the whole text
// makes it "none" again.
class OptionalDateEdit : public DateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    bool hasDate() const { return date() != minimumDate(); }
    std::optional<QDate> value() const;
    void setValue(const std::optional<QDate> &date);
    // Where typing starts and the calendar opens while there is no date (today when not set).
    void setFallbackDate(const QDate &date) { m_fallback = date; }

    void stepBy(int steps) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDate fallback() const { return m_fallback.isValid() ? m_fallback : QDate::currentDate(); }
    QDate m_fallback;
};

class OptionalAmountBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit OptionalAmountBox(QWidget *parent = nullptr);

    bool hasAmount() const { return value() > minimum(); }
    std::optional<double> amount() const;
    void setAmount(std::optional<double> amount);

    void stepBy(int steps) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

// The unit beside a box of dollars ("$" before the figure in English, " $" after it in French) and of a
// percentage ("%" / " %"), as the language writes those figures everywhere else (formatMoney,
// formatPercent), in the current language: called again when the language changes. A budget box showed a
// bare "25,50" while every screen around it spoke of "M$", and an analyst typed millions into dollars.
void showDollars(QDoubleSpinBox *box);
void showPercent(QDoubleSpinBox *box);

} // namespace Vigie
