#include "briefingview.h"

#include "analysis/briefingcheck.h"
#include "analysis/briefingdraft.h"
#include "analysis/briefingfacts.h"
#include "analysis/briefingitems.h"
#include "analysis/briefingtext.h"
#include "analysis/periods.h"
#include "commands/editor.h"
#include "document/document.h"
#include "dialogs/dialogs.h"
#include "i18n/language.h"
#include "report/briefingdocument.h"
#include "report/paper.h"
#include "views/flowlayout.h"
#include "storage/portfoliofile.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QtMath>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace Vigie {

namespace {
constexpr int kUuidRole = Qt::UserRole;
constexpr int kSectionRole = Qt::UserRole + 1;
} // namespace

BriefingView::BriefingView(QWidget *parent)
    : QWidget(parent)
{
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    // Each language named in itself, as language pickers do.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_paperLabel = new QLabel(this);
    m_paper = new QComboBox(this);
    m_paper->addItem(QString(), int(QPageSize::Letter));
    m_paper->addItem(QString(), int(QPageSize::A4));
    m_periodLabel->setBuddy(m_period);
    m_languageLabel->setBuddy(m_language);
    m_paperLabel->setBuddy(m_paper);

    m_draft = new QPushButton(this);
    m_add = new QPushButton(this);
    // A push button with a menu keeps room for its arrow (a tool button drew it over "graphique").
    m_addChart = new QPushButton(this);
    m_addChart->setMenu(new QMenu(m_addChart));
    m_remove = new QPushButton(this);
    m_up = new QPushButton(this);
    m_down = new QPushButton(this);
    m_export = new QPushButton(this);
    m_preview = new QPushButton(this);
    m_print = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("briefingStatus"));
    m_status->setWordWrap(true);
    m_draftNote = new QLabel(this);
    m_draftNote->setObjectName(QStringLiteral("briefingDraftNote"));
    m_draftNote->setWordWrap(true);
    m_draftNote->hide();

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("briefingPreview"));
    m_add->setObjectName(QStringLiteral("briefingAddItem"));
    // Lines break between words only, however narrow the preview ("Adminis/tration" never).
    m_browser->setWordWrapMode(QTextOption::WordWrap);
    Paper::apply(m_browser); // a preview of the page: black on white under a dark desktop too
    m_browser->setMinimumWidth(220);
    m_tree->setMinimumWidth(220);
    m_browser->viewport()->installEventFilter(this);

    // Both rows wrap onto a second line in a narrow window rather than widen it.
    const auto labelled = [this](QLabel *label, QWidget *field) {
        auto *w = new QWidget(this);
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(label);
        l->addWidget(field);
        return w;
    };
    auto *optionsRow = new QWidget(this);
    auto *options = new FlowLayout(optionsRow);
    options->setContentsMargins(0, 0, 0, 0);
    options->addWidget(labelled(m_periodLabel, m_period));
    options->addWidget(labelled(m_languageLabel, m_language));
    options->addWidget(labelled(m_paperLabel, m_paper));
    options->addWidget(m_export);
    options->addWidget(m_preview);
    options->addWidget(m_print);

    auto *editsRow = new QWidget(this);
    auto *edits = new FlowLayout(editsRow);
    edits->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *> { m_draft, m_add, m_addChart, m_remove, m_up, m_down })
        edits->addWidget(w);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(editsRow);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_draftNote);
    leftLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    m_left = left;
    left->installEventFilter(this); // its height follows its buttons' rows (eventFilter)
    splitter->addWidget(left);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(optionsRow);
    layout->addWidget(splitter, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_period, &QComboBox::activated, this, [this] { m_periodChosen = true; });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { refreshPreview(); });
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] { refreshPreview(); });
    connect(m_draft, &QPushButton::clicked, this, &BriefingView::draftFromData);
    connect(m_add, &QPushButton::clicked, this, &BriefingView::addItem);
    connect(m_remove, &QPushButton::clicked, this, &BriefingView::removeSelected);
    connect(m_up, &QPushButton::clicked, this, &BriefingView::moveUp);
    connect(m_down, &QPushButton::clicked, this, &BriefingView::moveDown);
    connect(m_export, &QPushButton::clicked, this, &BriefingView::exportDocument);
    connect(m_preview, &QPushButton::clicked, this, &BriefingView::printPreview);
    connect(m_print, &QPushButton::clicked, this, &BriefingView::print);
    connect(m_tree, &QTreeWidget::itemChanged, this, &BriefingView::onItemChanged);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &BriefingView::updateButtons);

    retranslateUi();
    setDocument(nullptr);
}

