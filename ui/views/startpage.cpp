#include "startpage.h"

#include "storage/serverlocation.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vigie {

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

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(recentName(path), m_recent);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setVisible(!paths.isEmpty());
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
}

} // namespace Vigie
