#include "backup/CatalogSeal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtCrypto>

namespace strongroom {

namespace {

const char kInfo[] = "strongroom catalog seal v2";

// Every field the entry stores (BackupRecord::toJson), with the seal's version, and nothing left out
// but the seal and what toJson derives from it ("catalogued", "verified_state"): QJsonObject keeps
// its keys sorted, so the same fields always give the same bytes.
QByteArray sealedFields(const BackupRecord &record)
{
    QJsonObject fields = record.toJson();
    for (const char *derived : {"seal", "seal_version", "catalogued", "verified_state"})
        fields.remove(QLatin1String(derived));
    fields.insert(QStringLiteral("seal_version"), BackupRecord::currentSealVersion);
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

} // namespace

Result<QString> sealOf(const BackupRecord &record, const PageKeys &keys)
{
    if (!QCA::isSupported("hkdf(sha256)") || !QCA::isSupported("hmac(sha256)"))
        return Error(ExitCode::Environment,
                     QCoreApplication::translate(
                         "CatalogSeal", "QCA has no HKDF-SHA256 or HMAC-SHA256: install its OpenSSL plugin "
                                        "(libqca-qt6-plugins)."));
    if (keys.hmac.isEmpty())
        return Error(ExitCode::Usage, QCoreApplication::translate(
                                          "CatalogSeal", "A catalog seal needs the file's page HMAC key."));
    const QCA::SymmetricKey sealKey = QCA::HKDF(QStringLiteral("sha256"))
                                          .makeKey(keys.hmac, QCA::InitializationVector(keys.salt),
                                                   QCA::InitializationVector(QByteArray(kInfo)), 32);
    QCA::MessageAuthenticationCode mac(QStringLiteral("hmac(sha256)"), sealKey);
    mac.update(QCA::MemoryRegion(sealedFields(record)));
    return QString::fromLatin1(mac.final().toByteArray().toHex());
}

Status seal(BackupRecord &record, const PageKeys &keys)
{
    Result<QString> made = sealOf(record, keys);
    if (!made)
        return made.error();
    record.seal = made.value();
    record.sealVersion = BackupRecord::currentSealVersion;
    return Status::success();
}

bool sealHolds(const BackupRecord &record, const PageKeys &keys)
{
    if (!record.isSealed())
        return false;
    const Result<QString> expected = sealOf(record, keys);
    if (!expected)
        return false;
    const QByteArray a = expected->toLatin1();
    const QByteArray b = record.seal.toLatin1();
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0; // constant time: a seal is a MAC
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= uchar(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace strongroom
