#include "briefingdraft.h"

#include "analysis/briefingtext.h"

#include <QStringList>

#include <algorithm>

namespace Vigie {

namespace {

using BriefingText::pick;
const QString kEn = QStringLiteral("en");
const QString kFr = QStringLiteral("fr");

// Builds the same item in both languages from one wording function.
template<typename F>
BilingualText both(F wording)
{
    return { wording(kEn), wording(kFr) };
}

using BriefingText::counted;

QString joined(const QStringList &parts, const QString &l)
{
    if (parts.size() <= 1)
        return parts.join(QString());
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + pick(l, QStringLiteral(" and "), QStringLiteral(" et "))
        + parts.last();
}

// Names and titles are drafted as shown (BilingualText::shown): one missing in the briefing's language
// comes in the other language, marked " ‡", and the document explains the mark. With several plans,
// which number their measures and areas alike, the measure's plan is named first ("PLAN2 · Measure 9, …").
QString measureRef(const BriefingMeasure &m, bool severalPlans, const QString &l)
{
    const QString area = m.areaTitle.shown(l);
    const QString ref = area.isEmpty()
        ? pick(l, QStringLiteral("Measure %1, Key Area %2"), QStringLiteral("mesure %1, axe %2")).arg(m.number).arg(m.areaNumber)
        : pick(l, QStringLiteral("Measure %1, Key Area %2 – %3"), QStringLiteral("mesure %1, axe %2 – %3"))
              .arg(m.number)
              .arg(m.areaNumber)
              .arg(area);
    return withPlanCode(ref, m.planCode, severalPlans);
}

QString measureTitle(const BriefingMeasure &m, const QString &l)
{
    const QString t = m.title.shown(l);
    return t.isEmpty() ? pick(l, QStringLiteral("Measure %1"), QStringLiteral("Mesure %1")).arg(m.number) : t;
}

QString projectName(const BriefingProject &p, const QString &l)
{
    const QString name = p.name.in(l).isEmpty() ? p.code : p.name.shown(l);
    return p.organization.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, p.organization);
}

QString colon(const QString &l)
{
    return pick(l, QStringLiteral(":"), QStringLiteral("\u00a0:"));
}

DraftedItem item(BriefingSection s, const QString &kind, BilingualText text, RowId measure = 0, RowId project = 0)
{
    DraftedItem d;
    d.section = s;
    d.kind = kind;
    d.text = std::move(text);
    d.measureId = measure;
    d.projectId = project;
    return d;
}

DraftedItem block(BriefingSection s, const QString &kind, const QString &marker)
{
    return item(s, kind, { marker, marker });
}

// "What changed since March 2016: 18 projects worse (A, B, … and 13 others), 13 better, 5 new, 5 no
// longer reported; 161 unchanged." The worse ones are named by code, the first few.
QString moversText(const Movers &m, const QString &l)
{
    const auto n = [&](qsizetype v) { return BriefingText::number(double(v), 0, l); };
    QString worse = counted(int(m.worse.size()), l, QStringLiteral("%1 project worse"), QStringLiteral("%1 projects worse"),
                            QStringLiteral("%1 projet en détérioration"), QStringLiteral("%1 projets en détérioration"));
    if (!m.worse.isEmpty()) {
        QStringList codes;
        for (const Mover &v : m.worse.mid(0, BriefingFacts::kNamedProjects))
            codes << v.code;
        const qsizetype others = m.worse.size() - codes.size();
        QString named = codes.join(QStringLiteral(", "));
        if (others > 0)
            named += QLatin1Char(' ')
                + counted(int(others), l, QStringLiteral("and %1 other"), QStringLiteral("and %1 others"),
                          QStringLiteral("et %1 autre"), QStringLiteral("et %1 autres"));
        worse += QStringLiteral(" (%1)").arg(named);
    }
    const QString lead = pick(l, QStringLiteral("What changed since %1"), QStringLiteral("Ce qui a changé depuis %1"))
                             .arg(BriefingText::periodLabel(m.from, l));
    return lead + colon(l) + QLatin1Char(' ') + worse
        // French takes the singular for 0 and 1 (« 0 nouveau, 1 plus suivi; 1 inchangé »).
        + pick(l, QStringLiteral(", %1 better, %2, %3; %4."), QStringLiteral(", %1 en amélioration, %2, %3; %4."))
              .arg(n(m.better.size()),
                   counted(int(m.added.size()), l, QStringLiteral("%1 new"), QStringLiteral("%1 new"),
                           QStringLiteral("%1 nouveau"), QStringLiteral("%1 nouveaux")),
                   counted(int(m.gone.size()), l, QStringLiteral("%1 no longer reported"),
                           QStringLiteral("%1 no longer reported"), QStringLiteral("%1 plus suivi"),
                           QStringLiteral("%1 plus suivis")),
                   counted(int(m.unchanged), l, QStringLiteral("%1 unchanged"), QStringLiteral("%1 unchanged"),
                           QStringLiteral("%1 inchangé"), QStringLiteral("%1 inchangés")));
}

void accomplishments(const BriefingFacts &f, QList<DraftedItem> *out)
{
    const auto S = BriefingSection::Accomplishments;
    if (f.measuresTotal() > 0) {
        out->append(item(S, QStringLiteral("measures-standing"), both([&](const QString &l) {
            QStringList parts;
            parts << counted(f.measuresByStatus[int(MeasureStatus::Completed)], l, QStringLiteral("%1 has been completed"),
                             QStringLiteral("%1 have been completed"), QStringLiteral("%1 a été réalisée"),
                             QStringLiteral("%1 ont été réalisées"));
            parts << counted(f.measuresByStatus[int(MeasureStatus::UnderWay)], l, QStringLiteral("%1 is under way"),
                             QStringLiteral("%1 are under way"), QStringLiteral("%1 est en cours"),
                             QStringLiteral("%1 sont en cours"));
            if (const int n = f.measuresByStatus[int(MeasureStatus::NotStarted)])
                parts << counted(n, l, QStringLiteral("%1 has not started"), QStringLiteral("%1 have not started"),
                                 QStringLiteral("%1 n'est pas amorcée"), QStringLiteral("%1 ne sont pas amorcées"));
            if (const int n = f.measuresByStatus[int(MeasureStatus::Cancelled)])
                parts << counted(n, l, QStringLiteral("%1 has been cancelled"), QStringLiteral("%1 have been cancelled"),
                                 QStringLiteral("%1 a été annulée"), QStringLiteral("%1 ont été annulées"));
            const int total = f.measuresTotal();
            const QString lead = f.planEnd.isValid()
                ? counted(total, l, QStringLiteral("Of the %1 measure to be taken by %2"),
                          QStringLiteral("Of the %1 measures to be taken by %2"),
                          QStringLiteral("Sur %1 mesure à réaliser d'ici le %2"), QStringLiteral("Des %1 mesures à réaliser d'ici le %2"))
                      .arg(BriefingText::longDate(f.planEnd, l))
                : counted(total, l, QStringLiteral("Of the %1 measure of the strategy"),
                          QStringLiteral("Of the %1 measures of the strategy"), QStringLiteral("Sur %1 mesure de la stratégie"),
                          QStringLiteral("Des %1 mesures de la stratégie"));
            return lead + colon(l) + QLatin1Char(' ') + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
        })));
        out->append(block(S, QStringLiteral("chart"), BriefingBlock::chartMarker(QStringLiteral("measures-by-area"))));
    }

    // Measures completed since the previous period; without one, every completed measure counts.
    const bool severalPlans = areasOfSeveralPlans(f.areas);
    for (const BriefingMeasure &m : f.measures) {
        if (m.status != MeasureStatus::Completed)
            continue;
        if (m.previousStatus && *m.previousStatus == MeasureStatus::Completed)
            continue;
        out->append(item(S, QStringLiteral("measure-completed"), both([&](const QString &l) {
            return QStringLiteral("%1 (%2).").arg(measureTitle(m, l), measureRef(m, severalPlans, l));
        }), m.id));
    }

    // Projects delivered in the window (previous period's date, this period's date]: the largest by
    // name, in order of delivery, the others counted.
    for (const BriefingProject &p : f.delivered.named) {
        out->append(item(S, QStringLiteral("project-delivered"), both([&](const QString &l) {
            QString t = pick(l, QStringLiteral("Project delivered: %1, authorized budget of %2"),
                             QStringLiteral("Projet livré\u00a0: %1, budget autorisé de %2"))
                            .arg(projectName(p, l), BriefingText::money(p.budget, l, f.info.currency));
            if (p.delivered.isValid())
                t += pick(l, QStringLiteral(", delivered %1"), QStringLiteral(", livré le %1")).arg(BriefingText::longDate(p.delivered, l));
            return t + QLatin1Char('.');
        }), 0, p.id));
    }
    if (f.delivered.count > f.delivered.named.size()) {
        const int n = f.delivered.count - int(f.delivered.named.size());
        double amount = f.delivered.amount;
        for (const BriefingProject &p : f.delivered.named)
            amount -= p.budget;
        out->append(item(S, QStringLiteral("projects-delivered-others"), both([&](const QString &l) {
            return counted(n, l, QStringLiteral("%1 other project"), QStringLiteral("%1 other projects"),
                           QStringLiteral("%1 autre projet"), QStringLiteral("%1 autres projets"))
                + pick(l, QStringLiteral(" (%1) "), QStringLiteral(" (%1) ")).arg(BriefingText::money(amount, l, f.info.currency))
                + (l == kFr ? (n <= 1 ? QStringLiteral("a été livré depuis le %1.") : QStringLiteral("ont été livrés depuis le %1."))
                            : (n == 1 ? QStringLiteral("was delivered since %1.") : QStringLiteral("were delivered since %1.")))
                      .arg(BriefingText::longDate(f.windowStart(), l));
        })));
    }

    if (f.activeProjects > 0) {
        out->append(item(S, QStringLiteral("project-health"), both([&](const QString &l) {
            const QString when = f.period ? BriefingText::periodLabel(*f.period, l) : BriefingText::longDate(f.asOf, l);
            return pick(l, QStringLiteral("Project health dashboard, %1: %2."), QStringLiteral("Tableau de bord de l'état de santé des projets, %1\u00a0: %2."))
                       .arg(when,
                            counted(f.activeProjects, l, QStringLiteral("%1 active project with an authorized budget of %2"),
                                    QStringLiteral("%1 active projects with authorized budgets of %2"),
                                    QStringLiteral("%1 projet actif dont le budget autorisé est de %2"),
                                    QStringLiteral("%1 projets actifs dont les budgets autorisés totalisent %2"))
                                .arg(BriefingText::money(f.activeAmount, l, f.info.currency)))
                // The rule in force and what declared colours hide, every time colours are shown.
                + QLatin1Char(' ')
                + pick(l, QStringLiteral("Colours computed with the %1."), QStringLiteral("Couleurs obtenues par la %1."))
                      .arg(BriefingText::ruleName(f.rulePreset, f.ruleGreenMax, f.ruleRedMin, l))
                + QLatin1Char(' ')
                + BriefingText::declaredGreener(f.declaredGreener.count, f.declaredGreener.amount, l, f.info.currency);
        })));
        out->append(block(S, QStringLiteral("table"), BriefingBlock::tableMarker(QStringLiteral("project-health"))));
        out->append(block(S, QStringLiteral("chart"), BriefingBlock::chartMarker(QStringLiteral("project-health-cost"))));
        out->append(block(S, QStringLiteral("chart"), BriefingBlock::chartMarker(QStringLiteral("project-health-schedule"))));
    }
    if (f.movers)
        out->append(item(S, QStringLiteral("movers"), both([&](const QString &l) { return moversText(*f.movers, l); })));
}

void priorities(const BriefingFacts &f, QList<DraftedItem> *out)
{
    const auto S = BriefingSection::Priorities;
    const QDate until = f.asOf.addMonths(BriefingDrafter::kHorizonMonths);
    const bool severalPlans = areasOfSeveralPlans(f.areas);
    QList<BriefingMeasure> due;
    for (const BriefingMeasure &m : f.measures) {
        if ((m.status == MeasureStatus::NotStarted || m.status == MeasureStatus::UnderWay) && m.due.isValid()
            && m.due > f.asOf && m.due <= until)
            due.append(m);
    }
    std::stable_sort(due.begin(), due.end(), [](const BriefingMeasure &a, const BriefingMeasure &b) {
        return a.due != b.due ? a.due < b.due : a.number < b.number;
    });
    for (const BriefingMeasure &m : due) {
        out->append(item(S, QStringLiteral("measure-due"), both([&](const QString &l) {
            return pick(l, QStringLiteral("%1 (%2): %3, due %4."), QStringLiteral("%1 (%2)\u00a0: %3, échéance le %4."))
                .arg(measureTitle(m, l), measureRef(m, severalPlans, l), BriefingText::statusWord(m.status, l),
                     BriefingText::longDate(m.due, l));
        }), m.id));
    }

    for (const BriefingProject &p : f.due.named) {
        out->append(item(S, QStringLiteral("project-due"), both([&](const QString &l) {
            return pick(l, QStringLiteral("%1: %2, delivery expected in %3."), QStringLiteral("%1\u00a0: %2, livraison prévue en %3."))
                .arg(projectName(p, l), BriefingText::money(p.budget, l, f.info.currency), BriefingText::monthYear(p.expectedEnd(), l));
        }), 0, p.id));
    }
    if (f.due.count > f.due.named.size()) {
        double amount = f.due.amount;
        for (const BriefingProject &p : f.due.named)
            amount -= p.budget;
        const int n = f.due.count - int(f.due.named.size());
        out->append(item(S, QStringLiteral("projects-due-others"), both([&](const QString &l) {
            return counted(n, l, QStringLiteral("%1 other project"), QStringLiteral("%1 other projects"),
                           QStringLiteral("%1 autre projet"), QStringLiteral("%1 autres projets"))
                + pick(l, QStringLiteral(" (%1) "), QStringLiteral(" (%1) ")).arg(BriefingText::money(amount, l, f.info.currency))
                + (l == kFr ? (n <= 1 ? QStringLiteral("doit être livré d'ici le %1.") : QStringLiteral("doivent être livrés d'ici le %1."))
                            : (n == 1 ? QStringLiteral("is expected to be delivered by %1.")
                                      : QStringLiteral("are expected to be delivered by %1.")))
                      .arg(BriefingText::longDate(until, l));
        })));
    }
}

void issues(const BriefingFacts &f, QList<DraftedItem> *out)
{
    const bool severalPlans = areasOfSeveralPlans(f.areas);
    const auto S = BriefingSection::IssuesAndNeeds;
    if (f.red.count > 0) {
        out->append(item(S, QStringLiteral("projects-red"), both([&](const QString &l) {
            const int n = f.red.count;
            const QString total = BriefingText::number(f.activeProjects, 0, l);
            const QString head = f.activeProjects == 1
                ? pick(l, QStringLiteral("The only active project is red"), QStringLiteral("Le seul projet actif est au rouge"))
                : l == kFr
                ? (n <= 1 ? QStringLiteral("%1 des %2 projets actifs est au rouge") : QStringLiteral("%1 des %2 projets actifs sont au rouge"))
                : (n == 1 ? QStringLiteral("%1 of the %2 active projects is red") : QStringLiteral("%1 of the %2 active projects are red"));
            return head.arg(BriefingText::number(n, 0, l), total)
                + pick(l, QStringLiteral(" (%1), for %2 (%3 of authorized budgets): cost indicator red for %4, schedule indicator red for %5."),
                       QStringLiteral(" (%1), pour %2 (%3 des budgets autorisés)\u00a0: indicateur de coût rouge pour %4, indicateur d'échéancier rouge pour %5."))
                      .arg(BriefingText::percent(Summary::percent(n, f.activeProjects, 1), 1, l),
                           BriefingText::money(f.red.amount, l, f.info.currency),
                           BriefingText::percent(Summary::percent(f.red.amount, f.activeAmount, 2), 2, l),
                           BriefingText::number(f.redByCost, 0, l), BriefingText::number(f.redBySchedule, 0, l));
        })));
        for (const BriefingProject &p : f.red.named) {
            out->append(item(S, QStringLiteral("project-red"), both([&](const QString &l) {
                QString which;
                if (p.cost == Health::Red && p.schedule == Health::Red)
                    which = pick(l, QStringLiteral("cost and schedule indicators red"), QStringLiteral("indicateurs de coût et d'échéancier au rouge"));
                else if (p.cost == Health::Red)
                    which = pick(l, QStringLiteral("cost indicator red"), QStringLiteral("indicateur de coût au rouge"));
                else
                    which = pick(l, QStringLiteral("schedule indicator red"), QStringLiteral("indicateur d'échéancier au rouge"));
                QString t = pick(l, QStringLiteral("%1: %2; authorized budget of %3"), QStringLiteral("%1\u00a0: %2; budget autorisé de %3"))
                                .arg(projectName(p, l), which, BriefingText::money(p.budget, l, f.info.currency));
                if (p.forecastCost)
                    t += pick(l, QStringLiteral(", forecast cost of %1"), QStringLiteral(", coût prévu de %1"))
                             .arg(BriefingText::money(*p.forecastCost, l, f.info.currency));
                // A schedule in the red says by how much: the planned end, and the end now forecast.
                if (p.schedule == Health::Red && p.plannedEnd.isValid()) {
                    if (p.forecastEnd.isValid() && p.forecastEnd != p.plannedEnd)
                        t += pick(l, QStringLiteral(", planned to end %1, now forecast to end %2"),
                                  QStringLiteral(", fin planifiée le %1, maintenant prévue le %2"))
                                 .arg(BriefingText::longDate(p.plannedEnd, l), BriefingText::longDate(p.forecastEnd, l));
                    else
                        t += pick(l, QStringLiteral(", planned to end %1"), QStringLiteral(", fin planifiée le %1"))
                                 .arg(BriefingText::longDate(p.plannedEnd, l));
                }
                return t + QLatin1Char('.');
            }), 0, p.id));
        }
    }

    for (const BriefingMeasure &m : f.measures) {
        if ((m.status != MeasureStatus::NotStarted && m.status != MeasureStatus::UnderWay) || !m.due.isValid()
            || m.due > f.asOf)
            continue;
        out->append(item(S, QStringLiteral("measure-overdue"), both([&](const QString &l) {
            return pick(l, QStringLiteral("%1 (%2) was due %3 and is %4."),
                        QStringLiteral("%1 (%2) devait être réalisée au plus tard le %3 et est %4."))
                .arg(measureTitle(m, l), measureRef(m, severalPlans, l), BriefingText::longDate(m.due, l), BriefingText::statusWord(m.status, l));
        }), m.id));
    }

    QList<BriefingSpecialty> atRisk;
    for (const BriefingSpecialty &s : f.specialties)
        if (s.externalShare() * 100.0 > f.externalRiskThreshold)
            atRisk.append(s);
    std::stable_sort(atRisk.begin(), atRisk.end(), [](const BriefingSpecialty &a, const BriefingSpecialty &b) {
        return a.externalShare() > b.externalShare();
    });
    for (const BriefingSpecialty &s : atRisk) {
        out->append(item(S, QStringLiteral("specialty-at-risk"), both([&](const QString &l) {
            QString t = pick(l, QStringLiteral("Specialty at risk: %1, %2 of the experts are external (%3 of %4 FTEs, survey of %5)"),
                             QStringLiteral("Spécialité à risque\u00a0: %1, %2 des experts sont externes (%3 ETC sur %4, relevé du %5)"))
                            .arg(s.name.in(l).isEmpty() ? s.code : s.name.shown(l),
                                 BriefingText::percent(s.externalShare() * 100.0, 1, l),
                                 BriefingText::number(s.externalFte, 1, l),
                                 BriefingText::number(s.internalFte + s.externalFte, 1, l),
                                 BriefingText::longDate(f.workforceSurvey, l));
            if (s.coreFunction)
                t += pick(l, QStringLiteral("; a core function to internalize"), QStringLiteral("; une fonction essentielle à internaliser"));
            return t + QLatin1Char('.');
        })));
    }
    if (!atRisk.isEmpty())
        out->append(block(S, QStringLiteral("chart"), BriefingBlock::chartMarker(QStringLiteral("workforce-by-specialty"))));

    double needs = 0, granted = 0;
    QList<BriefingEnvelope> gaps;
    for (const BriefingEnvelope &e : f.envelopes) {
        needs += e.plannedNeeds;
        granted += e.granted;
        if (e.gap() > 0)
            gaps.append(e);
    }
    if (needs > granted) {
        out->append(item(S, QStringLiteral("envelope-gap"), both([&](const QString &l) {
            return pick(l, QStringLiteral("Investment envelope %1: planned needs of %2 exceed the budgets granted (%3) by %4."),
                        QStringLiteral("Enveloppe d'investissement %1\u00a0: les besoins prévus de %2 dépassent les budgets accordés (%3) de %4."))
                .arg(fiscalYearLabel(f.envelopeYear), BriefingText::money(needs, l, f.info.currency), BriefingText::money(granted, l, f.info.currency),
                     BriefingText::money(needs - granted, l, f.info.currency));
        })));
        std::stable_sort(gaps.begin(), gaps.end(),
                         [](const BriefingEnvelope &a, const BriefingEnvelope &b) { return a.gap() > b.gap(); });
        for (int i = 0; i < std::min<int>(gaps.size(), 3); ++i) {
            const BriefingEnvelope &e = gaps.at(i);
            out->append(item(S, QStringLiteral("envelope-gap-organization"), both([&](const QString &l) {
                const QString name = e.organizationName.in(l).isEmpty() ? e.organization
                                                                        : QStringLiteral("%1 (%2)").arg(e.organizationName.shown(l), e.organization);
                return pick(l, QStringLiteral("%1: planned needs of %2, budget granted of %3, a gap of %4."),
                            QStringLiteral("%1\u00a0: besoins prévus de %2, budget accordé de %3, un écart de %4."))
                    .arg(name, BriefingText::money(e.plannedNeeds, l, f.info.currency), BriefingText::money(e.granted, l, f.info.currency),
                         BriefingText::money(e.gap(), l, f.info.currency));
            })));
        }
    }
}

void topics(const BriefingFacts &f, QList<DraftedItem> *out)
{
    QList<const BriefingSpecialty *> core;
    for (const BriefingSpecialty &s : f.specialties)
        if (s.coreFunction && s.externalShare() * 100.0 > f.externalRiskThreshold)
            core.append(&s);
    if (core.isEmpty())
        return;
    out->append(item(BriefingSection::CouncilTopics, QStringLiteral("topic-expertise"), both([&](const QString &l) {
        QStringList names;
        for (const BriefingSpecialty *s : core)
            names << (s->name.in(l).isEmpty() ? s->code : s->name.shown(l).toLower());
        return pick(l, QStringLiteral("Sharing and mobility of expertise in %1, core functions where external experts are the majority."),
                    QStringLiteral("Partage et mobilité de l'expertise en %1, fonctions essentielles où les experts externes sont majoritaires."))
            .arg(joined(names, l));
    })));
}

} // namespace

