// VolumeInfo, what `volume info` and the Volumes page say about a LUKS header without unlocking it,
// compared field by field with what the cryptsetup tool reports for the same image (luksUUID and
// the LUKS2 JSON metadata): version, UUID, label, cipher, key and sector size, data offset, every
// key slot's state, PBKDF costs, priority and name; a detached header; LUKS1; a file that is not
// LUKS is exit 6. The text form escapes control characters in a label.
#include "LuksFixtures.h"
#include "volumes/CryptDevice.h"
#include "volumes/SlotNames.h"
#include "volumes/VolumeInfo.h"

#include <QJsonArray>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

namespace {
const QStringList kCheap{QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                         QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")};
} // namespace

class TestVolumeInfo : public QObject
{
    Q_OBJECT

    LuksFixtures m_fx;

    QJsonObject toolMetadata(const QString &headerFile)
    {
        const auto [rc, out] = LuksFixtures::tool(
            QStringLiteral("cryptsetup"),
            {QStringLiteral("luksDump"), QStringLiteral("--dump-json-metadata"), headerFile});
        if (rc != 0)
            qWarning("cryptsetup luksDump --dump-json-metadata: %s", out.constData());
        return QJsonDocument::fromJson(out).object();
    }

    QString toolUuid(const QString &headerFile)
    {
        return QString::fromLatin1(
            LuksFixtures::tool(QStringLiteral("cryptsetup"), {QStringLiteral("luksUUID"), headerFile})
                .second.trimmed());
    }

private Q_SLOTS:
    void aLuks2HeaderReadsAsTheToolReportsIt()
    {
        const QString image = m_fx.luksFormat(
            QStringLiteral("a.img"),
            {QStringLiteral("--label"), QStringLiteral("archive 2026"), QStringLiteral("--pbkdf"),
             QStringLiteral("argon2id"), QStringLiteral("--pbkdf-memory"), QStringLiteral("64"),
             QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("4"),
             QStringLiteral("--pbkdf-parallel"), QStringLiteral("1")},
            "zero");
        QVERIFY(m_fx.addKeyWithTool(image, "zero", "one", kCheap));
        QCOMPARE(LuksFixtures::tool(QStringLiteral("cryptsetup"),
                                    {QStringLiteral("config"), QStringLiteral("--priority"),
                                     QStringLiteral("prefer"), QStringLiteral("--key-slot"),
                                     QStringLiteral("1"), image})
                     .first,
                 0);
        {
            auto device = CryptDevice::load(image);
            QVERIFY(device.ok());
            QVERIFY(setSlotName(**device, 1, QStringLiteral("recovery")).ok());
        }
        const QJsonObject tool = toolMetadata(image);
        const QJsonObject segment =
            tool.value(QStringLiteral("segments")).toObject().value(QStringLiteral("0")).toObject();
        QVERIFY2(!segment.isEmpty(), "cryptsetup reported no data segment");

        auto info = readVolumeInfo(image);
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->version, 2);
        QCOMPARE(info->path, image);
        QVERIFY(info->headerPath.isEmpty());
        QCOMPARE(info->uuid, toolUuid(image));
        QCOMPARE(info->label, QStringLiteral("archive 2026"));
        QCOMPARE(info->cipher, segment.value(QStringLiteral("encryption")).toString());
        QCOMPARE(info->sectorSize, segment.value(QStringLiteral("sector_size")).toInt());
        QCOMPARE(QString::number(info->dataOffsetBytes), segment.value(QStringLiteral("offset")).toString());
        QCOMPARE(info->reencryption, QStringLiteral("none"));

        QCOMPARE(info->keySlots.size(), 2);
        const QJsonObject keyslots = tool.value(QStringLiteral("keyslots")).toObject();
        for (const KeySlotInfo &slot : std::as_const(info->keySlots)) {
            const QJsonObject toolSlot = keyslots.value(QString::number(slot.slot)).toObject();
            const QJsonObject kdf = toolSlot.value(QStringLiteral("kdf")).toObject();
            QCOMPARE(slot.state, QStringLiteral("active"));
            QCOMPARE(slot.keySizeBits, toolSlot.value(QStringLiteral("key_size")).toInt() * 8);
            QCOMPARE(slot.pbkdf, kdf.value(QStringLiteral("type")).toString());
        }
        const KeySlotInfo *zero = info->slot(0), *one = info->slot(1);
        QVERIFY(zero && one && !info->slot(2));
        QCOMPARE(zero->pbkdf, QStringLiteral("argon2id"));
        QCOMPARE(zero->memoryKib, 64);
        QCOMPARE(zero->iterations, 4);
        QCOMPARE(zero->parallel, 1);
        QCOMPARE(zero->priority, QStringLiteral("normal"));
        QVERIFY(zero->name.isEmpty());
        QCOMPARE(one->pbkdf, QStringLiteral("pbkdf2"));
        QCOMPARE(one->iterations, 1000);
        QCOMPARE(one->priority, QStringLiteral("prefer"));
        QCOMPARE(one->name, QStringLiteral("recovery"));
        QCOMPARE(info->tokens.size(), 1);
        QCOMPARE(info->tokens.at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("strongroom-slot"));

