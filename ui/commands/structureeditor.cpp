// The edit facade's structure edits (Editor, declared in editor.h): plans, key areas, measures,
// organizations, specialties, projects, their links and the portfolio's properties. Each wraps one
// StructureEdits call in one EditCommand; the checks and their messages are core's.
#include "editor.h"

#include "commands/importjob.h"
#include "i18n/language.h"
#include "storage/portfoliofile.h"
#include "model/entities.h"
#include "storage/structureedits.h"

namespace Vigie {

namespace {
// How an item is named by its code or number ("Measure 9"), in the language of the moment.
QString nameOf(Entity entity, const QVariant &id)
{
    switch (entity) {
    case Entity::Plan: return Editor::tr("Plan %1").arg(id.toString());
    case Entity::KeyArea: return Editor::tr("Key Area %1").arg(id.toInt());
    case Entity::Measure: return Editor::tr("Measure %1").arg(id.toInt());
    case Entity::Organization: return Editor::tr("Organization %1").arg(id.toString());
    case Entity::Specialty: return Editor::tr("Specialty %1").arg(id.toString());
    case Entity::Project: return Editor::tr("Project %1").arg(id.toString());
    default: break;
    }
    return EntityText::label(entity);
}

Field idField(Entity entity)
{
    return entity == Entity::KeyArea || entity == Entity::Measure ? Field::Number : Field::Code;
}

// The name of an item about to be added, from the values that make it.
UndoText newItemName(Entity entity, const FieldValues &values)
{
    QVariant id = values.value(idField(entity));
    if (id.typeId() == QMetaType::QString)
        id = id.toString().trimmed();
    return [entity, id] { return nameOf(entity, id); };
}
} // namespace

QString Editor::itemName(Entity entity, const QString &uuid) const
{
    return itemNameText(entity, uuid)();
}

UndoText Editor::itemNameText(Entity entity, const QString &uuid) const
{
    // The code or number is read now: the step keeps naming the item as it was, even once it is renamed,
    // renumbered or deleted.
    const QVariant id = file()->value(entity, uuid, idField(entity));
    return [entity, id] { return nameOf(entity, id); };
}

QString Editor::addItem(Entity entity, const FieldValues &values, const UndoText &name)
{
    // Each kind of item named with its article in French (« Ajouter l'organisme MIN3 »), not after a
    // colon (« Ajouter : Organisme MIN3 »).
    QVariant id = values.value(idField(entity));
    if (id.typeId() == QMetaType::QString)
        id = id.toString().trimmed();
    const UndoText text = [entity, id, name] {
        switch (entity) {
        case Entity::Plan: return tr("Add Plan %1").arg(id.toString());
        case Entity::KeyArea: return tr("Add Key Area %1").arg(id.toInt());
        case Entity::Measure: return tr("Add Measure %1").arg(id.toInt());
        case Entity::Organization: return tr("Add Organization %1").arg(id.toString());
        case Entity::Specialty: return tr("Add Specialty %1").arg(id.toString());
        case Entity::Project: return tr("Add Project %1").arg(id.toString());
        default: break;
        }
        //: Undo text, e.g. "Add Measure 12"
        return tr("Add %1").arg(name());
    };
    const ChangeLabel label = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               return StructureEdits::add(f, entity, values, label);
           })).uuid;
}

QString Editor::addPlan(const FieldValues &values)
{
    return addItem(Entity::Plan, values, newItemName(Entity::Plan, values));
}

QString Editor::addKeyArea(const QString &planUuid, const FieldValues &values)
{
    FieldValues row = values;
    row.insert(Field::Plan, planUuid);
    if (!row.contains(Field::Number))
        row.insert(Field::Number, StructureEdits::nextNumber(*file(), Entity::KeyArea, planUuid));
    return addItem(Entity::KeyArea, row, newItemName(Entity::KeyArea, row));
}

QString Editor::addMeasure(const QString &keyAreaUuid, const FieldValues &values)
{
    FieldValues row = values;
    row.insert(Field::KeyArea, keyAreaUuid);
    if (!row.contains(Field::Number))
        row.insert(Field::Number, StructureEdits::nextNumber(*file(), Entity::Measure, keyAreaUuid));
    return addItem(Entity::Measure, row, newItemName(Entity::Measure, row));
}

QString Editor::addOrganization(const FieldValues &values)
{
    return addItem(Entity::Organization, values, newItemName(Entity::Organization, values));
}

QString Editor::addSpecialty(const FieldValues &values)
{
    return addItem(Entity::Specialty, values, newItemName(Entity::Specialty, values));
}

QString Editor::addProject(const FieldValues &values)
{
    return addItem(Entity::Project, values, newItemName(Entity::Project, values));
}

