#pragma once

#include <QByteArray>
#include <QDebug>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// A real X25519 identity, made by the age package's age-keygen (never by Strongroom): the file at
// `identityPath` (age-keygen writes it 0600 and refuses one that exists) and its recipient (age1…),
// as `age-keygen -y` reads it back. Empty, with a warning saying why, when age-keygen is not
// installed or failed.
inline QString ageKeygen(const QString &identityPath)
{
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("age-keygen"));
    if (keygen.isEmpty()) {
        qWarning("age-keygen (Debian package age) is not installed");
        return {};
    }
    QByteArray recipient;
    for (const QStringList &args :
         {QStringList{QStringLiteral("-o"), identityPath}, QStringList{QStringLiteral("-y"), identityPath}}) {
        QProcess p;
        p.start(keygen, args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning() << "age-keygen" << args << "failed:" << p.readAllStandardError();
            return {};
        }
        recipient = p.readAllStandardOutput().trimmed();
    }
    return QString::fromLatin1(recipient);
}
