#include "linksbox.h"

#include "document/document.h"
#include "views/verticalscrollarea.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vigie {

LinksBox::LinksBox(int columns, int rows, QWidget *parent)
    : QGroupBox(parent)
    , m_list(new QTreeWidget(this))
    , m_link(new QPushButton(this))
    , m_unlink(new QPushButton(this))
    , m_row(new QHBoxLayout)
{
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(columns);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    shareLeftoverHeight(m_list, rows);
    m_row->addWidget(m_link);
    m_row->addWidget(m_unlink);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(m_row);
    connect(m_link, &QPushButton::clicked, this, [this] { link(); });
    connect(m_unlink, &QPushButton::clicked, this, [this] { unlink(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_unlink->setEnabled(m_list->currentItem() && writable()); });
}

void LinksBox::setChooser(QWidget *chooser)
{
    m_row->insertWidget(0, chooser, 1);
}

void LinksBox::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::changed, this, [this](const Change &change) {
            if (concerns(change))
                refresh();
        });
        connect(m_document, &Document::readOnlyChanged, this, [this] { refresh(); });
    }
    m_uuid.clear();
    refresh();
}

void LinksBox::showItem(const QString &uuid)
{
    m_uuid = uuid;
    refresh();
}

QString LinksBox::selectedUuid() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool LinksBox::writable() const
{
    return m_document && !m_document->isReadOnly();
}

void LinksBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace Vigie
