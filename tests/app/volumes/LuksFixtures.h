#pragma once

#include "support/CliProcess.h"
#include "support/IsolatedHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Real LUKS inputs made with the cryptsetup tool, keys always in files (never on a command line),
// KDF costs at the minimum so the suite stays fast.
struct LuksFixtures
{
    QTemporaryDir dir;
    QProcessEnvironment env = isolatedEnvironment(dir.path());

    QString path(const QString &name) const { return dir.filePath(name); }

    // A key file holding exactly `secret`, for cryptsetup and for --key-file.
    QString keyFile(const QByteArray &secret)
    {
        const QString p = path(QStringLiteral("key-") + QString::fromLatin1(secret.toHex().left(16)));
        QFile f(p);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(secret);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return p;
    }

    static QPair<int, QByteArray> tool(const QString &program, const QStringList &args,
                                       const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        p.waitForStarted();
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
    }

    static void sparseFile(const QString &p, qint64 mib)
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(f.resize(mib * 1024 * 1024));
    }

    // cryptsetup luksFormat with a tiny KDF; returns the image path.
    QString luksFormat(const QString &name, const QStringList &options, const QByteArray &secret,
                       int mib = 20)
    {
        const QString image = path(name);
        sparseFile(image, mib);
        const auto [rc, out] =
            tool(QStringLiteral("cryptsetup"), QStringList{QStringLiteral("luksFormat"), QStringLiteral("-q"),
                                                           QStringLiteral("--key-file"), keyFile(secret)} +
                                                   options + QStringList{image});
        if (rc != 0)
            qWarning("cryptsetup luksFormat failed: %s", out.constData());
        return image;
    }

    // A LUKS2 image whose one key slot is cheap to open (pbkdf2, 1000 iterations), for tests that are
    // not about key derivation.
    QString cheapLuksFormat(const QString &name, const QByteArray &secret)
    {
        return luksFormat(name,
                          {QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                           QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")},
                          secret);
    }

    // Why encryptedExt4Image() cannot work here ("" when it can): for QSKIP.
    static QString ext4ImageUnavailable()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/sbin/mke2fs")) ||
            QStandardPaths::findExecutable(QStringLiteral("cryptsetup")).isEmpty())
            return QStringLiteral(
                "mke2fs or cryptsetup is missing: no image can be made (install e2fsprogs and "
                "cryptsetup-bin)");
        return {};
    }

    // An encrypted image made without root or device-mapper: an ext4 file system of `mib`
    // MiB holding the files of `tree` (mke2fs -d), encrypted in place to LUKS2 (cryptsetup reencrypt
    // --encrypt) with `secret` in one cheap key slot (pbkdf2, 1000 iterations). The image file `name`
    // is 16 MiB larger: the room the header takes. Its path, or "" with the tool's complaint as a
    // warning when a tool failed.
    QString encryptedExt4Image(const QString &name, const QString &tree, int mib, const QByteArray &secret)
    {
        const QString image = path(name);
        sparseFile(image, mib + 16);
        auto [rc, out] =
            tool(QStringLiteral("/usr/sbin/mke2fs"),
                 {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-t"), QStringLiteral("ext4"),
                  QStringLiteral("-d"), tree, image, QStringLiteral("%1M").arg(mib)});
        if (rc == 0)
            std::tie(rc, out) = tool(
                QStringLiteral("cryptsetup"),
                {QStringLiteral("reencrypt"), QStringLiteral("-q"), QStringLiteral("--encrypt"),
                 QStringLiteral("--type"), QStringLiteral("luks2"), QStringLiteral("--reduce-device-size"),
                 QStringLiteral("16M"), QStringLiteral("--key-file"), keyFile(secret),
                 QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                 QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000"), image});
        if (rc != 0) {
            qWarning("cannot make the image %s: %s", qPrintable(image), out.constData());
            return {};
        }
        return image;
    }

    bool addKeyWithTool(const QString &image, const QByteArray &existing, const QByteArray &added,
                        const QStringList &options)
    {
        const auto [rc, out] =
            tool(QStringLiteral("cryptsetup"), QStringList{QStringLiteral("luksAddKey"), QStringLiteral("-q"),
                                                           QStringLiteral("--key-file"), keyFile(existing)} +
                                                   options + QStringList{image, keyFile(added)});
        if (rc != 0)
            qWarning("cryptsetup luksAddKey failed: %s", out.constData());
        return rc == 0;
    }

    // `cryptsetup open --test-passphrase`: true when `secret` opens the volume (optionally that slot).
    bool toolOpens(const QString &image, const QByteArray &secret, int slot = -1)
    {
        QStringList args{QStringLiteral("open"), QStringLiteral("--test-passphrase"),
                         QStringLiteral("--key-file"), keyFile(secret)};
        if (slot >= 0)
            args << QStringLiteral("--key-slot") << QString::number(slot);
        return tool(QStringLiteral("cryptsetup"), args << image).first == 0;
    }

    QByteArray luksDump(const QString &image)
    {
        return tool(QStringLiteral("cryptsetup"), {QStringLiteral("luksDump"), image}).second;
    }

    // strongroom-cli with the key in a file; `extra` after the verb's own arguments.
    CliRun cli(const QStringList &args) { return runCli(args, {}, env); }
    CliRun cliWithKey(const QStringList &args, const QByteArray &secret, const QByteArray &newSecret = {})
    {
        QStringList all = args;
        all << QStringLiteral("--key-file") << keyFile(secret);
        if (!newSecret.isEmpty())
            all << QStringLiteral("--new-key-file") << keyFile(newSecret);
        return runCli(all, {}, env);
    }

    QString auditLog() const
    {
        QFile f(dir.filePath(QStringLiteral("data/strongroom/audit.jsonl")));
        f.open(QIODevice::ReadOnly);
        return QString::fromUtf8(f.readAll());
    }
};
