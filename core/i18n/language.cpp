#include "language.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

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

} // namespace Vigie
