#include "connectdialog.h"

#include "charts/chartstyle.h"
#include "storage/serverlocation.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vigie {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ConnectDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    showProblemInRed();
    m_problem->hide();
    const auto field = [this](QLabel **label, QLineEdit **edit, const char *name) {
        *label = new QLabel(this);
        *edit = new QLineEdit(this);
        (*edit)->setObjectName(QLatin1String(name));
        (*label)->setBuddy(*edit);
        connect(*edit, &QLineEdit::textChanged, this, &ConnectDialog::updateAddress);
    };
    field(&m_hostLabel, &m_host, "host");
    m_portLabel = new QLabel(this);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_portLabel->setBuddy(m_port);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::updateAddress);
    field(&m_databaseLabel, &m_database, "database");
    field(&m_schemaLabel, &m_schema, "schema");
    field(&m_userLabel, &m_user, "user");
    field(&m_passwordLabel, &m_password, "password");
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote = new QLabel(this);
    m_passwordNote->setWordWrap(true);
    m_addressLabel = new QLabel(this);
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_schemaLabel, m_schema);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_passwordNote);
    form->addRow(m_addressLabel, m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(560, 420);
}

QString ConnectDialog::address() const
{
    return m_addressError.isEmpty() ? m_address->text() : QString();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::setAddress(const QString &address)
{
    const std::optional<ServerLocation> location = ServerLocation::parse(address, nullptr);
    if (!location)
        return;
    m_host->setText(location->host);
    m_port->setValue(location->port);
    m_database->setText(location->database);
    m_schema->setText(location->schema);
    m_user->setText(location->user);
    updateAddress();
}

void ConnectDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        m_password->setFocus();
}

void ConnectDialog::updateAddress()
{
    // The fields make an address the same parser as the command line reads, so what the dialog accepts
    // opens, and what it refuses is refused with the parser's own words.
    ServerLocation fields;
    fields.host = m_host->text().trimmed();
    fields.port = m_port->value();
    fields.database = m_database->text().trimmed();
    fields.schema = m_schema->text().trimmed();
    fields.user = m_user->text().trimmed();
    m_addressError.clear();
    std::optional<ServerLocation> location;
    if (fields.database.isEmpty())
        m_addressError = tr("Give the name of the database.");
    else
        location = ServerLocation::parse(fields.address(), &m_addressError);
    m_address->setText(location ? location->address() : m_addressError);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_addressError.isEmpty());
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange) // the desktop's colours changed: light or dark
        showProblemInRed();
    QDialog::changeEvent(event);
}

void ConnectDialog::showProblemInRed()
{
    QPalette p; // this one role set, the others the dialog's
    p.setColor(QPalette::WindowText, ChartStyle::warningText(palette()));
    m_problem->setPalette(p);
}

void ConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to Server"));
    m_intro->setText(tr("Open a portfolio your office shares on a PostgreSQL server. Everyone connected sees "
                        "the others' changes within seconds; what you may change is decided by your role on "
                        "the server."));
    m_hostLabel->setText(tr("&Server:"));
    m_host->setPlaceholderText(tr("localhost"));
    m_portLabel->setText(tr("P&ort:"));
    m_port->setSpecialValueText(tr("default (5432)"));
    m_databaseLabel->setText(tr("&Database:"));
    m_schemaLabel->setText(tr("S&chema:"));
    m_schema->setPlaceholderText(tr("public"));
    m_userLabel->setText(tr("&User name:"));
    m_user->setPlaceholderText(tr("your login name"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setPlaceholderText(tr("from ~/.pgpass or PGPASSWORD"));
    m_passwordNote->setText(tr("Optional. Kept in memory until Vigie closes, never saved: leave it empty when "
                               "your password is in ~/.pgpass or your office signs you in."));
    m_addressLabel->setText(tr("Address:"));
    updateAddress();
}

} // namespace Vigie
