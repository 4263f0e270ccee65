#pragma once

#include <QDialog>
#include <QStringList>
#include <QUrl>

class QPushButton;
class QTextBrowser;

namespace Vigie {

// The user guide in a window of its own: resources/help/<language>/index.html, embedded under
// qrc:/help/, shown in the interface's language at a topic (an anchor of the guide, such as "charts").
// A language switch reloads the guide in the new language at the topic being read.
//
// One window serves the whole application: showTopic() creates it the first time and raises it after.
// The main window connects F1, the Help menu and "What's This" to showTopic(); a page's topic is
// topicForPage(page id). Owned by its parent widget (or deletes itself on close when it has none).
class HelpBrowser : public QDialog
{
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    // Shows the guide at `topic` (empty: the table of contents) in the one help window, created on first
    // use as a child of `parent`, and brings it to the front.
    static HelpBrowser *showTopic(const QString &topic = {}, QWidget *parent = nullptr);
    // The topics the guide has, in its order; the anchors are the same in every language.
    static QStringList topics();
    // The topic explaining a main-window page ("overview", "strategy", …, "briefing").
    static QString topicForPage(const QString &pageId);
    // qrc:/help/<language>/index.html#topic.
    static QUrl guideUrl(const QString &language, const QString &topic = {});

    // Shows `topic` in this window; an unknown topic shows the contents and returns false.
    bool openTopic(const QString &topic);
    QString topic() const;
    QString language() const { return m_language; }
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load(const QString &topic);

    QTextBrowser *m_browser;
    QPushButton *m_contents;
    QPushButton *m_back;
    QPushButton *m_forward;
    QPushButton *m_close;
    QString m_language;
};

} // namespace Vigie
