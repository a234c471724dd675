#include "system/Diagnostics.h"

#include "age/CompressionKind.h"
#include "core/AuditJournal.h"
#include "core/LabelledLines.h"
#include "keys/Keyring.h"
#include "postgres/LibpqVersion.h"
#include "sqlcipher/ShellDbstat.h"
#include "sqlcipher/SqlCipherVersions.h"
#include "volumes/UdisksClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtCrypto>
#include <unistd.h>

#ifndef STRONGROOM_CRYPTSETUP_VERSION
#define STRONGROOM_CRYPTSETUP_VERSION "unknown"
#endif

namespace strongroom {

bool cpuHasAesNi()
{
    // readAll: /proc files report a size of 0, so QFile::atEnd() is true before the first read.
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("flags"))
            return line.split(' ').contains("aes");
    }
    return false;
}

QString toolVersion(const QString &program, const QStringList &args)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return {};
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(5000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    const QString out =
        QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
    return out.section(QLatin1Char('\n'), 0, 0).trimmed();
}

static QString versionNumber(const QString &line)
{
    static const QRegularExpression number(QStringLiteral("v?(\\d+(\\.\\d+)+)"));
    const auto m = number.match(line);
    return m.hasMatch() ? m.captured(1) : line;
}

Diagnostics Diagnostics::collect()
{
    Diagnostics d;
    d.strongroom = QStringLiteral(STRONGROOM_VERSION);
    d.qt = QString::fromLatin1(qVersion());
    const SqlCipherVersions sc = SqlCipherVersions::query();
    d.sqlcipher = sc.sqlcipher;
    d.sqlcipherProvider = sc.provider;
    d.sqlcipherProviderVersion = sc.providerVersion;
    d.sqlite = sc.sqlite;
    d.dbstat = sc.dbstat;
    d.qca = QString::fromLatin1(qcaVersionStr());
    for (QCA::Provider *provider : QCA::providers())
        d.qcaProviders.append(provider->name());
    d.cryptsetup = QStringLiteral(STRONGROOM_CRYPTSETUP_VERSION);
    d.karchive = age::karchiveVersion();
    d.libpq = postgres::libpqVersion();
    d.postgresql = versionNumber(toolVersion(QStringLiteral("pg_dump")));
    d.gpg = versionNumber(toolVersion(QStringLiteral("gpg")));
    d.age = versionNumber(toolVersion(QStringLiteral("age")));
    d.deviceMapper = deviceMapperAvailable();
    d.aesNi = cpuHasAesNi();
    d.afAlg = kernelCryptoApiAvailable();
    d.udisks = UdisksClient().available().ok();
    d.keyring = Keyring::isAvailable();
    QString noJournal;
    d.journal = auditjournal::available(&noJournal);

    auto missing = [&d](const QString &what, const QString &disables, const QString &fix) {
        d.missing.append(Missing{what, disables, fix});
    };
    if (!d.qcaProviders.contains(QStringLiteral("qca-ossl")))
        missing(QStringLiteral(QT_TRANSLATE_NOOP("Diagnostics", "QCA OpenSSL provider")),
                QCoreApplication::translate("Diagnostics", "checksums, key ids and AES-GCM backups"),
                QStringLiteral("apt install libqca-qt6-plugins"));
    // Debian's libsqlcipher is built without dbstat and its sqlcipher shell with it: the dashboard
    // then measures table sizes through the shell.
    if (!d.dbstat && ShellDbstat::program().isEmpty())
        missing(QStringLiteral(QT_TRANSLATE_NOOP("Diagnostics", "SQLCipher dbstat")),
                QCoreApplication::translate("Diagnostics", "table sizes on the dashboard"),
                QCoreApplication::translate(
                    "Diagnostics",
                    "apt install sqlcipher (its shell has dbstat; the library is built without it)"));
    if (d.postgresql.isEmpty())
        missing(QStringLiteral(QT_TRANSLATE_NOOP("Diagnostics", "PostgreSQL client tools")),
                QCoreApplication::translate("Diagnostics", "PostgreSQL backups and restores"),
                QStringLiteral("apt install postgresql-client-17"));
    if (d.gpg.isEmpty())
        missing(QStringLiteral("gpg"),
                QCoreApplication::translate("Diagnostics", "restoring gpg-encrypted backups"),
                QStringLiteral("apt install gnupg"));
    if (d.age.isEmpty())
        missing(QStringLiteral("age"),
                QCoreApplication::translate("Diagnostics", "restoring age-encrypted backups"),
                QStringLiteral("apt install age"));
    if (!d.deviceMapper)
        missing(QStringLiteral("device-mapper"),
                QCoreApplication::translate(
                    "Diagnostics",
                    "opening (mapping), mounting and closing LUKS volumes; header work, key slots and "
                    "offline re-encryption still work"),
                QCoreApplication::translate(
                    "Diagnostics",
                    "load the dm_crypt kernel module (modprobe dm_crypt) on a machine that allows it; "
                    "containers usually cannot"));
    if (!d.afAlg)
        missing(QStringLiteral(QT_TRANSLATE_NOOP("Diagnostics", "kernel crypto API (AF_ALG)")),
                QCoreApplication::translate(
                    "Diagnostics",
                    "libcryptsetup's cipher benchmark; Strongroom measures ciphers in user space instead"),
                QCoreApplication::translate("Diagnostics", "load the algif_skcipher kernel module"));
    if (!d.aesNi)
        missing(
            QStringLiteral("AES-NI"),
            QCoreApplication::translate("Diagnostics", "nothing, but AES is several times slower without it"),
            QCoreApplication::translate(
                "Diagnostics",
                "use a CPU with AES instructions, or pass them through to the virtual machine"));
    if (!d.udisks)
        missing(QStringLiteral("udisks2"),
                QCoreApplication::translate(
                    "Diagnostics",
                    "opening and mounting volumes as a normal user (root can still do it without)"),
                QStringLiteral("apt install udisks2; systemctl start udisks2"));
    if (!d.keyring)
        missing(QStringLiteral(QT_TRANSLATE_NOOP("Diagnostics", "desktop keyring")),
                QCoreApplication::translate("Diagnostics", "remembering keys in the GUI (off by default)"),
                QCoreApplication::translate(
                    "Diagnostics",
                    "run a Secret Service keyring (gnome-keyring, KWallet) in your desktop session"));
    if (!d.journal)
        missing(QStringLiteral(QT_TRANSLATE_NOOP("Diagnostics", "system journal")),
                QCoreApplication::translate(
                    "Diagnostics",
                    "the audit trail's second copy: entries are only in the local chain, which the "
                    "user can rewrite, and `audit verify` cannot compare it with the journal"),
                noJournal + QCoreApplication::translate(
                                "Diagnostics",
                                ": run systemd-journald (every systemd system does; containers "
                                "usually lack it)"));
    return d;
}

