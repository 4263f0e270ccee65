#include "openprogress.h"

#include "document/documentopener.h"

#include "storage/serverlocation.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Vigie {

OpenProgress::OpenProgress(DocumentOpener *opener, QWidget *parent)
    : QWidget(parent)
    , m_opener(opener)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("openProgress"));
    m_bar->setRange(0, 0); // SQLite's check does not say how far it is
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, m_opener, &DocumentOpener::cancel);
    connect(m_opener, &DocumentOpener::busyChanged, this, [this](bool busy) {
        retranslateUi();
        setVisible(busy);
    });
    retranslateUi();
    setVisible(m_opener->isBusy());
}

QString OpenProgress::text() const
{
    return m_label->text();
}

void OpenProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OpenProgress::retranslateUi()
{
    const QString path = m_opener->path();
    m_label->setText(ServerLocation::isServerAddress(path)
                         ? tr("Opening %1: connecting to the server…").arg(path)
                         : tr("Opening %1: checking the file…").arg(QFileInfo(path).fileName()));
    m_cancel->setText(tr("Cancel"));
    m_bar->setAccessibleName(tr("Opening the portfolio"));
}

} // namespace Vigie
