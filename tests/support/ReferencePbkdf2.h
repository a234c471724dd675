#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

// PBKDF2 by an implementation that is not ours: python3's hashlib (OpenSSL's or its own), so a
// test compares Strongroom's derivation with an independent one. The inputs go in on stdin, never
// on a command line. Returns the derived bytes, or an empty array when python3 could not run (the
// caller then says so).
inline QByteArray referencePbkdf2(const QString &hash, const QByteArray &password, const QByteArray &salt,
                                  int iterations, int length)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import hashlib, sys\n"
                                 "h, i, n, p, s = sys.stdin.read().split()\n"
                                 "b = lambda x: b'' if x == '-' else bytes.fromhex(x)\n"
                                 "print(hashlib.pbkdf2_hmac(h, b(p), b(s), int(i), int(n)).hex())\n")});
    if (!python.waitForStarted())
        return {};
    python.write(hash.toLatin1() + ' ' + QByteArray::number(iterations) + ' ' + QByteArray::number(length) +
                 ' ' + (password.isEmpty() ? QByteArray("-") : password.toHex()) + ' ' +
                 (salt.isEmpty() ? QByteArray("-") : salt.toHex()) + '\n');
    python.closeWriteChannel();
    python.waitForFinished(60000);
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return {};
    return QByteArray::fromHex(python.readAllStandardOutput().trimmed());
}