QList<DraftedItem> BriefingDrafter::draft(const BriefingFacts &facts)
{
    QList<DraftedItem> out;
    accomplishments(facts, &out);
    priorities(facts, &out);
    issues(facts, &out);
    topics(facts, &out);
    return out;
}

bool BriefingDrafter::draft(const PortfolioFile &file, RowId periodId, QList<DraftedItem> *items, QString *error)
{
    BriefingFacts facts;
    if (!BriefingFactsReader::read(file, periodId, &facts, error))
        return false;
    *items = draft(facts);
    return true;
}

QString BriefingDrafter::describe(const QList<DraftedItem> &items, const BriefingFacts &facts)
{
    QHash<RowId, int> measureNumbers;
    for (const BriefingMeasure &m : facts.measures)
        measureNumbers.insert(m.id, m.number);
    QHash<RowId, QString> projectCodes;
    for (const BriefingProjectList *list : { &facts.delivered, &facts.due, &facts.red }) {
        for (const BriefingProject &p : list->named)
            projectCodes.insert(p.id, p.code);
    }
    QString out;
    for (const DraftedItem &d : items) {
        out += QStringLiteral("%1 %2 %3 %4 | %5 | %6\n")
                   .arg(int(d.section))
                   .arg(d.kind)
                   .arg(d.measureId ? QStringLiteral("M%1").arg(measureNumbers.value(d.measureId)) : QStringLiteral("-"))
                   .arg(d.projectId ? projectCodes.value(d.projectId) : QStringLiteral("-"))
                   .arg(d.text.en, d.text.fr);
    }
    return out;
}

} // namespace Vigie
