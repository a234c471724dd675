#include "support/CliProcess.h"
#include "support/EndlessFifo.h"
#include "support/IsolatedHome.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

class TestCliContract : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    // The runs whose messages are compared: English, whatever the machine's language.
    QProcessEnvironment english() const
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Every run writes its audit log into a private data folder.
        m_env = isolatedEnvironment(m_home.path(), m_env);
    }

    void helpListsEveryCommandGroup()
    {
        const CliRun r = runCli({QStringLiteral("--help")}, {}, m_env);
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"doctor", "audit log", "audit verify", "checksum"})
            QVERIFY2(r.out.contains(word), word);
        QVERIFY(r.out.contains("Exit codes"));
    }

    void unknownCommandIsAUsageError()
    {
        const CliRun r = runCli({QStringLiteral("frobnicate")}, {}, m_env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Unknown command 'frobnicate'"));
        QVERIFY(r.err.contains("Usage:"));
    }

    void unknownCommandWithJsonGivesAnErrorObject()
    {
        const CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("frobnicate")}, {}, m_env);
        QCOMPARE(r.exitCode, 2);
        const QJsonObject error = jsonOf(r).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 2);
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("usage"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }

    void jsonAnywhereTurnsAnErrorIntoAnErrorObject_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        const QString json = QStringLiteral("--json");
        QTest::newRow("unknown option before --json")
            << QStringList{QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("x.db"),
                           QStringLiteral("--frobnicate"), json}
            << 2 << QStringLiteral("usage");
        QTest::newRow("unknown global option before --json")
            << QStringList{QStringLiteral("--frobnicate"), json} << 2 << QStringLiteral("usage");
        QTest::newRow("unknown command, --json last")
            << QStringList{QStringLiteral("frobnicate"), json} << 2 << QStringLiteral("usage");
        QTest::newRow("missing argument, --json first")
            << QStringList{json, QStringLiteral("checksum")} << 2 << QStringLiteral("usage");
        QTest::newRow("no such file, --json among the arguments")
            << QStringList{QStringLiteral("checksum"), json, QStringLiteral("/nonexistent/strongroom-file")}
            << 1 << QStringLiteral("failure");
    }

    void jsonAnywhereTurnsAnErrorIntoAnErrorObject()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, kind);
        const CliRun r = runCli(arguments, {}, m_env);
        QCOMPARE(r.exitCode, exitCode);
        QJsonParseError parse{};
        const QJsonObject error =
            QJsonDocument::fromJson(r.out, &parse).object().value(QStringLiteral("error")).toObject();
        QVERIFY2(parse.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), exitCode);
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), kind);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }

    void versionWithJsonIsJson()
    {
        const CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("--version")}, {}, m_env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject version = jsonOf(r);
        QCOMPARE(version.value(QStringLiteral("version")).toString(), QStringLiteral(STRONGROOM_VERSION));
    }

    void groupHelpListsItsVerbs()
    {
        const CliRun r = runCli({QStringLiteral("audit"), QStringLiteral("--help")}, {}, m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("audit log"));
        QVERIFY(r.out.contains("audit verify"));
        QVERIFY(!r.out.contains("doctor"));
    }

    void commandHelpShowsItsOptions()
    {
        const CliRun r = runCli({QStringLiteral("checksum"), QStringLiteral("--help")}, {}, m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("FILE"));
        QVERIFY(r.out.contains("--json"));
    }

    void versionPrintsTheVersion()
    {
        const CliRun r = runCli({QStringLiteral("--version")}, {}, m_env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("strongroom-cli "));
    }

    void unknownOptionOfACommandIsAUsageError()
    {
        const CliRun r = runCli({QStringLiteral("doctor"), QStringLiteral("--frob")}, {}, m_env);
        QCOMPARE(r.exitCode, 2);
    }

    void doctorJsonHasEveryDocumentedKey()
    {
        const CliRun r = runCli({QStringLiteral("doctor"), QStringLiteral("--json")}, {}, m_env);
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error{};
        const QJsonObject doctor = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key :
             {"qt", "sqlcipher", "sqlite", "qca", "cryptsetup", "karchive", "postgresql", "gpg", "age",
              "device_mapper", "aes_ni", "af_alg", "udisks2", "keyring", "journal", "missing"})
            QVERIFY2(doctor.contains(QLatin1String(key)), key);
        QVERIFY(doctor.value(QStringLiteral("qt")).toString().startsWith(QStringLiteral("6.")));
        QVERIFY(doctor.value(QStringLiteral("sqlcipher"))
                    .toObject()
                    .value(QStringLiteral("version"))
                    .toString()
                    .startsWith(QStringLiteral("4.")));
        QVERIFY(doctor.value(QStringLiteral("qca"))
                    .toObject()
                    .value(QStringLiteral("providers"))
                    .toArray()
                    .contains(QStringLiteral("qca-ossl")));
        QVERIFY(doctor.value(QStringLiteral("device_mapper")).isBool());
        // This machine has no device-mapper: doctor must say what that disables and how to fix it.
        if (!doctor.value(QStringLiteral("device_mapper")).toBool()) {
            bool named = false;
            for (const QJsonValue &m : doctor.value(QStringLiteral("missing")).toArray())
                named = named || m.toObject().value(QStringLiteral("what")).toString() ==
                                     QStringLiteral("device-mapper");
            QVERIFY(named);
        }
        // AES-NI as /proc/cpuinfo's flags name it (doctor once read /proc as an empty file).
        QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
        QVERIFY(cpuinfo.open(QIODevice::ReadOnly));
        const QByteArray info = cpuinfo.readAll();
        const QByteArray flags =
            info.mid(info.indexOf("\nflags"),
                     info.indexOf('\n', info.indexOf("\nflags") + 1) - info.indexOf("\nflags"));
        QCOMPARE(doctor.value(QStringLiteral("aes_ni")).toBool(), flags.split(' ').contains("aes"));
    }

    void checksumMatchesSha256sum()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("strongroom");
        f.close();
        const CliRun r = runCli({QStringLiteral("--json"), QStringLiteral("checksum"), path}, {}, m_env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            jsonOf(r).value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash("strongroom", QCryptographicHash::Sha256).toHex()));
    }

    // One cancel contract for every verb (docs/cli.md, "Cancel"): a Ctrl-C during the job ends
    // with 130 and the verb's cancel message on stderr; with --json stdout holds exactly the
    // {"error"} object of kind "cancelled" with that message. The verbs of these rows used to end
    // three ways: the message only, "strongroom-cli: Cancelled." or an error object, and silence.
    void aCancelledJobEndsTheSameWayForEveryVerb_data()
    {
        QTest::addColumn<QStringList>("args"); // "FIFO" stands for a fifo that never ends
        QTest::addColumn<bool>("json");
        QTest::addColumn<QString>("message");

        for (const bool json : {false, true}) {
            const char *mode = json ? " --json" : "";
            QTest::addRow("checksum%s", mode)
                << QStringList{QStringLiteral("checksum"), QStringLiteral("FIFO")} << json
                << QStringLiteral("Cancelled.");
            QTest::addRow("file encrypt%s", mode)
                << QStringList{QStringLiteral("file"),      QStringLiteral("encrypt"),
                               QStringLiteral("FIFO"),      QStringLiteral("--recipient"),
                               QStringLiteral("RECIPIENT"), QStringLiteral("-o"),
                               QStringLiteral("OUT")}
                << json << QStringLiteral("Cancelled; nothing was written under the output name.");
            QTest::addRow("bench crypto%s", mode)
                << QStringList{QStringLiteral("bench"), QStringLiteral("crypto"), QStringLiteral("--seconds"),
                               QStringLiteral("10"), QStringLiteral("--no-reference")}
                << json << QStringLiteral("Cancelled.");
        }
    }

    void aCancelledJobEndsTheSameWayForEveryVerb()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        EndlessFifo fifo(dir.path());
        QVERIFY(fifo.writing());
        if (args.contains(QStringLiteral("RECIPIENT"))) {
            const CliRun generated = runCli({QStringLiteral("key"), QStringLiteral("generate"),
                                             QStringLiteral("--out"), dir.filePath(QStringLiteral("id.txt"))},
                                            {}, m_env);
            QCOMPARE(generated.exitCode, 0);
            args.replace(args.indexOf(QStringLiteral("RECIPIENT")),
                         QString::fromLatin1(generated.out.trimmed()));
        }
        args.replaceInStrings(QRegularExpression(QStringLiteral("^FIFO$")), fifo.path());
        args.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")),
                              dir.filePath(QStringLiteral("out")));
        if (json)
            args.prepend(QStringLiteral("--json"));
        QProcess cli;
        cli.setProcessEnvironment(english());
        cli.start(strongroomBinary(QStringLiteral("strongroom-cli")), args);
        QVERIFY(cli.waitForStarted());
        QTest::qWait(700);
        ::kill(pid_t(cli.processId()), SIGINT);
        // A job honours a cancel within 200 ms (core/Job.h); the rest is room for a loaded machine.
        QVERIFY(cli.waitForFinished(5000));
        const QByteArray out = cli.readAllStandardOutput();
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 130, qPrintable(err));
        // The message is the last line: a "Stopping: ..." notice may come before it.
        QCOMPARE(err.trimmed().split(QLatin1Char('\n')).last(), message);
        if (!json) {
            QVERIFY2(out.isEmpty(), out.constData());
            return;
        }
        QJsonParseError parsed;
        const QJsonObject o = QJsonDocument::fromJson(out, &parsed).object();
        QVERIFY2(parsed.error == QJsonParseError::NoError, out.constData());
        QCOMPARE(o.keys(), QStringList{QStringLiteral("error")});
        const QJsonObject error = o.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 130);
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
    }

    // A confirmation answered with anything but "yes" is a cancel (docs/cli.md, "Cancel"): 130, the
    // message on stderr, and under --json the same {"error"} object as a Ctrl-C. stdin is a
    // pseudo-terminal that answers "no"; stdout and stderr stay pipes.
    void aConfirmationNotGivenEndsLikeACancel_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("text") << false;
        QTest::newRow("--json") << true;
    }

    void aConfirmationNotGivenEndsLikeACancel()
    {
        QFETCH(bool, json);
        const QString answerNo =
            QStringLiteral("import os, pty, subprocess, sys\n"
                           "master, slave = pty.openpty()\n"
                           "os.write(master, b'no\\n')\n"
                           "p = subprocess.run(sys.argv[1:], stdin=slave, capture_output=True)\n"
                           "sys.stdout.buffer.write(p.stdout)\n"
                           "sys.stderr.buffer.write(p.stderr)\n"
                           "sys.exit(p.returncode)\n");
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("plain.img"));
        QStringList args{QStringLiteral("-c"),
                         answerNo,
                         strongroomBinary(QStringLiteral("strongroom-cli")),
                         QStringLiteral("volume"),
                         QStringLiteral("decrypt"),
                         image};
        if (json)
            args.append(QStringLiteral("--json"));
        QProcess p;
        p.setProcessEnvironment(english());
        p.start(QStringLiteral("python3"), args);
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 130, qPrintable(err));
        const QString message = QStringLiteral("Not confirmed; nothing was changed.");
        // The question stands before the answer on the same line.
        QVERIFY2(err.trimmed().endsWith(message), qPrintable(err));
        // A cancel is no error: no "strongroom-cli:" before the message, as fail() puts before one.
        QVERIFY2(!err.contains(QLatin1String("strongroom-cli:")), qPrintable(err));
        if (!json) {
            QVERIFY2(out.isEmpty(), out.constData());
            return;
        }
        const QJsonObject error =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 130);
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
    }

    // No log and no head: nothing to vouch for, so not "intact" (it once was), but no proof of
    // tampering either: exit 1 (no such file), with the reason.
    void auditVerifyWithoutLogOrHeadSaysNoAuditLog()
    {
        QTemporaryDir data;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        const CliRun r =
            runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, {}, env);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = jsonOf(r);
        QVERIFY(!o.value(QStringLiteral("intact")).toBool());
        QVERIFY(o.value(QStringLiteral("no_log")).toBool());
        QVERIFY(o.value(QStringLiteral("journal")).isObject());
        const CliRun human = runCli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, env);
        QCOMPARE(human.exitCode, 1);
        QVERIFY2(human.err.contains("no audit log"), human.err.constData());
    }

    // Where journald does not run (this build root), verify and doctor say so instead of implying
    // the journal was compared.
    void withoutJournaldVerifyAndDoctorSaySo()
    {
        if (QFile::exists(QStringLiteral("/run/systemd/journal/socket")))
            QSKIP("a journald socket exists here; TestAuditJournal covers the comparison with it");
        const CliRun verify =
            runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")}, {}, m_env);
        QVERIFY(QJsonDocument::fromJson(verify.out)
                    .object()
                    .value(QStringLiteral("journal"))
                    .toObject()
                    .value(QStringLiteral("note"))
                    .toString()
                    .startsWith(QLatin1String("journal not available: entries are only in the local chain")));
        const CliRun doctor = runCli({QStringLiteral("doctor"), QStringLiteral("--json")}, {}, m_env);
        const QJsonObject d = jsonOf(doctor);
        QCOMPARE(d.value(QStringLiteral("journal")), QJsonValue(false));
        bool named = false;
        for (const QJsonValue &m : d.value(QStringLiteral("missing")).toArray())
            named = named || m.toObject()
                                 .value(QStringLiteral("what"))
                                 .toString()
                                 .startsWith(QLatin1String("system journal"));
        QVERIFY(named);
    }

    void auditVerifyOnABrokenLogExits4()
    {
        QTemporaryDir data;
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        QDir().mkpath(data.filePath(QStringLiteral("strongroom")));
        QFile log(data.filePath(QStringLiteral("strongroom/audit.jsonl")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("{\"seq\":1,\"prev\":\"deadbeef\",\"action\":\"forged\"}\n");
        log.close();
        const CliRun r = runCli({QStringLiteral("audit"), QStringLiteral("verify")}, {}, env);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("tampered"));
        const CliRun listed = runCli({QStringLiteral("audit"), QStringLiteral("log")}, {}, env);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("forged"));
    }
};

QTEST_GUILESS_MAIN(TestCliContract)
#include "TestCliContract.moc"
