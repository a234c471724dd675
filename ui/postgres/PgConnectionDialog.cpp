#include "postgres/PgConnectionDialog.h"

#include "core/JobHandle.h"
#include "core/JobRunner.h"
#include "keys/Keyring.h"
#include "postgres/PgInfoJob.h"
#include "widgets/SecretLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace strongroom::ui {

using namespace strongroom::postgres;

namespace {

const QStringList kSslModes{QString(),
                            QStringLiteral("disable"),
                            QStringLiteral("allow"),
                            QStringLiteral("prefer"),
                            QStringLiteral("require"),
                            QStringLiteral("verify-ca"),
                            QStringLiteral("verify-full")};

} // namespace

PgConnectionDialog::PgConnectionDialog(JobRunner *runner, QWidget *parent) : QDialog(parent), m_runner(runner)
{
    setWindowTitle(tr("PostgreSQL Connection"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("conninfo"));
    m_text->setPlaceholderText(tr("host=db.example dbname=shop user=app, postgresql://…, or a service name"));
    m_text->setToolTip(tr("A libpq connection string, a postgresql:// URI, or a service name from "
                          "pg_service.conf. Never put the password here."));
    form->addRow(tr("&Connection:"), m_text);
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("shown in the Databases list"));
    form->addRow(tr("&Name:"), m_name);
    m_host = new QLineEdit;
    m_host->setPlaceholderText(tr("a host name, an address, or a socket folder (default: the local socket)"));
    form->addRow(tr("&Host:"), m_host);
    m_port = new QLineEdit;
    m_port->setPlaceholderText(QStringLiteral("5432"));
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit;
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit;
    form->addRow(tr("&User:"), m_user);
    m_sslmode = new QComboBox;
    m_sslmode->setObjectName(QStringLiteral("sslmode"));
    const QStringList labels{tr("libpq's default (prefer)"),
                             tr("disable: never encrypt"),
                             tr("allow: encrypt if the server insists"),
                             tr("prefer: encrypt if the server can"),
                             tr("require: always encrypt, certificate not checked"),
                             tr("verify-ca: encrypt, certificate checked"),
                             tr("verify-full: encrypt, certificate and host name checked")};
    for (qsizetype i = 0; i < kSslModes.size(); ++i)
        m_sslmode->addItem(labels[i], kSslModes[i]);
    form->addRow(tr("&TLS:"), m_sslmode);
    m_rootCert = new QLineEdit;
    m_rootCert->setPlaceholderText(
        tr("the CA certificate for verify-ca and verify-full (default ~/.postgresql/root.crt)"));
    form->addRow(tr("&Root certificate:"), m_rootCert);
    m_password = new SecretLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass, or none"));
    form->addRow(tr("Pass&word:"), m_password);
    m_keyring = new QCheckBox(tr("&Keep the password in the desktop keyring"));
    m_keyring->setEnabled(Keyring::isAvailable());
    if (!Keyring::isAvailable())
        m_keyring->setToolTip(tr("No desktop keyring is running (Secret Service or KWallet)."));
    form->addRow(QString(), m_keyring);
    layout->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test Connection"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    setMinimumWidth(620);

    connect(m_text, &QLineEdit::textEdited, this, &PgConnectionDialog::fromText);
    for (QLineEdit *field : {m_host, m_port, m_database, m_user, m_rootCert})
        connect(field, &QLineEdit::textEdited, this, &PgConnectionDialog::fromFields);
    connect(m_sslmode, &QComboBox::currentIndexChanged, this, &PgConnectionDialog::fromFields);
    connect(m_testButton, &QPushButton::clicked, this, &PgConnectionDialog::test);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setProblem(tr("Name the server: a connection string, or host and database."));
}

PgConnectionDialog::~PgConnectionDialog()
{
    if (m_test)
        m_test->cancel();
}

void PgConnectionDialog::setConnection(const PgConnection &connection, const QString &name)
{
    m_connection = connection;
    m_name->setText(name);
    showConnection();
    setProblem({});
}

void PgConnectionDialog::askForPasswordOnly(const QString &reason)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_text, m_name, m_host, m_port, m_database, m_user,
                                                       m_sslmode, m_rootCert})
        w->setEnabled(false);
    m_result->setText(reason);
    m_password->setFocus();
}

