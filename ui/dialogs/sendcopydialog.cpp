#include "sendcopydialog.h"

#include "dialogs/dialogs.h"
#include "i18n/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Vigie {

SendCopyDialog::SendCopyDialog(const QList<Organization> &organizations, const QString &folder,
                               const QString &baseName, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_baseName(baseName)
{
    setObjectName(QStringLiteral("SendCopyDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_organizationLabel = new QLabel(this);
    m_organization = new QComboBox(this);
    m_organization->addItem(QString(), QString()); // the whole portfolio
    const bool french = Language::current() == QLatin1String("fr");
    for (const Organization &o : organizations) {
        const QString name = o.name.in(french ? QStringLiteral("fr") : QStringLiteral("en"));
        m_organization->addItem(name.isEmpty() ? o.code : QStringLiteral("%1 — %2").arg(o.code, name), o.code);
    }
    // Not as wide as the longest name (the dialog was 863 px wide in French, more than a small screen
    // has); its list is.
    m_organization->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organization->setMinimumContentsLength(28);
    m_organizationLabel->setBuddy(m_organization);
    m_pathLabel = new QLabel(this);
    m_path = new QLineEdit(this);
    m_pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_organization, &QComboBox::currentIndexChanged, this, [this] {
        suggestPath();
        retranslateUi();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_browse, &QPushButton::clicked, this, &SendCopyDialog::browse);

    auto *grid = new QGridLayout;
    grid->addWidget(m_organizationLabel, 0, 0);
    grid->addWidget(m_organization, 0, 1, 1, 2);
    grid->addWidget(m_pathLabel, 1, 0);
    grid->addWidget(m_path, 1, 1);
    grid->addWidget(m_browse, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    suggestPath();
    retranslateUi();
    // As tall as its text at that width, and a line more: the note on an organization's copy is a line
    // longer than the whole portfolio's, and choosing one does not make the dialog jump. (A fixed 260 px
    // left a gap of a hundred pixels above the buttons.)
    resize(620, std::max(layout->totalHeightForWidth(620), layout->totalMinimumSize().height())
                    + fontMetrics().lineSpacing());
}

QString SendCopyDialog::organizationCode() const
{
    return m_organization->currentData().toString();
}

QString SendCopyDialog::path() const
{
    return m_path->text().trimmed();
}

void SendCopyDialog::setOrganizationCode(const QString &code)
{
    const int index = m_organization->findData(code);
    if (index >= 0)
        m_organization->setCurrentIndex(index);
}

void SendCopyDialog::setPath(const QString &path)
{
    m_path->setText(path);
    m_pathEdited = true;
}

void SendCopyDialog::suggestPath()
{
    if (m_pathEdited)
        return;
    const QString code = organizationCode();
    const QString name = code.isEmpty() ? tr("%1 copy.vigie").arg(m_baseName)
                                        : QStringLiteral("%1-%2.vigie").arg(m_baseName, code);
    m_path->setText(QDir::toNativeSeparators(QDir(m_folder).filePath(name)));
}

void SendCopyDialog::browse()
{
    const QString chosen = Dialogs::saveFileName(this, tr("Send Copy to Organization"), path());
    if (!chosen.isEmpty())
        setPath(QDir::toNativeSeparators(chosen));
}

void SendCopyDialog::retranslateUi()
{
    setWindowTitle(tr("Send Copy to Organization"));
    m_intro->setText(tr("Write a copy of this portfolio for a ministry or agency to update offline. When it comes back, "
                        "File → Merge Copies takes in what it changed."));
    m_organizationLabel->setText(tr("&Organization:"));
    m_organization->setItemText(0, tr("The whole portfolio (every organization)"));
    m_pathLabel->setText(tr("&Copy:"));
    m_browse->setText(tr("&Browse…"));
    m_note->setText(organizationCode().isEmpty()
                        ? tr("Everything in the copy can be changed.")
                        : tr("Only %1's measures, projects, workforce and envelopes can be changed in the copy; the rest "
                             "is read-only in it.")
                              .arg(organizationCode()));
}

void SendCopyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Vigie
