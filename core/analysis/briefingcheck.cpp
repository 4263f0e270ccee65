#include "briefingcheck.h"

#include "analysis/briefingtext.h"

#include <QSet>

namespace Vigie {

namespace {

bool lacks(const BilingualText &text, bool french)
{
    const QString &wanted = french ? text.fr : text.en;
    const QString &other = french ? text.en : text.fr;
    return wanted.trimmed().isEmpty() && !other.trimmed().isEmpty();
}

QString quotedStart(const BilingualText &text, bool french)
{
    QString shown = (french ? text.en : text.fr).simplified();
    if (shown.size() > 60)
        shown = shown.left(57) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(shown);
}

} // namespace

QStringList BriefingCheck::untranslated(const BriefingFacts &facts, const QList<BriefingItem> &items,
                                        const QString &language)
{
    const bool french = BriefingText::normalized(language) == QLatin1String("fr");
    const QString languageName = french ? tr("French") : tr("English");
    QStringList lines;
    QSet<RowId> measures, projects;
    QSet<QString> charts;
    for (const BriefingItem &item : items) {
        switch (BriefingBlock::kind(item.text.en)) {
        case BriefingBlock::Kind::Chart:
            charts.insert(BriefingBlock::id(item.text.en));
            continue;
        case BriefingBlock::Kind::Table:
            continue;
        case BriefingBlock::Kind::Text:
            break;
        }
        if (lacks(item.text, french))
            lines << tr("Briefing item %1 has no %2 text").arg(quotedStart(item.text, french), languageName);
        if (item.measureId)
            measures.insert(item.measureId);
        if (item.projectId)
            projects.insert(item.projectId);
    }
    for (const BriefingMeasure &m : facts.measures) {
        if (measures.contains(m.id) && lacks(m.title, french))
            lines << tr("Measure %1: %2 has no %3 title").arg(m.number).arg(quotedStart(m.title, french), languageName);
    }
    // The projects the briefing names (delivered, due, red), once each.
    QSet<RowId> named;
    for (const BriefingProjectList *list : { &facts.delivered, &facts.due, &facts.red }) {
        for (const BriefingProject &p : list->named) {
            if (projects.contains(p.id) && !named.contains(p.id) && lacks(p.name, french))
                lines << tr("Project %1: %2 has no %3 name").arg(p.code, quotedStart(p.name, french), languageName);
            named.insert(p.id);
        }
    }
    if (charts.contains(QStringLiteral("measures-by-area"))) {
        for (const AreaSummary &a : facts.areas) {
            if (lacks(a.title, french))
                lines << tr("Key area %1: %2 has no %3 title").arg(a.number).arg(quotedStart(a.title, french), languageName);
        }
    }
    if (charts.contains(QStringLiteral("workforce-by-specialty"))) {
        for (const BriefingSpecialty &s : facts.specialties) {
            if (lacks(s.name, french))
                lines << tr("Specialty %1: %2 has no %3 name").arg(s.code, quotedStart(s.name, french), languageName);
        }
    }
    if (charts.contains(QStringLiteral("envelopes-by-organization"))) {
        for (const BriefingEnvelope &e : facts.envelopes) {
            if (lacks(e.organizationName, french))
                lines << tr("Organization %1: %2 has no %3 name")
                             .arg(e.organization, quotedStart(e.organizationName, french), languageName);
        }
    }
    return lines;
}

} // namespace Vigie
