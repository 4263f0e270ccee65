#include "mergedialog.h"

#include "i18n/language.h"
#include "merge/valuetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <functional>

namespace Vigie {

namespace {

enum ChangeColumn { GItem, GField, GMine, GTheirs, GCopy, GBy, GCount };

} // namespace

MergeDialog::MergeDialog(const MergePlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("MergeDialog"));
    m_conflicts = m_plan.decisions();
    // What goes with a conflict (a status history row with its measure's update, the baselines of a
    // project added under a code this file has) is part of that decision, not something coming in as it is.
    const std::function<bool(int)> withConflict = [&](int index) {
        const MergeItem &item = m_plan.items.at(index);
        for (int d : item.dependsOn) {
            if (d >= 0 && d < index && (m_plan.items.at(d).conflict || withConflict(d)))
                return true;
        }
        return false;
    };
    for (int i = 0; i < m_plan.items.size(); ++i) {
        const MergeItem &item = m_plan.items.at(i);
        // A status history row is shown as its measure's status update.
        if (!item.conflict && !(item.entity == Entity::MeasureStatusChange && !item.dependsOn.isEmpty()) && !withConflict(i))
            m_changes << i;
    }
    buildUi();
    retranslateUi();
    fillTables();
    updateState();
}

QString MergeDialog::itemText(const MergeItem &item) const
{
    return ConflictTable::itemText(item.entity, m_plan.shownKey(item));
}

QString MergeDialog::fieldText(const MergeItem &item)
{
    return ConflictTable::fieldText(item.entity, item.column);
}

QString MergeDialog::valueText(const MergeItem &item, bool mine)
{
    const MergeItem::State state = mine ? item.mineState : item.theirsState;
    QString text = mine ? item.mineText : item.theirsText;
    if (state == MergeItem::State::Value && !item.column.isEmpty() && !RowReader::referenced(item.entity, item.column)) {
        // Both sides, so that two time stamps within one minute show their seconds.
        const auto [a, b] = ValueText::readablePair(item.entity, item.column, item.mineText, item.mine,
                                                      item.theirsText, item.theirs);
        text = mine ? a : b;
    }
    return MergePlan::shown(state, text);
}

QString MergeDialog::byText(const Attribution &by)
{
    return ConflictTable::byText(by.author, by.when);
}

void MergeDialog::buildUi()
{
    m_sources = new QLabel(this);
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::PlainText);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_tabs = new QTabWidget(this);

    auto *conflicts = new QWidget(m_tabs);
    m_conflictTable = new ConflictTable(CCount, conflicts);
    m_conflictTable->setObjectName(QStringLiteral("conflicts"));
    m_allMine = new QPushButton(conflicts);
    m_allTheirs = new QPushButton(conflicts);
    connect(m_allMine, &QPushButton::clicked, this, [this] { chooseAll(MergeChoice::Mine); });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] { chooseAll(MergeChoice::Theirs); });
    auto *all = new QHBoxLayout;
    all->addWidget(m_allMine);
    all->addWidget(m_allTheirs);
    all->addStretch(1);
    auto *conflictLayout = new QVBoxLayout(conflicts);
    conflictLayout->addWidget(m_conflictTable, 1);
    conflictLayout->addLayout(all);
    m_changeTable = new ConflictTable(GCount, m_tabs);
    m_changeTable->setObjectName(QStringLiteral("changes"));
    m_tabs->addTab(conflicts, QString());
    m_tabs->addTab(m_changeTable, QString());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sources);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resize(1180, 560);
}

