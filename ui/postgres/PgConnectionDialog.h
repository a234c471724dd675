#pragma once

#include "postgres/PgConnection.h"
#include "postgres/PgServerInfo.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace strongroom {
class JobHandle;
class JobRunner;
} // namespace strongroom

namespace strongroom::ui {

class SecretLineEdit;

// Adds or edits a PostgreSQL connection: a conninfo, URI or service name, or the same as fields
// (host, port, database, user, TLS mode, root certificate), kept in step both ways; the password in
// a SecretLineEdit (empty: libpq's ~/.pgpass), optionally kept in the desktop keyring; Test
// connects with the info job and shows the server and the connection's TLS.
class PgConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PgConnectionDialog(JobRunner *runner, QWidget *parent = nullptr);
    ~PgConnectionDialog() override;

    void setConnection(const postgres::PgConnection &connection, const QString &name = {});
    // Only the password can be changed (the dashboard asks for one the server wants).
    void askForPasswordOnly(const QString &reason);

    postgres::PgConnection connection() const { return m_connection; }
    postgres::PgPassword password() const;
    QString name() const;
    bool savePasswordInKeyring() const;

    // Connects with the info job; testFinished() says how it went (testResult()).
    void test();
    QString testResult() const;
    bool testSucceeded() const { return m_testSucceeded; }

Q_SIGNALS:
    void testFinished(bool succeeded);

private:
    void fromText();
    void fromFields();
    void showConnection();
    void setProblem(const QString &problem);

    JobRunner *m_runner;
    postgres::PgConnection m_connection;
    bool m_updating = false;
    bool m_testSucceeded = false;
    QPointer<JobHandle> m_test;
    QLineEdit *m_text;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslmode;
    QLineEdit *m_rootCert;
    SecretLineEdit *m_password;
    QCheckBox *m_keyring;
    QPushButton *m_testButton;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};

} // namespace strongroom::ui
