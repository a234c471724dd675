#include "bench/MachineFacts.h"

#include "sqlcipher/SqlCipherVersions.h"
#include "system/Diagnostics.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>
#include <openssl/crypto.h>

namespace strongroom::bench {

namespace {

QString readCpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromUtf8(line.mid(colon + 1)).trimmed();
        }
    }
    return {};
}

} // namespace

MachineFacts MachineFacts::collect()
{
    MachineFacts f;
    f.host = QSysInfo::machineHostName();
    f.cpuModel = readCpuModel();
    f.cores = QThread::idealThreadCount();
    f.aesNi = cpuHasAesNi();
    f.kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    const SqlCipherVersions versions = SqlCipherVersions::query();
    f.sqlcipher = versions.sqlcipher;
    f.sqlite = versions.sqlite;
    f.openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    return f;
}

QJsonObject MachineFacts::toJson() const
{
    return {{QStringLiteral("host"), host},     {QStringLiteral("cpu_model"), cpuModel},
            {QStringLiteral("cores"), cores},   {QStringLiteral("aes_ni"), aesNi},
            {QStringLiteral("kernel"), kernel}, {QStringLiteral("sqlcipher"), sqlcipher},
            {QStringLiteral("sqlite"), sqlite}, {QStringLiteral("openssl"), openssl}};
}

} // namespace strongroom::bench
