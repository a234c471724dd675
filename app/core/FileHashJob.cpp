#include "core/FileHashJob.h"

#include "core/JobContext.h"
#include "core/JobWorkProgress.h"
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
    const Result<QByteArray> digest = sha256HexOf(file, workProgress(context));
    if (digest.cancelled())
        return;
    if (!digest) {
        context.fail(Error(ExitCode::Failure, QCoreApplication::translate("FileHashJob", "%1: read error: %2")
                                                  .arg(m_path, digest.error().message)));
        return;
    }
    const qint64 done = file.pos();
    const QString hex = QString::fromLatin1(digest.value());
    context.setOverview(QCoreApplication::translate("FileHashJob", "SHA-256 of %1: %2").arg(m_path, hex));
    context.setData(QJsonObject{
        {QStringLiteral("path"), m_path}, {QStringLiteral("sha256"), hex}, {QStringLiteral("bytes"), done}});
}

} // namespace strongroom
