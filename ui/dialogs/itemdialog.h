#pragma once

#include "model/entities.h"
#include "storage/portfoliofile.h"

#include <QDialog>
#include <QMap>

class QFormLayout;
class QLabel;

namespace Vigie {

// One field of an item's form: what it edits and how it is entered.
struct ItemField
{
    enum Kind { Text, Number, Date, Organization, Status, Percent, ProjectState, OrganizationKind, Flag, Choice, Amount, Fte };
    Field field;
    Kind kind;
    QList<QPair<QString, QString>> choices = {}; // Choice: (label, UUID) of the rows to choose from
};

// A form for one plan, key area, measure, project, organization, specialty, envelope or workforce record
// (the Add… and Edit… commands of the Strategy, Projects, Workforce and Envelopes pages): each field labelled as
// everywhere else (FieldText), dates as YYYY-MM-DD text (empty: none), the owner chosen among the
// portfolio's organizations. The dialog only collects values; the caller applies them through the edit
// facade, whose core checks say what is wrong.
class ItemDialog : public QDialog
{
    Q_OBJECT
public:
    // `initial` holds stored values: texts, numbers, ISO dates, an organization's UUID, a status key.
    ItemDialog(const QString &title, const QList<ItemField> &fields, const FieldValues &initial,
               const QList<Vigie::Organization> &organizations, QWidget *parent = nullptr);

    // Every field as the edit facade takes it (texts trimmed, empty dates and owners as "").
    FieldValues values() const;
    // Only the fields that differ from `initial`.
    FieldValues changes() const;
    // Sets a field as a user would (tests, and Add… defaults): text, number, date text, UUID or key.
    void setValue(Field field, const QVariant &value);
    // A sentence under the fields: what a field means here, or why one is not offered.
    void setNote(const QString &note);
    QString note() const;

private:
    QList<ItemField> m_fields;
    FieldValues m_initial;
    QMap<Field, QWidget *> m_editors;
    QLabel *m_note = nullptr;
};

} // namespace Vigie