QString MergeDialog::sourcesText(const MergePlan &plan)
{
    QStringList sources;
    for (const MergeSource &s : plan.sources) {
        const QString scope = s.organizationCode.isEmpty() ? tr("the whole portfolio") : s.organizationCode;
        sources << tr("%1: copy for %2, sent %3 by %4").arg(s.fileName(), scope, ConflictTable::when(s.takenAt), s.takenBy);
        // What this file refuses (a deletion of what a frozen period reported, a value no edit here takes):
        // said why, one line each.
        if (!s.kept.isEmpty()) {
            QStringList reasons;
            for (const MergeIgnored &o : s.kept)
                reasons << o.reason;
            sources << QStringLiteral("    ")
                    + tr("%n change(s) in the copy not taken in: %1", nullptr, int(s.kept.size())).arg(reasons.join(QLatin1Char(' ')));
        }
        if (s.outside.isEmpty())
            continue;
        // What the copy changed outside its organization is not taken in: named, so nobody looks for it.
        QStringList outside;
        for (const MergeIgnored &o : s.outside) {
            QStringList fields;
            for (const QString &column : o.fields)
                fields << ConflictTable::fieldText(o.entity, column);
            const QString change = o.added ? MergePlan::shown(MergeItem::State::Added, {})
                : o.deleted                ? MergePlan::shown(MergeItem::State::Deleted, {})
                                           : fields.join(QStringLiteral(", "));
            const QString item = ConflictTable::itemText(o.entity, plan.shownKey(o));
            outside << (change.isEmpty() ? item : tr("%1 (%2)").arg(item, change));
        }
        sources << QStringLiteral("    ")
                + tr("%n change(s) outside the copy's organization ignored: %1", nullptr, int(s.outside.size()))
                      .arg(outside.join(QStringLiteral("; ")));
    }
    return sources.join(QLatin1Char('\n'));
}

void MergeDialog::retranslateUi()
{
    setWindowTitle(tr("Merge Copies"));
    m_sources->setText(sourcesText(m_plan));
    m_conflictTable->setHorizontalHeaderLabels({ tr("Item"), tr("Field"), tr("This file"), tr("The copy"), tr("Keep"),
                                                 tr("Changed here by"), tr("Changed in the copy by"), tr("Note") });
    m_changeTable->setHorizontalHeaderLabels({ tr("Item"), tr("Field"), tr("This file"), tr("The copy"), tr("From"),
                                               tr("Changed in the copy by") });
    m_allMine->setText(tr("Keep All of This File's"));
    m_allTheirs->setText(tr("Take All of the Copies'"));
    m_merge->setText(tr("&Merge"));
    m_tabs->setTabText(0, tr("Conflicts (%1)").arg(m_conflicts.size()));
    m_tabs->setTabText(1, tr("Coming in (%1)").arg(m_changes.size()));
    for (int row = 0; row < m_conflictTable->rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(m_conflictTable->cellWidget(row, CKeep))) {
            combo->setItemText(0, tr("Choose…"));
            combo->setItemText(1, tr("This file's"));
            combo->setItemText(2, tr("The copy's"));
        }
    }
    updateState();
}

