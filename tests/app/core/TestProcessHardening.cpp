#include "core/ProcessHardening.h"
#include "keys/KeyMaterial.h"
#include "support/CliProcess.h"
#include "support/IsolatedHome.h"
#include "support/SqlCipherShell.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The VmFlags of the mapping holding `address`, from /proc/self/smaps ("dd" = MADV_DONTDUMP).
QByteArray vmFlagsOf(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = quintptr(address);
    bool inside = false;
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        if (dash > 0 && space > dash &&
            line.at(space - 1) != ':') { // "begin-end perms offset dev inode path"
            bool ok1 = false, ok2 = false;
            const quintptr begin = line.left(dash).toULongLong(&ok1, 16);
            const quintptr end = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            inside = ok1 && ok2 && at >= begin && at < end;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}

bool hasFlag(const QByteArray &flags, const char *flag)
{
    return flags.split(' ').contains(QByteArray(flag));
}

// A line of /proc/PID/<file> starting with `key`, without the key.
QByteArray procLine(qint64 pid, const char *file, const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).simplified();
    return {};
}

bool procFileStartsWith(qint64 pid, const char *file, const QByteArray &prefix)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    return f.open(QIODevice::ReadOnly) && f.readAll().startsWith(prefix);
}

// strongroom-cli waiting for a passphrase on stdin: started, then held there while it is looked at.
struct WaitingCli
{
    QProcess process;
    explicit WaitingCli(const std::function<void(QProcess &)> &setup = {})
    {
        if (setup)
            setup(process);
        process.start(strongroomBinary(QStringLiteral("strongroom-cli")),
                      {QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--passphrase-stdin"),
                       QStringLiteral("/nonexistent/waiting.db")});
    }
    bool waiting()
    {
        if (!process.waitForStarted(10000))
            return false;
        // Blocked in read(0, ...) for the passphrase: well past main()'s first line.
        for (int i = 0; i < 400 && process.state() == QProcess::Running; ++i) {
            if (procFileStartsWith(process.processId(), "syscall", "0 0x0 ") ||
                procFileStartsWith(process.processId(), "wchan", "pipe_read"))
                return true;
            QTest::qWait(25);
        }
        return false;
    }
    ~WaitingCli()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

} // namespace

// Every program starts hardened: no core file (RLIMIT_CORE 0), not dumpable (so no ptrace or
// /proc/PID/mem, environ reads by the same user), umask 077; secret buffers are MADV_DONTDUMP; a
// --key-env variable is gone from the environment of the children strongroom-cli starts.
class TestProcessHardening : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;

