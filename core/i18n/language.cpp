#include "language.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QThread>
#include <QTranslator>

#include <atomic>
#include <memory>

namespace Vigie {

namespace {
struct Installed
{
    QString language;
    std::unique_ptr<QTranslator> vigie;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// Vigie's French catalogue for textIn(): a translator of its own, never installed.
const QTranslator &frenchCatalogue()
{
    static QTranslator translator;
    // Loaded once, by the first thread here (the others wait); without the catalogue, the English
    // source stands.
    static const bool loaded = translator.load(QStringLiteral(":/i18n/vigie_fr.qm"));
    Q_UNUSED(loaded)
    return translator;
}

// The same for English, which has a catalogue for its plural forms (%n).
const QTranslator &englishCatalogue()
{
    static QTranslator translator;
    static const bool loaded = translator.load(QStringLiteral(":/i18n/vigie_en.qm"));
    Q_UNUSED(loaded)
    return translator;
}

// The language inBoth() is asking for on this thread ("" when none).
thread_local QString t_forced;

// Installed in front of every other translator (asked first), it answers only while inBoth() asks for a
// language on its thread, from that language's catalogue, the source text where it has none, so that no
// translator behind it speaks; otherwise it has no answer and the installed language speaks. It reports
// itself empty, so installing it sends no LanguageChange.
class ForcedLanguage : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        if (t_forced.isEmpty() || !source)
            return QString();
        const QTranslator &catalogue = t_forced == QLatin1String("fr") ? frenchCatalogue() : englishCatalogue();
        const QString text = catalogue.translate(context, source, disambiguation, n);
        return text.isNull() ? QString::fromUtf8(source) : text;
    }
};

ForcedLanguage &forcedLanguage()
{
    static ForcedLanguage translator;
    return translator;
}

std::atomic<bool> g_forcedInstalled { false };

// Puts the forced-language translator in front of the others (installed last, it is asked first). On
// the application's thread only, as every translator: apply() does it, and inBoth() for a program that
// never chose a language (a tool, a test).
void installForcedLanguage()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->thread() != QThread::currentThread())
        return;
    QCoreApplication::removeTranslator(&forcedLanguage());
    QCoreApplication::installTranslator(&forcedLanguage());
    g_forcedInstalled = true;
}
} // namespace

QString Language::resolve(const QString &requested)
{
    const QString r = requested.trimmed().toLower();
    if (r == QLatin1String("fr") || r.startsWith(QLatin1String("fr_")) || r.startsWith(QLatin1String("fr-")))
        return QStringLiteral("fr");
    if (r == QLatin1String("en") || r.startsWith(QLatin1String("en_")) || r.startsWith(QLatin1String("en-")))
        return QStringLiteral("en");
    return code(QLocale::system());
}

QString Language::code(const QLocale &locale)
{
    return locale.language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QString Language::folded(const QString &text)
{
    QString out;
    for (QChar ch : text.normalized(QString::NormalizationForm_D).toLower())
        if (!ch.isMark())
            out += ch;
    return out;
}

QString Language::tiedAbsoluteValues(QString text)
{
    // An opening bar: not after a letter, digit or bar, and closed by a bar before any space or tag
    // ("|écart|", "|50,0 %|" with its no-break space; not "mine|theirs").
    static const QRegularExpression bar(QStringLiteral("(?<![\\w|\u2060])\\|(?=[^\\s|<>\u2060][^|<>\\n]*?\\|)"),
                                        QRegularExpression::UseUnicodePropertiesOption); // "écart" is a word
    return text.replace(bar, QStringLiteral("|\u2060"));
}

QLocale Language::locale(const QString &language)
{
    return language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::Canada)
                                            : QLocale(QLocale::English, QLocale::Canada);
}

bool Language::apply(const QString &language)
{
    Installed &s = installed();
    const QString lang = resolve(language);
    if (s.vigie)
        QCoreApplication::removeTranslator(s.vigie.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.vigie = std::make_unique<QTranslator>();
    s.qt = std::make_unique<QTranslator>();
    bool ok = true;
    // Qt's own catalogue first: the one installed last is asked first, and Vigie's translates a few of
    // Qt's texts its own way (the command line's « guillemets »).
    if (lang == QLatin1String("fr")
        && s.qt->load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s.qt.get());
    // English has a catalogue too: it carries the plural forms (%n).
    if (s.vigie->load(QStringLiteral(":/i18n/vigie_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(s.vigie.get());
    else
        ok = lang == QLatin1String("en");
    installForcedLanguage();
    QLocale::setDefault(locale(lang));
    s.language = lang;
    return ok;
}

LanguageScope::LanguageScope(const QString &language)
    : m_previous(Language::current())
{
    if (!language.isEmpty() && Language::resolve(language) != m_previous) {
        Language::apply(language);
        m_switched = true;
    }
}

LanguageScope::~LanguageScope()
{
    if (m_switched)
        Language::apply(m_previous);
}

QString Language::current()
{
    if (!t_forced.isEmpty())
        return t_forced; // inBoth() at work on this thread: the data's words follow too
    return installed().language.isEmpty() ? QStringLiteral("en") : installed().language;
}

QString Language::textIn(const QString &language, const char *context, const char *source)
{
    if (language == QLatin1String("fr")) {
        if (const QString fr = frenchCatalogue().translate(context, source); !fr.isEmpty())
            return fr;
    }
    return QString::fromUtf8(source);
}

BilingualText Language::inBoth(const std::function<QString()> &make)
{
    if (!make)
        return {};
    if (!g_forcedInstalled)
        installForcedLanguage();
    if (!g_forcedInstalled) // no application, or another thread before any language was chosen
        return { make(), QStringLiteral("") }; // one text, in whichever language tr() speaks
    struct Restore
    {
        QString previous = t_forced;
        ~Restore() { t_forced = previous; }
    } restore;
    BilingualText both;
    t_forced = QStringLiteral("en");
    both.en = make();
    t_forced = QStringLiteral("fr");
    both.fr = make();
    return both;
}

} // namespace Vigie
