#include "helpbrowser.h"

#include "i18n/language.h"
#include "report/paper.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Vigie {

namespace {
const char *const kTopics[] = {
    "contents", "open", "pages", "overview", "strategy", "projects", "workforce", "envelopes", "editing",
    "import-export", "charts", "briefing", "periods", "copies", "health-rule", "command-line", "shortcuts",
};

QPointer<HelpBrowser> &sharedWindow()
{
    static QPointer<HelpBrowser> window;
    return window;
}
} // namespace

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_contents(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_forward(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    // A reference beside the work, not a step in it: never modal, resizable, with its own taskbar entry.
    setWindowFlag(Qt::Window);
    setModal(false);
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenExternalLinks(true);
    // Lines break between words only (or at a soft hyphen): a table narrower than a word scrolls
    // sideways rather than cutting it anywhere.
    m_browser->setWordWrapMode(QTextOption::WordWrap);
    Paper::apply(m_browser); // the guide is written dark on white, whatever the desktop's colours
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    m_close->setAutoDefault(false);
    for (QPushButton *button : { m_contents, m_back, m_forward })
        button->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_contents);
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_browser, 1);

    connect(m_contents, &QPushButton::clicked, this, [this] { openTopic(QStringLiteral("contents")); });
    connect(m_back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QPushButton::setEnabled);

    resize(760, 720);
    retranslateUi();
    load(QStringLiteral("contents"));
}

HelpBrowser *HelpBrowser::showTopic(const QString &topic, QWidget *parent)
{
    QPointer<HelpBrowser> &window = sharedWindow();
    if (!window) {
        window = new HelpBrowser(parent);
        if (!parent)
            window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->openTopic(topic.isEmpty() ? QStringLiteral("contents") : topic);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QStringList HelpBrowser::topics()
{
    QStringList list;
    for (const char *topic : kTopics)
        list.append(QString::fromLatin1(topic));
    return list;
}

QString HelpBrowser::topicForPage(const QString &pageId)
{
    // The guide names its page sections after the pages' ids.
    return topics().contains(pageId) ? pageId : QStringLiteral("pages");
}

QUrl HelpBrowser::guideUrl(const QString &language, const QString &topic)
{
    QUrl url(QStringLiteral("qrc:/help/%1/index.html").arg(language == QLatin1String("fr") ? language
                                                                                          : QStringLiteral("en")));
    if (!topic.isEmpty())
        url.setFragment(topic);
    return url;
}

bool HelpBrowser::openTopic(const QString &topic)
{
    const bool known = topics().contains(topic);
    load(known ? topic : QStringLiteral("contents"));
    return known;
}

QString HelpBrowser::topic() const
{
    const QString fragment = m_browser->source().fragment();
    return fragment.isEmpty() ? QStringLiteral("contents") : fragment;
}

void HelpBrowser::load(const QString &topic)
{
    m_language = Language::current();
    m_browser->setSource(guideUrl(m_language, topic));
    // Asked again for the topic already shown, setSource() does nothing: bring the topic back into view.
    m_browser->scrollToAnchor(topic);
}

void HelpBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (Language::current() != m_language) {
            // The history holds the other language's pages: start a new one at the topic being read.
            load(topic());
            m_browser->clearHistory(); // keeps only the page just loaded
        }
    }
    QDialog::changeEvent(event);
}

void HelpBrowser::retranslateUi()
{
    setWindowTitle(tr("Vigie Help"));
    m_contents->setText(tr("&Contents"));
    m_back->setText(tr("&Back"));
    m_forward->setText(tr("&Forward"));
    m_close->setText(tr("Close"));
    m_browser->setAccessibleName(tr("User guide"));
}

} // namespace Vigie
