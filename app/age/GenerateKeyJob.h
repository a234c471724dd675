#pragma once

#include "age/X25519Keys.h"
#include "core/Job.h"
#include "keys/KeyMaterial.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace strongroom::age {

// `key generate`: a new age identity written to a private file (0600, never over an existing one),
// optionally protected with a passphrase (an armored scrypt age file, as `age -p -a` makes), and a
// text recovery sheet beside it with the identity, its recipient, key id, date and a QR code of the
// identity. The recipient is public and goes into the data; the identity never does.
struct GenerateKeyRequest
{
    QString name;         // a label for the sheet and the file's comment; may be empty
    QString identityPath; // empty: the caller gets identityText() (e.g. for standard output)
    QString sheetPath;    // empty: no sheet
    std::optional<KeyMaterial> protectWith;
    // Where to remember the new identity file for `key list` (KeyRegistry); empty: not remembered.
    QString keyRegistryPath;
};

// Data: {"recipient", "keyId", "created", "identityFile", "recoverySheet", "protected"}.
class GenerateKeyJob : public Job
{
public:
    explicit GenerateKeyJob(GenerateKeyRequest request) : m_request(std::move(request)) {}
    QString title() const override;
    QList<JobStep> steps() const override;
    void run(JobContext &context) override;

    // The identity file's text when no identityPath was given; the caller wipes its copy.
    const QByteArray &identityText() const { return m_identityText; }

    // The sheet's text (also used by the tests): title, name, date, key id, recipient, identity, QR.
    static QString recoverySheetText(const X25519Identity &identity, const QString &name,
                                     const QDateTime &created);

private:
    std::optional<Error> generate(JobContext &context);
    GenerateKeyRequest m_request;
    QByteArray m_identityText;
    QJsonObject m_data;
};

} // namespace strongroom::age
