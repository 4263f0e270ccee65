#pragma once

#include "storage/edits.h"

#include <QCoreApplication>

namespace Vigie {

// The structure of a portfolio, edited with the rules a user expects: plans, key areas and measures
// (added, renamed, renumbered, moved to another area or plan, removed), organizations, workforce
// specialties, projects (created, removed, their state and phase), the links between projects and the
// measures they serve, and the portfolio's own properties (names, jurisdiction, currency, fiscal year,
// language, CIO, classification). Every function is one Edits::run: one transaction, one changeset
// labelled with the caller's undo text, journaled, so that undo reverts it like any other edit.
//
// Values are given as FieldValues. References to other rows (Field::Plan of a key area, Field::KeyArea
// of a measure, Field::Owner of a measure, Field::Organization of a project) are the referenced row's
// UUID (a row key is accepted too); an empty UUID clears an optional reference (owner, organization).
// Dates are QDate (or ISO text), a measure's status a MeasureStatus (or its key), a project's state its
// key ("active", "completed", "cancelled"), declared colours a Health (or its key; Unrated / "none"
// clears them).
//
// Checks, with translated messages that say what is wrong: codes are required and unique (ignoring
// case) within their kind; key area numbers are unique within their plan and measure numbers within
// their plan (across its areas); numbers are whole numbers from 1; percentages 0 to 100; amounts not
// negative; dates real dates; a plan ends after it starts; the portfolio's currency is a three-letter
// ISO 4217 code, its fiscal year starts in month 1 to 12 and its language is en or fr. A measure's
// status, percent and comment change together with a status history row (a completed measure is 100%).
class StructureEdits
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::StructureEdits)
public:
    // Entities these functions add, change and remove.
    static bool isStructural(Entity entity);
    // Rows of figures the window adds and removes one at a time (their importers write many): an
    // investment envelope (Organization, FiscalYear, PlannedNeeds, Granted, Committed) and a workforce
    // record (Organization, Specialty, SurveyDate, InternalFte, ExternalFte). Each is unique by its
    // organization and year, or organization, specialty and survey; empty figures are 0.
    static bool isRecord(Entity entity);

    // Adds a Plan (Code and a title required), KeyArea (Plan required), Measure (KeyArea required),
    // Organization, Specialty or Project (Code required), Envelope or Workforce record (isRecord). A key area or measure without a Number gets
    // the next free one of its plan. The new row's UUID is in EditResult::uuid.
    static EditResult add(PortfolioFile &file, Entity entity, const FieldValues &values, const ChangeLabel &label);
    // Changes fields of one row: renames (codes, names, titles), renumbers (Number), moves (Plan of a key
    // area, KeyArea of a measure: its number must be free in the plan it moves to), a measure's owner,
    // due date, status, percent and comment, a project's state, phase and organization, and its
    // authorization while authorizationLocked() is empty.
    static EditResult set(PortfolioFile &file, Entity entity, const QString &uuid, const FieldValues &values,
                          const ChangeLabel &label);
    // Removes one row and what cannot exist without it (PortfolioFile::dependents says what).
    static EditResult remove(PortfolioFile &file, Entity entity, const QString &uuid, const ChangeLabel &label);

    // Links a project to a measure it serves (or removes the link). Linking twice changes nothing.
    static EditResult linkProjectToMeasure(PortfolioFile &file, const QString &projectUuid,
                                           const QString &measureUuid, bool linked, const ChangeLabel &label);

    // The portfolio's properties: NameEn, NameFr, Jurisdiction, Currency, FiscalYearStart,
    // DefaultLanguage, CioName, CioTitle, CioTitleFr, CioContact, Classification.
    static EditResult setPortfolio(PortfolioFile &file, const FieldValues &values, const ChangeLabel &label);

    // --- the same checks and writes inside the caller's transaction, for importers.
    // Checks `values` for a new row (`uuid` empty) or a change to row `uuid`, and puts them in the form
    // stored: text trimmed, references as row keys, dates as ISO text, keys for statuses and colours.
    static bool normalize(const PortfolioFile &file, Entity entity, const QString &uuid, FieldValues *values,
                          QString *error);
    // Writes normalized values to row `uuid` (a measure's state through Edits::writeMeasureState).
    static bool write(PortfolioFile &file, Entity entity, const QString &uuid, const FieldValues &values,
                      QString *error);

    // Why a project's authorization (its authorized budget and planned dates, given when it was created:
    // its original baseline) can no longer be corrected by editing the project, translated; empty while
    // it can: until it is reported in a frozen period or re-authorized by a decision. A correction
    // changes the original baseline row, journaled and undoable like any edit.
    static QString authorizationLocked(const PortfolioFile &file, const QString &projectUuid);

    // --- readers for dialogs
    // The next free key area number of a plan, or measure number of the plan of a key area.
    static int nextNumber(const PortfolioFile &file, Entity entity, const QString &parentUuid);
    // What removing the row takes with it, in words: "2 key areas, 9 measures and 3 status changes";
    // empty when nothing goes with it.
    static QString dependentsText(const PortfolioFile &file, Entity entity, const QString &uuid);

private:
    // An envelope's or a workforce record's key (required when adding, unique) and its figures (0 when
    // not given), on the values the row will have.
    // The original baseline row takes corrected figures (Budget, PlannedStart, PlannedEnd).
    static bool correctAuthorization(PortfolioFile &file, const QString &projectUuid, const FieldValues &values,
                                     QString *error);
    // What a new envelope or record lacks when `field` is missing, translated.
    static QString recordNeeds(Field field);
    static bool checkRecord(const PortfolioFile &file, Entity entity, const QString &uuid, FieldValues *out,
                            QString *error);
    // A new project's first baseline and original figures, from the budget and planned dates it was
    // created with; its computed colours follow.
    static bool authorize(PortfolioFile &file, const QString &projectUuid, const FieldValues &values, QString *error);
};

} // namespace Vigie