void MergeDialog::fillTables()
{
    // One row per decision: the fields of a group (a measure's status, percent and comment…) one under
    // the other, each side's values in the same order.
    QList<QStringList> conflicts;
    for (const QList<int> &decision : std::as_const(m_conflicts)) {
        const MergeItem &first = m_plan.items.at(decision.constFirst());
        QStringList fields, mine, theirs;
        Attribution mineBy, theirsBy;
        for (int index : decision) {
            const MergeItem &i = m_plan.items.at(index);
            fields << fieldText(i);
            mine << valueText(i, true);
            theirs << valueText(i, false);
            if (mineBy.when.isEmpty() || i.mineBy.when > mineBy.when)
                mineBy = i.mineBy;
            if (theirsBy.when.isEmpty() || i.theirsBy.when > theirsBy.when)
                theirsBy = i.theirsBy;
        }
        QString theirsCell = theirs.join(QLatin1Char('\n'));
        if (first.isClash())
            theirsCell += QLatin1Char('\n') + tr("(%1)", "what taking the copy's row does").arg(MergePlan::clashNote(first));
        conflicts << QStringList { itemText(first), fields.join(QLatin1Char('\n')), mine.join(QLatin1Char('\n')), theirsCell,
                                   QString(), // the decision's drop-down
                                   byText(mineBy),
                                   tr("%1: %2", "copy: who and when (French: a space before the colon)")
                                       .arg(m_plan.sources.value(first.source).label(), byText(theirsBy)),
                                   theirsBy.label.in(Language::current()) };
    }
    m_conflictTable->setRows(conflicts);
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const MergeItem &i = m_plan.items.at(m_conflicts.at(row).constFirst());
        auto *combo = new QComboBox(m_conflictTable);
        combo->addItems({ tr("Choose…"), tr("This file's"), tr("The copy's") });
        combo->setCurrentIndex(i.choice == MergeChoice::Mine ? 1 : i.choice == MergeChoice::Theirs ? 2 : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row](int index) {
            choose(row, index == 1 ? MergeChoice::Mine : index == 2 ? MergeChoice::Theirs : MergeChoice::Unresolved);
        });
        m_conflictTable->setCellWidget(row, CKeep, combo);
    }
    m_conflictTable->fit();
    QList<QStringList> changes;
    for (int index : std::as_const(m_changes)) {
        const MergeItem &i = m_plan.items.at(index);
        changes << QStringList { itemText(i), i.kind == MergeItem::Kind::Change ? fieldText(i) : QString(),
                                 i.kind == MergeItem::Kind::Add ? QString() : valueText(i, true),
                                 i.kind == MergeItem::Kind::Delete ? MergePlan::shown(MergeItem::State::Deleted, {})
                                                                   : valueText(i, false),
                                 m_plan.sources.value(i.source).label(), byText(i.theirsBy) };
    }
    m_changeTable->setRows(changes);
    m_tabs->setCurrentIndex(m_conflicts.isEmpty() ? 1 : 0);
}

int MergeDialog::undecided() const
{
    int n = 0;
    for (const QList<int> &decision : m_conflicts)
        n += m_plan.items.at(decision.constFirst()).choice == MergeChoice::Unresolved;
    return n;
}

MergeChoice MergeDialog::choice(int conflict) const
{
    return m_plan.items.at(m_conflicts.at(conflict).constFirst()).choice;
}

void MergeDialog::choose(int conflict, MergeChoice choice)
{
    if (conflict < 0 || conflict >= m_conflicts.size())
        return;
    for (int index : m_conflicts.at(conflict))
        m_plan.items[index].choice = choice;
    if (auto *combo = qobject_cast<QComboBox *>(m_conflictTable->cellWidget(conflict, CKeep))) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(choice == MergeChoice::Mine ? 1 : choice == MergeChoice::Theirs ? 2 : 0);
    }
    updateState();
}

void MergeDialog::chooseAll(MergeChoice choice)
{
    for (int row = 0; row < m_conflicts.size(); ++row)
        this->choose(row, choice);
}

MergeOptions MergeDialog::options() const
{
    MergeOptions options;
    for (const QList<int> &decision : m_conflicts) {
        const MergeItem &i = m_plan.items.at(decision.constFirst());
        if (i.choice != MergeChoice::Unresolved)
            options.choices.insert(i.id(m_plan.sources), i.choice);
    }
    return options;
}

void MergeDialog::updateState()
{
    if (!m_merge)
        return;
    const int left = undecided();
    m_merge->setEnabled(left == 0 && !m_plan.isEmpty());
    // Nothing said of changes when only conflicts come in ("0 changes come in…" read as a fault).
    QStringList said;
    if (!m_changes.isEmpty())
        said << tr("%n change(s) come in from the copies without conflict.", nullptr, int(m_changes.size()));
    if (left > 0)
        said << tr("%n conflict(s) need your decision: for each, keep this file's value or take the copy's.", nullptr, left);
    else if (!m_conflicts.isEmpty())
        said << tr("Every conflict is decided: Merge writes it all as one change, which Edit → Undo takes back.");
    m_summary->setText(said.join(QLatin1Char(' ')));
}

QString MergeDialog::summaryText() const
{
    return m_summary->text();
}

void MergeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The rows too (kinds, fields, values and keys are words of the language), on the same tab, with
        // the decisions taken so far (kept in the plan).
        const int tab = m_tabs->currentIndex();
        fillTables();
        m_tabs->setCurrentIndex(tab);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace Vigie