BriefingView::~BriefingView()
{
    m_browser->setDocument(nullptr);
}

void BriefingView::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_file = document ? document->file() : nullptr;
    m_editor = document ? document->editor() : nullptr;
    if (m_document) {
        connect(m_document, &Document::changed, this, &BriefingView::onChanged);
        connect(m_document, &Document::readOnlyChanged, this, &BriefingView::updateButtons);
    }
    m_periodChosen = false;
    reloadPeriods();
}

void BriefingView::changeEvent(QEvent *event)
{
    // Charts drawn in the document's language switch the program's translator for a moment (see
    // ChartRenderer), which also sends LanguageChange: only a language that stayed changed counts.
    if (event->type() == QEvent::LanguageChange && Language::current() != m_uiLanguage) {
        retranslateUi();
        m_status->clear(); // a message of the last action, in the language before
        // The items keep their place, their selection and any text being typed into one: only the
        // section titles and the periods' names change words.
        retitleSections();
        for (int i = 0; i < m_period->count(); ++i)
            if (const auto p = m_file ? Periods::find(*m_file, m_period->itemData(i).toLongLong()) : std::nullopt)
                m_period->setItemText(i, Periods::displayLabel(*p, Language::current()));
        refreshPreview();
    }
    QWidget::changeEvent(event);
}

void BriefingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewStale)
        refreshPreview();
}

bool BriefingView::eventFilter(QObject *watched, QEvent *event)
{
    // The preview's charts follow its width: redraw when it grew noticeably, or shrank below what the
    // document needs (it would scroll sideways).
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize) {
        const int width = m_browser->viewport()->width();
        const bool overflows = m_previewDocument && m_previewDocument->idealWidth() > width;
        if (overflows || width - m_previewWidth > 40)
            QMetaObject::invokeMethod(this, &BriefingView::refreshPreview, Qt::QueuedConnection);
    }
    // The buttons above the list wrap onto more rows in a narrow column, and a splitter gives its side
    // no more height for that (it asks none for its width): the list covered their last row. The column
    // asks for the height its rows need at its width.
    if (watched == m_left && event->type() == QEvent::Resize) {
        const int needed = m_left->layout()->totalMinimumHeightForWidth(m_left->width());
        if (needed != m_left->minimumHeight())
            m_left->setMinimumHeight(needed);
    }
    return QWidget::eventFilter(watched, event);
}

