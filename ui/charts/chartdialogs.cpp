#include "chartdialogs.h"

#include "analysis/chartdata.h"

#include "chartrenderer.h"

#include "analysis/briefingtext.h"
#include "analysis/periods.h"
#include "dialogs/dialogs.h"
#include "i18n/language.h"
#include "views/optionalvalue.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vigie {

FreezePeriodDialog::FreezePeriodDialog(const PortfolioFile &file, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_label(new QLineEdit(this))
    , m_labelFr(new QLineEdit(this))
    , m_asOf(new DateEdit(QDate::currentDate(), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Freeze a reporting period"));
    setMinimumWidth(440); // its explanation and a problem read in a few lines, not a narrow column
    // The month being reported on, in each language whatever the interface's: the first label is the
    // English one English briefings print ("August 2016"); French ones print « août 2016 ». A French
    // interface put « décembre 2026 » in the English label, and English briefings said so.
    m_label->setText(Language::locale(QStringLiteral("en")).toString(QDate::currentDate(), QStringLiteral("MMMM yyyy")));
    m_labelFr->setText(Language::locale(QStringLiteral("fr")).toString(QDate::currentDate(), QStringLiteral("MMMM yyyy")));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problem->setWordWrap(true);
    // Room for two lines of the problem whether or not there is one, so that a problem appearing as the
    // label is typed never squeezes the fields of a dialog already shown.
    m_problem->setMinimumHeight(2 * m_problem->fontMetrics().lineSpacing());
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Freeze"));

    auto *intro = new QLabel(tr("Copies the current colours and budgets of every project and the status of every "
                                "measure into a named period, for charts of that period and trends."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Label in &English:"), m_label);
    form->addRow(tr("Label in &French:"), m_labelFr);
    form->addRow(tr("&As of:"), m_asOf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_label, &QLineEdit::textChanged, this, &FreezePeriodDialog::validate);
    connect(m_labelFr, &QLineEdit::textChanged, this, &FreezePeriodDialog::validate);
    // A month typed in English gives the French label, until the French one is typed itself.
    connect(m_labelFr, &QLineEdit::textEdited, this, [this] { m_labelFrTyped = true; });
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_labelFrTyped)
            return;
        const QDate month = Language::locale(QStringLiteral("en")).toDate(text.trimmed(), QStringLiteral("MMMM yyyy"));
        m_labelFr->setText(month.isValid() ? Language::locale(QStringLiteral("fr")).toString(month, QStringLiteral("MMMM yyyy"))
                                           : QString());
    });
    // This month frozen already: no label that is sure to be refused; the problem says to give one.
    if (Periods::find(m_file, label()) || Periods::find(m_file, labelFr())) {
        m_label->clear();
        m_labelFr->clear();
    }
    validate();
}

QString FreezePeriodDialog::label() const
{
    return m_label->text().trimmed();
}

QString FreezePeriodDialog::labelFr() const
{
    return m_labelFr->text().trimmed();
}

QDate FreezePeriodDialog::asOf() const
{
    return m_asOf->date();
}

void FreezePeriodDialog::accept()
{
    // A date typed wrong is frozen for good under a label that says otherwise: confirm the doubtful ones.
    const QStringList concerns = Periods::freezeDateConcerns(m_file, asOf());
    if (!concerns.isEmpty()
        && !Dialogs::warnProceed(this, tr("Freeze a reporting period"),
                                 tr("Freeze \"%1\" as of %2?").arg(label(), BriefingText::longDate(asOf(), Language::current())),
                                 concerns, tr("Freeze &Anyway")))
        return;
    QDialog::accept();
}

void FreezePeriodDialog::validate()
{
    QString problem;
    if (label().isEmpty())
        problem = tr("Give the period a label, such as \"August 2016\".");
    else if (Periods::find(m_file, label()))
        problem = tr("A period named \"%1\" already exists.").arg(label());
    else if (!labelFr().isEmpty() && Periods::find(m_file, labelFr()))
        problem = tr("A period named \"%1\" already exists.").arg(labelFr());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ChartExportDialog::ChartExportDialog(const QString &suggestedPath, QWidget *parent, const ChartData *chart)
    : QDialog(parent)
    , m_chart(chart)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_short(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export the chart"));
    for (QSpinBox *box : { m_width, m_height }) {
        box->setRange(200, 20000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(ChartRenderer::defaultSize().width());
    m_dpi->setRange(36, 1200);
    m_dpi->setValue(ChartRenderer::defaultDpi());
    // Tall enough for every category of the chart (the twenty specialties of the workforce chart).
    const int needed = m_chart ? std::max(ChartRenderer::minimumPixelHeight(*m_chart, m_width->value(), m_dpi->value()),
                                          ChartRenderer::fullSizePixelHeight(*m_chart, m_width->value(), m_dpi->value()))
                               : 0;
    m_height->setValue(std::max(ChartRenderer::defaultSize().height(), needed));
    m_dpi->setSuffix(tr(" DPI"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    // A layout has no buddy: the label is made here so its mnemonic leads to the file name.
    auto *pathLabel = new QLabel(tr("&File (.png, .svg, .pdf):"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Resolution:"), m_dpi);
    m_short->setWordWrap(true);
    m_short->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_short);
    layout->addWidget(m_buttons);
    for (QSpinBox *box : { m_width, m_height, m_dpi })
        connect(box, &QSpinBox::valueChanged, this, &ChartExportDialog::checkHeight);
    connect(browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ChartExportDialog::validate);
    validate();
    checkHeight();
}

void ChartExportDialog::checkHeight()
{
    const int needed = m_chart ? ChartRenderer::minimumPixelHeight(*m_chart, m_width->value(), m_dpi->value()) : 0;
    const int full = m_chart ? ChartRenderer::fullSizePixelHeight(*m_chart, m_width->value(), m_dpi->value()) : 0;
    // The height that does both: every category named, and the chart at its full size.
    const int enough = std::max(full, needed);
    QString note;
    if (needed > m_height->value())
        note = tr("At this height, some of the chart's %1 category names are left out; %2 px or more "
                  "shows them all.")
                   .arg(m_chart->categories.size())
                   .arg(enough);
    else if (full > m_height->value())
        // Drawn whole but smaller (ChartRenderer::drawnScale()), its text with it.
        note = tr("At this height, the chart is drawn smaller than its full size, its text too; %1 px or more "
                  "draws it at full size.")
                   .arg(enough);
    m_short->setText(note);
    m_short->setVisible(!note.isEmpty());
}

QString ChartExportDialog::path() const
{
    return m_path->text().trimmed();
}

QSize ChartExportDialog::pixels() const
{
    return { m_width->value(), m_height->value() };
}

int ChartExportDialog::dpi() const
{
    return m_dpi->value();
}

void ChartExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export the chart"), path(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ChartExportDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ChartRenderer::formatForPath(path()).has_value());
}

} // namespace Vigie