        const QJsonObject json = info->toJson();
        QCOMPARE(json.value(QStringLiteral("uuid")).toString(), info->uuid);
        QCOMPARE(json.value(QStringLiteral("keyslots")).toArray().size(), 2);
        QVERIFY(!json.contains(QStringLiteral("header")));
        const QString text = info->toText();
        QVERIFY2(text.contains(QStringLiteral("archive 2026")) &&
                     text.contains(QStringLiteral("priority prefer")),
                 qPrintable(text));
    }

    void theLastSlotIsMarkedSo()
    {
        const QString image = m_fx.cheapLuksFormat(QStringLiteral("last.img"), "zero");
        auto info = readVolumeInfo(image);
        QVERIFY(info.ok());
        QCOMPARE(info->keySlots.size(), 1);
        QCOMPARE(info->keySlots.first().state, QStringLiteral("active-last"));
        QVERIFY(info->label.isEmpty());
        QVERIFY2(info->toText().contains(QStringLiteral("(none)")), qPrintable(info->toText()));
    }

    void aDetachedHeaderIsReadFromItsOwnFile()
    {
        const QString image = m_fx.path(QStringLiteral("data.img"));
        const QString header = m_fx.path(QStringLiteral("header.img"));
        LuksFixtures::sparseFile(image, 8);
        LuksFixtures::sparseFile(header, 16);
        const auto [rc, out] = LuksFixtures::tool(
            QStringLiteral("cryptsetup"),
            QStringList{QStringLiteral("luksFormat"), QStringLiteral("-q"), QStringLiteral("--header"),
                        header, QStringLiteral("--key-file"), m_fx.keyFile("zero")} +
                kCheap + QStringList{image});
        QVERIFY2(rc == 0, out.constData());
        auto info = readVolumeInfo(image, header);
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->headerPath, header);
        QCOMPARE(info->dataOffsetBytes, 0);
        QCOMPARE(info->uuid, toolUuid(header));
        QCOMPARE(info->toJson().value(QStringLiteral("header")).toString(), header);
    }

    void aLuks1HeaderHasNoLabelAndNoTokens()
    {
        const QString image =
            m_fx.luksFormat(QStringLiteral("v1.img"),
                            {QStringLiteral("--type"), QStringLiteral("luks1"),
                             QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")},
                            "zero");
        auto info = readVolumeInfo(image);
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info->version, 1);
        QCOMPARE(info->uuid, toolUuid(image));
        QVERIFY(info->label.isEmpty());
        QVERIFY(info->tokens.isEmpty());
        QCOMPARE(info->keySlots.size(), 1);
        QCOMPARE(info->keySlots.first().pbkdf, QStringLiteral("pbkdf2"));
        QCOMPARE(info->keySlots.first().iterations, 1000);
    }

    void aFileThatIsNotLuksIsUnsupported()
    {
        const QString plain = m_fx.path(QStringLiteral("plain.img"));
        LuksFixtures::sparseFile(plain, 1);
        auto info = readVolumeInfo(plain);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, ExitCode::Unsupported);
    }

    void controlCharactersInALabelAreEscapedInText()
    {
        const QString image = m_fx.cheapLuksFormat(QStringLiteral("esc.img"), "zero");
        QCOMPARE(LuksFixtures::tool(QStringLiteral("cryptsetup"),
                                    {QStringLiteral("config"), QStringLiteral("--label"),
                                     QStringLiteral("evil\x1b[2Jlabel"), image})
                     .first,
                 0);
        auto info = readVolumeInfo(image);
        QVERIFY(info.ok());
        QCOMPARE(info->label, QStringLiteral("evil\x1b[2Jlabel"));
        QVERIFY2(!info->toText().contains(QChar(0x1b)), qPrintable(info->toText()));
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestVolumeInfo test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestVolumeInfo.moc"