void BriefingView::retranslateUi()
{
    m_uiLanguage = Language::current();
    setWindowTitle(tr("Briefing")); // the main window's navigation label
    m_periodLabel->setText(tr("&Reporting period:"));
    m_languageLabel->setText(tr("Document &language:"));
    m_paperLabel->setText(tr("&Paper:"));
    m_paper->setItemText(0, tr("Letter"));
    m_paper->setItemText(1, tr("A4"));
    m_draft->setText(tr("&Draft from data"));
    m_add->setText(tr("&Add item"));
    m_addChart->setText(tr("Add &chart"));
    m_remove->setText(tr("Re&move"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move do&wn"));
    m_export->setText(tr("&Export…"));
    m_preview->setText(tr("Print pre&view…"));
    m_print->setText(tr("P&rint…"));
    m_tree->setHeaderLabels({ tr("English"), tr("French") });
    m_tree->setAccessibleName(tr("Briefing items"));
    m_tree->setAccessibleDescription(tr("The four sections of the council briefing and their items, English and "
                                        "French side by side; F2 edits the selected item."));
    m_tree->setWhatsThis(tr("Each item in English and French, in the four sections of the PSCIOC template. Double-click "
                            "or F2 to reword; Draft from data replaces only the items drafted and never edited."));
    m_browser->setAccessibleName(tr("Briefing preview"));
    m_browser->setAccessibleDescription(tr("The briefing as it will be exported, in the document language."));
    m_period->setAccessibleName(tr("Reporting period of the briefing"));
    m_language->setAccessibleName(tr("Language of the briefing document"));
    m_language->setWhatsThis(tr("The briefing's language, independent of the program's: a French briefing can be "
                                "prepared in the English interface."));
    m_paper->setAccessibleName(tr("Paper size"));
    m_status->setAccessibleName(tr("Briefing status"));
    m_draftNote->setText(tr("This period has no briefing items yet: the preview, the export and the print show "
                            "a draft from the data. \"Draft from data\" keeps it here to edit."));
    QMenu *menu = m_addChart->menu();
    menu->clear();
    const QString lang = Language::current();
    for (const QString &id : BriefingBlock::chartIds())
        menu->addAction(BriefingBlock::chartTitle(id, lang), this, [this, id] { addChart(id); });
    if (m_period->count() == 1 && m_period->itemData(0).toLongLong() == 0)
        m_period->setItemText(0, tr("Current values (no reporting period)"));
    updateButtons(); // the tooltips
}

void BriefingView::reloadPeriods()
{
    const RowId current = periodId();
    m_reloading = true;
    m_period->clear();
    if (m_file) {
        for (const ReportingPeriod &p : BriefingFactsReader::periods(*m_file))
            m_period->addItem(Periods::displayLabel(p, Language::current()), p.id);
    }
    if (m_period->count() == 0)
        m_period->addItem(tr("Current values (no reporting period)"), RowId(0));
    const int at = m_period->findData(current);
    m_period->setCurrentIndex(at >= 0 && current != 0 && m_periodChosen ? at : m_period->count() - 1);
    if (m_file && m_language->property("vigie-set").isNull())
        m_language->setCurrentIndex(Language::current() == QLatin1String("fr") ? 1 : 0); // the reader's language first
    m_reloading = false;
    reload();
}

RowId BriefingView::periodId() const
{
    return m_period->currentIndex() >= 0 ? m_period->currentData().toLongLong() : 0;
}

QString BriefingView::periodLabel() const
{
    return m_period->currentText();
}

bool BriefingView::setPeriod(const QString &label)
{
    const int at = m_period->findText(label);
    if (at < 0)
        return false;
    m_periodChosen = true;
    m_period->setCurrentIndex(at);
    return true;
}

QString BriefingView::documentLanguage() const
{
    return m_language->currentData().toString();
}

void BriefingView::setDocumentLanguage(const QString &language)
{
    m_language->setProperty("vigie-set", true);
    m_language->setCurrentIndex(BriefingText::normalized(language) == QLatin1String("fr") ? 1 : 0);
}

void BriefingView::setPaperA4(bool a4)
{
    m_paper->setCurrentIndex(a4 ? 1 : 0);
}

void BriefingView::reload()
{
    if (m_reloading)
        return;
    const QString selected = selectedItem();
    m_reloading = true;
    m_tree->clear();
    const QString uiLang = Language::current();
    QList<QTreeWidgetItem *> sections;
    for (int s = 1; s <= 4; ++s) {
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, BriefingText::sectionTitle(static_cast<BriefingSection>(s), uiLang));
        top->setData(0, kSectionRole, s);
        top->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(true);
        sections << top;
    }
    const QList<BriefingItem> stored = m_file ? BriefingItems::load(*m_file, periodId()) : QList<BriefingItem>();
    // An empty period is previewed and exported drafted from the data (document()): say so.
    m_draftNote->setVisible(m_file && stored.isEmpty());
    if (m_file) {
        for (const BriefingItem &b : stored) {
            auto *item = new QTreeWidgetItem(sections.at(int(b.section) - 1));
            item->setData(0, kUuidRole, b.uuid);
            item->setData(0, kSectionRole, int(b.section));
            const BriefingBlock::Kind kind = BriefingBlock::kind(b.text.en);
            if (kind == BriefingBlock::Kind::Text) {
                item->setText(0, b.text.en);
                item->setText(1, b.text.fr);
                item->setToolTip(0, b.text.en);
                item->setToolTip(1, b.text.fr);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            } else {
                const QString id = BriefingBlock::id(b.text.en);
                const bool chart = kind == BriefingBlock::Kind::Chart;
                const QString en = chart ? BriefingBlock::chartTitle(id, QStringLiteral("en"))
                                         : BriefingText::pick(QStringLiteral("en"), QStringLiteral("Project health table"), QString());
                const QString fr = chart ? BriefingBlock::chartTitle(id, QStringLiteral("fr"))
                                         : QString::fromUtf8("Tableau de l'état de santé des projets");
                item->setText(0, QStringLiteral("▣ ") + en);
                item->setText(1, QStringLiteral("▣ ") + fr);
                QFont italic = item->font(0);
                italic.setItalic(true);
                item->setFont(0, italic);
                item->setFont(1, italic);
                item->setToolTip(0, chart ? tr("Chart, drawn from the data of the period") : tr("Table, built from the data of the period"));
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            }
            if (b.origin == QLatin1String("drafted") && kind == BriefingBlock::Kind::Text) {
                item->setForeground(0, palette().brush(QPalette::Active, QPalette::Text));
                item->setStatusTip(0, tr("Drafted from the data"));
            }
            if (b.uuid == selected)
                item->setSelected(true);
        }
    }
    m_tree->expandAll();
    m_reloading = false;
    updateButtons();
    refreshPreview();
}

void BriefingView::retitleSections()
{
    const QString uiLang = Language::current();
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *top = m_tree->topLevelItem(s);
        top->setText(0, BriefingText::sectionTitle(static_cast<BriefingSection>(top->data(0, kSectionRole).toInt()), uiLang));
    }
}

