#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace Vigie {

// Every dialog the workspace shows goes through here, so tests can run without modal dialogs
// (KeePassXC's MessageBox idea): in test mode, questions take the next queued answer, file dialogs
// the next queued file name, and messages are recorded instead of shown.
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Dialogs)
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void error(QWidget *parent, const QString &title, const QString &text);
    // A warning with a list (`details`, one item a line) and two choices: `proceed` (e.g. "Export
    // Anyway") and Cancel. True when the user proceeds; in test mode, when the next answer is Yes.
    static bool warnProceed(QWidget *parent, const QString &title, const QString &text, const QStringList &details,
                            const QString &proceed);
    // An error with one way out beside Close: `action` (e.g. "Save a Recovered Copy…"), explained by
    // `informative`. True when the user takes it; in test mode, when the next answer is Yes.
    static bool errorWithAction(QWidget *parent, const QString &title, const QString &text, const QString &informative,
                                const QString &action);
    static void about(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir);
    // Several portfolio files at once (copies to merge).
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &dir);
    // A portfolio file to write (".vigie" is added when missing). A name that is the portfolio open in
    // this window, or one another Vigie is editing, is refused before anything else and the dialog comes
    // back; so is any file there when `existing` is NewFileOnly; otherwise replacing a file is confirmed,
    // for the name with its suffix.
    enum class Existing { MayReplace, NewFileOnly };
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                Existing existing = Existing::MayReplace);
    // Any file with these filters; `selectedFilter` (may be null) is the filter shown first and, on
    // return, the one chosen. The path is returned as typed (no suffix is added). A name that is an
    // open portfolio, or one being edited, is refused and the dialog comes back, as above.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                                QString *selectedFilter);
    // The file filter of portfolio files, translated.
    static QString portfolioFilter();

    // --- test hooks
    static void setTestMode(bool on);
    static bool testMode();
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString &path);
    static void setNextFileNames(const QStringList &paths);
    // The filter the next file dialog with filters "chooses" (default: the one it showed first).
    static void setNextFilter(const QString &filter);
    // Messages shown (title: text) since the last call, oldest first; clears the record.
    static QStringList takeMessages();
};

} // namespace Vigie
