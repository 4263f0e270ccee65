#include "linksbox.h"

#include "document/document.h"
#include "views/flowlayout.h"
#include "views/verticalscrollarea.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace Vigie {

LinksBox::LinksBox(int columns, int rows, QWidget *parent)
    : QGroupBox(parent)
    , m_list(new QTreeWidget(this))
    , m_link(new QPushButton(this))
    , m_unlink(new QPushButton(this))
    , m_row(new FlowLayout)
{
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(columns);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    shareLeftoverHeight(m_list, rows);
    auto *layout = new LeastHeightLayout(this);
    layout->addWidget(m_list, 1); // the list takes the height the row of buttons leaves
    layout->addLayout(m_row);
    connect(m_link, &QPushButton::clicked, this, [this] { link(); });
    connect(m_unlink, &QPushButton::clicked, this, [this] { unlink(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_unlink->setEnabled(m_list->currentItem() && writable()); });
}

void LinksBox::setChooser(QWidget *chooser)
{
    // The chooser takes what its line leaves; the buttons go under it when the box is narrow.
    m_row->addWidget(chooser, 1);
    m_row->addWidget(m_link);
    m_row->addWidget(m_unlink);
}

int LinksBox::oneLineWidth() const
{
    const QMargins box = contentsMargins();
    const QMargins outer = layout()->contentsMargins();
    const int inside = std::max(m_list->minimumSizeHint().width(), m_row->sizeHint().width());
    return std::max(minimumSizeHint().width(), box.left() + box.right() + outer.left() + outer.right() + inside);
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