void BriefingView::refreshPreview()
{
    if (m_reloading)
        return;
    m_previewStale = m_deferWhileHidden && !isVisible();
    if (m_previewStale)
        return;
    auto doc = document();
    m_previewWidth = m_browser->viewport()->width();
    const double width = std::clamp(m_previewWidth - 40.0, 240.0, 640.0);
    std::unique_ptr<QTextDocument> preview = doc ? doc->toTextDocument(width) : std::make_unique<QTextDocument>();
    m_browser->setDocument(preview.get());
    m_previewDocument = std::move(preview);
    // What cannot wrap (a table's widest words and figures) may need more than the pane has: the pane
    // then takes the difference from the list beside it, as far as the list can give, rather than
    // scroll sideways. (Not a minimum width: on a small screen the window must still fit; the preview
    // scrolls there.) The charts never need it: they are drawn narrower than the pane.
    const int overflow = qCeil(m_previewDocument->idealWidth()) - m_browser->viewport()->width();
    QList<int> sizes = m_splitter->sizes();
    if (overflow > 0 && sizes.size() == 2) {
        const int spare = sizes.at(0) - m_splitter->widget(0)->minimumSizeHint().width();
        const int take = std::min(overflow, spare);
        if (take > 0) {
            sizes[0] -= take;
            sizes[1] += take;
            m_splitter->setSizes(sizes);
        }
    }
}

std::unique_ptr<BriefingDocument> BriefingView::document() const
{
    if (!m_file)
        return nullptr;
    BriefingOptions options;
    options.language = documentLanguage();
    options.paper = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    // The same document as `vigie briefing` for the same period and language: a period without stored
    // items is drafted from the data in memory (the file is not written; Draft from data stores it).
    return BriefingDocument::load(*m_file, periodId(), options, nullptr);
}

