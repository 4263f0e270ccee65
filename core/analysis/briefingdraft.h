#pragma once

#include "analysis/briefingfacts.h"
#include "model/entities.h"

#include <QList>

namespace Vigie {

class PortfolioFile;

// One item the drafter proposes for a section of the PSCIOC template, already worded in English and in
// French (see briefingtext.h for why both are written explicitly rather than translated).
struct DraftedItem
{
    BriefingSection section = BriefingSection::Accomplishments;
    QString kind; // stable identifier of the rule that produced it: "measure-completed", "project-red", …
    BilingualText text;
    RowId measureId = 0;
    RowId projectId = 0;
};

// Drafts a council briefing from the data of one reporting period: pure data in, items out.
//
//  1 Accomplishments: the measures' standing ("Of the 36 measures to be taken by …"), the measures
//    completed and the projects delivered since the previous period (or the last 12 months: the five
//    largest by name, the rest counted), the project health table and charts.
//  2 Priorities: measures and projects due in the next 36 months (the five largest projects by name,
//    the rest counted, so that a portfolio of hundreds of projects still gives a readable page).
//  3 Issues and needs: red projects (counted, the five largest named), measures past due, specialties
//    at risk (external share above 50%), envelope gaps (planned needs above the budget granted).
//  4 Topics for council: expertise sharing for core functions at risk.
class BriefingDrafter
{
public:
    static constexpr int kNamedProjects = BriefingFacts::kNamedProjects;
    static constexpr int kHorizonMonths = BriefingFacts::kHorizonMonths;

    static QList<DraftedItem> draft(const BriefingFacts &facts);
    static bool draft(const PortfolioFile &file, RowId periodId, QList<DraftedItem> *items, QString *error);

    // One line per item, for golden files: "1 measure-completed M10 - | EN text | FR text".
    static QString describe(const QList<DraftedItem> &items, const BriefingFacts &facts);
};

} // namespace Vigie
