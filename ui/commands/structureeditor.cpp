// The edit facade's structure edits (Editor, declared in editor.h): plans, key areas, measures,
// organizations, specialties, projects, their links and the portfolio's properties. Each wraps one
// StructureEdits call in one EditCommand; the checks and their messages are core's.
#include "editor.h"

#include "commands/importjob.h"
#include "storage/portfoliofile.h"
#include "storage/structureedits.h"

namespace Vigie {

QString Editor::itemName(Entity entity, const QString &uuid) const
{
    const auto value = [&](Field f) { return file()->value(entity, uuid, f); };
    switch (entity) {
    case Entity::Plan: return tr("Plan %1").arg(value(Field::Code).toString());
    case Entity::KeyArea: return tr("Key Area %1").arg(value(Field::Number).toInt());
    case Entity::Measure: return tr("Measure %1").arg(value(Field::Number).toInt());
    case Entity::Organization: return tr("Organization %1").arg(value(Field::Code).toString());
    case Entity::Specialty: return tr("Specialty %1").arg(value(Field::Code).toString());
    case Entity::Project: return tr("Project %1").arg(value(Field::Code).toString());
    default: break;
    }
    return EntityText::label(entity);
}

QString Editor::addItem(Entity entity, const FieldValues &values, const QString &name)
{
    //: Undo text, e.g. "Add Measure 12"
    const QString text = tr("Add %1").arg(name);
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               return StructureEdits::add(f, entity, values, text);
           })).uuid;
}

QString Editor::addPlan(const FieldValues &values)
{
    return addItem(Entity::Plan, values, tr("Plan %1").arg(values.value(Field::Code).toString().trimmed()));
}

QString Editor::addKeyArea(const QString &planUuid, const FieldValues &values)
{
    FieldValues row = values;
    row.insert(Field::Plan, planUuid);
    if (!row.contains(Field::Number))
        row.insert(Field::Number, StructureEdits::nextNumber(*file(), Entity::KeyArea, planUuid));
    return addItem(Entity::KeyArea, row, tr("Key Area %1").arg(row.value(Field::Number).toInt()));
}

QString Editor::addMeasure(const QString &keyAreaUuid, const FieldValues &values)
{
    FieldValues row = values;
    row.insert(Field::KeyArea, keyAreaUuid);
    if (!row.contains(Field::Number))
        row.insert(Field::Number, StructureEdits::nextNumber(*file(), Entity::Measure, keyAreaUuid));
    return addItem(Entity::Measure, row, tr("Measure %1").arg(row.value(Field::Number).toInt()));
}

QString Editor::addOrganization(const FieldValues &values)
{
    return addItem(Entity::Organization, values,
                   tr("Organization %1").arg(values.value(Field::Code).toString().trimmed()));
}

QString Editor::addSpecialty(const FieldValues &values)
{
    return addItem(Entity::Specialty, values, tr("Specialty %1").arg(values.value(Field::Code).toString().trimmed()));
}

QString Editor::addProject(const FieldValues &values)
{
    return addItem(Entity::Project, values, tr("Project %1").arg(values.value(Field::Code).toString().trimmed()));
}

bool Editor::editWithText(Entity entity, const QString &uuid, const FieldValues &values, const QString &undoText)
{
    if (values.isEmpty())
        return true;
    return push(new EditCommand(this, undoText, [=](PortfolioFile &f) {
               return StructureEdits::set(f, entity, uuid, values, undoText);
           })).ok;
}

bool Editor::editItem(Entity entity, const QString &uuid, const FieldValues &values)
{
    //: Undo text, e.g. "Edit Measure 9"
    return editWithText(entity, uuid, values, tr("Edit %1").arg(itemName(entity, uuid)));
}

bool Editor::renumber(Entity entity, const QString &uuid, int number)
{
    //: Undo text, e.g. "Renumber Measure 9 as 12"
    const QString text = tr("Renumber %1 as %2").arg(itemName(entity, uuid)).arg(number);
    return editWithText(entity, uuid, { { Field::Number, number } }, text);
}

bool Editor::moveKeyArea(const QString &areaUuid, const QString &planUuid)
{
    //: Undo text, e.g. "Move Key Area 2 to Plan GC-2016"
    const QString text = tr("Move %1 to %2").arg(itemName(Entity::KeyArea, areaUuid), itemName(Entity::Plan, planUuid));
    return editWithText(Entity::KeyArea, areaUuid, { { Field::Plan, planUuid } }, text);
}

bool Editor::moveMeasure(const QString &measureUuid, const QString &keyAreaUuid)
{
    return editWithText(Entity::Measure, measureUuid, { { Field::KeyArea, keyAreaUuid } },
                        tr("Move %1 to %2").arg(itemName(Entity::Measure, measureUuid),
                                                itemName(Entity::KeyArea, keyAreaUuid)));
}

bool Editor::setProjectState(const QString &projectUuid, ProjectState state)
{
    //: Undo text, e.g. "Set State of Project SCT-01 to Completed"
    const QString text = tr("Set State of %1 to %2").arg(itemName(Entity::Project, projectUuid),
                                                         ProjectStateText::label(state));
    return editWithText(Entity::Project, projectUuid, { { Field::State, projectStateKey(state) } }, text);
}

bool Editor::setProjectPhase(const QString &projectUuid, const QString &phase)
{
    return editWithText(Entity::Project, projectUuid, { { Field::Phase, phase } },
                        tr("Change Phase of %1").arg(itemName(Entity::Project, projectUuid)));
}

bool Editor::removeItem(Entity entity, const QString &uuid)
{
    //: Undo text, e.g. "Delete Plan QC-2015"
    const QString text = tr("Delete %1").arg(itemName(entity, uuid));
    return push(new EditCommand(this, text, [=](PortfolioFile &f) { return StructureEdits::remove(f, entity, uuid, text); }))
        .ok;
}

QString Editor::deletionImpact(Entity entity, const QString &uuid) const
{
    return StructureEdits::dependentsText(*file(), entity, uuid);
}

bool Editor::linkProjectToMeasure(const QString &projectUuid, const QString &measureUuid)
{
    //: Undo text, e.g. "Link Project SCT-01 to Measure 9"
    const QString text = tr("Link %1 to %2").arg(itemName(Entity::Project, projectUuid), itemName(Entity::Measure, measureUuid));
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               return StructureEdits::linkProjectToMeasure(f, projectUuid, measureUuid, true, text);
           })).ok;
}

bool Editor::unlinkProjectFromMeasure(const QString &projectUuid, const QString &measureUuid)
{
    const QString text = tr("Unlink %1 from %2").arg(itemName(Entity::Project, projectUuid),
                                                     itemName(Entity::Measure, measureUuid));
    return push(new EditCommand(this, text, [=](PortfolioFile &f) {
               return StructureEdits::linkProjectToMeasure(f, projectUuid, measureUuid, false, text);
           })).ok;
}

bool Editor::setPortfolioProperties(const FieldValues &values)
{
    const QString text = tr("Change Portfolio Properties");
    return push(new EditCommand(this, text, [=](PortfolioFile &f) { return StructureEdits::setPortfolio(f, values, text); }))
        .ok;
}

} // namespace Vigie