bool BriefingView::exportTo(const QString &path, QString *error)
{
    const auto doc = document();
    QString message;
    const bool ok = doc && doc->write(path, &message);
    m_status->setText(ok ? tr("Briefing written to %1.").arg(path) : message);
    if (error)
        *error = message;
    return ok;
}

void BriefingView::selectItem(const QString &uuid)
{
    m_tree->clearSelection();
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *top = m_tree->topLevelItem(s);
        for (int i = 0; i < top->childCount(); ++i) {
            if (top->child(i)->data(0, kUuidRole).toString() == uuid) {
                top->child(i)->setSelected(true);
                m_tree->setCurrentItem(top->child(i));
            }
        }
    }
}

QString BriefingView::selectedItem() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    for (QTreeWidgetItem *item : items)
        if (!item->data(0, kUuidRole).toString().isEmpty())
            return item->data(0, kUuidRole).toString();
    return QString();
}

BriefingSection BriefingView::currentSection() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const int s = item ? item->data(0, kSectionRole).toInt() : 0;
    return s >= 1 && s <= 4 ? static_cast<BriefingSection>(s) : BriefingSection::Accomplishments;
}

QString BriefingView::readOnlyReason() const
{
    const QString limitedTo = m_document && !m_document->isReadOnly() ? m_document->editor()->limitedTo() : QString();
    return limitedTo.isEmpty() ? QString()
                               : tr("This copy is limited to the organization %1: the briefing belongs to the whole portfolio "
                                    "and is written in the file the copy came from.")
                                     .arg(limitedTo);
}

void BriefingView::updateButtons()
{
    // The document's read-only state, not only the file's: a viewer's role on a server, a portfolio
    // another Vigie upgraded while it was open.
    // In a copy limited to one organization the briefing is the whole portfolio's: shown, read-only, with
    // why in the tooltips, before anyone drafts or types (the commit refuses it anyway: CopyScope).
    const QString why = readOnlyReason();
    const bool hasFile = m_document && !m_document->isReadOnly() && why.isEmpty();
    const bool hasItem = !selectedItem().isEmpty();
    m_draft->setEnabled(hasFile);
    m_add->setEnabled(hasFile);
    m_addChart->setEnabled(hasFile);
    m_remove->setEnabled(hasFile && hasItem);
    m_up->setEnabled(hasFile && hasItem);
    m_down->setEnabled(hasFile && hasItem);
    m_draft->setToolTip(!why.isEmpty() ? why
                                       : tr("Replace the drafted items of this period with a new draft from the data; "
                                            "your own items are kept. Undo takes it back."));
    for (QPushButton *button : { m_add, m_addChart, m_remove, m_up, m_down })
        button->setToolTip(why);
    m_tree->setEditTriggers(hasFile ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                          | QAbstractItemView::SelectedClicked
                                    : QAbstractItemView::NoEditTriggers);
    // Nor anything printed or exported from a portfolio this program no longer reads faithfully.
    const bool readable = m_document && !m_document->isOutdated();
    m_export->setEnabled(readable);
    m_preview->setEnabled(readable);
    m_print->setEnabled(readable);
}

void BriefingView::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_reloading || !m_editor)
        return;
    const QString uuid = item->data(0, kUuidRole).toString();
    if (uuid.isEmpty())
        return;
    if (BriefingBlock::isReserved(item->text(column))) {
        m_status->setText(tr("Text starting with {{chart: or {{table: is reserved for charts and tables."));
        QMetaObject::invokeMethod(this, &BriefingView::reload, Qt::QueuedConnection);
        return;
    }
    m_editor->setBriefingText(uuid, column == 1 ? QStringLiteral("fr") : QStringLiteral("en"), item->text(column));
}

void BriefingView::onChanged(const Change &change)
{
    // The status tells what the last action did; any change after it (an undo of the draft) makes it
    // stale. The action's own change comes before its message is set, so that message stays.
    m_status->clear();
    // Queued: the change may come from an edit made inside the tree, whose item must outlive the
    // notification.
    if (change.touches(Entity::ReportingPeriod))
        m_periodsDirty = true;
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_reloadQueued = false;
        if (std::exchange(m_periodsDirty, false))
            reloadPeriods();
        else
            reload();
    }, Qt::QueuedConnection);
}

