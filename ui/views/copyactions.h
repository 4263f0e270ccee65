#pragma once

#include "merge/differ.h"
#include "merge/merger.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace Vigie {

class Document;

// The File menu's copies: Send Copy to Organization…, Merge Copies…, Compare with Another Portfolio… and
// Merge Report…, on the window's open document. Sending a copy and comparing only read the portfolio
// (core CopyExtractor, Differ); a merge is reviewed (MergeDialog), then made through the document's edit
// facade as one undoable edit, and its report shown.
//
// Tests drive the same paths: the work functions are public, and a dialog hook replaces exec() (it may
// fill the dialog in, and says whether it was accepted).
class CopyActions : public QObject
{
    Q_OBJECT
public:
    explicit CopyActions(QWidget *window);

    void addTo(QMenu *menu);
    void retranslateUi();
    void setDocument(Document *document);

    QAction *sendCopyAction() const { return m_send; }
    QAction *mergeAction() const { return m_merge; }
    QAction *compareAction() const { return m_compare; }
    QAction *reportAction() const { return m_report; }

    // The work behind the actions, after the dialogs.
    bool sendCopy(const QString &organizationCode, const QString &path, bool overwrite);
    bool mergeCopies(const QStringList &copies, const MergeOptions &options, const QList<MergeSource> &sources);
    std::optional<DiffResult> compareWith(const QString &path);
    const MergePlan &lastPlan() const { return m_plan; }

    using DialogHook = std::function<bool(QDialog *dialog)>;
    void setDialogHook(DialogHook hook) { m_hook = std::move(hook); }

    void sendCopyTriggered();
    void mergeTriggered();
    void compareTriggered();
    void reportTriggered();

Q_SIGNALS:
    void message(const QString &text); // for the status bar

private:
    bool run(QDialog *dialog);
    void showError(const QString &message);

    QWidget *m_window;
    QPointer<Document> m_document;
    MergePlan m_plan;
    DialogHook m_hook;
    QAction *m_send = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_report = nullptr;
};

} // namespace Vigie
