#include "sqlcipher/ShellDbstat.h"
#include "support/SqlCipherShell.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

// The sqlcipher shell that measures tables gets the key through a pipe of its own (descriptor 3),
// never on stdin, where it would pass through QProcess's write buffer; the sizes still arrive.
class TestShellDbstat : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;

private Q_SLOTS:
    void theKeyReachesTheShellOutsideItsStdin_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("passphrase with a quote") << QByteArray("pw-dbstat's secret");
        QTest::newRow("raw key") << QByteArray(
            "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'");
    }

    void theKeyReachesTheShellOutsideItsStdin()
    {
        QFETCH(QByteArray, key);
        const QString realShell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (realShell.isEmpty())
            QSKIP("the sqlcipher shell is not installed");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("t.db"));
        const QByteArray pragma = key.startsWith("x'")
                                      ? "PRAGMA key = \"" + key + "\";\n"
                                      : "PRAGMA key = '" + QByteArray(key).replace("'", "''") + "';\n";
        const ShellRun made =
            runSqlCipherShell(db, pragma + "CREATE TABLE t(x);\nINSERT INTO t VALUES (randomblob(5000));\n");
        QVERIFY2(made.exitCode == 0, made.err.constData());

        // A "sqlcipher" first in PATH that keeps a copy of what arrives on stdin.
        const QString bin = dir.filePath(QStringLiteral("bin"));
        const QString stdinCopy = dir.filePath(QStringLiteral("stdin-of-sqlcipher"));
        QVERIFY(QDir().mkpath(bin));
        QFile wrapper(bin + QStringLiteral("/sqlcipher"));
        QVERIFY(wrapper.open(QIODevice::WriteOnly));
        wrapper.write("#!/bin/sh\ntee '" + QFile::encodeName(stdinCopy) + "' | '" +
                      QFile::encodeName(realShell) + "' \"$@\"\n");
        wrapper.close();
        QVERIFY(wrapper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("PATH", QByteArray(QFile::encodeName(bin) + ':' + oldPath));

        const KeyMaterial material{QCA::SecureArray(key)};
        ShellDbstat shell;
        const std::optional<Error> started = shell.start(db, &material, std::nullopt, {QStringLiteral("t")});
        QList<ShellDbstat::Size> sizes;
        for (int i = 0; i < 600 && !started && !shell.finished(); ++i)
            sizes += shell.take(100);
        qputenv("PATH", oldPath);
        QVERIFY2(!started, started ? qPrintable(started->message) : "");
        QVERIFY(shell.finished());
        const std::optional<Error> error = shell.error();
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(sizes.size(), 1);
        QVERIFY(sizes.first().pages >= 2);

        QFile copy(stdinCopy);
        QVERIFY2(copy.open(QIODevice::ReadOnly), "the wrapper did not run");
        const QByteArray seen = copy.readAll();
        QVERIFY2(seen.contains("dbstat"), seen.constData());
        QVERIFY(seen.startsWith(".read /dev/fd/3\n"));
        QVERIFY(!seen.contains("PRAGMA key"));
        QVERIFY(!seen.contains(key.left(8)));
        QVERIFY(!shell.arguments().join(QLatin1Char(' ')).toUtf8().contains(key.left(8)));
    }

    void theKeyScriptQuotesAPassphrase()
    {
        const KeyMaterial key{QCA::SecureArray(QByteArray("it's"))};
        const QByteArray script = ShellDbstat::keyScript(&key, std::nullopt).toByteArray();
        QVERIFY(script.contains("PRAGMA key = 'it''s';\n"));
        QVERIFY(!ShellDbstat::queryScript({QStringLiteral("t")}).contains("PRAGMA key"));
    }
};

QTEST_GUILESS_MAIN(TestShellDbstat)
#include "TestShellDbstat.moc"