void PgConnectionDialog::showConnection()
{
    m_updating = true;
    m_text->setText(m_connection.conninfo());
    m_text->setCursorPosition(0);
    m_host->setText(m_connection.option(QStringLiteral("host")));
    m_port->setText(m_connection.option(QStringLiteral("port")));
    m_database->setText(m_connection.option(QStringLiteral("dbname")));
    m_user->setText(m_connection.option(QStringLiteral("user")));
    m_rootCert->setText(m_connection.option(QStringLiteral("sslrootcert")));
    m_sslmode->setCurrentIndex(
        std::max<int>(0, int(kSslModes.indexOf(m_connection.option(QStringLiteral("sslmode"))))));
    m_updating = false;
}

void PgConnectionDialog::fromText()
{
    if (m_updating)
        return;
    Result<PgConnection> parsed = PgConnection::parse(m_text->text());
    if (!parsed) {
        setProblem(parsed.error().message);
        return;
    }
    m_connection = *parsed;
    const QString text = m_text->text();
    const int cursor = m_text->cursorPosition();
    showConnection();
    // The user is typing here: keep their text and cursor, not the normalised form.
    m_updating = true;
    m_text->setText(text);
    m_text->setCursorPosition(cursor);
    m_updating = false;
    setProblem({});
}

void PgConnectionDialog::fromFields()
{
    if (m_updating)
        return;
    m_connection.setOption(QStringLiteral("host"), m_host->text().trimmed());
    m_connection.setOption(QStringLiteral("port"), m_port->text().trimmed());
    m_connection.setOption(QStringLiteral("dbname"), m_database->text().trimmed());
    m_connection.setOption(QStringLiteral("user"), m_user->text().trimmed());
    m_connection.setOption(QStringLiteral("sslmode"), m_sslmode->currentData().toString());
    m_connection.setOption(QStringLiteral("sslrootcert"), m_rootCert->text().trimmed());
    m_updating = true;
    m_text->setText(m_connection.conninfo());
    m_updating = false;
    const Result<PgConnection> check = PgConnection::parse(m_connection.conninfo());
    setProblem(check ? QString() : check.error().message);
}

void PgConnectionDialog::setProblem(const QString &problem)
{
    const bool ok = problem.isEmpty() && !m_connection.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_testButton->setEnabled(ok && !m_test);
    if (!problem.isEmpty())
        m_result->setText(problem);
    else if (m_result->text().isEmpty() || !m_testSucceeded)
        m_result->clear();
}

PgPassword PgConnectionDialog::password() const
{
    if (m_password->isEmpty())
        return {};
    return PgPassword{m_password->key(), tr("the password field")};
}

QString PgConnectionDialog::name() const
{
    return m_name->text().trimmed().isEmpty() ? m_connection.displayName() : m_name->text().trimmed();
}

bool PgConnectionDialog::savePasswordInKeyring() const
{
    return m_keyring->isChecked() && !m_password->isEmpty();
}

void PgConnectionDialog::test()
{
    if (m_test || m_connection.isEmpty())
        return;
    m_testSucceeded = false;
    m_testButton->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(m_connection.displayName()));
    auto job = std::make_shared<PgInfoJob>(PgInfoJob::Request{m_connection, password(), false, 1});
    m_test = m_runner->start(job);
    connect(m_test, &JobHandle::finished, this, [this, job](const JobReport &report) {
        m_testButton->setEnabled(true);
        if (report.error) {
            m_result->setText(tr("<b>Failed:</b> %1").arg(report.error->message.toHtmlEscaped()));
        } else if (report.outcome == JobOutcome::Cancelled) {
            m_result->setText(tr("Cancelled."));
        } else {
            const PgServerInfo info = job->info();
            m_testSucceeded = true;
            m_result->setText(tr("<b>Connected</b> to PostgreSQL %1 as %2, database %3 (%4).<br>TLS: %5")
                                  .arg(info.serverVersion.toHtmlEscaped(), info.user.toHtmlEscaped(),
                                       info.database.toHtmlEscaped(),
                                       QLocale().formattedDataSize(info.databaseBytes),
                                       info.tls.describe().toHtmlEscaped()));
        }
        Q_EMIT testFinished(m_testSucceeded);
    });
}

QString PgConnectionDialog::testResult() const
{
    return m_result->text();
}

} // namespace strongroom::ui
