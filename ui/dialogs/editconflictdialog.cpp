#include "editconflictdialog.h"

#include "dialogs/conflicttable.h"
#include "merge/valuetext.h"
#include "merge/mergeplan.h"
#include "merge/rowreader.h"
#include "storage/portfoliofile.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vigie {

namespace {

std::function<void(EditConflictDialog &)> &hook()
{
    static std::function<void(EditConflictDialog &)> h;
    return h;
}

} // namespace

EditConflictDialog::EditConflictDialog(const PortfolioFile &file, const EditConflicts &conflicts,
                                       const QString &undoText, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_conflicts(conflicts)
    , m_undoText(undoText)
{
    setObjectName(QStringLiteral("EditConflictDialog"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table = new ConflictTable(ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflicts"));
    auto *buttons = new QDialogButtonBox(this);
    m_keepTheirs = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_useMine = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_useMine->setObjectName(QStringLiteral("useMine"));
    m_keepTheirs->setDefault(true); // the safe way: nothing of theirs is overwritten
    connect(m_useMine, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::UseMine;
        accept();
    });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] {
        m_choice = ConflictChoice::KeepTheirs;
        reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(960, 360);
    retranslateUi();
}

void EditConflictDialog::fill()
{
    const RowReader reader(m_file);
    // A stored value for people: references as the row's key, numbers and dates in the current locale.
    const auto shown = [&](const EditConflict &c, const QString &text) {
        if (text.isEmpty())
            return MergePlan::shown(MergeItem::State::Value, QString());
        if (const std::optional<Entity> to = RowReader::referenced(c.entity, c.column)) {
            const QString key = reader.key(*to, reader.uuidOf(*to, text.toLongLong()));
            return key.isEmpty() ? text : key;
        }
        return ValueText::readable(c.entity, c.column, text, reader.storedRow(c.entity, c.uuid).value(c.column));
    };
    QList<QStringList> rows;
    for (const EditConflict &c : std::as_const(m_conflicts)) {
        const QString key = ValueText::key(c.entity, reader.key(c.entity, c.uuid), reader.names(c.entity, c.uuid));
        rows << QStringList { ConflictTable::itemText(c.entity, key.isEmpty() ? c.uuid.left(8) : key),
                              ConflictTable::fieldText(c.entity, c.column), shown(c, c.seen), shown(c, c.now),
                              c.removing ? MergePlan::shown(MergeItem::State::Deleted, QString()) : shown(c, c.wanted),
                              ConflictTable::byText(c.author, c.when) };
    }
    m_table->setRows(rows);
}

void EditConflictDialog::retranslateUi()
{
    setWindowTitle(tr("Someone Else Changed This"));
    m_summary->setText(tr("\"%1\" was not made: someone else changed what it changes after you last saw it. "
                          "Keep their values, or use yours over them (Edit → Undo takes yours back).")
                           .arg(m_undoText));
    m_table->setHorizontalHeaderLabels({ tr("Item"), tr("Field"), tr("You saw"), tr("Now"), tr("You wanted"),
                                         tr("Changed by") });
    m_keepTheirs->setText(tr("&Keep Theirs"));
    m_useMine->setText(tr("&Use Mine"));
    fill();
}

void EditConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EditConflictDialog::review(Editor *editor, const EditConflicts &conflicts, const QString &undoText,
                                QWidget *parent)
{
    EditConflictDialog dialog(*editor->file(), conflicts, undoText, parent);
    if (hook())
        hook()(dialog);
    else
        dialog.exec();
    editor->resolveConflict(dialog.choice());
}

void EditConflictDialog::setDialogHook(std::function<void(EditConflictDialog &)> h)
{
    hook() = std::move(h);
}

} // namespace Vigie
