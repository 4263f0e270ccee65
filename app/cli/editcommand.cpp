// `vigie edit`: scripted edits for analysts, through the same core edits as the desktop application
// (StructureEdits: one transaction, one journal changeset, the same checks and status history).
#include "cli.h"

#include "io/valueparser.h"
#include "model/fieldtext.h"
#include "storage/repository.h"
#include "storage/structureedits.h"

#include <QRegularExpression>

namespace Vigie::Cli {

namespace {

struct Option
{
    const char *name;
    Field field;
    enum Kind { Text, Status, Percent, Amount, Date, Colour, State, Currency, Month, Language } kind;
};

// The options of each target, with the field they set.
const QList<Option> &measureOptions()
{
    static const QList<Option> options { { "status", Field::Status, Option::Status },
                                         { "percent", Field::PercentComplete, Option::Percent },
                                         { "comment", Field::Comment, Option::Text } };
    return options;
}

const QList<Option> &projectOptions()
{
    static const QList<Option> options {
        { "forecast-cost", Field::ForecastCost, Option::Amount },   { "forecast-end", Field::ForecastEnd, Option::Date },
        { "declared-cost", Field::DeclaredCost, Option::Colour },   { "declared-schedule", Field::DeclaredSchedule, Option::Colour },
        { "declared-overall", Field::DeclaredOverall, Option::Colour }, { "state", Field::State, Option::State },
    };
    return options;
}

const QList<Option> &portfolioOptions()
{
    static const QList<Option> options {
        { "name", Field::NameEn, Option::Text },          { "name-fr", Field::NameFr, Option::Text },
        { "jurisdiction", Field::Jurisdiction, Option::Text }, { "currency", Field::Currency, Option::Currency },
        { "fiscal-year-start", Field::FiscalYearStart, Option::Month },
        { "default-language", Field::DefaultLanguage, Option::Language },
        { "cio-name", Field::CioName, Option::Text },     { "cio-title", Field::CioTitle, Option::Text },
        { "cio-title-fr", Field::CioTitleFr, Option::Text }, { "cio-contact", Field::CioContact, Option::Text },
        { "classification", Field::Classification, Option::Text },
    };
    return options;
}

// The option's value as the edit takes it, or an error message naming what is accepted.
QVariant parseValue(const Option &o, const QString &text, QString *error)
{
    const QString t = text.trimmed();
    const auto oneOf = [&](const QStringList &allowed) -> QVariant {
        if (allowed.contains(t.toLower()))
            return t.toLower();
        *error = Text::tr("--%1: \"%2\" is not one of %3.").arg(QLatin1String(o.name), text, allowed.join(QStringLiteral(", ")));
        return {};
    };
    switch (o.kind) {
    case Option::Text:
        return text;
    case Option::Status:
        return oneOf({ QStringLiteral("not_started"), QStringLiteral("under_way"), QStringLiteral("completed"),
                       QStringLiteral("cancelled") });
    case Option::State:
        return oneOf({ QStringLiteral("active"), QStringLiteral("completed"), QStringLiteral("cancelled") });
    case Option::Colour:
        return oneOf({ QStringLiteral("green"), QStringLiteral("yellow"), QStringLiteral("red"), QStringLiteral("none") });
    case Option::Language:
        return oneOf({ QStringLiteral("en"), QStringLiteral("fr") });
    case Option::Percent:
    case Option::Amount:
    case Option::Month: {
        std::optional<double> v;
        const QString problem = ValueParser::parseNumber(t, '.', o.kind == Option::Percent, &v);
        const bool valid = problem.isEmpty() && v
            && (o.kind == Option::Percent ? *v >= 0 && *v <= 100
                : o.kind == Option::Amount ? *v >= 0
                                           : *v >= 1 && *v <= 12 && *v == int(*v));
        if (valid)
            return *v;
        *error = o.kind == Option::Percent ? Text::tr("--%1: \"%2\" is not a percentage from 0 to 100.")
            : o.kind == Option::Amount     ? Text::tr("--%1: \"%2\" is not an amount of 0 or more.")
                                           : Text::tr("--%1: \"%2\" is not a month from 1 to 12.");
        *error = error->arg(QLatin1String(o.name), text);
        return {};
    }
    case Option::Date: {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid())
            return d;
        *error = Text::tr("--%1: \"%2\" is not a date (write it as 2018-03-31).").arg(QLatin1String(o.name), text);
        return {};
    }
    case Option::Currency:
        if (QRegularExpression(QStringLiteral("^[A-Za-z]{3}$")).match(t).hasMatch())
            return t.toUpper();
        *error = Text::tr("--%1: \"%2\" is not a three-letter currency code such as CAD.").arg(QLatin1String(o.name), text);
        return {};
    }
    return {};
}

} // namespace

