#include "core/FileHashJob.h"

#include "core/JobContext.h"
#include "core/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace strongroom {

QString FileHashJob::title() const
{
    return QCoreApplication::translate("FileHashJob", "Checksum of %1").arg(QFileInfo(m_path).fileName());
}

QList<JobStep> FileHashJob::steps() const
{
    return {JobStep{QCoreApplication::translate("FileHashJob", "Compute SHA-256"), false}};
}

void FileHashJob::run(JobContext &context)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.fail(Error(ExitCode::Failure,
                           QCoreApplication::translate(
                               "FileHashJob", "%1: cannot read the file (%2). Check that it exists and "
                                              "that you may read it.")
                               .arg(m_path, file.errorString())));
        return;
    }
    context.startStep(0, file.size(), ProgressUnit::Bytes);
    Sha256Stream hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    while (true) {
        if (context.isCancelled())
            return;
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            context.fail(
                Error(ExitCode::Failure, QCoreApplication::translate("FileHashJob", "%1: read error: %2")
                                             .arg(m_path, file.errorString())));
            return;
        }
        if (n == 0)
            break;
        hash.update(QByteArrayView(buffer.constData(), n));
        done += n;
        context.setProgress(done);
    }
    const QString hex = QString::fromLatin1(hash.finalHex());
    context.setOverview(QCoreApplication::translate("FileHashJob", "SHA-256 of %1: %2").arg(m_path, hex));
    context.setData(QJsonObject{
        {QStringLiteral("path"), m_path}, {QStringLiteral("sha256"), hex}, {QStringLiteral("bytes"), done}});
}

} // namespace strongroom