void BriefingView::draftFromData()
{
    if (!m_file || !m_editor)
        return;
    QList<DraftedItem> drafted;
    QString error;
    if (!BriefingDrafter::draft(*m_file, periodId(), &drafted, &error)) {
        m_status->setText(error);
        return;
    }
    if (!m_editor->redraftBriefing(periodId(), drafted))
        return;
    m_status->setText(tr("%n item(s) drafted from the data.", nullptr, int(drafted.size())));
    reload();
}

void BriefingView::addItem()
{
    if (!m_editor)
        return;
    const QString uuid = m_editor->addBriefingItem(periodId(), currentSection(),
                                                   { QStringLiteral("New item"), QString::fromUtf8("Nouvel élément") });
    reload();
    selectItem(uuid);
    if (QTreeWidgetItem *item = m_tree->currentItem())
        m_tree->editItem(item, 0);
}

void BriefingView::addChart(const QString &chartId)
{
    if (!m_editor)
        return;
    const QString uuid = m_editor->addBriefingChart(periodId(), currentSection(), chartId);
    reload();
    selectItem(uuid);
}

void BriefingView::removeSelected()
{
    QStringList uuids;
    for (QTreeWidgetItem *item : m_tree->selectedItems())
        if (!item->data(0, kUuidRole).toString().isEmpty())
            uuids << item->data(0, kUuidRole).toString();
    if (!m_editor)
        return;
    m_editor->removeBriefingItems(uuids);
    reload();
}

void BriefingView::moveUp()
{
    const QString uuid = selectedItem();
    if (!uuid.isEmpty() && m_editor && m_editor->moveBriefingItem(periodId(), uuid, -1)) {
        reload();
        selectItem(uuid);
    }
}

void BriefingView::moveDown()
{
    const QString uuid = selectedItem();
    if (!uuid.isEmpty() && m_editor && m_editor->moveBriefingItem(periodId(), uuid, +1)) {
        reload();
        selectItem(uuid);
    }
}

QStringList BriefingView::untranslated() const
{
    const auto doc = document();
    return doc ? BriefingCheck::untranslated(doc->facts(), doc->items(), documentLanguage()) : QStringList();
}

void BriefingView::printTo(QPagedPaintDevice *device) const
{
    if (const auto doc = document())
        doc->print(device);
}

void BriefingView::exportDocument()
{
    if (!m_file)
        return;
    // Texts without their form in the document's language would reach the council in the other one.
    const QStringList missing = untranslated();
    if (!missing.isEmpty()
        && !Dialogs::warnProceed(this, tr("Export briefing"),
                                 tr("%n text(s) of this briefing have no %1 form; the document shows them in the other "
                                    "language, marked.", nullptr, int(missing.size()))
                                     .arg(documentLanguage() == QLatin1String("fr") ? tr("French") : tr("English")),
                                 missing, tr("Export &Anyway")))
        return;
    const QString filters = tr("PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)");
    QString filter = filters.section(QStringLiteral(";;"), 0, 0);
    const QString suggested = QDir(m_file->folder()).filePath(
        QStringLiteral("%1-%2.pdf").arg(m_file->baseName(), tr("briefing")));
    QString path = Dialogs::saveFileName(this, tr("Export briefing"), suggested, filters, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("odt")) ? QStringLiteral(".odt")
            : filter.contains(QLatin1String("html"))  ? QStringLiteral(".html")
                                                      : QStringLiteral(".pdf");
    QString error;
    if (exportTo(path, &error))
        Q_EMIT exported(path);
    else
        Dialogs::error(this, tr("Export briefing"), error);
}

void BriefingView::printPreview()
{
    const auto doc = document();
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) { doc->print(p); });
    dialog.exec();
}

void BriefingView::print()
{
    const auto doc = document();
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        doc->print(&printer);
}

} // namespace Vigie
