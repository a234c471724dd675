#include "age/ScryptPassphrase.h"

#include "age/AgeBase64.h"
#include "core/SecureRandom.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cmath>

namespace strongroom::age {

namespace {

constexpr char kScryptType[] = "scrypt";
constexpr char kSaltLabel[] = "age-encryption.org/v1/scrypt";
constexpr int kDefaultLogN = 18;

// The work factor as the spec writes it: ^[1-9][0-9]*$, at most two digits before the range check.
int parseLogN(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 2 || text[0] < '1' || text[0] > '9')
        return -1;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

int calibratedScryptLogN(int targetMilliseconds)
{
    constexpr int probeLogN = 14;
    const QByteArray salt(16, '\0');
    QElapsedTimer timer;
    timer.start();
    scrypt("calibration", salt, probeLogN);
    const double probeMs = std::max<double>(1.0, double(timer.nsecsElapsed()) / 1e6);
    const int steps = int(std::floor(std::log2(double(targetMilliseconds) / probeMs)));
    return std::clamp(probeLogN + steps, kDefaultLogN, kMaxScryptLogN);
}

qint64 expectedScryptMs(int logN)
{
    constexpr int probeLogN = 12;
    const QByteArray salt(16, '\0');
    QElapsedTimer timer;
    timer.start();
    scrypt("estimate", salt, probeLogN);
    const double probeMs = double(timer.nsecsElapsed()) / 1e6;
    return qint64(probeMs * std::ldexp(1.0, std::max(0, logN - probeLogN)));
}

int scryptLogNOf(const Stanza &stanza)
{
    return stanza.arguments.size() == 3 ? parseLogN(stanza.arguments.at(2)) : -1;
}

Stanza scryptWrap(const FileKey &fileKey, QByteArrayView passphrase, int logN)
{
    QByteArray salt(16, Qt::Uninitialized);
    securerandom::fill(salt.data(), std::size_t(salt.size()));
    const auto key = scrypt(passphrase, QByteArray(QByteArray(kSaltLabel) + salt), logN);
    if (!key)
        std::abort(); // only a failed allocation of a few hundred MiB ends here
    QByteArray body(fileKey.size() + kChaChaTagSize, Qt::Uninitialized);
    chachaSeal(*key, kZeroNonce, fileKey.data(), fileKey.size(),
               reinterpret_cast<std::uint8_t *>(body.data()));
    return Stanza{{kScryptType, encodeBase64Raw(salt), QByteArray::number(logN)}, body};
}

QString checkScryptStanza(const Stanza &stanza)
{
    if (stanza.arguments.size() != 3)
        return QCoreApplication::translate("AgeFormat", "a scrypt stanza has %1 arguments instead of 3")
            .arg(stanza.arguments.size());
    const auto salt = decodeBase64Raw(stanza.arguments.at(1));
    if (!salt || salt->size() != 16)
        return QCoreApplication::translate("AgeFormat",
                                           "a scrypt stanza's salt is not 16 bytes in canonical base64");
    const int logN = parseLogN(stanza.arguments.at(2));
    if (logN < 1)
        return QCoreApplication::translate("AgeFormat",
                                           "a scrypt stanza's work factor is not a plain decimal number");
    if (logN > kMaxScryptLogN)
        return QCoreApplication::translate("AgeFormat",
                                           "a scrypt stanza's work factor %1 is above the limit of %2")
            .arg(logN)
            .arg(kMaxScryptLogN);
    if (stanza.body.size() != 32)
        return QCoreApplication::translate("AgeFormat", "a scrypt stanza's body is %1 bytes instead of 32")
            .arg(stanza.body.size());
    return {};
}

bool scryptUnwrap(const Stanza &stanza, QByteArrayView passphrase, FileKey &fileKey)
{
    const QByteArray salt = QByteArray(kSaltLabel) + decodeBase64Raw(stanza.arguments.at(1)).value();
    const auto key = scrypt(passphrase, salt, parseLogN(stanza.arguments.at(2)));
    if (!key)
        return false;
    return chachaOpen(*key, kZeroNonce, reinterpret_cast<const std::uint8_t *>(stanza.body.constData()),
                      std::size_t(stanza.body.size()), fileKey.data());
}

} // namespace strongroom::age
