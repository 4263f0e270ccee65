#pragma once

#include "model/entities.h"
#include "storage/change.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace Vigie {

class BackgroundTask;
class Document;
class PortfolioFile;
struct Movers;
struct RowFilter;

// The Overview's "What moved" card: the projects whose overall colour (as the dashboards show it) got
// worse or better between a reporting period and now, or between two periods, those new since and those
// no longer reported. Each list leads to the Projects page filtered on it. The figures come from the
// core's movers analysis; the card only chooses the periods and shows them. On a large file the analysis
// (every project's colour at two periods: a million rows each) runs on a worker thread.
class MoversPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MoversPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    // The card as shown (rich text), for tests and printing.
    QString html() const;
    // Follows a link of the card ("movers:worse", …) as a click would.
    void followLink(const QString &target);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The user asked for the projects of one list: the Projects page, filtered on them.
    void filterRequested(const QString &pageId, const Vigie::RowFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Mover
    {
        RowId id = 0;
        QString code;
        BilingualText name;
        Health from = Health::Unrated;
        Health to = Health::Unrated;
        QStringList why; // MoversAnalysis::reasons, in the language of the lists
    };
    enum List { Worse, Better, New, Gone, ListCount };

    void fillPeriods();
    void onChanged(const Vigie::Change &change);
    QString listName(int list) const;
    void take(const Movers &result);
    void render();

    QPointer<Document> m_document;
    PortfolioFile *m_file = nullptr;
    QLabel *m_title;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_text;
    QList<Mover> m_lists[ListCount];
    int m_unchanged = 0;
    bool m_hasPeriods = false;
    bool m_pending = false;
    // The reader chose a period (From, To): kept when periods are added. Until then the defaults (the
    // latest period, now), which follow a period frozen meanwhile.
    bool m_fromChosen = false;
    bool m_toChosen = false;
    bool m_computing = false; // a large file's movers are computed on a worker thread
    BackgroundTask *m_task;
};

} // namespace Vigie
