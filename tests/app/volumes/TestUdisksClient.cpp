// Strongroom's udisks2 client (volumes/UdisksClient.h) and VolumeMappingJob against a real udisksd:
// the test starts its own system bus (dbus-daemon with a private socket), systemd-udevd when none
// runs (udisks learns of new loop devices from it) and /usr/libexec/udisks2/udisksd on that bus,
// then drives LoopSetup, Mount, Unmount and Loop.Delete of an ext4 image made by mke2fs, checks the
// nosuid,nodev options in /proc/self/mountinfo, and Unlock of a LUKS2 image made by cryptsetup where
// device-mapper exists. It needs root (loop devices, mounts); every step it cannot run is printed
// with the reason. Loop devices belong to the whole machine, so every loop backed by this test's
// files is unmounted and detached at the end of each test, also when it fails.
#include "LuksFixtures.h"
#include "core/JobRunner.h"
#include "core/KernelFeatures.h"
#include "volumes/UdisksClient.h"
#include "volumes/VolumeMappingJob.h"

#include <QDBusConnectionInterface>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>
#include <QThreadPool>
#include <QtCrypto>
#include <csignal>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace strongroom;

namespace {
const QString kUdisksd = QStringLiteral("/usr/libexec/udisks2/udisksd");
const QString kUdevd = QStringLiteral("/usr/lib/systemd/systemd-udevd");

int runTool(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Lines of /proc/self/mountinfo whose source is `device`.
QList<QByteArray> mountsOf(const QString &device)
{
    QFile info(QStringLiteral("/proc/self/mountinfo"));
    QList<QByteArray> found;
    if (!info.open(QIODevice::ReadOnly))
        return found;
    for (const QByteArray &line : info.readAll().split('\n')) {
        const qsizetype dash = line.indexOf(" - ");
        if (dash > 0 && line.mid(dash + 3).split(' ').value(1) == QFile::encodeName(device))
            found.append(line);
    }
    return found;
}

// Run in the child of dbus-daemon and udisksd: they end when the test does, even when it is killed.
void endWithTheTest()
{
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
}

// Unmounts and detaches every loop device backed by a file in `folder`: the cleanup that runs
// whatever happened, since a leaked loop device outlives the test.
void detachLoopsBackedBy(const QString &folder)
{
    QByteArray out;
    runTool(
        QStringLiteral("losetup"),
        {QStringLiteral("-l"), QStringLiteral("-n"), QStringLiteral("-O"), QStringLiteral("NAME,BACK-FILE")},
        &out);
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !QString::fromLocal8Bit(fields[1]).startsWith(folder))
            continue;
        const QString device = QString::fromLocal8Bit(fields[0]);
        for (const QByteArray &mount : mountsOf(device))
            ::umount2(mount.split(' ').value(4).constData(), MNT_DETACH);
        runTool(QStringLiteral("losetup"), {QStringLiteral("-d"), device});
    }
}
} // namespace

// A system bus of our own, systemd-udevd (when none runs) and udisksd on that bus; stops what it
// started. `whyNot` says what could not be started.
class UdisksEnvironment
{
public:
    QTemporaryDir dir;
    QString address;
    QString whyNot;
    std::optional<QDBusConnection> bus;

