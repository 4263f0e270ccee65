#pragma once

#include "model/field.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariant>

namespace Vigie {

// The bounds of model/limits.h as messages, checked by every path that writes a value: the edits
// (StructureEdits and Edits, behind the desktop's forms and cells and `vigie edit`) and the imports.
// One place, so that a value one path takes is never refused by another.
class ValueLimits
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ValueLimits)
public:
    // Why `code` cannot be written as a code (Limits::codeLength), or "" when it can.
    static QString codeProblem(const QString &code);

    // The fields that hold an amount of money, and those of them that may be negative (a budget change).
    static bool isMoney(Field field);
    static bool mayBeNegative(Field field);
    // Why `amount` cannot be stored as an amount, or "" when it can: not a finite number, negative
    // (unless `mayBeNegative`), or beyond Limits::maxAmount either way. `shown` is how the message
    // names the value (the text typed or read); empty, the amount in the default locale's digits.
    // Lower case and no final period: callers put the field or the cell before it.
    static QString amountProblem(double amount, bool mayBeNegative, const QString &shown = QString());
    // amountProblem() is empty, said fast (an import checks every amount of every row).
    static bool isAmount(double amount, bool mayBeNegative)
    {
        return amount <= Limits::maxAmount && amount >= (mayBeNegative ? -Limits::maxAmount : 0.0); // false for NaN
    }

    // Why `number` cannot be stored in `field` ("" when it can, or when `field` holds no such number): an
    // FTE count that is negative or over Limits::maxFte, a reported variance beyond Limits::maxVariance
    // either way, anything not finite. Lower case and no final period, as amountProblem(); `shown` as there.
    static QString numberProblem(Field field, double number, const QString &shown = QString());
    // Whether numberProblem() applies to `field`.
    static bool isBoundedNumber(Field field);

    // The fields that hold a date (a day, no time).
    static bool isDate(Field field);
    // Why `date` cannot be stored as a date, or "" when it can: a year before Limits::firstYear or after
    // Limits::lastYear. Lower case and no final period, as amountProblem().
    static QString dateProblem(const QDate &date);
    static bool isPlausibleDate(const QDate &date)
    {
        return date.year() >= Limits::firstYear && date.year() <= Limits::lastYear;
    }

    // The most characters a text field takes (Limits::nameLength for a one-line text, Limits::textLength
    // for a description, comment, decision or note); 0 for a field that is no free text.
    static int textLength(Field field);

    // Why an edit cannot write `value` into `field`, or "" when it can: the checks above for the fields
    // they apply to. A null value (emptying an optional field) is never refused here.
    static QString problem(Field field, const QVariant &value);
};

} // namespace Vigie
