// `vigie edit`: scripted edits for analysts, through the same core edits as the desktop application
// (StructureEdits: one transaction, one journal changeset, the same checks and status history), one edit
// from the command line or many from a file (--batch), each still its own transaction.
#include "cli.h"

#include "i18n/language.h"
#include "io/valueparser.h"
#include "model/fieldtext.h"
#include "model/valuelimits.h"
#include "storage/repository.h"
#include "storage/structureedits.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <functional>
#include <optional>

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
                                         { "comment", Field::Comment, Option::Text },
                                         { "comment-fr", Field::CommentFr, Option::Text } };
    return options;
}

const QList<Option> &projectOptions()
{
    static const QList<Option> options {
        { "forecast-cost", Field::ForecastCost, Option::Amount },   { "forecast-end", Field::ForecastEnd, Option::Date },
        { "declared-cost", Field::DeclaredCost, Option::Colour },   { "declared-schedule", Field::DeclaredSchedule, Option::Colour },
        { "declared-overall", Field::DeclaredOverall, Option::Colour }, { "state", Field::State, Option::State },
        // The original authorization, corrected while the project has not been reported in a frozen period
        // nor re-authorized (StructureEdits::authorizationLocked says why not).
        { "budget", Field::Budget, Option::Amount },        { "planned-start", Field::PlannedStart, Option::Date },
        { "planned-end", Field::PlannedEnd, Option::Date },
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
        // In range for an amount too (finite, under Limits::maxAmount), said before the file is opened.
        if (const QString tooLarge = valid && o.kind == Option::Amount ? ValueLimits::amountProblem(*v, false, t) : QString();
            !tooLarge.isEmpty()) {
            *error = Text::tr("--%1: %2.").arg(QLatin1String(o.name), tooLarge);
            return {};
        }
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

// What one edit changes, as its options say (on the command line, or on one line of --batch).
struct EditRequest
{
    Entity entity = Entity::Portfolio;
    FieldValues values;
    int number = 0;   // a measure's number
    QString plan;     // the measure's plan, by code, when given
    QString project;  // a project's code
};

// The options that say what to change and the new values: the command line's, and a --batch line's.
QList<QCommandLineOption> editOptions()
{
    QList<QCommandLineOption> options {
        { QStringLiteral("measure"), Text::tr("The measure to change, by number."), Text::tr("number") },
        { QStringLiteral("plan"), Text::tr("The plan of the measure, by code, when several plans number their measures alike."),
          Text::tr("code") },
        { QStringLiteral("project"), Text::tr("The project to change, by code."), Text::tr("code") },
        { QStringLiteral("portfolio"), Text::tr("Change the portfolio's properties.") },
        { QStringLiteral("status"), Text::tr("Measure: not_started, under_way, completed or cancelled."), Text::tr("status") },
        { QStringLiteral("percent"), Text::tr("Measure: percent complete, 0 to 100."), Text::tr("percent") },
        { QStringLiteral("comment"), Text::tr("Measure: the comment of the status update, in English."), Text::tr("text") },
        { QStringLiteral("comment-fr"), Text::tr("Measure: the comment of the status update, in French."), Text::tr("text") },
        { QStringLiteral("forecast-cost"), Text::tr("Project: forecast cost at completion, in dollars."), Text::tr("amount") },
        { QStringLiteral("forecast-end"), Text::tr("Project: forecast end date (YYYY-MM-DD)."), Text::tr("date") },
    };
    for (const char *indicator : { "declared-cost", "declared-schedule", "declared-overall" })
        options.append({ QString::fromLatin1(indicator), Text::tr("Project: declared colour, green, yellow, red or none."),
                         Text::tr("colour") });
    options.append({ QStringLiteral("state"), Text::tr("Project: active, completed or cancelled."), Text::tr("state") });
    options.append({ QStringLiteral("budget"),
                     Text::tr("Project: the authorized budget, in dollars, corrected while the project has not been reported "
                              "in a frozen period nor re-authorized."),
                     Text::tr("amount") });
    options.append({ QStringLiteral("planned-start"), Text::tr("Project: the authorized start date (YYYY-MM-DD), corrected likewise."),
                     Text::tr("date") });
    options.append({ QStringLiteral("planned-end"), Text::tr("Project: the authorized end date (YYYY-MM-DD), corrected likewise."),
                     Text::tr("date") });
    for (const Option &o : portfolioOptions())
        options.append({ QString::fromLatin1(o.name), Text::tr("Portfolio: %1.").arg(FieldText::label(o.field)), Text::tr("value") });
    return options;
}

// The edit the parsed options describe, or the reason they describe none (`*error`). `Parser`: the
// command's CommandParser or a --batch line's QCommandLineParser.
template<class Parser>
std::optional<EditRequest> readEdit(const Parser &parser, QString *error)
{
    const int targets = int(parser.isSet(QStringLiteral("measure"))) + int(parser.isSet(QStringLiteral("project")))
        + int(parser.isSet(QStringLiteral("portfolio")));
    if (targets != 1) {
        *error = Text::tr("Say what to change: --measure NUMBER, --project CODE or --portfolio.");
        return std::nullopt;
    }
    EditRequest request;
    request.entity = parser.isSet(QStringLiteral("measure")) ? Entity::Measure
        : parser.isSet(QStringLiteral("project"))           ? Entity::Project
                                                            : Entity::Portfolio;
    const QList<Option> &own = request.entity == Entity::Measure ? measureOptions()
        : request.entity == Entity::Project                      ? projectOptions()
                                                                 : portfolioOptions();
    for (const QList<Option> *list : { &measureOptions(), &projectOptions(), &portfolioOptions() }) {
        for (const Option &o : *list) {
            if (!parser.isSet(QString::fromLatin1(o.name)))
                continue;
            if (list != &own) {
                *error = Text::tr("--%1 does not apply to what is being changed.").arg(QLatin1String(o.name));
                return std::nullopt;
            }
            const QVariant v = parseValue(o, parser.value(QString::fromLatin1(o.name)), error);
            if (!error->isEmpty())
                return std::nullopt;
            request.values.insert(o.field, v);
        }
    }
    if (parser.isSet(QStringLiteral("plan")) && request.entity != Entity::Measure) {
        *error = Text::tr("--%1 does not apply to what is being changed.").arg(QStringLiteral("plan"));
        return std::nullopt;
    }
    if (request.values.isEmpty()) {
        *error = Text::tr("Nothing to change: give the new values (see vigie edit --help).");
        return std::nullopt;
    }
    if (request.entity == Entity::Measure) {
        bool isNumber = false;
        request.number = parser.value(QStringLiteral("measure")).toInt(&isNumber);
        if (!isNumber || request.number < 1) {
            *error = Text::tr("--measure: \"%1\" is not a measure number.").arg(parser.value(QStringLiteral("measure")));
            return std::nullopt;
        }
        request.plan = parser.value(QStringLiteral("plan")).trimmed();
    } else if (request.entity == Entity::Project) {
        request.project = parser.value(QStringLiteral("project"));
    }
    return request;
}

struct Outcome
{
    int exit = Ok;
    QString text; // what to print: on standard output when exit is Ok, else on standard error
};

// A refusal, and that nothing was changed, said once (some refusals of core already say so).
QString nothingChanged(const QString &refusal)
{
    const QString nothing = Text::tr("Nothing was changed.");
    return refusal.contains(nothing) ? refusal : refusal + QLatin1Char(' ') + nothing;
}

// What an edit changes in the file: the item's identity and how messages name it.
struct Target
{
    QString uuid;
    QString what; // "Measure 9", "Project SCT-12"
    std::function<QString()> name; // the same words, made again in the language asked (the journal's label)
};

// Finds what `request` names in `file`, or says why it cannot (`outcome`: not found, or ambiguous).
std::optional<Target> findTarget(const PortfolioFile &file, const EditRequest &request, const QString &shown,
                                 Outcome *outcome)
{
    QString uuid;
    std::function<QString()> name;
    if (request.entity == Entity::Measure) {
        QHash<RowId, QString> planOfArea; // key area → its plan's code
        QHash<RowId, QString> planCodes;
        for (const Plan &p : Repository::plans(file))
            planCodes.insert(p.id, p.code);
        for (const KeyArea &a : Repository::keyAreas(file))
            planOfArea.insert(a.id, planCodes.value(a.planId));
        QStringList plans;
        for (const Measure &m : Repository::measuresNumbered(file, request.number)) {
            const QString code = planOfArea.value(m.keyAreaId);
            if (!request.plan.isEmpty() && code.compare(request.plan, Qt::CaseInsensitive) != 0)
                continue;
            plans << code;
            uuid = m.uuid;
        }
        if (plans.size() > 1) {
            *outcome = { Usage, Text::tr("Measure %1 exists in several plans (%2): say which with --plan CODE.")
                                    .arg(request.number)
                                    .arg(plans.join(QStringLiteral(", "))) };
            return std::nullopt;
        }
        name = [number = request.number] { return Text::tr("Measure %1").arg(number); };
    } else if (request.entity == Entity::Project) {
        // As typed, else ignoring case when one project only has the code so ("gc-01" is GC-01, and the
        // output says GC-01).
        const CodeMatch match = Repository::matchProjectCode(file, request.project);
        if (match.ambiguous()) {
            *outcome = { Usage, Text::tr("Project %1: the code is that of projects %2, whose codes differ only in case: "
                                         "give one as it is.")
                                    .arg(request.project.trimmed(), match.candidates.join(QStringLiteral(", "))) };
            return std::nullopt;
        }
        if (const auto p = match.found() ? Repository::projectByCode(file, match.code) : std::nullopt)
            uuid = p->uuid;
        name = [code = match.found() ? match.code : request.project.trimmed()] { return Text::tr("Project %1").arg(code); };
    } else {
        uuid = file.info().uuid;
        name = [] { return Text::tr("Portfolio properties"); };
    }
    const QString what = name();
    if (uuid.isEmpty()) {
        *outcome = { NotFound, Text::tr("%1: there is no %2 in %3.")
                                   .arg(what, request.entity == Entity::Measure ? Text::tr("such measure") : Text::tr("such project"),
                                        shown) };
        return std::nullopt;
    }
    return Target { uuid, what, name };
}

// Changes `target` through the core edit (one transaction, one journal changeset).
Outcome applyEdit(PortfolioFile &file, const EditRequest &request, const Target &target)
{
    // A completed measure is 100 % complete (MeasureState::normalized): a --percent typed for one is refused,
    // not quietly replaced by 100 (or reported "already so").
    if (request.entity == Entity::Measure && request.values.contains(Field::PercentComplete)) {
        const double percent = request.values.value(Field::PercentComplete).toDouble();
        const std::optional<MeasureState> now = Edits::measureState(file, target.uuid);
        const MeasureStatus status = request.values.contains(Field::Status)
            ? MeasureStatusText::fromKey(request.values.value(Field::Status).toString().trimmed().toLower())
                  .value_or(now ? now->status : MeasureStatus::NotStarted)
            : now ? now->status : MeasureStatus::NotStarted;
        if (status == MeasureStatus::Completed && percent != 100.0)
            //: "Measure 2: a completed measure is 100% complete; --percent 40 is not taken (…)"
            return { Usage, Text::tr("%1: a completed measure is 100% complete; --percent %2 is not taken (leave it out, "
                                     "or give another --status).")
                                .arg(target.what, QLocale().toString(percent)) };
    }
    //: Undo text of a change made with `vigie edit`, e.g. "Edit Measure 9"
    const ChangeLabel label = Language::inBoth([&] { return Text::tr("Edit %1").arg(target.name()); });
    const EditResult r = request.entity == Entity::Portfolio
        ? StructureEdits::setPortfolio(file, request.values, label)
        : StructureEdits::set(file, request.entity, target.uuid, request.values, label);
    if (!r.ok)
        return { r.notWritten ? FileUnusable : Usage, Text::tr("%1: %2").arg(target.what, r.error) };
    return { Ok, r.changed ? Text::tr("%1: changed.").arg(target.what) : Text::tr("%1: already so; nothing to change.").arg(target.what) };
}

// The words of a --batch line, as a shell gives them to the command line: split at spaces outside
// double quotes; a pair of double quotes opens and closes a value with spaces ("Delayed by the vendor");
// three in a row stand for one double quote inside it; "" is an empty value (--comment "" clears a
// comment), which QProcess::splitCommand dropped. A quote left open sets `*unclosed` to its column
// (from 1), and the words are not to be used.
QStringList batchWords(const QString &line, int *unclosed)
{
    QStringList words;
    QString word;
    bool inWord = false; // something, possibly an empty quoted value, was read since the last space
    bool inQuote = false;
    int opened = 0;
    *unclosed = 0;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            inWord = true;
            if (inQuote && line.mid(i, 3) == QLatin1String("\"\"\"")) {
                word += c;
                i += 2;
            } else {
                inQuote = !inQuote;
                opened = i + 1;
            }
        } else if (!inQuote && c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inQuote)
        *unclosed = opened;
    else if (inWord)
        words << word;
    return words;
}

// `vigie edit FILE --batch EDITS`: every edit of EDITS is read and checked before the portfolio is
// opened (a typo on line 900 changes nothing), and what each names is found in it (an unknown project
// on line 900 changes nothing either); then each is made as the desktop application makes one, in its
// own transaction with its own journal changeset, the portfolio opened once for all of them.
int runBatch(const QString &portfolio, const QString &batch)
{
    const QString shownBatch = QDir::toNativeSeparators(batch);
    QFile in(batch);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text)) {
        err() << Text::tr("%1: cannot be read (%2).").arg(shownBatch, in.errorString()) << Qt::endl;
        return FileUnusable;
    }
    QList<std::pair<int, EditRequest>> edits;
    int lineNumber = 0;
    while (!in.atEnd()) {
        ++lineNumber;
        QString raw = QString::fromUtf8(in.readLine());
        while (raw.endsWith(QLatin1Char('\n')) || raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        int column = 0;
        const QStringList words = batchWords(raw, &column);
        if (column) {
            err() << QStringLiteral("%1:%2:%3: ").arg(shownBatch).arg(lineNumber).arg(column)
                  << Text::tr("a quoted value is never closed (missing \").") << QLatin1Char(' ')
                  << Text::tr("Nothing was changed.") << Qt::endl;
            return Usage;
        }
        QCommandLineParser parser;
        parser.addOptions(editOptions());
        QString error;
        std::optional<EditRequest> request;
        if (!parser.parse(QStringList { QStringLiteral("edit") } + words))
            error = parser.errorText();
        else if (!parser.positionalArguments().isEmpty())
            error = Text::tr("\"%1\" is not an option; a line holds the options of one edit, such as "
                             "--project CODE --forecast-cost 125000.")
                        .arg(parser.positionalArguments().constFirst());
        else
            request = readEdit(parser, &error);
        if (!request) {
            err() << QStringLiteral("%1:%2: ").arg(shownBatch).arg(lineNumber) << error << QLatin1Char(' ')
                  << Text::tr("Nothing was changed.") << Qt::endl;
            return Usage;
        }
        edits.append({ lineNumber, *request });
    }
    if (edits.isEmpty()) {
        // A batch a script made with nothing to do this time: a success, and said so (not a silent one).
        out() << Text::tr("%1: no edit in the file; nothing to change.").arg(shownBatch) << Qt::endl;
        return Ok;
    }

    WritablePortfolio file = openForWriting(portfolio);
    if (!file)
        return FileUnusable;
    QList<Target> targets;
    for (const auto &[line, request] : std::as_const(edits)) {
        Outcome outcome;
        const std::optional<Target> target = findTarget(*file, request, portfolio, &outcome);
        if (!target) {
            err() << QStringLiteral("%1:%2: ").arg(shownBatch).arg(line) << nothingChanged(outcome.text) << Qt::endl;
            return outcome.exit;
        }
        targets.append(*target);
    }
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const auto &[line, request] = edits.at(i);
        const Outcome outcome = applyEdit(*file, request, targets.at(i));
        if (outcome.exit != Ok) {
            err() << QStringLiteral("%1:%2: ").arg(shownBatch).arg(line) << outcome.text << QLatin1Char(' ')
                  << Text::tr("The edits of the lines before it were made; this one and those after it were not.")
                  << Qt::endl;
            return outcome.exit;
        }
        out() << outcome.text << QLatin1Char('\n');
    }
    out().flush();
    return Ok;
}

} // namespace