    bool startBus()
    {
        const QString socket = dir.filePath(QStringLiteral("system_bus_socket"));
        QFile config(dir.filePath(QStringLiteral("system.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write the bus configuration"));
        // Everything is allowed, since only this test talks on the bus. The system bus denies by
        // default what is not allowed, and udisks then waits for ever inside LoopSetup.
        config.write(
            QStringLiteral(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig>\n"
                "  <type>system</type>\n"
                "  <listen>unix:path=%1</listen>\n"
                "  <auth>EXTERNAL</auth>\n"
                "  <includedir>/usr/share/dbus-1/system.d</includedir>\n"
                "  <policy context=\"default\">\n"
                "    <allow user=\"*\"/>\n"
                "    <allow own=\"*\"/>\n"
                "    <allow send_type=\"method_call\"/>\n"
                "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                "    <allow receive_sender=\"*\"/>\n"
                "  </policy>\n"
                "</busconfig>\n")
                .arg(socket)
                .toUtf8());
        config.close();
        m_bus.setChildProcessModifier(endWithTheTest);
        m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                                                    QStringLiteral("--config-file=") + config.fileName()});
        if (!m_bus.waitForStarted())
            return fail(QStringLiteral("dbus-daemon does not start (is the dbus-daemon package installed?)"));
        address = QStringLiteral("unix:path=") + socket;
        QElapsedTimer waited;
        waited.start();
        while (!QFile::exists(socket) && waited.elapsed() < 10000)
            QTest::qWait(50);
        bus = QDBusConnection::connectToBus(address, QStringLiteral("strongroom-test-system-bus"));
        if (!bus->isConnected())
            return fail(QStringLiteral("cannot connect to the private bus: ") + bus->lastError().message());
        return true;
    }

    bool startUdevAndUdisks()
    {
        if (runTool(QStringLiteral("udevadm"), {QStringLiteral("control"), QStringLiteral("--ping")}) != 0) {
            if (!QFile::exists(kUdevd))
                return fail(kUdevd + QStringLiteral(" is missing (the udev package)"));
            // Its output goes to a file: the daemon outlives this QProcess, and writing to the pipe
            // after it closed would stop udevd's workers, and with them every block device event.
            QProcess udevd;
            udevd.setStandardInputFile(QProcess::nullDevice());
            udevd.setStandardOutputFile(dir.filePath(QStringLiteral("udevd.log")));
            udevd.setStandardErrorFile(dir.filePath(QStringLiteral("udevd.log")), QIODevice::Append);
            udevd.start(kUdevd, {QStringLiteral("--daemon")});
            if (!udevd.waitForFinished(30000) || udevd.exitCode() != 0)
                return fail(QStringLiteral("systemd-udevd --daemon failed"));
            m_startedUdevd = true;
            // A loop device's event that comes before udevd listens is lost, and udisks then waits
            // for its block object for ever: wait until udevd answers.
            QElapsedTimer waited;
            waited.start();
            while (runTool(QStringLiteral("udevadm"),
                           {QStringLiteral("control"), QStringLiteral("--ping")}) != 0) {
                if (waited.elapsed() > 10000)
                    return fail(QStringLiteral("systemd-udevd does not answer udevadm control --ping"));
                QTest::qWait(100);
            }
        }
        runTool(QStringLiteral("udevadm"), {QStringLiteral("settle"), QStringLiteral("--timeout=10")});
        if (!QFile::exists(kUdisksd))
            return fail(kUdisksd + QStringLiteral(" is missing (the udisks2 package)"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), address);
        m_udisksd.setProcessEnvironment(env);
        m_udisksd.setProcessChannelMode(QProcess::MergedChannels);
        m_udisksd.setStandardOutputFile(logPath());
        m_udisksd.setChildProcessModifier(endWithTheTest);
        // --debug: its log is printed when a test fails.
        m_udisksd.start(kUdisksd, {QStringLiteral("--debug")});
        if (!m_udisksd.waitForStarted())
            return fail(QStringLiteral("udisksd does not start"));
        QElapsedTimer waited;
        waited.start();
        while (!bus->interface()->isServiceRegistered(QStringLiteral("org.freedesktop.UDisks2")).value()) {
            if (m_udisksd.state() != QProcess::Running || waited.elapsed() > 30000)
                return fail(QStringLiteral("udisksd did not take its name on the bus: ") +
                            QString::fromLocal8Bit(log()));
            QTest::qWait(100);
        }
        return true;
    }

    QString logPath() const { return dir.filePath(QStringLiteral("udisksd.log")); }
    QByteArray log() const
    {
        QFile file(logPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    ~UdisksEnvironment()
    {
        bus.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("strongroom-test-system-bus"));
        for (QProcess *p : {&m_udisksd, &m_bus}) {
            if (p->state() == QProcess::NotRunning)
                continue;
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(2000);
            }
        }
        if (m_startedUdevd)
            runTool(QStringLiteral("udevadm"), {QStringLiteral("control"), QStringLiteral("--exit")});
    }

private:
    bool fail(const QString &reason)
    {
        whyNot = reason;
        return false;
    }

    QProcess m_bus;
    QProcess m_udisksd;
    bool m_startedUdevd = false;
};

