// `volume info/test-key/add-key/change-key/remove-key/retune/header-backup/header-restore/benchmark`
// against real LUKS headers made by the cryptsetup tool, and what `volume open|mount` need before
// they act (udisks2 itself is driven in TestUdisksClient).
#include "app/volumes/LuksFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtCrypto>
#include <unistd.h>

namespace {
const QStringList kArgonMin{QStringLiteral("--type"),
                            QStringLiteral("luks2"),
                            QStringLiteral("--pbkdf"),
                            QStringLiteral("argon2id"),
                            QStringLiteral("--pbkdf-force-iterations"),
                            QStringLiteral("4"),
                            QStringLiteral("--pbkdf-memory"),
                            QStringLiteral("32"),
                            QStringLiteral("--pbkdf-parallel"),
                            QStringLiteral("1")};
const QStringList kPbkdf2Min{QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                             QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")};
const QStringList kCheapNew{QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                            QStringLiteral("--pbkdf-iterations"), QStringLiteral("1000")};
} // namespace

class TestVolumeCommands : public QObject
{
    Q_OBJECT

    // LUKS2: slot 0 argon2id ("alpha"), slot 1 pbkdf2 ("bravo").
    QString twoSlotVolume(LuksFixtures &fx, const QString &name = QStringLiteral("two.img"))
    {
        const QString image = fx.luksFormat(name, kArgonMin, "alpha");
        fx.addKeyWithTool(image, "alpha", "bravo", kPbkdf2Min);
        return image;
    }

private Q_SLOTS:
    void infoReportsEveryKeySlotOfALuks2Volume()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        const CliRun run =
            fx.cli({QStringLiteral("volume"), QStringLiteral("info"), image, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = jsonOf(run);
        QCOMPARE(info.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(info.value(QStringLiteral("cipher")).toString(), QStringLiteral("aes-xts-plain64"));
        QCOMPARE(info.value(QStringLiteral("key_size_bits")).toInt(), 512);
        QVERIFY(!info.value(QStringLiteral("uuid")).toString().isEmpty());
        QVERIFY(fx.luksDump(image).contains(info.value(QStringLiteral("uuid")).toString().toLatin1()));
        const QJsonArray keyslots = info.value(QStringLiteral("keyslots")).toArray();
        QCOMPARE(keyslots.size(), 2);
        QCOMPARE(keyslots[0].toObject().value(QStringLiteral("pbkdf")).toString(),
                 QStringLiteral("argon2id"));
        QCOMPARE(keyslots[0].toObject().value(QStringLiteral("memory_kib")).toInt(), 32);
        QCOMPARE(keyslots[0].toObject().value(QStringLiteral("iterations")).toInt(), 4);
        QCOMPARE(keyslots[0].toObject().value(QStringLiteral("parallel")).toInt(), 1);
        QCOMPARE(keyslots[1].toObject().value(QStringLiteral("pbkdf")).toString(), QStringLiteral("pbkdf2"));
        QCOMPARE(keyslots[1].toObject().value(QStringLiteral("iterations")).toInt(), 1000);
        QCOMPARE(info.value(QStringLiteral("segments")).toArray().size(), 1);
        QCOMPARE(info.value(QStringLiteral("reencryption")).toString(), QStringLiteral("none"));
    }

    // A label or token type is whatever the image's author wrote: printed, it must not drive the terminal.
    void infoPrintsLabelsAndTokensWithControlCharactersEscaped()
    {
        LuksFixtures fx;
        const QString image = fx.luksFormat(
            QStringLiteral("label.img"),
            kPbkdf2Min + QStringList{QStringLiteral("--label"), QStringLiteral("a\x1b[2Jb")}, "alpha");
        const auto [rc, out] = LuksFixtures::tool(QStringLiteral("cryptsetup"),
                                                  {QStringLiteral("token"), QStringLiteral("import"),
                                                   QStringLiteral("--json-file"), QStringLiteral("-"), image},
                                                  "{\"type\":\"x\\u001b]0;owned\\u0007\",\"keyslots\":[]}");
        QVERIFY2(rc == 0, out.constData());
        const CliRun run = fx.cli({QStringLiteral("volume"), QStringLiteral("info"), image});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("a\\x1b[2Jb"), run.out.constData());
        QVERIFY2(run.out.contains("x\\x1b]0;owned\\x07"), run.out.constData());
        QVERIFY(!run.out.contains('\x1b'));
        QVERIFY(!run.out.contains('\x07'));
    }

    void infoReadsLuks1AndDetachedHeaders()
    {
        LuksFixtures fx;
        const QString luks1 =
            fx.luksFormat(QStringLiteral("v1.img"),
                          QStringList{QStringLiteral("--type"), QStringLiteral("luks1")} + kPbkdf2Min, "one");
        CliRun run =
            fx.cli({QStringLiteral("volume"), QStringLiteral("info"), luks1, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonOf(run).value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(jsonOf(run)
                     .value(QStringLiteral("keyslots"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("pbkdf"))
                     .toString(),
                 QStringLiteral("pbkdf2"));

        const QString data = fx.path(QStringLiteral("data.img"));
        LuksFixtures::sparseFile(data, 8);
        const QString header = fx.path(QStringLiteral("detached.hdr"));
        LuksFixtures::sparseFile(header, 16);
        const auto [rc, out] = LuksFixtures::tool(
            QStringLiteral("cryptsetup"),
            QStringList{QStringLiteral("luksFormat"), QStringLiteral("-q"), QStringLiteral("--header"),
                        header, QStringLiteral("--key-file"), fx.keyFile("detached")} +
                kArgonMin + QStringList{data});
        QVERIFY2(rc == 0, out.constData());
        run = fx.cli({QStringLiteral("volume"), QStringLiteral("info"), data, QStringLiteral("--header"),
                      header, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonOf(run).value(QStringLiteral("header")).toString(), header);
        QCOMPARE(jsonOf(run).value(QStringLiteral("data_offset_bytes")).toInt(), 0);
        // Without the header the data file is just noise: not LUKS.
        QCOMPARE(fx.cli({QStringLiteral("volume"), QStringLiteral("info"), data}).exitCode, 6);
        QCOMPARE(fx.cliWithKey({QStringLiteral("volume"), QStringLiteral("test-key"), data,
                                QStringLiteral("--header"), header},
                               "detached")
                     .exitCode,
                 0);
    }

    void aFileThatIsNotLuksIsUnsupportedInput()
    {
        LuksFixtures fx;
        const QString plain = fx.path(QStringLiteral("plain.bin"));
        LuksFixtures::sparseFile(plain, 2);
        const CliRun run =
            fx.cli({QStringLiteral("volume"), QStringLiteral("info"), plain, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 6);
        QCOMPARE(
            jsonOf(run).value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("not-luks"));
        QVERIFY(jsonOf(run)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(plain));
    }

    void theMappingVerbsTakeAnImageAndSayWhatIsMissing()
    {
        LuksFixtures fx;
        const QString image = fx.cheapLuksFormat(QStringLiteral("map.img"), "pw");
        // The old shape (IMAGE NAME) is a usage error now: a name only comes with --name.
        CliRun run = fx.cli({QStringLiteral("volume"), QStringLiteral("open"), image,
                             QStringLiteral("pgdata"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        if (!QFile::exists(QStringLiteral("/dev/mapper/control"))) {
            // Said before any key is asked for, whoever runs it.
            run = fx.cli({QStringLiteral("volume"), QStringLiteral("open"), image, QStringLiteral("--json")});
            QCOMPARE(run.exitCode, 7);
            QCOMPARE(jsonOf(run)
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("kind"))
                         .toString(),
                     QStringLiteral("no-device-mapper"));
        } else {
            qWarning("not run: the no-device-mapper case (this machine has /dev/mapper/control)");
        }
        const bool systemBus = qEnvironmentVariableIsSet("DBUS_SYSTEM_BUS_ADDRESS") ||
                               QFile::exists(QStringLiteral("/run/dbus/system_bus_socket"));
        if (::geteuid() != 0 || systemBus)
            QSKIP("not run: root without a system bus (as in ./dev.sh's root) is what the in-process mount "
                  "case needs");
        // Root without udisks2 mounts in-process, and only on a folder it is given.
        run = fx.cli({QStringLiteral("volume"), QStringLiteral("mount"), image, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(jsonOf(run)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("empty folder")));
    }

    void testKeyNamesTheSlotAKeyOpens_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("slot");
        QTest::newRow("argon2id slot 0") << QByteArray("alpha") << 0 << 0;
        QTest::newRow("pbkdf2 slot 1") << QByteArray("bravo") << 0 << 1;
        QTest::newRow("wrong key") << QByteArray("charlie") << 3 << -1;
    }
    void testKeyNamesTheSlotAKeyOpens()
    {
        QFETCH(QByteArray, secret);
        QFETCH(int, exitCode);
        QFETCH(int, slot);
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        const CliRun run = fx.cliWithKey(
            {QStringLiteral("volume"), QStringLiteral("test-key"), image, QStringLiteral("--json")}, secret);
        QCOMPARE(run.exitCode, exitCode);
        if (slot >= 0)
            QCOMPARE(jsonOf(run).value(QStringLiteral("slot")).toInt(), slot);
    }

    void addedKeysAreNamedAndOpenWithCryptsetup()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        const CliRun run = fx.cliWithKey(QStringList{QStringLiteral("volume"), QStringLiteral("add-key"),
                                                     image, QStringLiteral("--name"),
                                                     QStringLiteral("recovery"), QStringLiteral("--json")} +
                                             kCheapNew,
                                         "bravo", "delta");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const int slot = jsonOf(run).value(QStringLiteral("slot")).toInt();
        QCOMPARE(slot, 2);
        QVERIFY(fx.toolOpens(image, "delta", 2));
        const QJsonObject info = jsonOf(
            fx.cli({QStringLiteral("volume"), QStringLiteral("info"), image, QStringLiteral("--json")}));
        QCOMPARE(info.value(QStringLiteral("keyslots"))
                     .toArray()[2]
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("recovery"));
        QVERIFY(fx.auditLog().contains(QStringLiteral("volume.add-key")));
        QVERIFY(!fx.auditLog().contains(QStringLiteral("delta")));
    }

    void changeKeyKeepsTheSlotAndDropsTheOldPassphrase()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        const CliRun run = fx.cliWithKey(
            {QStringLiteral("volume"), QStringLiteral("change-key"), image, QStringLiteral("--json")},
            "bravo", "echo");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(jsonOf(run).value(QStringLiteral("slot")).toInt(), 1);
        QVERIFY(fx.toolOpens(image, "echo", 1));
        QVERIFY(!fx.toolOpens(image, "bravo"));
        QVERIFY(fx.luksDump(image).contains("pbkdf2")); // the slot kept its own PBKDF
    }

    void removingTheLastSlotIsRefused()
    {
        LuksFixtures fx;
        const QString image = fx.luksFormat(QStringLiteral("one.img"), kArgonMin, "alpha");
        const CliRun run = fx.cliWithKey({QStringLiteral("volume"), QStringLiteral("remove-key"), image,
                                          QStringLiteral("--slot"), QStringLiteral("0"),
                                          QStringLiteral("--yes"), QStringLiteral("--json")},
                                         "alpha");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(jsonOf(run)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("last key slot")));
        QVERIFY(fx.toolOpens(image, "alpha", 0));
        QVERIFY(fx.auditLog().contains(QStringLiteral("\"refused\"")));
    }

    void removalWithoutProofFromAnotherSlotIsRefused_data()
    {
        QTest::addColumn<QByteArray>("proof");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("the key of the slot being removed: refused")
            << QByteArray("bravo") << 1 << QByteArray("opens no key slot other than slot 1");
        QTest::newRow("a key that opens nothing: wrong key")
            << QByteArray("zulu") << 3 << QByteArray("opens no key slot of this volume");
    }
    void removalWithoutProofFromAnotherSlotIsRefused()
    {
        QFETCH(QByteArray, proof);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        const CliRun run =
            fx.cliWithKey({QStringLiteral("volume"), QStringLiteral("remove-key"), image,
                           QStringLiteral("--slot"), QStringLiteral("1"), QStringLiteral("--yes")},
                          proof);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(says), run.err.constData());
        QVERIFY(fx.toolOpens(image, "bravo", 1));
    }

    void removalProvenByAnotherSlotSucceeds()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        const CliRun run = fx.cliWithKey({QStringLiteral("volume"), QStringLiteral("remove-key"), image,
                                          QStringLiteral("--slot"), QStringLiteral("1"),
                                          QStringLiteral("--yes"), QStringLiteral("--json")},
                                         "alpha");
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QCOMPARE(jsonOf(run).value(QStringLiteral("proven_by_slot")).toInt(), 0);
        QVERIFY(!fx.toolOpens(image, "bravo"));
        QVERIFY(fx.toolOpens(image, "alpha", 0));
        QVERIFY(fx.auditLog().contains(QStringLiteral("\"proven_by_slot\":0")));
    }

    void retuneRewritesTheSlotCostsAndItStillOpens()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        const CliRun run = fx.cliWithKey(
            {QStringLiteral("volume"), QStringLiteral("retune"), image, QStringLiteral("--slot"),
             QStringLiteral("0"), QStringLiteral("--pbkdf"), QStringLiteral("argon2id"),
             QStringLiteral("--pbkdf-memory"), QStringLiteral("64"), QStringLiteral("--pbkdf-parallel"),
             QStringLiteral("2"), QStringLiteral("--pbkdf-iterations"), QStringLiteral("5")},
            "alpha");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject info = jsonOf(
            fx.cli({QStringLiteral("volume"), QStringLiteral("info"), image, QStringLiteral("--json")}));
        const QJsonObject slot0 = info.value(QStringLiteral("keyslots")).toArray()[0].toObject();
        QCOMPARE(slot0.value(QStringLiteral("memory_kib")).toInt(), 64);
        QCOMPARE(slot0.value(QStringLiteral("parallel")).toInt(), 2);
        QCOMPARE(slot0.value(QStringLiteral("iterations")).toInt(), 5);
        QVERIFY(fx.toolOpens(image, "alpha", 0));
        // A key of another slot cannot retune slot 0.
        QCOMPARE(fx.cliWithKey({QStringLiteral("volume"), QStringLiteral("retune"), image,
                                QStringLiteral("--slot"), QStringLiteral("0"), QStringLiteral("--pbkdf"),
                                QStringLiteral("pbkdf2"), QStringLiteral("--pbkdf-iterations"),
                                QStringLiteral("1000")},
                               "bravo")
                     .exitCode,
                 3);
    }

    void headerBackupAndRestoreRoundTrip()
    {
        LuksFixtures fx;
        const QString image = twoSlotVolume(fx);
        const QString backup = fx.path(QStringLiteral("two.header"));
        CliRun run = fx.cli({QStringLiteral("volume"), QStringLiteral("header-backup"), image, backup,
                             QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QVERIFY(
            fx.luksDump(backup).contains(jsonOf(run).value(QStringLiteral("uuid")).toString().toLatin1()));
        // Only its owner can read it (libcryptsetup makes it 0400).
        QCOMPARE(QFileInfo(backup).permissions() &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
        // Refuses to overwrite a backup.
        QCOMPARE(fx.cli({QStringLiteral("volume"), QStringLiteral("header-backup"), image, backup}).exitCode,
                 1);

        // Slot 1 removed after the backup; restoring brings it back.
        QCOMPARE(fx.cliWithKey({QStringLiteral("volume"), QStringLiteral("remove-key"), image,
                                QStringLiteral("--slot"), QStringLiteral("1"), QStringLiteral("--yes")},
                               "alpha")
                     .exitCode,
                 0);
        QVERIFY(!fx.toolOpens(image, "bravo"));
        run = fx.cli({QStringLiteral("volume"), QStringLiteral("header-restore"), image, backup,
                      QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QVERIFY(run.err.contains("brings back the key slots"));
        QVERIFY(fx.toolOpens(image, "bravo", 1));
        const QString previous = jsonOf(run).value(QStringLiteral("previous_header")).toString();
        QVERIFY(QFile::exists(previous));
        QCOMPARE(QFileInfo(previous).permissions() &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
    }

    void restoringTheHeaderOfAnotherVolumeIsRefusedWithoutForce()
    {
        LuksFixtures fx;
        const QString first = fx.luksFormat(QStringLiteral("first.img"), kArgonMin, "alpha");
        const QString second = fx.luksFormat(QStringLiteral("second.img"), kArgonMin, "other");
        const QString backup = fx.path(QStringLiteral("second.header"));
        QCOMPARE(fx.cli({QStringLiteral("volume"), QStringLiteral("header-backup"), second, backup}).exitCode,
                 0);
        CliRun run = fx.cli({QStringLiteral("volume"), QStringLiteral("header-restore"), first, backup,
                             QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(
            jsonOf(run).value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("uuid-mismatch"));
        QVERIFY(fx.toolOpens(first, "alpha"));
        run = fx.cli({QStringLiteral("volume"), QStringLiteral("header-restore"), first, backup,
                      QStringLiteral("--yes"), QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(fx.toolOpens(first, "other"));
    }

    void benchmarkLabelsWhereCiphersWereMeasured()
    {
        LuksFixtures fx;
        const CliRun run =
            fx.cli({QStringLiteral("volume"), QStringLiteral("benchmark"), QStringLiteral("--json"),
                    QStringLiteral("--iter-time"), QStringLiteral("20"), QStringLiteral("--pbkdf-memory"),
                    QStringLiteral("1024")});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject data = jsonOf(run);
        const bool kernel = data.value(QStringLiteral("kernel_crypto_api")).toBool();
        bool aesXtsMeasured = false;
        for (const QJsonValue &v : data.value(QStringLiteral("ciphers")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("cipher")).toString() == QLatin1String("aes-xts") &&
                c.value(QStringLiteral("key_size_bits")).toInt() == 512) {
                QCOMPARE(c.value(QStringLiteral("source")).toString(),
                         kernel ? QStringLiteral("kernel (libcryptsetup)")
                                : QStringLiteral("user space (OpenSSL)"));
                aesXtsMeasured = c.value(QStringLiteral("encrypt_mib_s")).toDouble() > 0;
            }
        }
        QVERIFY(aesXtsMeasured);
        const QJsonArray pbkdf = data.value(QStringLiteral("pbkdf")).toArray();
        QCOMPARE(pbkdf.size(), 2);
        QCOMPARE(pbkdf[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("argon2id"));
        QVERIFY(pbkdf[0].toObject().value(QStringLiteral("memory_kib")).toInt() > 0);
        QVERIFY(pbkdf[1].toObject().value(QStringLiteral("iterations")).toInt() >= 1000);
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    TestVolumeCommands test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestVolumeCommands.moc"
