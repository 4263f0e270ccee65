#pragma once

#include "model/entities.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace Vigie {

// The fixed wording of council briefings, in the *document's* language.
//
// A briefing is written for a council in English or in French whatever language the program's menus
// are in, and its drafted items are stored in the file in both languages at once. So this text does not
// go through the UI translator (which holds one language at a time, and installing another one would
// send LanguageChange to every open window): each phrase is written here twice, English and French, on
// purpose, and selected by the document's language code ("en" / "fr").
namespace BriefingText {

// "en" or "fr" (anything else counts as English).
QString normalized(const QString &language);
QLocale locale(const QString &language); // en_CA / fr_CA

// Picks the English or the French literal.
inline QString pick(const QString &language, const QString &en, const QString &fr)
{
    return normalized(language) == QLatin1String("fr") ? fr : en;
}

QString sectionTitle(BriefingSection section, const QString &language); // "1. Accomplishments"
QString sectionPrompt(BriefingSection section, const QString &language); // the template's guidance line
QString longDate(const QDate &date, const QString &language);           // March 31, 2018 / 31 mars 2018
QString monthYear(const QDate &date, const QString &language);          // August 2016 / août 2016
// A period's label, shown in French as "août 2016" when the label is just the English month and year.
QString periodLabel(const ReportingPeriod &period, const QString &language);
// $415.56M / 415,56 M$; another currency than CAD is marked (US$415.56M, 415,56 M€: see money.h).
QString money(double amount, const QString &language, const QString &currency = QStringLiteral("CAD"));
QString percent(double value, int decimals, const QString &language);   // 94.4% / 94,4 %
QString number(double value, int decimals, const QString &language);
// `n` with the wording of its number: "1 has been completed" / "11 have been completed"; French treats
// 0 and 1 as singular. Each wording has %1 for the number.
QString counted(int n, const QString &language, const QString &enOne, const QString &enMany, const QString &frOne,
                const QString &frMany);
QString healthWord(Health health, const QString &language);             // green / vert
QString statusWord(MeasureStatus status, const QString &language);      // completed / réalisée
QString ruleName(const QString &preset, double greenMax, double redMin, const QString &language);
// "3 projects ($12.00M) show a declared colour greener than the one the rule computes." / « 3 projets
// (12,00 M$) affichent une couleur déclarée plus favorable que celle calculée par la règle. »; "No project
// shows ..." when none does.
QString declaredGreener(int count, double amount, const QString &language, const QString &currency = QStringLiteral("CAD"));

} // namespace BriefingText

// Chart and table blocks of a briefing are stored as ordinary briefing_item rows (the schema is not
// changed for them) whose text_en — and text_fr, kept equal — is a reserved marker:
//     {{chart:ID}}     a chart drawn by the chart code (IDs such as project-health-cost)
//     {{table:ID}}     a table built from the data (project-health)
// A user's own text can never start with "{{chart:" or "{{table:" through the Briefing view (it refuses
// it), so the marker is unambiguous. The document draws the block in the item's place.
namespace BriefingBlock {

enum class Kind { Text, Chart, Table };

Kind kind(const QString &textEn);
QString id(const QString &textEn);          // "project-health-cost" for "{{chart:project-health-cost}}"
QString chartMarker(const QString &chartId);
QString tableMarker(const QString &tableId);
bool isReserved(const QString &text);

// Charts a briefing can hold, in the order offered to the analyst.
QStringList chartIds();
QString chartTitle(const QString &chartId, const QString &language);

} // namespace BriefingBlock

} // namespace Vigie
