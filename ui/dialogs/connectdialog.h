#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Vigie {

// File → Connect to Server…: where a portfolio shared on a PostgreSQL server is (host, port, database,
// schema, user name), shown as the address Vigie will open, and an optional password. The password is
// for this session only (ServerCredentials keeps it in memory until Vigie closes): it is never saved,
// nor put in the address or the recent list; left empty, the server's usual sources apply (~/.pgpass,
// PGPASSWORD, Kerberos). When a connection failed, the dialog opens again on that address with the
// server's reason, so the user can correct it or type the password.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // postgresql://[user@]host[:port]/database[?schema=name], or "" while the fields do not make one.
    QString address() const;
    QString password() const;
    void setAddress(const QString &address);
    // Why the last attempt failed, shown above the fields (empty: hidden).
    void setProblem(const QString &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showProblemInRed();
    void updateAddress();

    QLabel *m_intro = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QLineEdit *m_schema = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordNote = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_address = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_addressError;
};

} // namespace Vigie
