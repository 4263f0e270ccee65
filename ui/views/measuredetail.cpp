#include "measuredetail.h"
#include "views/optionalvalue.h"

#include "views/fieldundo.h"

#include "analysis/chartdata.h"
#include "commands/editor.h"
#include "document/document.h"
#include "models/lookup.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"
#include "views/measureprojects.h"
#include "views/readonlynote.h"
#include "views/verticalscrollarea.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vigie {

MeasureDetail::MeasureDetail(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_readOnlyNote(makeReadOnlyNote(this))
    , m_titles(new QGroupBox(this))
    , m_enLabel(new QLabel(this))
    , m_frLabel(new QLabel(this))
    , m_titleEn(new QLineEdit(this))
    , m_titleFr(new QLineEdit(this))
    , m_update(new QGroupBox(this))
    , m_statusLabel(new QLabel(this))
    , m_percentLabel(new QLabel(this))
    , m_commentLabel(new QLabel(this))
    , m_commentFrLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_percent(new QDoubleSpinBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_commentFr(new QPlainTextEdit(this))
    , m_record(new QPushButton(this))
    , m_historyBox(new QGroupBox(this))
    , m_history(new QTreeWidget(this))
    , m_projects(new MeasureProjects(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    auto *titles = new QGridLayout(m_titles);
    titles->addWidget(m_enLabel, 0, 0);
    titles->addWidget(m_frLabel, 0, 1);
    titles->addWidget(m_titleEn, 1, 0);
    titles->addWidget(m_titleFr, 1, 1);
    m_enLabel->setBuddy(m_titleEn);
    m_frLabel->setBuddy(m_titleFr);
    // Written as entered: once they are, Ctrl+Z undoes the edit (FieldUndo).
    FieldUndo::markCommitting(m_titleEn);
    FieldUndo::markCommitting(m_titleFr);
    connect(m_titleEn, &QLineEdit::editingFinished, this, [this] { commitTitle(false); });
    connect(m_titleFr, &QLineEdit::editingFinished, this, [this] { commitTitle(true); });

    m_percent->setRange(0, 100);
    m_percent->setDecimals(0);
    showPercent(m_percent);
    for (QPlainTextEdit *comment : { m_comment, m_commentFr }) {
        comment->setTabChangesFocus(true);
        comment->setMaximumHeight(comment->fontMetrics().height() * 4);
    }
    auto *form = new QFormLayout(m_update);
    // Labels above their fields when the pane is narrow.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_percentLabel, m_percent);
    form->addRow(m_commentLabel, m_comment);
    form->addRow(m_commentFrLabel, m_commentFr);
    form->addRow(QString(), m_record);
    connect(m_record, &QPushButton::clicked, this, &MeasureDetail::record);
    // Choosing "Completed" by hand means 100% done; the analyst can still lower it before recording.
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        if (MeasureStatus(m_status->itemData(index).toInt()) == MeasureStatus::Completed)
            m_percent->setValue(100);
    });

    m_history->setRootIsDecorated(false);
    m_history->setColumnCount(5);
    m_history->header()->setStretchLastSection(true);
    shareLeftoverHeight(m_history);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_history);

    // The panel scrolls rather than make the window taller than a laptop's screen (its fields, projects
    // and history need over 600 px).
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_titles);
    layout->addWidget(m_update);
    layout->addWidget(m_projects, 1);
    layout->addWidget(m_historyBox, 1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(new VerticalScrollArea(content, this));
    retranslateUi();
    setEnabled(false);
}

void MeasureDetail::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_file = document ? document->file() : nullptr;
    m_editor = document ? document->editor() : nullptr;
    if (m_document) {
        connect(m_document, &Document::changed, this, &MeasureDetail::onChanged);
        connect(m_document, &Document::readOnlyChanged, this, &MeasureDetail::refresh);
    }
    m_uuid.clear();
    m_projects->setDocument(document);
    refresh();
}

void MeasureDetail::showMeasure(const QString &uuid)
{
    m_uuid = uuid;
    m_projects->showMeasure(uuid);
    refresh();
}

void MeasureDetail::onChanged(const Change &change)
{
    if ((change.touches(Entity::Measure) && (!change.complete || change.modified(Entity::Measure).contains(m_uuid)
                                             || change.addsOrRemoves(Entity::Measure)))
        || change.touches(Entity::MeasureStatusChange) || change.touches(Entity::Organization))
        refresh();
}

