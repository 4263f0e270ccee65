#include "mergedialog.h"

#include "model/fieldtext.h"
#include "storage/fields.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Vigie {

namespace {

enum ConflictColumn { CItem, CField, CMine, CMineBy, CTheirs, CTheirsBy, CNote, CKeep, CCount };
enum ChangeColumn { GItem, GField, GMine, GTheirs, GCopy, GBy, GCount };

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

MergeDialog::MergeDialog(const MergePlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("MergeDialog"));
    for (int i = 0; i < m_plan.items.size(); ++i) {
        const MergeItem &item = m_plan.items.at(i);
        if (item.conflict)
            m_conflicts << i;
        else if (item.dependsOn < 0)
            m_changes << i; // a status history row is shown as its measure's status change
    }
    buildUi();
    retranslateUi();
    fillTables();
    updateState();
}

QString MergeDialog::itemText(const MergeItem &item)
{
    QString label = EntityText::label(item.entity);
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label + QLatin1Char(' ') + item.key;
}

QString MergeDialog::fieldText(const MergeItem &item)
{
    if (item.column.isEmpty())
        return tr("(the whole item)");
    const std::optional<Field> f = Fields::fromColumn(item.entity, item.column);
    return f ? FieldText::label(*f) : item.column;
}

QString MergeDialog::valueText(const MergeItem &item, bool mine)
{
    const MergeItem::State state = mine ? item.mineState : item.theirsState;
    const QVariant value = mine ? item.mine : item.theirs;
    QString text = mine ? item.mineText : item.theirsText;
    if (state == MergeItem::State::Value && !item.column.isEmpty() && !RowReader::referenced(item.entity, item.column)) {
        bool number = false;
        const double d = text.toDouble(&number);
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (number && value.typeId() != QMetaType::QString)
            text = QLocale().toString(d, 'f', d == double(qint64(d)) ? 0 : 2);
        else if (date.isValid() && text.size() == 10)
            text = QLocale().toString(date, QLocale::ShortFormat);
    }
    return MergePlan::shown(state, text);
}

QString MergeDialog::byText(const Attribution &by)
{
    if (by.author.isEmpty() && by.when.isEmpty())
        return QString();
    return by.author + QLatin1Char('\n') + when(by.when);
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
    m_conflictTable = new QTableWidget(0, CCount, conflicts);
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
    m_changeTable = new QTableWidget(0, GCount, m_tabs);
    m_changeTable->setObjectName(QStringLiteral("changes"));
    for (QTableWidget *t : { m_conflictTable, m_changeTable }) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setWordWrap(true);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(false);
    }
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

void MergeDialog::retranslateUi()
{
    setWindowTitle(tr("Merge Copies"));
    QStringList sources;
    for (const MergeSource &s : m_plan.sources) {
        const QString scope = s.organizationCode.isEmpty() ? tr("the whole portfolio") : s.organizationCode;
        sources << tr("%1: copy for %2, sent %3 by %4").arg(s.fileName(), scope, when(s.takenAt), s.takenBy);
    }
    m_sources->setText(sources.join(QLatin1Char('\n')));
    m_conflictTable->setHorizontalHeaderLabels({ tr("Item"), tr("Field"), tr("This file"), tr("Changed here by"),
                                                 tr("The copy"), tr("Changed in the copy by"), tr("Note"), tr("Keep") });
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
    const auto cell = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        return item;
    };
    m_conflictTable->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const MergeItem &i = m_plan.items.at(m_conflicts.at(row));
        m_conflictTable->setItem(row, CItem, cell(itemText(i)));
        m_conflictTable->setItem(row, CField, cell(fieldText(i)));
        m_conflictTable->setItem(row, CMine, cell(valueText(i, true)));
        m_conflictTable->setItem(row, CMineBy, cell(byText(i.mineBy)));
        m_conflictTable->setItem(row, CTheirs, cell(valueText(i, false)));
        m_conflictTable->setItem(row, CTheirsBy, cell(tr("%1: %2", "copy: who and when (French: a space before the colon)")
                                                          .arg(m_plan.sources.value(i.source).label(), byText(i.theirsBy))));
        m_conflictTable->setItem(row, CNote, cell(i.theirsBy.label));
        auto *combo = new QComboBox(m_conflictTable);
        combo->addItems({ tr("Choose…"), tr("This file's"), tr("The copy's") });
        combo->setCurrentIndex(i.choice == MergeChoice::Mine ? 1 : i.choice == MergeChoice::Theirs ? 2 : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row](int index) {
            choose(row, index == 1 ? MergeChoice::Mine : index == 2 ? MergeChoice::Theirs : MergeChoice::Unresolved);
        });
        m_conflictTable->setCellWidget(row, CKeep, combo);
    }
    m_changeTable->setRowCount(int(m_changes.size()));
    for (int row = 0; row < m_changes.size(); ++row) {
        const MergeItem &i = m_plan.items.at(m_changes.at(row));
        m_changeTable->setItem(row, GItem, cell(itemText(i)));
        m_changeTable->setItem(row, GField, cell(i.kind == MergeItem::Kind::Change ? fieldText(i) : QString()));
        m_changeTable->setItem(row, GMine, cell(i.kind == MergeItem::Kind::Add ? QString() : valueText(i, true)));
        m_changeTable->setItem(row, GTheirs, cell(i.kind == MergeItem::Kind::Delete ? MergePlan::shown(MergeItem::State::Deleted, {})
                                                                                     : valueText(i, false)));
        m_changeTable->setItem(row, GCopy, cell(m_plan.sources.value(i.source).label()));
        m_changeTable->setItem(row, GBy, cell(byText(i.theirsBy)));
    }
    for (QTableWidget *t : { m_conflictTable, m_changeTable }) {
        t->resizeColumnsToContents();
        for (int c = 0; c < t->columnCount(); ++c)
            t->setColumnWidth(c, qMin(t->columnWidth(c), 240));
        t->resizeRowsToContents();
    }
    m_tabs->setCurrentIndex(m_conflicts.isEmpty() ? 1 : 0);
}

int MergeDialog::undecided() const
{
    int n = 0;
    for (int index : m_conflicts)
        n += m_plan.items.at(index).choice == MergeChoice::Unresolved;
    return n;
}

MergeChoice MergeDialog::choice(int conflict) const
{
    return m_plan.items.at(m_conflicts.at(conflict)).choice;
}

void MergeDialog::choose(int conflict, MergeChoice choice)
{
    if (conflict < 0 || conflict >= m_conflicts.size())
        return;
    m_plan.items[m_conflicts.at(conflict)].choice = choice;
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
    for (int index : m_conflicts) {
        const MergeItem &i = m_plan.items.at(index);
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
    const QString coming = tr("%n change(s) come in from the copies without conflict.", nullptr, int(m_changes.size()));
    if (m_conflicts.isEmpty())
        m_summary->setText(coming);
    else if (left > 0)
        m_summary->setText(coming + QLatin1Char(' ')
                           + tr("%n conflict(s) need your decision: for each, keep this file's value or take the copy's.",
                                nullptr, left));
    else
        m_summary->setText(coming + QLatin1Char(' ') + tr("Every conflict is decided: Merge writes it all as one change, "
                                                           "which Edit → Undo takes back."));
}

void MergeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Vigie
