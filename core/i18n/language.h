#pragma once

#include "model/entities.h"

#include <QLocale>
#include <QString>

#include <functional>

class QCoreApplication;

namespace Vigie {

// Installs Vigie's and Qt's translators for one language at a time. Used by the CLI (--lang) and by
// the GUI's Language menu, which switches at run time: widgets then receive QEvent::LanguageChange.
class Language
{
public:
    // "en", "fr", or "" / "system" for the system language (anything but French falls back to English).
    static QString resolve(const QString &requested);
    // Loads the translators for `language` ("en" or "fr"), replacing the previous ones; sets the default
    // QLocale to en_CA or fr_CA so numbers, money and dates follow.
    static bool apply(const QString &language);
    static QString current();
    // Vigie's text `source` of tr() context `context` in `language` ("en" or "fr"; English for any
    // other), read from the catalogue without installing it: the same on any thread, whatever language
    // the program speaks. The English source where the catalogue has no translation.
    static QString textIn(const QString &language, const char *context, const char *source);
    // What `make` says in English and in French: it runs twice on this thread, each time with every
    // tr() (plural forms included) answered from that language's catalogue and current() saying that
    // language, whatever language the program speaks, and nothing else switched (no LanguageChange,
    // the default locale kept: a number `make` formats follows the program's language). For the
    // texts the journal keeps in both languages (an undo step's name): `make` builds its words with
    // tr() from data (codes, numbers), never from a text already translated. In a program that has
    // not applied a language, on a thread other than the application's, there is one text (`fr` "").
    static BilingualText inBoth(const std::function<QString()> &make);
    static QLocale locale(const QString &language);
    // The language code of a locale: "fr" for French, "en" for anything else (the inverse of locale()).
    static QString code(const QLocale &locale);
    // Lower case without accents, as a French reader compares names ("Quebec" and "Québec" match):
    // decomposed, lowered, the combining marks dropped. The SQL function vigie_fold is this one.
    static QString folded(const QString &text);
    // For a text laid out in lines on screen or paper (not a file or the command line): a word joiner
    // after the opening bar of an absolute value, where Unicode's rules allow a break, so that
    // "|variance|" / « |écart| » / "|50.0%|" is never cut after its first bar.
    static QString tiedAbsoluteValues(QString text);
};

// Switches the installed language for one scope (a chart, a briefing or an export written in another
// language than the program's), restoring the previous one after. Widgets receive LanguageChange for
// both switches; they retranslate into the language that stays.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QString m_previous;
    bool m_switched = false;
};

} // namespace Vigie