int runEdit(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("edit"));
    parser.setApplicationDescription(Text::tr("Change a measure, a project or the portfolio's properties, as the "
                                              "desktop application does (journaled, undoable there)."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("A .vigie file."), Text::tr("FILE"));
    const QList<QCommandLineOption> options = editOptions();
    for (const QCommandLineOption &o : options)
        parser.addOption(o);
    parser.addOption({ QStringLiteral("batch"),
                       Text::tr("Make the edits listed in EDITS, one a line, each written as this command's options "
                                "(--project P000042 --forecast-cost 125000); each is its own journaled edit."),
                       Text::tr("EDITS") });
    parser.addLanguageOption();
    int exit = Ok;
    if (!parser.parse(arguments, 1, 1, &exit))
        return exit;
    const QString portfolio = parser.positionalArguments().constFirst();

    if (parser.isSet(QStringLiteral("batch"))) {
        for (const QCommandLineOption &o : options) {
            if (parser.isSet(o.names().constFirst())) {
                err() << Text::tr("--batch takes every edit from its file: give no --%1 beside it.").arg(o.names().constFirst())
                      << Qt::endl;
                return Usage;
            }
        }
        return runBatch(portfolio, parser.value(QStringLiteral("batch")));
    }

    QString error;
    const std::optional<EditRequest> request = readEdit(parser, &error);
    if (!request) {
        err() << error << Qt::endl;
        return Usage;
    }
    WritablePortfolio file = openForWriting(portfolio);
    if (!file)
        return FileUnusable;
    Outcome outcome;
    if (const std::optional<Target> target = findTarget(*file, *request, portfolio, &outcome))
        outcome = applyEdit(*file, *request, *target);
    if (outcome.exit == Ok)
        out() << outcome.text << Qt::endl;
    else
        err() << nothingChanged(outcome.text) << Qt::endl;
    return outcome.exit;
}

} // namespace Vigie::Cli