private Q_SLOTS:
    void aMarkedBufferIsLeftOutOfCoreDumps()
    {
        const long page = ::sysconf(_SC_PAGESIZE);
        void *buffer =
            ::mmap(nullptr, size_t(2 * page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        QVERIFY(buffer != MAP_FAILED);
        char *inside = static_cast<char *>(buffer) + 100;
        QVERIFY(!hasFlag(vmFlagsOf(inside), "dd"));
        QVERIFY(strongroom::processhardening::excludeFromCoreDumps(inside, 10));
        const QByteArray flags = vmFlagsOf(inside);
        QVERIFY2(hasFlag(flags, "dd"), flags.constData());
        ::munmap(buffer, size_t(2 * page));
    }

    void aKeysBytesAreLeftOutOfCoreDumps()
    {
        const strongroom::KeyMaterial key{QCA::SecureArray(QByteArray("a secret passphrase"))};
        const QByteArray flags = vmFlagsOf(key.data());
        QVERIFY2(hasFlag(flags, "dd"), flags.constData());
    }

    void theCliHasNoCoreLimitAndAPrivateUmask()
    {
        WaitingCli cli;
        QVERIFY2(cli.waiting(), qPrintable(cli.process.errorString()));
        const qint64 pid = cli.process.processId();
        QCOMPARE(procLine(pid, "limits", "Max core file size"), QByteArray("0 0 bytes"));
        QCOMPARE(procLine(pid, "status", "Umask:"), QByteArray("0077"));
    }

    void theConsoleStartsHardenedAndConsumesItsKeyVariable()
    {
        // The GUI is not built in every preset (ASan builds only the core).
        const QString gui = strongroomBinary(QStringLiteral("strongroom"));
        if (!QFileInfo::exists(gui))
            QSKIP("the console (strongroom) is not built in this preset; only strongroom-cli was checked");
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QTemporaryDir home;
        env = isolatedEnvironment(home.path(), env);
        env.insert(QStringLiteral("SR_CONSOLE_KEY"), QStringLiteral("console-key-value"));
        console.setProcessEnvironment(env);
        console.start(gui, {QStringLiteral("--key-env"), QStringLiteral("SR_CONSOLE_KEY"),
                            home.filePath(QStringLiteral("missing.db"))});
        QVERIFY2(console.waitForStarted(10000), qPrintable(console.errorString()));
        const qint64 pid = console.processId();
        // The forked child has the test's umask until strongroom's main() runs.
        QTRY_COMPARE_WITH_TIMEOUT(procLine(pid, "status", "Umask:"), QByteArray("0077"), 20000);
        QCOMPARE(procLine(pid, "limits", "Max core file size"), QByteArray("0 0 bytes"));
        // The --key-env value, once read, is overwritten where /proc/PID/environ shows it.
        const auto environmentOf = [pid] {
            QFile f(QStringLiteral("/proc/%1/environ").arg(pid));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
        };
        QTRY_VERIFY_WITH_TIMEOUT(!environmentOf().contains("console-key-value"), 20000);
        QVERIFY(environmentOf().contains("QT_QPA_PLATFORM=offscreen"));
        console.kill();
        console.waitForFinished(5000);
    }

    void theCliIsNotDumpable()
    {
        // A process that is not dumpable has its /proc/PID files owned by root. The test's own
        // processes run as root, so the cli is started as "nobody" to tell the two apart.
        if (::geteuid() != 0)
            QSKIP("needs root to start strongroom-cli as another user (nobody) and see /proc/PID owned by "
                  "root");
        WaitingCli cli([](QProcess &p) {
            p.setChildProcessModifier([] {
                if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(99);
            });
        });
        if (!cli.waiting()) {
            qWarning("strongroom-cli could not run as nobody (%s, exit %d): cannot check dumpability here",
                     qPrintable(cli.process.errorString()), cli.process.exitCode());
            QSKIP("strongroom-cli cannot run as nobody in this build tree");
        }
        const qint64 pid = cli.process.processId();
        QCOMPARE(procLine(pid, "status", "Uid:").split(' ').value(0), QByteArray("65534"));
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(QStringLiteral("/proc/%1/environ").arg(pid)).constData(), &st), 0);
        QCOMPARE(st.st_uid, uid_t(0));
    }

    void aKeyEnvVariableIsNotInheritedByTheSqlcipherShell()
    {
        const QString realShell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (realShell.isEmpty())
            QSKIP("the sqlcipher shell is not installed; db info cannot start it");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("v4.db"));
        const ShellRun made = runSqlCipherShell(
            db, "PRAGMA key = 'pw-from-env';\nCREATE TABLE t(x);\nINSERT INTO t VALUES (1);\n");
        QVERIFY2(made.exitCode == 0, made.err.constData());

        // A "sqlcipher" first in PATH that records the environment it was given, then runs the real shell.
        const QString bin = dir.filePath(QStringLiteral("bin"));
        const QString seen = dir.filePath(QStringLiteral("environ-of-sqlcipher"));
        QVERIFY(QDir().mkpath(bin));
        QFile wrapper(bin + QStringLiteral("/sqlcipher"));
        QVERIFY(wrapper.open(QIODevice::WriteOnly));
        wrapper.write("#!/bin/sh\ncat /proc/$$/environ > '" + QFile::encodeName(seen) + "'\nexec '" +
                      QFile::encodeName(realShell) + "' \"$@\"\n");
        wrapper.close();
        QVERIFY(wrapper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env = isolatedEnvironment(dir.path(), env);
        env.insert(QStringLiteral("SR_HARDENING_KEY"), QStringLiteral("pw-from-env"));
        const CliRun run = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--key-env"),
                                   QStringLiteral("SR_HARDENING_KEY"), db},
                                  {}, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        QFile recorded(seen);
        QVERIFY2(recorded.open(QIODevice::ReadOnly), "db info did not start the sqlcipher shell");
        const QByteArray childEnv = recorded.readAll();
        QVERIFY2(childEnv.contains("PATH="), "the shell's environment was not recorded");
        QVERIFY(!childEnv.contains("SR_HARDENING_KEY"));
        QVERIFY(!childEnv.contains("pw-from-env"));
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