namespace {
// An envelope or a workforce record named by what makes it unique: "MIN3 2016-2017", "MIN3, DEV, 2024-03-31".
QString recordKey(const PortfolioFile &file, Entity entity, const FieldValues &values)
{
    const auto code = [&](Entity target, Field field) {
        const QVariant ref = values.value(field);
        const QString uuid = ref.typeId() == QMetaType::QString ? ref.toString() : file.rowUuid(target, ref.toLongLong());
        return file.value(target, uuid, Field::Code).toString();
    };
    if (entity == Entity::Envelope)
        return QStringLiteral("%1 %2").arg(code(Entity::Organization, Field::Organization),
                                           fiscalYearLabel(values.value(Field::FiscalYear).toInt()));
    const QVariant survey = values.value(Field::SurveyDate);
    return QStringLiteral("%1, %2, %3")
        .arg(code(Entity::Organization, Field::Organization), code(Entity::Specialty, Field::Specialty),
             survey.typeId() == QMetaType::QDate ? survey.toDate().toString(Qt::ISODate) : survey.toString().trimmed());
}
} // namespace

QString Editor::addEnvelope(const FieldValues &values)
{
    const QString key = recordKey(*file(), Entity::Envelope, values);
    //: Undo text, e.g. "Add Envelope MIN3 2016-2017"
    return addRecord(Entity::Envelope, values, [key] { return tr("Add Envelope %1").arg(key); });
}

QString Editor::addWorkforceRecord(const FieldValues &values)
{
    const QString key = recordKey(*file(), Entity::Workforce, values);
    //: Undo text, e.g. "Add Workforce Record MIN3, DEV, 2024-03-31"
    return addRecord(Entity::Workforce, values, [key] { return tr("Add Workforce Record %1").arg(key); });
}

QString Editor::addRecord(Entity entity, const FieldValues &values, const UndoText &text)
{
    const ChangeLabel label = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) { return StructureEdits::add(f, entity, values, label); }))
        .uuid;
}

bool Editor::removeRecords(Entity entity, const QStringList &uuids)
{
    if (uuids.isEmpty() || !StructureEdits::isRecord(entity))
        return uuids.isEmpty();
    UndoText text;
    if (uuids.size() == 1) {
        const Field fields[] = { Field::Organization, Field::Specialty, Field::FiscalYear, Field::SurveyDate };
        FieldValues row;
        for (const Field f : fields) {
            if (file()->hasField(entity, f))
                row.insert(f, file()->value(entity, uuids.constFirst(), f));
        }
        const QString key = recordKey(*file(), entity, row);
        text = entity == Entity::Envelope ? UndoText([key] { return tr("Delete Envelope %1").arg(key); })
                                          : UndoText([key] { return tr("Delete Workforce Record %1").arg(key); });
    } else {
        const int n = int(uuids.size());
        text = entity == Entity::Envelope ? UndoText([n] { return tr("Delete %n Envelope(s)", nullptr, n); })
                                          : UndoText([n] { return tr("Delete %n Workforce Record(s)", nullptr, n); });
    }
    return deleteRows(entity, uuids, text);
}

bool Editor::editWithText(Entity entity, const QString &uuid, const FieldValues &values, const UndoText &undoText)
{
    if (values.isEmpty())
        return true;
    const ChangeLabel label = journalLabel(undoText);
    return push(new EditCommand(this, undoText, [=](PortfolioFile &f) {
               return StructureEdits::set(f, entity, uuid, values, label);
           })).ok;
}

bool Editor::editItem(Entity entity, const QString &uuid, const FieldValues &values)
{
    // Each kind named with its article in French (« Modifier le projet SCT-01 »), as Add and Delete are.
    const UndoText name = itemNameText(entity, uuid);
    const QVariant id = file()->value(entity, uuid, idField(entity));
    return editWithText(entity, uuid, values, [entity, id, name] {
        switch (entity) {
        case Entity::Plan: return tr("Edit Plan %1").arg(id.toString());
        case Entity::KeyArea: return tr("Edit Key Area %1").arg(id.toInt());
        case Entity::Measure: return tr("Edit Measure %1").arg(id.toInt());
        case Entity::Organization: return tr("Edit Organization %1").arg(id.toString());
        case Entity::Specialty: return tr("Edit Specialty %1").arg(id.toString());
        case Entity::Project: return tr("Edit Project %1").arg(id.toString());
        default: break;
        }
        //: Undo text, e.g. "Edit Measure 9"
        return tr("Edit %1").arg(name());
    });
}

bool Editor::renumber(Entity entity, const QString &uuid, int number)
{
    const UndoText name = itemNameText(entity, uuid);
    return editWithText(entity, uuid, { { Field::Number, number } }, [name, number] {
        //: Undo text, e.g. "Renumber Measure 9 as 12"
        return tr("Renumber %1 as %2").arg(name()).arg(number);
    });
}

