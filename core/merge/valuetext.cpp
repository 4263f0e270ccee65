#include "valuetext.h"

#include "analysis/briefingtext.h"
#include "analysis/periods.h"
#include "analysis/summary.h"
#include "i18n/language.h"
#include "model/entities.h"
#include "model/health.h"
#include "model/measurestatus.h"
#include "model/valuelimits.h"
#include "model/projecttext.h"
#include "rules/healthrule.h"
#include "storage/fields.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Vigie {

namespace {

enum class Kind { AsStored, Money, Percent, Number, Colour, Phase, State, Status, Rule, FiscalYear, Month, Flag, Section, Origin };

Kind kindOf(Field field)
{
    // The money fields are those ValueLimits bounds as amounts: one list, so that a field bounded as
    // an amount is always shown as one.
    if (ValueLimits::isMoney(field))
        return Kind::Money;
    switch (field) {
    case Field::PercentComplete:
    case Field::ReportedCostVariance:
    case Field::ReportedScheduleVariance:
    case Field::ExternalRiskThreshold:
        return Kind::Percent;
    case Field::InternalFte:
    case Field::ExternalFte:
        return Kind::Number;
    case Field::DeclaredCost:
    case Field::DeclaredSchedule:
    case Field::DeclaredOverall:
    case Field::ComputedCost:
    case Field::ComputedSchedule:
        return Kind::Colour;
    case Field::Phase:
        return Kind::Phase;
    case Field::HealthRule:
        return Kind::Rule;
    case Field::FiscalYear:
        return Kind::FiscalYear;
    case Field::FiscalYearStart:
        return Kind::Month;
    case Field::CoreFunction:
        return Kind::Flag;
    case Field::Section:
        return Kind::Section;
    case Field::Origin:
        return Kind::Origin;
    case Field::State:
        return Kind::State;
    case Field::Status:
    case Field::FromStatus:
    case Field::ToStatus:
        return Kind::Status;
    default:
        return Kind::AsStored;
    }
}

// A briefing section's title in the current language: "2. Priorities", « 2. Priorités ».
QString sectionText(int section)
{
    return BriefingText::sectionTitle(BriefingSection(section), Language::current());
}

// A briefing item's key for people; `period` its period's label in the current language, or none to read
// the stored one.
QString briefingItemKey(const QString &stored, const QString &period)
{
    // Its period's label and its section and position ("August 2016 / 2.0", RowReader::key; an item of
    // no period, and the merge logs of earlier versions, only "2.0"): "2. Priorities, no. 1, August 2016".
    const qsizetype slash = stored.lastIndexOf(QStringLiteral(" / "));
    const QString place = slash < 0 ? stored : stored.mid(slash + 3);
    const QString label = !period.isEmpty() ? period : slash < 0 ? QString() : stored.left(slash);
    bool wholeSection = false, wholePosition = false;
    const int section = place.section(QLatin1Char('.'), 0, 0).toInt(&wholeSection);
    const int position = place.section(QLatin1Char('.'), 1).toInt(&wholePosition);
    if (!wholeSection || !wholePosition || section < 1 || section > 4 || position < 0)
        return stored;
    if (label.isEmpty())
        //: A briefing item as comparisons and merges name it: its section's title and its place in it.
        return ValueText::tr("%1, no. %2").arg(sectionText(section)).arg(position + 1);
    //: A briefing item as comparisons and merges name it: its section's title, its place in it and its
    //: reporting period ("2. Priorities, no. 1, August 2016").
    return ValueText::tr("%1, no. %2, %3").arg(sectionText(section)).arg(position + 1).arg(label);
}

// Every digit the value has, in the locale's form, without an exponent.
QString plainNumber(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QString ValueText::shown(std::optional<Field> field, const QString &stored)
{
    if (!field || stored.isEmpty())
        return stored;
    const Kind kind = kindOf(*field);
    const QLocale locale;
    bool isNumber = false;
    const double value = stored.toDouble(&isNumber);
    switch (kind) {
    case Kind::AsStored:
        return stored;
    case Kind::Money:
        if (!isNumber || !std::isfinite(value))
            return stored;
        // Cents when the amount has no finer part, else every digit it has: a change is never hidden.
        if (std::nearbyint(value * 100.0) == value * 100.0)
            return formatMoney(value, locale);
        return locale.language() == QLocale::French ? plainNumber(value, locale) + QChar(0x00A0) + QLatin1Char('$')
                                                    : QLatin1Char('$') + plainNumber(value, locale);
    case Kind::Percent:
        if (!isNumber || !std::isfinite(value))
            return stored;
        return locale.language() == QLocale::French ? plainNumber(value, locale) + QChar(0x00A0) + QLatin1Char('%')
                                                    : plainNumber(value, locale) + QLatin1Char('%');
    case Kind::Number:
        return isNumber && std::isfinite(value) ? plainNumber(value, locale) : stored;
    case Kind::Colour:
        if (const std::optional<Health> h = HealthText::fromKey(stored))
            return HealthText::label(*h);
        return stored;
    case Kind::Phase:
        return PhaseText::label(stored);
    case Kind::Rule:
        if (const std::optional<HealthRule> rule = HealthRule::fromJson(stored))
            return rule->displayName();
        return stored;
    case Kind::FiscalYear: {
        // "2016-2017", as the Envelopes page names it, not "2,016".
        bool whole = false;
        const int year = stored.toInt(&whole);
        return whole && year > 0 && year < 10000 ? fiscalYearLabel(year) : stored;
    }
    case Kind::Flag:
        // A specialty's core function read "1 → 0".
        if (isNumber && (value == 0.0 || value == 1.0))
            return value != 0.0 ? tr("Yes") : tr("No");
        return stored;
    case Kind::Section: {
        // A briefing item's section read "2 → 3": "2. Priorities".
        bool whole = false;
        const int section = stored.toInt(&whole);
        return whole && section >= 1 && section <= 4 ? sectionText(section) : stored;
    }
    case Kind::Origin:
        if (stored == QLatin1String("drafted"))
            return tr("Drafted from the data");
        if (stored == QLatin1String("free"))
            return tr("Written or reworded by hand");
        return stored;
    case Kind::Month: {
        bool whole = false;
        const int month = stored.toInt(&whole);
        return whole && month >= 1 && month <= 12 ? locale.standaloneMonthName(month) : stored;
    }
    case Kind::State:
        if (stored == projectStateKey(ProjectState::Active) || stored == projectStateKey(ProjectState::Completed)
            || stored == projectStateKey(ProjectState::Cancelled))
            return ProjectStateText::label(projectStateFromKey(stored));
        return stored;
    case Kind::Status:
        if (const std::optional<MeasureStatus> s = MeasureStatusText::fromKey(stored))
            return MeasureStatusText::label(*s);
        return stored;
    }
    return stored;
}

QString ValueText::shown(Entity entity, const QString &column, const QString &stored)
{
    const std::optional<Field> field = column.isEmpty() ? std::nullopt : Fields::fromColumn(entity, column);
    if (entity == Entity::Decision && field == Field::Kind && !stored.isEmpty())
        return DecisionKindText::label(stored);
    if (entity == Entity::Organization && field == Field::Kind && !stored.isEmpty())
        return OrganizationKindText::label(stored); // « Ministère », not "ministry"
    return shown(field, stored);
}

QString ValueText::shown(const QString &table, const QString &column, const QString &stored)
{
    const std::optional<Entity> entity = entityFromTable(table);
    return entity ? shown(*entity, column, stored) : stored;
}

QString ValueText::key(Entity entity, const QString &stored)
{
    const qsizetype space = stored.lastIndexOf(QLatin1Char(' '));
    const QString last = stored.mid(space + 1);
    if (entity == Entity::BriefingItem)
        return briefingItemKey(stored, {});
    // An envelope's key ends with its fiscal year: "MSSS 2016-2017", as the Envelopes page names it.
    if (entity == Entity::Envelope && space > 0) {
        const QString year = shown(Field::FiscalYear, last);
        return year == last ? stored : stored.left(space + 1) + year;
    }
    // The keys that end with a date (RowReader::key): a status change's time, a decision's date, a
    // workforce record's survey date. Other keys (codes, labels) are shown as they are, whatever they hold.
    if (entity != Entity::MeasureStatusChange && entity != Entity::Decision && entity != Entity::Workforce)
        return stored;
    const QLocale locale;
    QString shown;
    if (last.size() == 10) {
        const QDate date = QDate::fromString(last, Qt::ISODate);
        if (date.isValid())
            shown = locale.toString(date, QLocale::ShortFormat);
    } else if (last.size() > 10) {
        if (QDateTime::fromString(last, Qt::ISODateWithMs).isValid())
            shown = when(last);
    }
    return shown.isEmpty() ? stored : stored.left(space + 1) + shown;
}

QString ValueText::readable(Entity entity, const QString &column, const QString &text, const QVariant &stored, bool seconds)
{
    const QString words = shown(entity, column, text);
    if (words != text)
        return words;
    bool number = false;
    const double d = text.toDouble(&number);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (number && stored.typeId() != QMetaType::QString) {
        // Every digit, so that no change is hidden, and no thousands separator: the numbers left here are
        // counts and positions, not amounts (a baseline's sequence, a briefing item's position).
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(d, 'f', QLocale::FloatingPointShortest);
    }
    if (date.isValid() && text.size() == 10)
        return QLocale().toString(date, QLocale::ShortFormat);
    // A time stamp (when a row was last updated or confirmed): in local time, as the "by" column shows it.
    const QDateTime time = text.size() > 10 ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
    if (time.isValid() && seconds) {
        // The long time format without its time zone: "17 h 46 min 03 s", "5:46:03 P.M.".
        const QLocale locale;
        QString format;
        bool quoted = false;
        for (const QChar c : locale.timeFormat(QLocale::LongFormat)) {
            quoted = c == QLatin1Char('\'') ? !quoted : quoted;
            if (quoted || c != QLatin1Char('t')) // t outside quotes: the time zone
                format += c;
        }
        const QDateTime local = time.toLocalTime();
        return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
            + locale.toString(local.time(), format.trimmed());
    }
    if (time.isValid())
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    return text;
}

std::pair<QString, QString> ValueText::readablePair(Entity entity, const QString &column, const QString &a,
                                                    const QVariant &aStored, const QString &b, const QVariant &bStored)
{
    std::pair<QString, QString> texts { readable(entity, column, a, aStored), readable(entity, column, b, bStored) };
    if (a != b && texts.first == texts.second)
        texts = { readable(entity, column, a, aStored, true), readable(entity, column, b, bStored, true) };
    return texts;
}

QString ValueText::when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString ValueText::key(const QString &table, const QString &stored)
{
    const std::optional<Entity> entity = entityFromTable(table);
    return entity ? key(*entity, stored) : stored;
}

QString ValueText::key(Entity entity, const QString &stored, const BilingualText &names)
{
    if (entity == Entity::Portfolio && !(names.en.isEmpty() && names.fr.isEmpty()))
        return names.shown(Language::current());
    if (entity == Entity::ReportingPeriod && !names.fr.isEmpty()) // unmarked: a label such as "T2" is both
        return names.in(Language::current());
    if (entity == Entity::BriefingItem) // its names are its period's
        return briefingItemKey(stored, names.fr.isEmpty() ? QString() : names.in(Language::current()));
    return key(entity, stored);
}

QString ValueText::key(const QString &table, const QString &stored, const BilingualText &names)
{
    const std::optional<Entity> entity = entityFromTable(table);
    return entity ? key(*entity, stored, names) : stored;
}

BilingualText ValueText::names(Entity entity, const QVariantMap &row)
{
    const auto value = [&](Field field) { return row.value(Fields::column(entity, field)).toString(); };
    if (entity == Entity::Portfolio)
        return { value(Field::NameEn), value(Field::NameFr) };
    if (entity == Entity::ReportingPeriod && !row.isEmpty()) {
        ReportingPeriod period;
        period.label = value(Field::Label);
        period.labelFr = value(Field::LabelFr);
        period.asOf = QDate::fromString(value(Field::AsOf), Qt::ISODate);
        return { period.label, Periods::displayLabel(period, QStringLiteral("fr")) };
    }
    return {};
}

BilingualText ValueText::names(const PortfolioInfo &info)
{
    return { info.name, info.nameFr };
}

QString ValueText::name(const PortfolioInfo &info)
{
    return names(info).shown(Language::current());
}

QString ValueText::labelled(const QString &label, const QString &value)
{
    //: A field and its value, where two rows are told apart: "Granted: $5,000,000.00"
    return tr("%1: %2").arg(label, value);
}

QString ValueText::change(const QString &label, const QString &before, const QString &after)
{
    //: A field's change in a comparison or a merge: "Forecast cost: $3,167,396.00 → $4,000,000.00"
    return tr("%1: %2 → %3").arg(label, before, after);
}

} // namespace Vigie
