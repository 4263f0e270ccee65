#include "dialogs.h"

#include "storage/outputfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QQueue>

// The file dialog's Type column names a folder, a drive or a link with these texts of Qt's, which Qt's
// French catalogue (qtbase_fr) lacks: a French desk read "Folder" beside « Nom » and « Taille ». Vigie's
// catalogue, asked first, carries them (disambiguations as Qt gives them).
[[maybe_unused]] const struct { const char *source, *comment; } kFileTypeNamesForPlatform[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
};
[[maybe_unused]] const char *const kFileTypeNames[] = {
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
};

namespace Vigie {

namespace {
struct TestState
{
    bool on = false;
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    QQueue<QStringList> fileLists;
    QQueue<QString> filters;
    QStringList messages;
};

TestState &state()
{
    static TestState s;
    return s;
}
} // namespace

void Dialogs::setTestMode(bool on)
{
    state() = TestState();
    state().on = on;
}

bool Dialogs::testMode()
{
    return state().on;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().answers.enqueue(answer);
}

void Dialogs::setNextFileName(const QString &path)
{
    state().fileNames.enqueue(path);
}

void Dialogs::setNextFileNames(const QStringList &paths)
{
    state().fileLists.enqueue(paths);
}

void Dialogs::setNextFilter(const QString &filter)
{
    state().filters.enqueue(filter);
}

QStringList Dialogs::takeMessages()
{
    return std::exchange(state().messages, {});
}

QString Dialogs::portfolioFilter()
{
    return tr("Vigie portfolios (*.vigie);;All files (*)");
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    if (state().on) {
        state().messages << title + QStringLiteral(": ") + text;
        return state().answers.isEmpty() ? QMessageBox::Cancel : state().answers.dequeue();
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::error(QWidget *parent, const QString &title, const QString &text)
{
    if (state().on) {
        state().messages << title + QStringLiteral(": ") + text;
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    // An error names a file, a line, a server address or a command to run: the user can copy it.
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box.exec();
}

bool Dialogs::warnProceed(QWidget *parent, const QString &title, const QString &text, const QStringList &details,
                          const QString &proceed)
{
    if (state().on) {
        state().messages << title + QStringLiteral(": ") + text + QLatin1Char('\n') + details.join(QLatin1Char('\n'));
        return !state().answers.isEmpty() && state().answers.dequeue() == QMessageBox::Yes;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(details.mid(0, 12).join(QLatin1Char('\n'))
                           + (details.size() > 12 ? QStringLiteral("\n…") : QString()));
    box.setDetailedText(details.join(QLatin1Char('\n')));
    QPushButton *go = box.addButton(proceed, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

bool Dialogs::errorWithAction(QWidget *parent, const QString &title, const QString &text, const QString &informative,
                              const QString &action)
{
    if (state().on) {
        state().messages << title + QStringLiteral(": ") + text + QLatin1Char('\n') + informative;
        return !state().answers.isEmpty() && state().answers.dequeue() == QMessageBox::Yes;
    }
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Close, parent);
    box.setInformativeText(informative);
    QPushButton *go = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    return box.clickedButton() == go;
}

void Dialogs::about(QWidget *parent, const QString &title, const QString &text)
{
    if (state().on) {
        state().messages << title + QStringLiteral(": ") + text;
        return;
    }
    QMessageBox::about(parent, title, text);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    if (state().on) {
        state().messages << title + QStringLiteral(": ") + text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

QStringList Dialogs::openFileNames(QWidget *parent, const QString &caption, const QString &dir)
{
    if (state().on)
        return state().fileLists.isEmpty() ? QStringList() : state().fileLists.dequeue();
    return QFileDialog::getOpenFileNames(parent, caption, dir, portfolioFilter());
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &dir)
{
    if (state().on)
        return state().fileNames.isEmpty() ? QString() : state().fileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, dir, portfolioFilter());
}

namespace {

// Why `path` cannot be written over from this window: the portfolio open here, or one being edited.
QString refusedTarget(const QString &path)
{
    const QString refused = OutputFile::protectedFileError(path);
    return refused.isEmpty() ? OutputFile::editedFileError(path) : refused;
}

} // namespace

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &dir, Existing existing)
{
    if (state().on)
        return state().fileNames.isEmpty() ? QString() : state().fileNames.dequeue();
    QString start = dir;
    for (;;) {
        // Asked here rather than by the file dialog: about the name with its suffix, and only once it
        // is known the file may be written at all.
        QString path = QFileDialog::getSaveFileName(parent, caption, start, portfolioFilter(), nullptr,
                                                    QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return path;
        if (!path.endsWith(QLatin1String(".vigie"), Qt::CaseInsensitive))
            path += QStringLiteral(".vigie");
        start = path;
        const QFileInfo target(path);
        QString refused = refusedTarget(path);
        if (refused.isEmpty() && target.exists() && (existing == Existing::NewFileOnly || target.isDir()))
            refused = target.isDir() ? tr("%1: a folder has that name; choose another name.").arg(QDir::toNativeSeparators(path))
                                     : tr("%1: a file already exists there; choose another name.").arg(QDir::toNativeSeparators(path));
        if (!refused.isEmpty()) {
            QMessageBox::warning(parent, caption, refused);
            continue;
        }
        if (target.exists()
            && QMessageBox::question(parent, caption,
                                     tr("%1 already exists.\nDo you want to replace it?").arg(target.fileName()),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
            continue;
        return path;
    }
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                              QString *selectedFilter)
{
    if (state().on) {
        if (!state().filters.isEmpty()) {
            const QString chosen = state().filters.dequeue();
            if (selectedFilter)
                *selectedFilter = chosen;
        }
        return state().fileNames.isEmpty() ? QString() : state().fileNames.dequeue();
    }
    QString start = dir;
    for (;;) {
        const QString path = QFileDialog::getSaveFileName(parent, caption, start, filter, selectedFilter);
        const QString refused = path.isEmpty() ? QString() : refusedTarget(path);
        if (refused.isEmpty())
            return path;
        QMessageBox::warning(parent, caption, refused);
        start = path;
    }
}

} // namespace Vigie
