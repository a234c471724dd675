#include "age/GenerateKeyJob.h"

#include "age/AgeFile.h"
#include "age/IdentityFile.h"
#include "age/PrivateOutput.h"
#include "age/TextQrCode.h"
#include "core/AuditLog.h"
#include "core/JobContext.h"
#include "keys/KeyRegistry.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

namespace strongroom::age {

QString GenerateKeyJob::title() const
{
    return QCoreApplication::translate("AgeFormat", "Generate an age key");
}

QList<JobStep> GenerateKeyJob::steps() const
{
    return {JobStep{QCoreApplication::translate("AgeFormat", "Generate the key pair"), false},
            JobStep{QCoreApplication::translate("AgeFormat", "Write the identity and the recovery sheet"),
                    false}};
}

QString GenerateKeyJob::recoverySheetText(const X25519Identity &identity, const QString &name,
                                          const QDateTime &created)
{
    const QString identityText = identity.toString();
    QString sheet;
    sheet +=
        QCoreApplication::translate("AgeFormat", "Strongroom recovery sheet: age key") + QLatin1Char('\n');
    sheet += QCoreApplication::translate("AgeFormat",
                                         "Keep this sheet offline, somewhere safe. Whoever holds it can "
                                         "decrypt every file encrypted to this key.") +
             QStringLiteral("\n\n");
    if (!name.isEmpty())
        sheet += QCoreApplication::translate("AgeFormat", "Name:      %1").arg(name) + QLatin1Char('\n');
    sheet +=
        QCoreApplication::translate("AgeFormat", "Created:   %1").arg(created.toUTC().toString(Qt::ISODate)) +
        QLatin1Char('\n');
    sheet += QCoreApplication::translate("AgeFormat", "Key id:    %1").arg(identity.recipient().keyId()) +
             QLatin1Char('\n');
    sheet += QCoreApplication::translate("AgeFormat", "Recipient: %1").arg(identity.recipient().toString()) +
             QStringLiteral("\n\n");
    sheet +=
        QCoreApplication::translate("AgeFormat", "Identity (secret; type it back into a file of its own line "
                                                 "to use it with strongroom-cli or age -i):") +
        QLatin1Char('\n') + identityText + QStringLiteral("\n\n");
    sheet += QCoreApplication::translate("AgeFormat", "The identity as a QR code:") + QLatin1Char('\n');
    sheet += textQrCode(identityText.toLatin1());
    return sheet;
}

std::optional<Error> GenerateKeyJob::generate(JobContext &context)
{
    context.startStep(0);
    const X25519Identity identity = X25519Identity::generate();
    const QDateTime created = QDateTime::currentDateTimeUtc();
    QByteArray text = identityFileText(identity, created);
    if (!m_request.name.isEmpty())
        text.prepend("# name: " + m_request.name.toUtf8() + '\n');
    if (m_request.protectWith) {
        QBuffer in(&text);
        in.open(QIODevice::ReadOnly);
        QByteArray sealed;
        QBuffer out(&sealed);
        out.open(QIODevice::WriteOnly);
        EncryptRequest request;
        request.passphrase = m_request.protectWith;
        request.armor = true;
        auto result = encryptFile(in, out, request);
        wipeBytes(text.data(), std::size_t(text.size()));
        if (!result)
            return result.error();
        text = sealed;
    }
    context.startStep(1);
    if (!m_request.sheetPath.isEmpty()) {
        QByteArray sheet = recoverySheetText(identity, m_request.name, created).toUtf8();
        const Status written = writePrivateFile(m_request.sheetPath, sheet, QStringLiteral("age-sheet"));
        wipeBytes(sheet.data(), std::size_t(sheet.size()));
        if (!written) {
            wipeBytes(text.data(), std::size_t(text.size()));
            return written.error();
        }
    }
    if (m_request.identityPath.isEmpty()) {
        m_identityText = std::move(text);
    } else {
        const Status written = writePrivateFile(m_request.identityPath, text, QStringLiteral("age-keygen"));
        wipeBytes(text.data(), std::size_t(text.size()));
        if (!written)
            return written.error();
    }
    const QJsonObject data{{QStringLiteral("recipient"), identity.recipient().toString()},
                           {QStringLiteral("keyId"), identity.recipient().keyId()},
                           {QStringLiteral("created"), created.toString(Qt::ISODate)},
                           {QStringLiteral("name"), m_request.name},
                           {QStringLiteral("identityFile"), m_request.identityPath},
                           {QStringLiteral("recoverySheet"), m_request.sheetPath},
                           {QStringLiteral("protected"), m_request.protectWith.has_value()}};
    m_data = data;
    context.setData(data);
    if (!m_request.keyRegistryPath.isEmpty() && !m_request.identityPath.isEmpty()) {
        RegisteredKeyFile file{m_request.identityPath,
                               RegisteredKeyFile::kindIdentity(),
                               m_request.name,
                               {identity.recipient().toString()},
                               {identity.recipient().keyId()},
                               created,
                               {}};
        if (const Status recorded = KeyRegistry(m_request.keyRegistryPath).recordKeyFile(file); !recorded)
            context.addDetail(recorded.error().message);
    }
    context.setOverview(QCoreApplication::translate("AgeFormat", "New age key %1, recipient %2.")
                            .arg(identity.recipient().keyId(), identity.recipient().toString()));
    return std::nullopt;
}

void GenerateKeyJob::run(JobContext &context)
{
    const std::optional<Error> error = generate(context);
    const AuditLog &log = context.audit();
    const QString target = m_request.identityPath.isEmpty()
                               ? QStringLiteral("-")
                               : QFileInfo(m_request.identityPath).absoluteFilePath();
    if (error) {
        context.fail(*error);
        log.append(QStringLiteral("key.generate"), target, QStringLiteral("failed"),
                   QJsonObject{{QStringLiteral("error"), error->toJson()}});
        return;
    }
    // The recipient and key id are public; the identity is never written here.
    log.append(QStringLiteral("key.generate"), target, QStringLiteral("succeeded"), m_data);
}

} // namespace strongroom::age