class TestUdisksClient : public QObject
{
    Q_OBJECT

    LuksFixtures m_fx;
    std::unique_ptr<UdisksEnvironment> m_env;
    QThreadPool m_pool;

    QString ext4Image(const QString &name)
    {
        const QString image = QDir(m_fx.dir.path()).canonicalPath() + QLatin1Char('/') + name;
        QFile file(image);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(32 * 1024 * 1024))
            return {};
        file.close();
        QByteArray out;
        if (runTool(QStringLiteral("mke2fs"),
                    {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-t"), QStringLiteral("ext4"),
                     image},
                    &out) != 0) {
            qWarning("mke2fs failed: %s", out.constData());
            return {};
        }
        return image;
    }

    UdisksClient client() const { return UdisksClient(*m_env->bus); }

    JobReport runJob(VolumeMappingRequest request)
    {
        auto job = std::make_shared<VolumeMappingJob>(request, KeyMaterial(), *m_env->bus);
        return startDetached(job, &m_pool, {}, AuditLog(m_fx.path(QStringLiteral("audit.jsonl"))))
            ->waitPolling([](const JobProgress &, const QStringList &) {}, [] { return false; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Loop devices and mounts are the machine's; without them there is nothing to drive.
        if (::geteuid() != 0)
            QSKIP("not run: udisksd on a private bus, loop devices and mounts need root (./dev.sh runs tests "
                  "as "
                  "root)");
        if (!QFile::exists(QStringLiteral("/dev/loop-control")))
            QSKIP("not run: this machine has no loop devices (/dev/loop-control is missing)");
        m_env = std::make_unique<UdisksEnvironment>();
        if (!m_env->startBus())
            QSKIP(qPrintable(QStringLiteral("not run: no private system bus: ") + m_env->whyNot));

        // Before udisksd runs, the bus has no udisks2: a normal user gets exit 7 naming the package
        // and how to start it; root goes on in-process.
        UdisksClient absent(*m_env->bus);
        const Status none = absent.available();
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ExitCode::Environment);
        QVERIFY2(none.error().message.contains(QStringLiteral("apt install udisks2")) &&
                     none.error().message.contains(QStringLiteral("systemctl start udisks2")),
                 qPrintable(none.error().message));
        QCOMPARE(chooseMappingBackend(absent, false).error().code, ExitCode::Environment);
        QCOMPARE(*chooseMappingBackend(absent, true), MappingBackend::InProcess);

        if (!m_env->startUdevAndUdisks())
            QSKIP(qPrintable(QStringLiteral("not run: ") + m_env->whyNot));
        QVERIFY(client().available().ok());
        QCOMPARE(*chooseMappingBackend(client(), false), MappingBackend::Udisks);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_env)
            qWarning("udisksd's log:\n%s", m_env->log().right(8000).constData());
        detachLoopsBackedBy(QDir(m_fx.dir.path()).canonicalPath());
    }

    void cleanupTestCase()
    {
        detachLoopsBackedBy(QDir(m_fx.dir.path()).canonicalPath());
        m_env.reset();
    }

    void anExt4ImageIsSetUpMountedUnmountedAndDeleted()
    {
        const QString image = ext4Image(QStringLiteral("plain.img"));
        QVERIFY(!image.isEmpty());
        UdisksClient udisks = client();
        auto devices = udisks.loopSetup(image, false);
        QVERIFY2(devices.ok(), qPrintable(devices.error().message));
        QVERIFY2(devices->loopDevice.startsWith(QStringLiteral("/dev/loop")),
                 qPrintable(devices->loopDevice));
        QVERIFY(!devices->unlocked());

        auto found = udisks.find(image);
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().loopDevice, devices->loopDevice);

        auto mounted = udisks.mount(*devices, false);
        QVERIFY2(mounted.ok(), qPrintable(mounted.error().message));
        QVERIFY2(mounted->startsWith(QStringLiteral("/media/")) ||
                     mounted->startsWith(QStringLiteral("/run/media/")),
                 qPrintable(*mounted));
        const QList<QByteArray> mounts = mountsOf(devices->loopDevice);
        QCOMPARE(mounts.size(), 1);
        const QList<QByteArray> options = mounts.first().split(' ').value(5).split(',');
        QVERIFY2(options.contains("nosuid") && options.contains("nodev"), mounts.first().constData());
        QCOMPARE(udisks.find(image)->first().mountPoints, QStringList{*mounted});

        // Lock and delete refuse nothing here, but unmount comes first.
        const Status unmounted = udisks.unmount(udisks.find(image)->first());
        QVERIFY2(unmounted.ok(), qPrintable(unmounted.error().message));
        QVERIFY(mountsOf(devices->loopDevice).isEmpty());
        const Status deleted = udisks.loopDelete(*devices);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error().message));
        QVERIFY(udisks.find(image)->isEmpty());
        QByteArray out;
        runTool(QStringLiteral("losetup"), {QStringLiteral("-j"), image}, &out);
        QVERIFY2(out.trimmed().isEmpty(), out.constData());
    }

    void aReadOnlyImageGivesAReadOnlyLoopAndMount()
    {
        const QString image = ext4Image(QStringLiteral("ro.img"));
        QVERIFY(!image.isEmpty());
        UdisksClient udisks = client();
        auto devices = udisks.loopSetup(image, true);
        QVERIFY2(devices.ok(), qPrintable(devices.error().message));
        QFile ro(QStringLiteral("/sys/block/%1/ro").arg(QFileInfo(devices->loopDevice).fileName()));
        QVERIFY(ro.open(QIODevice::ReadOnly));
        QCOMPARE(ro.readAll().trimmed(), QByteArray("1"));
        QVERIFY(devices->readOnly);
        // Mounted read-only without being asked again: the loop cannot be written anyway.
        auto mounted = udisks.mount(*devices, false);
        QVERIFY2(mounted.ok(), qPrintable(mounted.error().message));
        const QList<QByteArray> mounts = mountsOf(devices->loopDevice);
        QCOMPARE(mounts.size(), 1);
        QVERIFY2(mounts.first().split(' ').value(5).split(',').contains("ro"), mounts.first().constData());
        QVERIFY(udisks.unmount(udisks.find(image)->first()).ok());
        QVERIFY(udisks.loopDelete(*devices).ok());
    }

    void theJobMountsUnmountsAndClosesTheImageThroughUdisks()
    {
        const QString image = ext4Image(QStringLiteral("job.img"));
        QVERIFY(!image.isEmpty());
        UdisksClient udisks = client();
        QVERIFY(udisks.loopSetup(image, false).ok());

        // udisks chooses the folder; a mount point from the user is refused before anything happens.
        JobReport refused =
            runJob({VolumeMappingRequest::Verb::Mount, image, false, QStringLiteral("/etc"), {}});
        QCOMPARE(refused.outcome, JobOutcome::Failed);
        QCOMPARE(refused.exitCode(), ExitCode::Usage);

        JobReport mount = runJob({VolumeMappingRequest::Verb::Mount, image, false, {}, {}});
        QVERIFY2(mount.outcome == JobOutcome::Succeeded, qPrintable(mount.toText()));
        const QString path = mount.data.value(QStringLiteral("mount_path")).toString();
        QVERIFY2(path.startsWith(QStringLiteral("/media/")), qPrintable(path));
        QCOMPARE(mount.data.value(QStringLiteral("backend")).toString(), QStringLiteral("udisks2"));
        QVERIFY(mount.overview.contains(path));
        QVERIFY(QFileInfo(path + QStringLiteral("/lost+found")).isDir());

        // Closing a mounted image is refused (exit 5) and leaves it mounted.
        JobReport busy = runJob({VolumeMappingRequest::Verb::Close, image, false, {}, {}});
        QCOMPARE(busy.exitCode(), ExitCode::Busy);
        QVERIFY(QFileInfo(path + QStringLiteral("/lost+found")).isDir());

        JobReport unmount = runJob({VolumeMappingRequest::Verb::Unmount, image, false, {}, {}});
        QVERIFY2(unmount.outcome == JobOutcome::Succeeded, qPrintable(unmount.toText()));
        QVERIFY(udisks.find(image)->first().mountPoints.isEmpty());

        JobReport close = runJob({VolumeMappingRequest::Verb::Close, image, false, {}, {}});
        QVERIFY2(close.outcome == JobOutcome::Succeeded, qPrintable(close.toText()));
        QVERIFY(udisks.find(image)->isEmpty());

        // Not open any more: exit 1 with the reason.
        JobReport again = runJob({VolumeMappingRequest::Verb::Unmount, image, false, {}, {}});
        QCOMPARE(again.exitCode(), ExitCode::Failure);
        QCOMPARE(again.error->kindName(), QStringLiteral("not-open"));

        // The job wrote the audit lines (never the page or the command).
        QFile audit(m_fx.path(QStringLiteral("audit.jsonl")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        for (const char *action : {"\"volume.mount\"", "\"volume.unmount\"", "\"volume.close\""})
            QVERIFY2(log.contains(action), action);
        QVERIFY(log.contains(QFile::encodeName(path)));
    }

    void theCliMountsUnmountsAndClosesThroughUdisks()
    {
        const QString image = ext4Image(QStringLiteral("cli.img"));
        QVERIFY(!image.isEmpty());
        QVERIFY(client().loopSetup(image, false).ok());
        // strongroom-cli finds the system bus where QtDBus looks for it.
        m_fx.env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_env->address);
        CliRun run =
            m_fx.cli({QStringLiteral("volume"), QStringLiteral("mount"), image, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QString path = jsonOf(run).value(QStringLiteral("mount_path")).toString();
        QVERIFY2(path.startsWith(QStringLiteral("/media/")), run.out.constData());
        QCOMPARE(jsonOf(run).value(QStringLiteral("backend")).toString(), QStringLiteral("udisks2"));
        // A folder of the user's choosing is refused while udisks2 runs.
        run = m_fx.cli({QStringLiteral("volume"), QStringLiteral("mount"), image,
                        m_fx.path(QStringLiteral("elsewhere"))});
        QCOMPARE(run.exitCode, 2);
        run = m_fx.cli({QStringLiteral("volume"), QStringLiteral("unmount"), image});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("Unmounted cli.img."));
        run = m_fx.cli({QStringLiteral("volume"), QStringLiteral("close"), image});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(client().find(image)->isEmpty());
        QVERIFY(m_fx.auditLog().contains(QStringLiteral("volume.close")));
    }

    void unlockingALuksImageNeedsDeviceMapper()
    {
        const QString image = m_fx.cheapLuksFormat(QStringLiteral("luks.img"), "udisks pass");
        QVERIFY(QFileInfo(image).isFile());
        QFile grow(image);
        QVERIFY(grow.resize(32 * 1024 * 1024));
        UdisksClient udisks = client();
        auto devices = udisks.loopSetup(QFileInfo(image).canonicalFilePath(), false);
        QVERIFY2(devices.ok(), qPrintable(devices.error().message));
        // Locked: there is nothing to mount yet.
        auto locked = udisks.mount(*devices, false);
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().message.contains(QStringLiteral("locked")),
                 qPrintable(locked.error().message));

        const Status wrong = udisks.unlock(*devices, KeyMaterial(QCA::SecureArray(QByteArray("not it"))));
        QVERIFY(!wrong.ok());
        const Status unlocked =
            udisks.unlock(*devices, KeyMaterial(QCA::SecureArray(QByteArray("udisks pass"))));
        if (!deviceMapperAvailable()) {
            QVERIFY(!unlocked.ok());
            qWarning("not run: Encrypted.Unlock, Mount of the cleartext device and Encrypted.Lock need "
                     "device-mapper (/dev/mapper/control missing); udisks said: %s",
                     qPrintable(unlocked.error().message));
            QVERIFY(udisks.loopDelete(*devices).ok());
            return;
        }
        QCOMPARE(wrong.error().code, ExitCode::WrongKey);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.error().message));
        QVERIFY(devices->unlocked());
        QVERIFY(udisks.lock(*devices).ok());
        QVERIFY(udisks.loopDelete(*devices).ok());
    }
};

int main(int argc, char *argv[])
{
    QCA::Initializer init;
    QCoreApplication app(argc, argv);
    TestUdisksClient test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestUdisksClient.moc"