bool Editor::moveKeyArea(const QString &areaUuid, const QString &planUuid)
{
    const UndoText area = itemNameText(Entity::KeyArea, areaUuid);
    const UndoText plan = itemNameText(Entity::Plan, planUuid);
    return editWithText(Entity::KeyArea, areaUuid, { { Field::Plan, planUuid } }, [area, plan] {
        //: Undo text, e.g. "Move Key Area 2 to Plan GC-2016"
        return tr("Move %1 to %2").arg(area(), plan());
    });
}

bool Editor::moveMeasure(const QString &measureUuid, const QString &keyAreaUuid)
{
    const UndoText measure = itemNameText(Entity::Measure, measureUuid);
    const UndoText area = itemNameText(Entity::KeyArea, keyAreaUuid);
    return editWithText(Entity::Measure, measureUuid, { { Field::KeyArea, keyAreaUuid } },
                        [measure, area] { return tr("Move %1 to %2").arg(measure(), area()); });
}

bool Editor::setProjectState(const QString &projectUuid, ProjectState state)
{
    const QString code = file()->value(Entity::Project, projectUuid, Field::Code).toString();
    return editWithText(Entity::Project, projectUuid, { { Field::State, projectStateKey(state) } }, [code, state] {
        //: Undo text, e.g. "Set State of Project SCT-01 to Completed"
        return tr("Set State of Project %1 to %2").arg(code, ProjectStateText::label(state));
    });
}

bool Editor::setProjectPhase(const QString &projectUuid, const QString &phase)
{
    const QString code = file()->value(Entity::Project, projectUuid, Field::Code).toString();
    return editWithText(Entity::Project, projectUuid, { { Field::Phase, phase } },
                        [code] { return tr("Change Phase of Project %1").arg(code); });
}

bool Editor::removeItem(Entity entity, const QString &uuid)
{
    const UndoText name = itemNameText(entity, uuid);
    const QVariant id = file()->value(entity, uuid, idField(entity));
    const UndoText text = [entity, id, name] {
        switch (entity) {
        case Entity::Plan: return tr("Delete Plan %1").arg(id.toString());
        case Entity::KeyArea: return tr("Delete Key Area %1").arg(id.toInt());
        case Entity::Measure: return tr("Delete Measure %1").arg(id.toInt());
        case Entity::Organization: return tr("Delete Organization %1").arg(id.toString());
        case Entity::Specialty: return tr("Delete Specialty %1").arg(id.toString());
        case Entity::Project: return tr("Delete Project %1").arg(id.toString());
        default: break;
        }
        //: Undo text, e.g. "Delete Plan QC-2015"
        return tr("Delete %1").arg(name());
    };
    const ChangeLabel label = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) { return StructureEdits::remove(f, entity, uuid, label); }))
        .ok;
}

QString Editor::deletionImpact(Entity entity, const QString &uuid) const
{
    return StructureEdits::dependentsText(*file(), entity, uuid);
}

QString Editor::authorizationLocked(const QString &projectUuid) const
{
    return StructureEdits::authorizationLocked(*file(), projectUuid);
}

QString Editor::deletionRefusal(Entity entity, const QString &uuid) const
{
    return file()->deletionRefusal(entity, uuid);
}

bool Editor::linkProjectToMeasure(const QString &projectUuid, const QString &measureUuid)
{
    // Named with their articles in French (« Lier le projet SCT-01 à la mesure 9 »), as Add and Edit are.
    const QVariant project = file()->value(Entity::Project, projectUuid, idField(Entity::Project));
    const QVariant measure = file()->value(Entity::Measure, measureUuid, idField(Entity::Measure));
    const UndoText text = [project, measure] {
        return tr("Link Project %1 to Measure %2").arg(project.toString()).arg(measure.toInt());
    };
    const ChangeLabel label = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               return StructureEdits::linkProjectToMeasure(f, projectUuid, measureUuid, true, label);
           })).ok;
}

bool Editor::unlinkProjectFromMeasure(const QString &projectUuid, const QString &measureUuid)
{
    const QVariant project = file()->value(Entity::Project, projectUuid, idField(Entity::Project));
    const QVariant measure = file()->value(Entity::Measure, measureUuid, idField(Entity::Measure));
    const UndoText text = [project, measure] {
        return tr("Unlink Project %1 from Measure %2").arg(project.toString()).arg(measure.toInt());
    };
    const ChangeLabel label = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               return StructureEdits::linkProjectToMeasure(f, projectUuid, measureUuid, false, label);
           })).ok;
}

bool Editor::setPortfolioProperties(const FieldValues &values)
{
    const UndoText text = [] { return tr("Change Portfolio Properties"); };
    const ChangeLabel label = journalLabel(text);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) { return StructureEdits::setPortfolio(f, values, label); }))
        .ok;
}

} // namespace Vigie