int runEdit(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("edit"));
    parser.setApplicationDescription(Text::tr("Change a measure, a project or the portfolio's properties, as the "
                                              "desktop application does (journaled, undoable there)."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("A .vigie file."), Text::tr("FILE"));
    parser.addOption({ QStringLiteral("measure"), Text::tr("The measure to change, by number."), Text::tr("number") });
    parser.addOption({ QStringLiteral("plan"), Text::tr("The plan of the measure, by code, when several plans number "
                                                        "their measures alike."), Text::tr("code") });
    parser.addOption({ QStringLiteral("project"), Text::tr("The project to change, by code."), Text::tr("code") });
    parser.addOption({ QStringLiteral("portfolio"), Text::tr("Change the portfolio's properties.") });
    parser.addOption({ QStringLiteral("status"), Text::tr("Measure: not_started, under_way, completed or cancelled."), Text::tr("status") });
    parser.addOption({ QStringLiteral("percent"), Text::tr("Measure: percent complete, 0 to 100."), Text::tr("percent") });
    parser.addOption({ QStringLiteral("comment"), Text::tr("Measure: the comment of the status update."), Text::tr("text") });
    parser.addOption({ QStringLiteral("forecast-cost"), Text::tr("Project: forecast cost at completion, in dollars."), Text::tr("amount") });
    parser.addOption({ QStringLiteral("forecast-end"), Text::tr("Project: forecast end date (YYYY-MM-DD)."), Text::tr("date") });
    for (const char *indicator : { "declared-cost", "declared-schedule", "declared-overall" })
        parser.addOption({ QString::fromLatin1(indicator), Text::tr("Project: declared colour, green, yellow, red or none."),
                           Text::tr("colour") });
    parser.addOption({ QStringLiteral("state"), Text::tr("Project: active, completed or cancelled."), Text::tr("state") });
    for (const Option &o : portfolioOptions())
        parser.addOption({ QString::fromLatin1(o.name), Text::tr("Portfolio: %1.").arg(FieldText::label(o.field)), Text::tr("value") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;

    const int targets = int(parser.isSet(QStringLiteral("measure"))) + int(parser.isSet(QStringLiteral("project")))
        + int(parser.isSet(QStringLiteral("portfolio")));
    if (targets != 1) {
        err() << Text::tr("Say what to change: --measure NUMBER, --project CODE or --portfolio.") << Qt::endl;
        return Usage;
    }
    const Entity entity = parser.isSet(QStringLiteral("measure")) ? Entity::Measure
        : parser.isSet(QStringLiteral("project"))                 ? Entity::Project
                                                                  : Entity::Portfolio;
    const QList<Option> &own = entity == Entity::Measure ? measureOptions()
        : entity == Entity::Project                      ? projectOptions()
                                                         : portfolioOptions();
    FieldValues values;
    for (const QList<Option> *list : { &measureOptions(), &projectOptions(), &portfolioOptions() }) {
        for (const Option &o : *list) {
            if (!parser.isSet(QString::fromLatin1(o.name)))
                continue;
            if (list != &own) {
                err() << Text::tr("--%1 does not apply to what is being changed.").arg(QLatin1String(o.name)) << Qt::endl;
                return Usage;
            }
            QString error;
            const QVariant v = parseValue(o, parser.value(QString::fromLatin1(o.name)), &error);
            if (!error.isEmpty()) {
                err() << error << Qt::endl;
                return Usage;
            }
            values.insert(o.field, v);
        }
    }
    if (parser.isSet(QStringLiteral("plan")) && entity != Entity::Measure) {
        err() << Text::tr("--%1 does not apply to what is being changed.").arg(QStringLiteral("plan")) << Qt::endl;
        return Usage;
    }
    if (values.isEmpty()) {
        err() << Text::tr("Nothing to change: give the new values (see vigie edit --help).") << Qt::endl;
        return Usage;
    }
    bool isNumber = false;
    const int number = parser.value(QStringLiteral("measure")).toInt(&isNumber);
    if (entity == Entity::Measure && (!isNumber || number < 1)) {
        err() << Text::tr("--measure: \"%1\" is not a measure number.").arg(parser.value(QStringLiteral("measure"))) << Qt::endl;
        return Usage;
    }

    WritablePortfolio file = openForWriting(parser.positionalArguments().constFirst());
    if (!file)
        return FileUnusable;
    QString uuid;
    QString what;
    if (entity == Entity::Measure) {
        const QString planCode = parser.value(QStringLiteral("plan")).trimmed();
        QHash<RowId, QString> planOfArea; // key area → its plan's code
        QHash<RowId, QString> planCodes;
        for (const Plan &p : Repository::plans(*file))
            planCodes.insert(p.id, p.code);
        for (const KeyArea &a : Repository::keyAreas(*file))
            planOfArea.insert(a.id, planCodes.value(a.planId));
        QStringList plans;
        for (const Measure &m : Repository::measuresNumbered(*file, number)) {
            const QString code = planOfArea.value(m.keyAreaId);
            if (!planCode.isEmpty() && code.compare(planCode, Qt::CaseInsensitive) != 0)
                continue;
            plans << code;
            uuid = m.uuid;
        }
        if (plans.size() > 1) {
            err() << Text::tr("Measure %1 exists in several plans (%2): say which with --plan CODE.")
                         .arg(number)
                         .arg(plans.join(QStringLiteral(", ")))
                  << Qt::endl;
            return Usage;
        }
        what = Text::tr("Measure %1").arg(number);
    } else if (entity == Entity::Project) {
        const QString code = parser.value(QStringLiteral("project"));
        if (const auto p = Repository::projectByCode(*file, code))
            uuid = p->uuid;
        what = Text::tr("Project %1").arg(code.trimmed());
    } else {
        uuid = file->info().uuid;
        what = Text::tr("Portfolio properties");
    }
    if (uuid.isEmpty()) {
        err() << Text::tr("%1: there is no %2 in %3; nothing was changed.")
                     .arg(what, entity == Entity::Measure ? Text::tr("such measure") : Text::tr("such project"),
                          parser.positionalArguments().constFirst())
              << Qt::endl;
        return NotFound;
    }
    //: Undo text of a change made with `vigie edit`, e.g. "Edit Measure 9"
    const QString label = Text::tr("Edit %1").arg(what);
    const EditResult r = entity == Entity::Portfolio ? StructureEdits::setPortfolio(*file, values, label)
                                                     : StructureEdits::set(*file, entity, uuid, values, label);
    if (!r.ok) {
        err() << Text::tr("%1: %2 Nothing was changed.").arg(what, r.error) << Qt::endl;
        return Usage;
    }
    out() << (r.changed ? Text::tr("%1: changed.").arg(what) : Text::tr("%1: already so; nothing to change.").arg(what))
          << Qt::endl;
    return Ok;
}

} // namespace Vigie::Cli
