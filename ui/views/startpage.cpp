#include "startpage.h"

#include "charts/chartstyle.h"
#include "storage/serverlocation.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace Vigie {

namespace {

constexpr int PlaceRole = Qt::UserRole + 1;

// A recent portfolio on two lines: its name, and under it in the muted colour where it is (a folder
// shortened in its middle when long), so that two files of one name in two folders are told apart.
class RecentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 2, -2, -2);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? ink
                                      : ChartStyle::opaqueOn(opt.palette.color(group, QPalette::PlaceholderText),
                                                             opt.palette.color(group, QPalette::Base));
        const QFontMetrics fm(opt.font);
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(ink);
        const QRect first(text.left(), text.top(), text.width(), fm.height());
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data().toString(), Qt::ElideRight, first.width()));
        painter->setPen(muted);
        const QRect second = first.translated(0, fm.height());
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(PlaceRole).toString(), Qt::ElideMiddle, second.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize one = QStyledItemDelegate::sizeHint(option, index);
        const QFontMetrics fm(option.font);
        return QSize(one.width(), std::max(one.height(), 2 * fm.height() + 8));
    }
};

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_connect(new QPushButton(this))
    , m_recentLabel(new QLabel(this))
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("start"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_recent->setMaximumWidth(640);
    m_recent->setItemDelegate(new RecentDelegate(m_recent));
    m_recentLabel->setBuddy(m_recent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_connect);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent, 2);
    column->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);
    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_connect, &QPushButton::clicked, this, &StartPage::connectRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openFileRequested(item->data(Qt::UserRole).toString()); });
    retranslateUi();
}

QString StartPage::recentName(const QString &path)
{
    if (const std::optional<ServerLocation> server = ServerLocation::parse(path, nullptr))
        return server->shownName();
    return QFileInfo(path).fileName();
}

QString StartPage::recentPlace(const QString &path)
{
    if (ServerLocation::isServerAddress(path))
        return tr("Shared on a PostgreSQL server");
    return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_paths = paths;
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(recentName(path), m_recent);
        const QString place = recentPlace(path);
        item->setData(PlaceRole, place);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(item->text(), place));
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setVisible(!paths.isEmpty());
}

QStringList StartPage::recentEntries() const
{
    QStringList entries;
    for (int i = 0; i < m_recent->count(); ++i)
        entries << m_recent->item(i)->text() + QLatin1Char('\n') + m_recent->item(i)->data(PlaceRole).toString();
    return entries;
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StartPage::retranslateUi()
{
    m_title->setText(tr("Vigie"));
    m_text->setText(tr("IT strategy, project portfolio and workforce, at a glance. Create a new portfolio, "
                       "open a .vigie file (you can also drop one on this window) or connect to a portfolio "
                       "your office shares on a server."));
    m_new->setText(tr("&New Portfolio…"));
    m_open->setText(tr("&Open…"));
    m_connect->setText(tr("&Connect to Server…"));
    m_recentLabel->setText(tr("&Recent portfolios"));
    m_recent->setAccessibleName(tr("Recent portfolios"));
    setRecentFiles(m_paths); // a server's place is words
}

} // namespace Vigie
