#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Vigie {

// What the window shows with no portfolio open: New, Open and the recent files.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);
    // How the recent lists name a portfolio: a file's name, or where on which server it is.
    static QString recentName(const QString &path);
    // Where it is, under its name: a file's folder, or that it is shared on a server.
    static QString recentPlace(const QString &path);
    // The recent list's entries as shown: "name" then "place", one entry a line pair.
    QStringList recentEntries() const;

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void connectRequested();
    void openFileRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_connect;
    QLabel *m_recentLabel;
    QListWidget *m_recent;
    QStringList m_paths;
};

} // namespace Vigie