QJsonObject Diagnostics::toJson() const
{
    QJsonArray missingArray;
    for (const Missing &m : missing)
        missingArray.append(QJsonObject{{QStringLiteral("what"), m.what},
                                        {QStringLiteral("disables"), m.disables},
                                        {QStringLiteral("fix"), m.fix}});
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("strongroom"), strongroom},
        {QStringLiteral("qt"), qt},
        {QStringLiteral("sqlcipher"),
         QJsonObject{{QStringLiteral("version"), orNull(sqlcipher)},
                     {QStringLiteral("provider"), orNull(sqlcipherProvider)},
                     {QStringLiteral("provider_version"), orNull(sqlcipherProviderVersion)},
                     {QStringLiteral("dbstat"), dbstat}}},
        {QStringLiteral("sqlite"), sqlite},
        {QStringLiteral("qca"),
         QJsonObject{{QStringLiteral("version"), qca},
                     {QStringLiteral("providers"), QJsonArray::fromStringList(qcaProviders)}}},
        {QStringLiteral("cryptsetup"), cryptsetup},
        {QStringLiteral("karchive"), karchive},
        {QStringLiteral("postgresql"),
         QJsonObject{{QStringLiteral("client_tools"), orNull(postgresql)}, {QStringLiteral("libpq"), libpq}}},
        {QStringLiteral("gpg"), orNull(gpg)},
        {QStringLiteral("age"), orNull(age)},
        {QStringLiteral("device_mapper"), deviceMapper},
        {QStringLiteral("aes_ni"), aesNi},
        {QStringLiteral("af_alg"), afAlg},
        {QStringLiteral("udisks2"), udisks},
        {QStringLiteral("keyring"), keyring},
        {QStringLiteral("journal"), journal},
        {QStringLiteral("missing"), missingArray},
    };
}