void MeasureDetail::refresh()
{
    const std::optional<Measure> m = m_file && !m_uuid.isEmpty() ? Repository::measure(*m_file, m_uuid) : std::nullopt;
    setEnabled(bool(m));
    m_history->clear();
    if (!m) {
        // A measure chosen that could not be read: the portfolio's connection was lost (the banner says so).
        m_heading->setText(!m_uuid.isEmpty() && m_document && m_document->isOutdated()
                               ? tr("This measure cannot be read until the portfolio is opened again (the banner "
                                    "above says why).")
                               : tr("Select a measure to see and update its status."));
        m_readOnlyNote->hide();
        m_titleEn->clear();
        m_titleFr->clear();
        m_comment->clear();
        m_commentFr->clear();
        // Nothing of the measure shown before stays (a status and a percent under empty titles).
        m_status->setCurrentIndex(-1);
        m_percent->setSpecialValueText(QStringLiteral("—"));
        m_percent->setValue(m_percent->minimum());
        return;
    }
    m_percent->setSpecialValueText(QString());
    m_number = m->number;
    // A copy limited to another organization: said before anyone types, and nothing takes a value.
    const QString rowReadOnly = m_editor && !m_editor->isReadOnly() ? m_editor->readOnlyReason(Entity::Measure, m_uuid) : QString();
    m_readOnlyNote->setText(rowReadOnly);
    m_readOnlyNote->setVisible(!rowReadOnly.isEmpty());
    const bool readOnly = !m_editor || m_editor->isReadOnly() || !rowReadOnly.isEmpty();
    m_heading->setText(tr("Measure %1").arg(m->number));
    m_titleEn->setText(m->title.en);
    m_titleEn->setCursorPosition(0); // show the beginning of a long title
    m_titleFr->setText(m->title.fr);
    m_titleFr->setCursorPosition(0); // show the beginning of a long title
    for (QLineEdit *e : { m_titleEn, m_titleFr })
        e->setReadOnly(readOnly);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(m->status))));
    m_percent->setValue(m->percentComplete);
    m_comment->setPlainText(m->comment);
    m_commentFr->setPlainText(m->commentFr);
    m_update->setEnabled(!readOnly);
    const QLocale locale;
    for (const MeasureStatusChange &c : Repository::measureHistory(*m_file, m->id)) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, locale.toString(c.when.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, tr("%1 → %2").arg(MeasureStatusText::label(c.from), MeasureStatusText::label(c.to)));
        item->setText(2, formatPercent(c.percentComplete, locale, 0));
        item->setText(3, c.author);
        // The comment in the reader's language, else the other one, marked.
        bool fellBack = false;
        item->setText(4, Lookup::display(c.commentText(), &fellBack));
        item->setToolTip(4, fellBack ? Lookup::fallbackTip(true).toString() + QLatin1Char('\n') + item->text(4)
                                     : item->text(4));
    }
    for (int c = 0; c < 4; ++c)
        m_history->resizeColumnToContents(c);
}

void MeasureDetail::record()
{
    if (!m_editor || m_uuid.isEmpty())
        return;
    if (!m_editor->setMeasureState(m_uuid,
                              { MeasureStatus(m_status->currentData().toInt()), m_percent->value(),
                                m_comment->toPlainText(), m_commentFr->toPlainText() },
                              m_number))
        QTimer::singleShot(0, this, &MeasureDetail::refresh); // the refused update is not left shown
}

void MeasureDetail::commitTitle(bool french)
{
    if (!m_editor || m_uuid.isEmpty() || m_editor->isReadOnly())
        return;
    const QString text = (french ? m_titleFr : m_titleEn)->text();
    const int number = m_number;
    // A refused title does not stay shown as if it were the measure's.
    if (!m_editor->setValue(Entity::Measure, m_uuid, french ? Field::TitleFr : Field::TitleEn, text,
                            [number] { return tr("Measure %1").arg(number); }))
        QTimer::singleShot(0, this, &MeasureDetail::refresh);
}

void MeasureDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MeasureDetail::retranslateUi()
{
    showPercent(m_percent);
    m_titles->setTitle(tr("Title"));
    m_enLabel->setText(tr("&English"));
    m_frLabel->setText(tr("&French"));
    m_titleEn->setAccessibleName(tr("English title"));
    m_titleFr->setAccessibleName(tr("French title"));
    m_update->setTitle(tr("Status update"));
    m_statusLabel->setText(tr("&Status:"));
    m_percentLabel->setText(tr("&Percent complete:"));
    m_commentLabel->setText(tr("&Comment in English:"));
    m_commentFrLabel->setText(tr("Comment in Fre&nch:"));
    m_comment->setAccessibleName(tr("Comment in English"));
    m_commentFr->setAccessibleName(tr("Comment in French"));
    m_status->setAccessibleName(tr("Status"));
    m_percent->setAccessibleName(tr("Percent complete"));
    m_record->setWhatsThis(tr("Records the status, the percentage and the comments as one step in the measure's "
                              "history, with your name and the time. Edit → Undo takes it back."));
    m_statusLabel->setBuddy(m_status);
    m_percentLabel->setBuddy(m_percent);
    m_commentLabel->setBuddy(m_comment);
    m_commentFrLabel->setBuddy(m_commentFr);
    m_record->setText(tr("&Record Status"));
    m_record->setToolTip(tr("Writes the status to the file and adds it to the measure's history (undoable)."));
    const int current = m_status->currentIndex();
    m_status->clear();
    for (MeasureStatus s : allMeasureStatuses)
        m_status->addItem(MeasureStatusText::label(s), int(s));
    m_status->setCurrentIndex(current); // -1 (no measure shown) stays -1
    m_historyBox->setTitle(tr("Status history"));
    m_history->setHeaderLabels({ tr("When"), tr("Change"), tr("% complete"), tr("Author"), tr("Comment") });
    m_history->setAccessibleName(tr("Status history"));
    // The history's words change language; what the user typed but has not recorded stays.
    const int status = m_status->currentIndex();
    const double percent = m_percent->value();
    const QString comment = m_comment->toPlainText();
    const QString commentFr = m_commentFr->toPlainText();
    const QString titleEn = m_titleEn->text();
    const QString titleFr = m_titleFr->text();
    refresh();
    m_status->setCurrentIndex(status);
    m_percent->setValue(percent);
    m_comment->setPlainText(comment);
    m_commentFr->setPlainText(commentFr);
    if (!m_uuid.isEmpty()) {
        m_titleEn->setText(titleEn);
        m_titleEn->setCursorPosition(0); // setText() leaves the cursor, and the view, at the end
        m_titleFr->setText(titleFr);
        m_titleFr->setCursorPosition(0);
    }
}

} // namespace Vigie
