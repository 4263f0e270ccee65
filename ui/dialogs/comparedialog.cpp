#include "comparedialog.h"

#include "conflicttable.h"
#include "merge/rowreader.h"
#include "merge/valuetext.h"
#include "model/fieldtext.h"
#include "storage/fields.h"
#include "views/itemdelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vigie {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
} // namespace

CompareDialog::CompareDialog(const DiffResult &result, QWidget *parent)
    : QDialog(parent)
    , m_result(result)
{
    setObjectName(QStringLiteral("CompareDialog"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->addItems({ QString(), QString(), QString(), QString() });
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("differences"));
    m_tree->setColumnCount(4);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // A value cut by its column (at most 300 px: a long description) shows whole in its tooltip.
    m_tree->setItemDelegate(new ItemDelegate(m_tree));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &CompareDialog::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CompareDialog::applyFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    fill();
    retranslateUi();
    resize(980, 620);
}

void CompareDialog::fill()
{
    m_tree->clear();
    for (const DiffItem &item : m_result.items) {
        QString label = EntityText::label(item.entity);
        if (!label.isEmpty())
            label[0] = label.at(0).toUpper();
        auto *top = new QTreeWidgetItem(m_tree, { label + QLatin1Char(' ') + item.shownKey() });
        top->setData(0, kKindRole, int(item.kind));
        top->setToolTip(0, item.uuid);
        for (const DiffItem::FieldDiff &f : item.fields) {
            const std::optional<Field> field = Fields::fromColumn(item.entity, f.column);
            const bool reference = RowReader::referenced(item.entity, f.column).has_value();
            std::pair<QString, QString> shown { f.aText, f.bText };
            if (!reference) {
                const auto [a, b] = ValueText::readablePair(item.entity, f.column, f.aText, f.a, f.bText, f.b);
                shown = { f.aText.isEmpty() ? f.aText : a, f.bText.isEmpty() ? f.bText : b };
            }
            new QTreeWidgetItem(top, { QString(), field ? FieldText::label(*field) : f.column, shown.first, shown.second });
        }
    }
    m_tree->expandAll();
}

void CompareDialog::retranslateUi()
{
    const QString other = QFileInfo(m_result.b).fileName();
    setWindowTitle(tr("Compare with %1").arg(other));
    // Each count with its own plural, and only those that are not zero ("0 élément(s)… 1 modifié(s)").
    QStringList counts;
    if (const int added = m_result.count(DiffItem::Kind::Added))
        counts << tr("%n item(s) only in the other portfolio", nullptr, added);
    if (const int removed = m_result.count(DiffItem::Kind::Removed))
        counts << tr("%n item(s) only in this one", nullptr, removed);
    if (const int changed = m_result.count(DiffItem::Kind::Changed))
        counts << tr("%n item(s) changed", nullptr, changed);
    //: %2: the counts, as "2 items only in the other portfolio, 1 item only in this one and 3 items changed"
    QString summary = tr("Compared with %1: %2.").arg(other, QLocale().createSeparatedList(counts));
    if (!m_result.samePortfolio)
        summary += QLatin1Char(' ') + tr("The two files are not copies of one portfolio: their items do not match.");
    if (m_result.items.isEmpty())
        summary = tr("No difference: %1 holds the same items with the same values.").arg(other);
    m_summary->setText(summary);
    m_search->setPlaceholderText(tr("Find an item…"));
    m_kind->setItemText(0, tr("All differences"));
    m_kind->setItemText(1, tr("Only in the other portfolio"));
    m_kind->setItemText(2, tr("Only in this portfolio"));
    m_kind->setItemText(3, tr("Changed"));
    m_tree->setHeaderLabels({ tr("Item"), tr("Field"), tr("This portfolio"), tr("Other portfolio") });
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        switch (DiffItem::Kind(top->data(0, kKindRole).toInt())) {
        case DiffItem::Kind::Added: top->setText(1, tr("only in the other portfolio")); break;
        case DiffItem::Kind::Removed: top->setText(1, tr("only in this portfolio")); break;
        case DiffItem::Kind::Changed: top->setText(1, tr("%n field(s) differ", nullptr, top->childCount())); break;
        }
    }
    // Columns as wide as what they show, at most 300 px: the other portfolio's values stay in view on
    // a narrow screen (the item column was 300 px wide for "Project SCT-12"); the last one too, so that
    // on a narrow screen it scrolls rather than being cut.
    for (int column = 0; column < 4; ++column) {
        m_tree->resizeColumnToContents(column);
        m_tree->header()->resizeSection(column, std::min(m_tree->header()->sectionSize(column), 300));
    }
}

QString CompareDialog::summaryText() const
{
    return m_summary->text();
}

void CompareDialog::setFilter(const QString &text, int kind)
{
    m_search->setText(text);
    m_kind->setCurrentIndex(kind < 0 ? 0 : kind + 1);
    applyFilter();
}

void CompareDialog::applyFilter()
{
    const QString text = m_search->text().trimmed();
    const int kind = m_kind->currentIndex() - 1;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        const bool shown = (text.isEmpty() || top->text(0).contains(text, Qt::CaseInsensitive))
            && (kind < 0 || top->data(0, kKindRole).toInt() == kind);
        top->setHidden(!shown);
    }
}

int CompareDialog::visibleItems() const
{
    int n = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        n += !m_tree->topLevelItem(i)->isHidden();
    return n;
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The rows too (their kinds, field names, values and keys are words of the language), on the
        // same row as before and filtered as before.
        const QModelIndex current = m_tree->currentIndex();
        const int top = current.parent().isValid() ? current.parent().row() : current.row();
        const int child = current.parent().isValid() ? current.row() : -1;
        fill();
        retranslateUi();
        applyFilter();
        if (QTreeWidgetItem *item = m_tree->topLevelItem(top)) {
            if (child >= 0 && item->child(child))
                item = item->child(child);
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
        }
    }
    QDialog::changeEvent(event);
}

} // namespace Vigie
