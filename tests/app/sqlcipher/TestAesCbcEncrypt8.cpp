#include "sqlcipher/AesCbcEncrypt8.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtCrypto>
#include <openssl/evp.h>

using namespace strongroom;

// Eight buffers at once give exactly what libcrypto's AES-256-CBC gives for each alone, for every
// number of lanes in use and lengths from one block to a 64 KiB page.
class TestAesCbcEncrypt8 : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;

    static QByteArray random(int size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(QRandomGenerator::global()->bounded(256));
        return bytes;
    }

    static QByteArray libcrypto(const QByteArray &key, const QByteArray &iv, const QByteArray &plain)
    {
        EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
        QByteArray out(plain.size(), '\0');
        int written = 0;
        EVP_EncryptInit_ex(context, EVP_aes_256_cbc(), nullptr,
                           reinterpret_cast<const uchar *>(key.constData()),
                           reinterpret_cast<const uchar *>(iv.constData()));
        EVP_CIPHER_CTX_set_padding(context, 0);
        EVP_EncryptUpdate(context, reinterpret_cast<uchar *>(out.data()), &written,
                          reinterpret_cast<const uchar *>(plain.constData()), int(plain.size()));
        EVP_CIPHER_CTX_free(context);
        return written == plain.size() ? out : QByteArray();
    }

private Q_SLOTS:
    void matchesLibcryptoLaneByLane_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("used");
        QTest::newRow("one block, one lane") << 16 << 1;
        QTest::newRow("a 4 KiB page's ciphertext, eight lanes") << 4016 << 8;
        QTest::newRow("a 1 KiB page's ciphertext, three lanes") << 976 << 3;
        QTest::newRow("a 64 KiB page's ciphertext, seven lanes") << 65456 << 7;
    }

    void matchesLibcryptoLaneByLane()
    {
        QFETCH(int, size);
        QFETCH(int, used);
        if (!AesCbcEncrypt8::available())
            QSKIP("this CPU has no AES-NI; PageReencryptor encrypts one page at a time with libcrypto here");
        const QByteArray key = random(32);
        const AesCbcEncrypt8 aes{QCA::SecureArray(key)};
        QList<QByteArray> plain, ivs, out;
        for (int l = 0; l < AesCbcEncrypt8::lanes; ++l) {
            plain << random(size);
            ivs << random(16);
            out << QByteArray(size, '\0');
        }
        std::array<const uchar *, 8> in{}, iv{};
        std::array<uchar *, 8> to{};
        for (int l = 0; l < 8; ++l) {
            const int from = l < used ? l : 0;
            in[l] = reinterpret_cast<const uchar *>(plain[from].constData());
            iv[l] = reinterpret_cast<const uchar *>(ivs[from].constData());
            to[l] = reinterpret_cast<uchar *>(out[from].data());
        }
        aes.encrypt(in, iv, to, size_t(size));
        for (int l = 0; l < used; ++l)
            QCOMPARE(out[l].toHex(), libcrypto(key, ivs[l], plain[l]).toHex());
    }
};

QTEST_GUILESS_MAIN(TestAesCbcEncrypt8)
#include "TestAesCbcEncrypt8.moc"
