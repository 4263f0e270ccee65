#pragma once

#include "storage/change.h"
#include "views/portfolioview.h"
#include "views/printable.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QStackedWidget;

namespace Vigie {

class BackgroundTask;

class Document;
class TablePage;
class WorkforcePivotModel;

// The Workforce page as an analyst reads it: by specialty (internal, external, total, external share,
// at risk against the portfolio's threshold, and the change since another survey, with totals), or the
// records by organization and specialty (editable). The survey shown, the survey compared and the
// at-risk threshold are chosen above the table; the threshold is stored in the portfolio (an undoable
// edit through the document's editor) and every chart and briefing uses it.
class WorkforcePage : public QWidget, public PortfolioView, public Printable
{
    Q_OBJECT
public:
    explicit WorkforcePage(QWidget *parent = nullptr);

    void setDocument(Document *document) override;
    bool canPrint() const override;
    void printTo(QPagedPaintDevice *device) const override;

    TablePage *pivotPage() const { return m_pivotPage; }
    TablePage *recordsPage() const { return m_recordsPage; }
    TablePage *currentTable() const;
    WorkforcePivotModel *pivotModel() const;
    // 0: by specialty, 1: by organization and specialty.
    void setView(int view);
    // Shows this survey (once the list of surveys has it: a survey just added may still be read).
    void showSurvey(const QDate &survey);
    QComboBox *surveyBox() const { return m_survey; }
    QComboBox *compareBox() const { return m_compare; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QString statusText() const;

Q_SIGNALS:
    void statusTextChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The surveys to choose from: read at once from a small file, on a worker from a large one (a
    // DISTINCT over every record); the boxes keep what they show until the answer comes.
    void fillSurveys();
    void showSurveys(const QList<QDate> &surveys);
    void offerOtherSurveys();
    void applyChoices();
    void showPivotColumns();
    void onChanged(const Vigie::Change &change);
    void updateThreshold();

    QPointer<Document> m_document;
    QPointer<WorkforcePivotModel> m_pivot; // owned by the document: gone with it
    QLabel *m_viewLabel;
    QComboBox *m_view;
    QLabel *m_surveyLabel;
    QComboBox *m_survey;
    QLabel *m_compareLabel;
    QComboBox *m_compare;
    QLabel *m_thresholdLabel;
    QDoubleSpinBox *m_threshold;
    QCheckBox *m_atRiskOnly;
    QDate m_wantedSurvey; // showSurvey's, until the list has it
    QStackedWidget *m_stack;
    TablePage *m_pivotPage;
    TablePage *m_recordsPage;
    BackgroundTask *m_surveysTask;
    bool m_filling = false;
};

} // namespace Vigie
