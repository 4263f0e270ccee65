#pragma once

#include <QDate>
#include <QDialog>
#include <QSize>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Vigie {

class DateEdit;
class PortfolioFile;
struct ChartData;

// Asks for the label (English, French) and as-of date of a reporting period to freeze; refuses a label
// already used. The date takes an ISO date typed in full over whatever was selected (DateEdit), and Freeze
// asks to confirm a date in the future or not after the latest period's (Periods::freezeDateConcerns).
class FreezePeriodDialog : public QDialog
{
    Q_OBJECT
public:
    FreezePeriodDialog(const PortfolioFile &file, QWidget *parent = nullptr);

    QString label() const;
    QString labelFr() const; // the label in French ("" when none was given)
    QDate asOf() const;
    DateEdit *asOfEdit() const { return m_asOf; }

    // Asks to confirm a doubtful as-of date (Dialogs::warnProceed) before closing with Freeze.
    void accept() override;

private:
    bool m_labelFrTyped = false;
    void validate();

    const PortfolioFile &m_file;
    QLineEdit *m_label;
    QLineEdit *m_labelFr;
    DateEdit *m_asOf;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// Asks where to export a chart and at which size and resolution; the format follows the extension.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `chart` (may be null) is the chart to export: the dialog then says when the height asked for is too
    // short to name every category, and starts at a height that does.
    ChartExportDialog(const QString &suggestedPath, QWidget *parent = nullptr, const ChartData *chart = nullptr);

    QString path() const;
    QSize pixels() const;
    int dpi() const;

private:
    void browse();
    void validate();
    void checkHeight();

    const ChartData *m_chart;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLabel *m_short;
    QDialogButtonBox *m_buttons;
};

} // namespace Vigie