QString Diagnostics::toText() const
{
    auto yesNo = [](bool b) {
        return b ? QCoreApplication::translate("Diagnostics", "yes")
                 : QCoreApplication::translate("Diagnostics", "no");
    };
    auto orMissing = [](const QString &s) {
        return s.isEmpty() ? QCoreApplication::translate("Diagnostics", "missing") : s;
    };
    // Both sections' values start in one column, as wide as the longest label in the user's language.
    QList<QPair<QString, QString>> rows;
    auto row = [&rows](const QString &name, const QString &value) {
        rows.append({QStringLiteral("  ") + name + QLatin1Char(':'), value});
    };
    row(QStringLiteral("Qt"), qt);
    row(QStringLiteral("SQLCipher"),
        QStringLiteral("%1 (%2 %3)").arg(orMissing(sqlcipher), sqlcipherProvider, sqlcipherProviderVersion));
    row(QStringLiteral("SQLite"), sqlite + (dbstat ? QStringLiteral(", dbstat") : QString()));
    row(QStringLiteral("QCA"), QCoreApplication::translate("Diagnostics", "%1 (providers: %2)")
                                   .arg(qca, qcaProviders.join(QStringLiteral(", "))));
    row(QStringLiteral("libcryptsetup"), cryptsetup);
    row(QStringLiteral("KArchive"), karchive);
    row(QCoreApplication::translate("Diagnostics", "PostgreSQL tools"),
        orMissing(postgresql) + QStringLiteral(" (libpq %1)").arg(libpq));
    row(QStringLiteral("gpg"), orMissing(gpg));
    row(QStringLiteral("age"), orMissing(age));
    const qsizetype libraries = rows.size();
    row(QStringLiteral("device-mapper"), yesNo(deviceMapper));
    row(QStringLiteral("AES-NI"), yesNo(aesNi));
    row(QCoreApplication::translate("Diagnostics", "kernel crypto API"), yesNo(afAlg));
    row(QStringLiteral("udisks2"), yesNo(udisks));
    row(QCoreApplication::translate("Diagnostics", "desktop keyring"), yesNo(keyring));
    row(QCoreApplication::translate("Diagnostics", "system journal"), yesNo(journal));
    QStringList lines = labelledLines(rows).split(QLatin1Char('\n'));
    QString t =
        QCoreApplication::translate("Diagnostics", "Strongroom %1\n\nLibraries and tools:\n").arg(strongroom);
    t += lines.mid(0, libraries).join(QLatin1Char('\n')) + QLatin1Char('\n');
    t += QCoreApplication::translate("Diagnostics", "\nSystem:\n");
    t += lines.mid(libraries).join(QLatin1Char('\n'));
    if (!missing.isEmpty()) {
        t += QCoreApplication::translate("Diagnostics", "\nMissing:\n");
        for (const Missing &m : missing)
            t += QCoreApplication::translate("Diagnostics", "  - %1: disables %2.\n    Fix: %3\n")
                     .arg(QCoreApplication::translate("Diagnostics", m.what.toUtf8().constData()), m.disables,
                          m.fix);
    }
    return t;
}

} // namespace strongroom
