#include "valuelimits.h"

#include "model/fieldtext.h"
#include "model/limits.h"

#include <QLocale>

#include <cmath>

namespace Vigie {

QString ValueLimits::codeProblem(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.size() <= Limits::codeLength)
        return {};
    return tr("The code \"%1\" is too long (at most %2 characters).").arg(trimmed).arg(Limits::codeLength);
}

bool ValueLimits::isMoney(Field field)
{
    switch (field) {
    case Field::Budget:
    case Field::OriginalBudget:
    case Field::ActualCost:
    case Field::ForecastCost:
    case Field::BudgetChange:
    case Field::PlannedNeeds:
    case Field::Granted:
    case Field::Committed:
        return true;
    default:
        return false;
    }
}

bool ValueLimits::mayBeNegative(Field field)
{
    return field == Field::BudgetChange;
}

QString ValueLimits::amountProblem(double amount, bool mayBeNegative, const QString &shown)
{
    const QLocale locale;
    // Digits as far as they are meaningful; 1e300 as a power of ten rather than 300 digits.
    const QString value = !shown.isEmpty() ? shown
        : std::isfinite(amount) && std::abs(amount) < 1e21 ? locale.toString(amount, 'f', 2)
                                                          : locale.toString(amount, 'g', 6);
    if (!std::isfinite(amount))
        return shown.isEmpty() ? tr("the amount is not a finite number") : tr("%1 is not a finite number").arg(shown);
    if (amount < 0.0 && !mayBeNegative)
        return tr("the amount %1 is negative").arg(value);
    if (amount > Limits::maxAmount)
        return tr("the amount %1 is more than %2, the largest amount Vigie keeps to the cent")
            .arg(value, locale.toString(Limits::maxAmount, 'f', 2));
    if (amount < -Limits::maxAmount)
        return tr("the amount %1 is less than %2, the smallest amount Vigie keeps to the cent")
            .arg(value, locale.toString(-Limits::maxAmount, 'f', 2));
    return {};
}

bool ValueLimits::isBoundedNumber(Field field)
{
    return field == Field::InternalFte || field == Field::ExternalFte || field == Field::ReportedCostVariance
        || field == Field::ReportedScheduleVariance;
}

QString ValueLimits::numberProblem(Field field, double number, const QString &shown)
{
    if (!isBoundedNumber(field))
        return {};
    const bool fte = field == Field::InternalFte || field == Field::ExternalFte;
    if (fte ? number >= 0.0 && number <= Limits::maxFte : std::abs(number) <= Limits::maxVariance)
        return {}; // false for NaN; said fast, as an import checks every row's
    const QLocale locale;
    const QString value = !shown.isEmpty() ? shown
        : std::isfinite(number) && std::abs(number) < 1e15 ? locale.toString(number, 'f', QLocale::FloatingPointShortest)
                                                          : locale.toString(number, 'g', 6);
    if (!std::isfinite(number))
        return shown.isEmpty() ? tr("the number is not finite") : tr("%1 is not a finite number").arg(shown);
    if (fte && number < 0.0)
        return tr("the number %1 is negative").arg(value);
    if (fte)
        //: An FTE count refused: "the number 5e+09 is more than 1,000,000 full-time equivalents"
        return tr("the number %1 is more than %2 full-time equivalents").arg(value, locale.toString(Limits::maxFte, 'f', 0));
    //: A percentage: "250%" (« 250 % »)
    const auto percent = [](const QString &number) { return tr("%1%").arg(number); };
    //: A variance refused: "the variance 250000% is beyond ±100,000%"
    return tr("the variance %1 is beyond ±%2")
        .arg(shown.isEmpty() ? percent(value) : value, percent(locale.toString(Limits::maxVariance, 'f', 0)));
}

bool ValueLimits::isDate(Field field)
{
    switch (field) {
    case Field::StartDate:
    case Field::EndDate:
    case Field::DueDate:
    case Field::PlannedStart:
    case Field::PlannedEnd:
    case Field::OriginalEnd:
    case Field::ForecastEnd:
    case Field::DeliveredDate:
    case Field::ApprovedDate:
    case Field::DecidedOn:
    case Field::AsOf:
    case Field::SurveyDate:
        return true;
    default:
        return false;
    }
}

QString ValueLimits::dateProblem(const QDate &date)
{
    if (!date.isValid() || isPlausibleDate(date))
        return {};
    //: A refused date: "the date 0001-03-31 is not between 1900 and 2200"
    return tr("the date %1 is not between %2 and %3")
        .arg(date.toString(Qt::ISODate))
        .arg(Limits::firstYear)
        .arg(Limits::lastYear);
}

int ValueLimits::textLength(Field field)
{
    switch (field) {
    case Field::Description:
    case Field::Comment:
    case Field::CommentFr:
    case Field::TextEn:
    case Field::TextFr:
    case Field::Note:
    case Field::NoteFr:
        return Limits::textLength;
    case Field::NameEn:
    case Field::NameFr:
    case Field::TitleEn:
    case Field::TitleFr:
    case Field::Jurisdiction:
    case Field::CioName:
    case Field::CioTitle:
    case Field::CioTitleFr:
    case Field::CioContact:
    case Field::Classification:
    case Field::Phase:
    case Field::Authority:
    case Field::Label:
    case Field::LabelFr:
        return Limits::nameLength;
    default:
        return 0;
    }
}

QString ValueLimits::problem(Field field, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (field == Field::Code)
        return codeProblem(value.toString());
    if (const int most = textLength(field); most > 0 && value.typeId() == QMetaType::QString && value.toString().size() > most) {
        //: A refused text: "Name (English): the text is 2,500 characters long, and at most 2,000 are allowed."
        return tr("%1: the text is %2 characters long, and at most %3 are allowed.")
            .arg(FieldText::label(field), QLocale().toString(qlonglong(value.toString().size())), QLocale().toString(most));
    }
    if (isBoundedNumber(field)) {
        if (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())
            return {}; // emptied, as null
        bool number = false;
        const double n = value.toDouble(&number);
        const QString problem = number ? numberProblem(field, n) : tr("\"%1\" is not a number").arg(value.toString().left(40));
        return problem.isEmpty() ? problem : tr("%1: %2.").arg(FieldText::label(field), problem);
    }
    if (isDate(field)) {
        // A date not written as one is refused where it is read (edits, imports); only its year here.
        const QDate date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                               : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        const QString problem = dateProblem(date);
        return problem.isEmpty() ? problem : tr("%1: %2.").arg(FieldText::label(field), problem);
    }
    if (isMoney(field)) {
        if (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())
            return {}; // an emptied amount, as a null one
        bool number = false;
        const double amount = value.toDouble(&number);
        const QString problem = number ? amountProblem(amount, mayBeNegative(field))
                                       : tr("\"%1\" is not an amount").arg(value.toString());
        //: A refused value: "Forecast cost: the amount … is more than …, the largest amount Vigie keeps to the cent."
        return problem.isEmpty() ? problem : tr("%1: %2.").arg(FieldText::label(field), problem);
    }
    return {};
}

} // namespace Vigie
