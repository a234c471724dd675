#include "postgres/StorageEncryption.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strongroom::postgres;

// Whether a folder lies on dm-crypt, judged from a mountinfo and a sysfs tree laid out as the
// kernel lays them out (the device numbers' links in dev/block, slaves/ links, partition files,
// dm/uuid and dm/name): LVM on LUKS, plain LUKS, a partition with nothing under it, a RAID with one
// plain member, tmpfs, an escaped mount point, and a btrfs-style anonymous device number.
class TestStorageEncryption : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_sys;
    QString m_mountinfo;

    void write(const QString &relative, const QByteArray &content)
    {
        const QString path = m_sys + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    void link(const QString &relative, const QString &target)
    {
        const QString path = m_sys + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(QFile::link(target, path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sys = m_dir.filePath(QStringLiteral("sys"));
        // sda: sda1 plain, sda2 holds LUKS2 dm-0, LVM dm-1 on it. sdb plain disk; md0 = RAID of dm-0, sdb.
        write(QStringLiteral("devices/pci/block/sda/sda1/partition"), "1\n");
        write(QStringLiteral("devices/pci/block/sda/sda2/partition"), "2\n");
        write(QStringLiteral("devices/pci/block/sdb/size"), "100\n");
        write(QStringLiteral("devices/virtual/block/dm-0/dm/uuid"), "CRYPT-LUKS2-3f2a9c-luks-3f2a9c\n");
        write(QStringLiteral("devices/virtual/block/dm-0/dm/name"), "luks-3f2a9c\n");
        link(QStringLiteral("devices/virtual/block/dm-0/slaves/sda2"),
             QStringLiteral("../../../../pci/block/sda/sda2"));
        write(QStringLiteral("devices/virtual/block/dm-1/dm/uuid"), "LVM-abcdef\n");
        write(QStringLiteral("devices/virtual/block/dm-1/dm/name"), "vg-root\n");
        link(QStringLiteral("devices/virtual/block/dm-1/slaves/dm-0"), QStringLiteral("../../dm-0"));
        write(QStringLiteral("devices/virtual/block/md0/md/level"), "raid1\n");
        link(QStringLiteral("devices/virtual/block/md0/slaves/dm-0"), QStringLiteral("../../dm-0"));
        link(QStringLiteral("devices/virtual/block/md0/slaves/sdb"),
             QStringLiteral("../../../../pci/block/sdb"));
        link(QStringLiteral("dev/block/8:1"), QStringLiteral("../../devices/pci/block/sda/sda1"));
        link(QStringLiteral("dev/block/8:2"), QStringLiteral("../../devices/pci/block/sda/sda2"));
        link(QStringLiteral("dev/block/254:0"), QStringLiteral("../../devices/virtual/block/dm-0"));
        link(QStringLiteral("dev/block/254:1"), QStringLiteral("../../devices/virtual/block/dm-1"));
        link(QStringLiteral("dev/block/9:0"), QStringLiteral("../../devices/virtual/block/md0"));

        m_mountinfo = m_dir.filePath(QStringLiteral("mountinfo"));
        QFile f(m_mountinfo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("22 1 254:1 / / rw,relatime shared:1 - ext4 /dev/mapper/vg-root rw\n"
                "23 22 8:1 / /srv/plain\\040disk rw,relatime shared:2 - ext4 /dev/sda1 rw\n"
                "24 22 254:0 / /srv/luks rw,relatime shared:3 - xfs /dev/mapper/luks-3f2a9c rw\n"
                "25 22 9:0 / /srv/raid rw,relatime shared:4 - ext4 /dev/md0 rw\n"
                "26 22 0:31 / /tmp rw,nosuid,nodev shared:5 - tmpfs tmpfs rw,size=1024k\n"
                "27 22 0:45 /@data /srv/btrfs rw,relatime shared:6 - btrfs /dev/nonexistent-btrfs rw\n");
    }

    void judgesTheDevicesUnderAFolder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("mountPoint");
        QTest::addColumn<QString>("mapping");
        QTest::newRow("LVM on LUKS (root)")
            << "/var/lib/postgresql/17/main" << "encrypted" << "/" << "luks-3f2a9c";
        QTest::newRow("LUKS directly") << "/srv/luks/pg" << "encrypted" << "/srv/luks" << "luks-3f2a9c";
        QTest::newRow("plain partition, escaped name") << "/srv/plain disk/pg" << "not-encrypted"
                                                       << "/srv/plain disk" << "";
        QTest::newRow("RAID with one plain member") << "/srv/raid/pg" << "not-encrypted" << "/srv/raid" << "";
        QTest::newRow("tmpfs") << "/tmp/pg" << "unknown" << "/tmp" << "";
        QTest::newRow("anonymous device, source missing")
            << "/srv/btrfs/pg" << "unknown" << "/srv/btrfs" << "";
        QTest::newRow("prefix is not a parent") << "/srv/luksother/pg" << "encrypted" << "/" << "luks-3f2a9c";
    }
    void judgesTheDevicesUnderAFolder()
    {
        QFETCH(QString, path);
        QFETCH(QString, state);
        QFETCH(QString, mountPoint);
        QFETCH(QString, mapping);
        const StorageEncryption s = StorageEncryption::probe(path, m_mountinfo, m_sys);
        QCOMPARE(s.stateName(), state);
        QCOMPARE(s.mountPoint, mountPoint);
        QCOMPARE(s.mapping, mapping);
        if (state == QLatin1String("encrypted"))
            QCOMPARE(s.cryptType, QStringLiteral("LUKS2"));
        if (state == QLatin1String("unknown"))
            QVERIFY2(!s.reason.isEmpty(), "an unknown state says why");
        QVERIFY(!s.describe().isEmpty());
    }

    void unreadableMountinfoIsUnknown()
    {
        const StorageEncryption s =
            StorageEncryption::probe(QStringLiteral("/x"), m_dir.filePath(QStringLiteral("none")), m_sys);
        QCOMPARE(s.state, StorageEncryption::State::Unknown);
        QVERIFY(s.reason.contains(QLatin1String("none")));
    }
};

QTEST_GUILESS_MAIN(TestStorageEncryption)
#include "TestStorageEncryption.moc"
