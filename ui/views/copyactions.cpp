#include "copyactions.h"

#include "commands/editor.h"
#include "dialogs/comparedialog.h"
#include "dialogs/dialogs.h"
#include "dialogs/mergedialog.h"
#include "dialogs/sendcopydialog.h"
#include "document/document.h"
#include "merge/copyextractor.h"
#include "report/mergereportdialog.h"
#include "storage/portfoliofile.h"
#include "storage/repository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace Vigie {

CopyActions::CopyActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_send = new QAction(this);
    m_merge = new QAction(this);
    m_compare = new QAction(this);
    m_report = new QAction(this);
    m_send->setObjectName(QStringLiteral("actionSendCopy"));
    m_merge->setObjectName(QStringLiteral("actionMergeCopies"));
    m_compare->setObjectName(QStringLiteral("actionCompare"));
    m_report->setObjectName(QStringLiteral("actionMergeReport"));
    connect(m_send, &QAction::triggered, this, &CopyActions::sendCopyTriggered);
    connect(m_merge, &QAction::triggered, this, &CopyActions::mergeTriggered);
    connect(m_compare, &QAction::triggered, this, &CopyActions::compareTriggered);
    connect(m_report, &QAction::triggered, this, &CopyActions::reportTriggered);
    setDocument(nullptr);
}

void CopyActions::addTo(QMenu *menu)
{
    menu->addActions({ m_send, m_merge, m_compare, m_report });
}

void CopyActions::retranslateUi()
{
    m_send->setText(tr("Sen&d Copy to Organization…"));
    m_merge->setText(tr("&Merge Copies…"));
    m_compare->setText(tr("Com&pare with Another Portfolio…"));
    m_report->setText(tr("Merge Repor&t…"));
}

void CopyActions::setDocument(Document *document)
{
    m_document = document;
    const bool open = document != nullptr;
    // Nothing is copied, compared or reported out of a portfolio this program no longer reads faithfully.
    const bool readable = open && !document->isOutdated();
    m_send->setEnabled(readable);
    m_compare->setEnabled(readable);
    m_report->setEnabled(readable);
    m_merge->setEnabled(open && !document->isReadOnly());
}

bool CopyActions::run(QDialog *dialog)
{
    if (m_hook)
        return m_hook(dialog);
    return dialog->exec() == QDialog::Accepted;
}

void CopyActions::showError(const QString &message)
{
    Dialogs::error(m_window, tr("Vigie"), message);
}

bool CopyActions::sendCopy(const QString &organizationCode, const QString &path, bool overwrite)
{
    if (!m_document)
        return false;
    CopyExtractor::Options options;
    options.organizationCode = organizationCode;
    options.overwrite = overwrite;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<CopyOrigin> origin = CopyExtractor::extract(*m_document->file(), path, options, &error);
    QApplication::restoreOverrideCursor();
    if (!origin) {
        showError(error);
        return false;
    }
    Q_EMIT message(organizationCode.isEmpty()
                       ? tr("Copy of the whole portfolio written to %1.").arg(QDir::toNativeSeparators(path))
                       : tr("Copy for %1 written to %2.").arg(organizationCode, QDir::toNativeSeparators(path)));
    return true;
}

void CopyActions::sendCopyTriggered()
{
    if (!m_document || m_document->isOutdated())
        return;
    SendCopyDialog dialog(Repository::organizations(*m_document->file()), m_document->file()->folder(),
                          m_document->file()->baseName(), m_window);
    if (!run(&dialog))
        return;
    const QString path = dialog.path();
    const QString code = dialog.organizationCode();
    const bool exists = QFileInfo::exists(path);
    QString question = code.isEmpty()
        ? tr("Write a copy of the whole portfolio to %1?").arg(QDir::toNativeSeparators(path))
        : tr("Write a copy for %1 to %2? Only %1's items can be changed in it.").arg(code, QDir::toNativeSeparators(path));
    if (exists)
        question += QLatin1Char(' ') + tr("The file that is there now will be replaced.");
    if (Dialogs::question(m_window, tr("Send Copy to Organization"), question, QMessageBox::Yes | QMessageBox::Cancel,
                          QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    sendCopy(code, path, exists);
}

bool CopyActions::mergeCopies(const QStringList &copies, const MergeOptions &options, const QList<MergeSource> &sources)
{
    if (!m_document)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_document->editor()->mergeCopies(copies, options, [sources] { return Merger::undoText(sources); }, &m_plan);
    QApplication::restoreOverrideCursor();
    return ok;
}

void CopyActions::mergeTriggered()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QStringList copies = Dialogs::openFileNames(m_window, tr("Merge Copies"), m_document->file()->folder());
    if (copies.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool planned = m_document->editor()->planMerge(copies, {}, &m_plan, &error);
    QApplication::restoreOverrideCursor();
    if (!planned) {
        showError(error);
        return;
    }
    if (m_plan.isEmpty()) {
        bool leftOut = false;
        for (const MergeSource &s : std::as_const(m_plan.sources))
            leftOut = leftOut || !s.kept.isEmpty() || !s.outside.isEmpty();
        // What the copies hold that this file does not take is named: "everything they hold" would not be true.
        Dialogs::information(m_window, tr("Merge Copies"),
                             leftOut ? tr("Nothing in the copies can come in: this portfolio has the rest of what they hold.")
                                           + QStringLiteral("\n\n") + MergeDialog::sourcesText(m_plan)
                                     : tr("Nothing new in the copies: this portfolio has everything they hold."));
        return;
    }
    // Deciding one conflict can bring another to light (two copies of one field): review until none is left.
    MergeOptions options;
    for (int round = 0; round < 5; ++round) {
        MergeDialog dialog(m_plan, m_window);
        if (!run(&dialog))
            return;
        const MergeOptions decided = dialog.options();
        for (auto it = decided.choices.constBegin(); it != decided.choices.constEnd(); ++it)
            options.choices.insert(it.key(), it.value());
        const QList<MergeSource> sources = m_plan.sources;
        if (mergeCopies(copies, options, sources)) {
            Q_EMIT message(Merger::undoText(sources));
            MergeReportDialog report(*m_document->file(), m_document->editor()->lastResult().changeset, m_window);
            run(&report);
            return;
        }
        if (m_plan.unresolved() == 0)
            return; // refused: the editor said why
    }
}

std::optional<DiffResult> CopyActions::compareWith(const QString &path)
{
    if (!m_document)
        return std::nullopt;
    FileError fileError;
    auto other = PortfolioFile::open(path, PortfolioFile::Access::ReadOnly, &fileError);
    if (!other) {
        showError(fileError.message);
        return std::nullopt;
    }
    DiffResult result;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = Differ::compare(*m_document->file(), *other, &result, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(error);
        return std::nullopt;
    }
    return result;
}

void CopyActions::compareTriggered()
{
    if (!m_document)
        return;
    const QString path = Dialogs::openFileName(m_window, tr("Compare with Another Portfolio"),
                                               m_document->file()->folder());
    if (path.isEmpty())
        return;
    if (const std::optional<DiffResult> result = compareWith(path)) {
        CompareDialog dialog(*result, m_window);
        run(&dialog);
    }
}

void CopyActions::reportTriggered()
{
    if (!m_document)
        return;
    MergeReportDialog report(*m_document->file(), 0, m_window);
    run(&report);
}

} // namespace Vigie
