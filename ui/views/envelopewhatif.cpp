#include "envelopewhatif.h"
#include "views/optionalvalue.h"

#include "analysis/chartdata.h"
#include "commands/editor.h"
#include "dialogs/dialogs.h"
#include "document/document.h"
#include "models/envelopemodel.h"
#include "views/flowlayout.h"
#include "views/tablepage.h"

#include <QAbstractProxyModel>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>

#include <cmath>

namespace Vigie {

EnvelopeWhatIf::EnvelopeWhatIf(TablePage *page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_label(new QLabel(this))
    , m_adjustment(new QDoubleSpinBox(this))
    , m_note(new QLabel(this))
    , m_reset(new QPushButton(this))
    , m_apply(new QPushButton(this))
{
    setObjectName(QStringLiteral("envelopeWhatIf"));
    m_adjustment->setObjectName(QStringLiteral("grantedAdjustment"));
    m_adjustment->setRange(-100, 200);
    m_adjustment->setDecimals(1);
    m_adjustment->setSingleStep(5);
    m_label->setBuddy(m_adjustment);
    QFont italic = m_note->font();
    italic.setItalic(true);
    m_note->setFont(italic);
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_label);
    layout->addWidget(m_adjustment);
    layout->addWidget(m_reset);
    layout->addWidget(m_apply);
    layout->addWidget(m_note);
    connect(m_adjustment, &QDoubleSpinBox::valueChanged, this, &EnvelopeWhatIf::update);
    connect(m_reset, &QPushButton::clicked, this, [this] { m_adjustment->setValue(0); });
    connect(m_apply, &QPushButton::clicked, this, &EnvelopeWhatIf::apply);
    retranslateUi();
    setDocument(nullptr);
}

void EnvelopeWhatIf::setDocument(Document *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        if (m_document->envelopeModel())
            m_document->envelopeModel()->setGrantedAdjustment(0);
    }
    m_document = document;
    if (m_document)
        connect(m_document, &Document::readOnlyChanged, this, &EnvelopeWhatIf::update);
    m_adjustment->setValue(0);
    update();
}

void EnvelopeWhatIf::update()
{
    const double percent = m_adjustment->value();
    if (m_document)
        m_document->envelopeModel()->setGrantedAdjustment(percent);
    const bool active = m_document && percent != 0.0;
    m_reset->setEnabled(active);
    m_apply->setEnabled(active && !m_document->isReadOnly());
    m_note->setVisible(active);
    setEnabled(m_document);
}

bool EnvelopeWhatIf::apply()
{
    if (!m_document || m_adjustment->value() == 0.0)
        return false;
    EnvelopeModel *model = m_document->envelopeModel();
    QAbstractProxyModel *proxy = m_page->proxy();
    QMap<QString, FieldValues> rows;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const int source = proxy->mapToSource(proxy->index(r, 0)).row();
        if (const Envelope *e = model->envelope(source))
            rows.insert(e->uuid, { { Field::Granted, std::round(model->grantedShown(source) * 100.0) / 100.0 } });
    }
    const QString percent = formatPercent(m_adjustment->value(), QLocale(), 1);
    const auto answer = Dialogs::question(
        this, tr("Apply the what-if"),
        tr("Change the granted amount of the %n envelope(s) shown by %1 in the portfolio? Edit → Undo takes it back.",
           nullptr, int(rows.size()))
            .arg(percent),
        QMessageBox::Apply | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Apply)
        return false;
    const int n = int(rows.size());
    const double adjustment = m_adjustment->value();
    const bool ok = m_document->editor()->setValuesOfRows(Entity::Envelope, rows, [n, adjustment] {
        return tr("Adjust Granted Amounts of %n Envelope(s) by %1", nullptr, n).arg(formatPercent(adjustment, QLocale(), 1));
    });
    if (ok)
        m_adjustment->setValue(0); // the table shows the stored amounts, now the adjusted ones
    return ok;
}

void EnvelopeWhatIf::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EnvelopeWhatIf::retranslateUi()
{
    m_label->setText(tr("What-if: adjust granted amounts by"));
    showPercent(m_adjustment);
    m_adjustment->setAccessibleName(tr("What-if adjustment of granted amounts, percent"));
    m_adjustment->setWhatsThis(tr("Shows every granted amount raised or lowered by this percentage, with the gaps "
                                  "and totals that follow, without changing the portfolio. Apply writes it."));
    m_reset->setText(tr("&Reset"));
    m_apply->setText(tr("&Apply…"));
    m_apply->setToolTip(tr("Write the adjusted granted amounts of the envelopes shown to the portfolio (undoable)."));
    m_note->setText(tr("What-if shown in italics; not saved."));
}

} // namespace Vigie
