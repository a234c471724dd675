#include "volumes/HelperClient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <cstring>
#include <unistd.h>

namespace strongroom::helper {

QString helperProgram()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/strongroom-helper");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStringLiteral("/usr/lib/strongroom/strongroom-helper");
}

Result<QJsonObject> callHelper(const Request &request, const KeyMaterial *key, const QString &program)
{
    // The helper validates too; checking here as well keeps a hopeless request from reaching pkexec.
    if (auto s = validate(request); !s)
        return s.error();
    if (request.needsPassphrase()) {
        if (!key || key->isEmpty())
            return Error(ExitCode::Usage, QStringLiteral("Opening %1 needs its key.").arg(request.image));
        // The helper reads the key up to the first line break; the rest would be read as a request.
        if (std::memchr(key->data(), '\n', size_t(key->size())))
            return Error(ExitCode::Usage,
                         QStringLiteral("The key of %1 holds a line break, which the helper cannot take.")
                             .arg(request.image));
    }
    if (auto s = requireDeviceMapper(); !s)
        return s.error();

    QProcess process;
    if (::geteuid() == 0) {
        process.start(program, {});
    } else {
        const QString pkexec = QStandardPaths::findExecutable(QStringLiteral("pkexec"));
        if (pkexec.isEmpty())
            return Error(
                ExitCode::Environment,
                QStringLiteral(
                    "pkexec is not installed (apt install pkexec); it starts the privileged helper."));
        process.start(pkexec, {program});
    }
    if (!process.waitForStarted())
        return Error(ExitCode::Environment, QStringLiteral("Cannot start %1.").arg(program));
    process.write(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (request.needsPassphrase()) {
        process.write(key->data(), key->size());
        process.write("\n");
    }
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const QJsonObject answer =
        QJsonDocument::fromJson(process.readAllStandardOutput().split('\n').value(0)).object();
    if (answer.isEmpty())
        return Error(ExitCode::Failure,
                     QStringLiteral("The helper gave no answer (authorisation refused?): %1")
                         .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    if (auto error = answerError(answer))
        return *error;
    return answer;
}

} // namespace strongroom::helper
