#include "app/backup/BackupFixtures.h"
#include "app/volumes/LuksFixtures.h"
#include "support/CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace backupfixtures;

// strongroom-cli speaks the user's language as the console does: it follows LANGUAGE, LC_ALL,
// LC_MESSAGES and LANG. Only the words change: the exit code and, under --json, the error's kind
// (an identifier) are the same in every language. The CLI's own words are translated too (table
// headers, labels, usage, --help and option descriptions), with columns as wide as the German words
// need; --json output is byte for byte the same, and the reference written into the man page and
// docs/cli.md stays English under the environment its generators use.
class TestCliLanguage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_database;
    LuksFixtures m_luks;
    QString m_volume; // a LUKS2 image made by cryptsetup; empty when the tool does not run here

    // The test's environment without any language setting of the caller, plus `settings`.
    QProcessEnvironment environmentWith(const QList<QPair<QString, QString>> &settings) const
    {
        QProcessEnvironment env = environment(m_home.path());
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            env.remove(QString::fromLatin1(name));
        for (const auto &[name, value] : settings)
            env.insert(name, value);
        return env;
    }

    static QString german() { return QStringLiteral("de_DE.UTF-8"); }
    static QString english() { return QStringLiteral("C.UTF-8"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        if (runSqlCipherShell(QStringLiteral(":memory:"), "SELECT 1;").exitCode != 0)
            QSKIP("the sqlcipher shell does not run here; the database of this test is made with it");
        m_database = m_home.filePath(QStringLiteral("shop.db"));
        QVERIFY(makeDatabase(m_database, liveKey(), 20, "shop"));
        // One backup in the history folder beside it, for backup list and db info's last backup.
        const CliRun backup = runCli({QStringLiteral("backup"), QStringLiteral("create"), m_database,
                                      QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")},
                                     {}, environmentWith({{QStringLiteral("LANG"), english()}}));
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        // LUKS2 with one argon2id slot of one thread (German says "1 Thread") and a pbkdf2 slot.
        const QString image =
            m_luks.luksFormat(QStringLiteral("volume.img"),
                              {QStringLiteral("--type"), QStringLiteral("luks2"), QStringLiteral("--pbkdf"),
                               QStringLiteral("argon2id"), QStringLiteral("--pbkdf-force-iterations"),
                               QStringLiteral("4"), QStringLiteral("--pbkdf-memory"), QStringLiteral("32"),
                               QStringLiteral("--pbkdf-parallel"), QStringLiteral("1")},
                              "alpha");
        if (LuksFixtures::tool(QStringLiteral("cryptsetup"), {QStringLiteral("isLuks"), image}).first == 0)
            m_volume = image;
    }

    QString history() const { return m_home.filePath(QStringLiteral("backups")); }

    // What a verb prints for people, under LANG=`language`.
    CliRun human(const QStringList &args, const QString &language) const
    {
        return runCli(args, {}, environmentWith({{QStringLiteral("LANG"), language}}));
    }

    // Where the value of a "Label   value" line starts: after the first run of two or more spaces.
    static qsizetype valueColumn(const QString &line)
    {
        const qsizetype gap = line.indexOf(QStringLiteral("  "));
        if (gap < 0)
            return -1;
        qsizetype at = gap;
        while (at < line.size() && line[at] == QLatin1Char(' '))
            ++at;
        return at;
    }

    static QStringList linesOf(const QByteArray &out)
    {
        return QString::fromUtf8(out).split(QLatin1Char('\n'));
    }

    void aWrongKeyIsReportedInTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("isGerman");
        QTest::newRow("LANG=de") << "LANG" << german() << true;
        QTest::newRow("LC_ALL=de") << "LC_ALL" << german() << true;
        QTest::newRow("LC_MESSAGES=de") << "LC_MESSAGES" << german() << true;
        QTest::newRow("LANG=C") << "LANG" << english() << false;
    }
    void aWrongKeyIsReportedInTheUsersLanguage()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(bool, isGerman);
        const QStringList args{QStringLiteral("db"), QStringLiteral("info"), m_database,
                               QStringLiteral("--key-env"), QStringLiteral("OTHER_KEY")};
        const CliRun run = runCli(args, {}, environmentWith({{variable, value}}));
        const QString err = QString::fromUtf8(run.err);
        QCOMPARE(run.exitCode, 3);
        if (isGerman) {
            QVERIFY2(err.contains(QStringLiteral("Der Schlüssel öffnet diese Datei mit keiner der versuchten "
                                                 "Einstellungen")),
                     qPrintable(err));
            // The hint names the same options in German as in English.
            QVERIFY2(err.contains(QStringLiteral("Geben Sie andere Einstellungen mit --page-size")),
                     qPrintable(err));
        } else {
            QVERIFY2(err.contains(QStringLiteral("the key does not open this file")), qPrintable(err));
        }
    }

    // Under --json the kind and code stay identifiers; the message is the user's language.
    void jsonKeepsTheKindAndCodeInEveryLanguage()
    {
        const QStringList args{QStringLiteral("--json"),    QStringLiteral("db"),
                               QStringLiteral("info"),      m_database,
                               QStringLiteral("--key-env"), QStringLiteral("OTHER_KEY")};
        const CliRun de = runCli(args, {}, environmentWith({{QStringLiteral("LANG"), german()}}));
        const CliRun en = runCli(args, {}, environmentWith({{QStringLiteral("LANG"), english()}}));
        QCOMPARE(de.exitCode, en.exitCode);
        const QJsonObject deError =
            QJsonDocument::fromJson(de.out).object().value(QStringLiteral("error")).toObject();
        const QJsonObject enError =
            QJsonDocument::fromJson(en.out).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(deError.value(QStringLiteral("kind")).toString(), QStringLiteral("wrong-key"));
        QCOMPARE(deError.value(QStringLiteral("kind")), enError.value(QStringLiteral("kind")));
        QCOMPARE(deError.value(QStringLiteral("code")), enError.value(QStringLiteral("code")));
        QVERIFY2(deError.value(QStringLiteral("message")).toString().contains(QStringLiteral("Schlüssel")),
                 de.out.constData());
        QVERIFY2(enError.value(QStringLiteral("message")).toString().contains(QStringLiteral("the key")),
                 en.out.constData());
    }

    // A usage error of the CLI itself (not of a library) is German too, with the same exit code 2.
    void usageErrorsAreGermanWithTheSameExitCode()
    {
        const QStringList args{QStringLiteral("backup"), QStringLiteral("create")};
        const CliRun de = runCli(args, {}, environmentWith({{QStringLiteral("LANG"), german()}}));
        const CliRun en = runCli(args, {}, environmentWith({{QStringLiteral("LANG"), english()}}));
        QCOMPARE(en.exitCode, 2);
        QCOMPARE(de.exitCode, en.exitCode);
        QVERIFY2(de.err.contains("backup create erwartet genau eine DB."), de.err.constData());
        QVERIFY2(en.err.contains("backup create takes exactly one DB."), en.err.constData());
    }

    // The CLI's own words (table headers, labels, usage and --help) follow LANG as its messages do.
    void tablesLabelsAndHelpAreInTheUsersLanguage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("germanWords");
        QTest::addColumn<QStringList>("englishWords");
        const QString db = m_database;
        QTest::newRow("db info: labels and table header")
            << QStringList{QStringLiteral("db"), QStringLiteral("info"), db, QStringLiteral("--key-env"),
                           QStringLiteral("LIVE_KEY")}
            << QStringList{QStringLiteral("Datei"), QStringLiteral("Verschlüsselung"),
                           QStringLiteral("Letzte Sicherung"), QStringLiteral("TABELLE"),
                           QStringLiteral("ZEILEN")}
            << QStringList{QStringLiteral("File"), QStringLiteral("Encryption"),
                           QStringLiteral("Last backup"), QStringLiteral("TABLE"), QStringLiteral("ROWS")};
        QTest::newRow("backup list: table header and state")
            << QStringList{QStringLiteral("backup"), QStringLiteral("list"), history()}
            << QStringList{QStringLiteral("Zeit (UTC)"), QStringLiteral("Schlüssel-ID"),
                           QStringLiteral("Zustand"), QStringLiteral("21 in 2 Tabellen")}
            << QStringList{QStringLiteral("Time (UTC)"), QStringLiteral("Key id"), QStringLiteral("State"),
                           QStringLiteral("21 in 2 tables")};
        QTest::newRow("key list: a catalog's key, its age")
            << QStringList{QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--only-given"),
                           QStringLiteral("--dir"), history()}
            << QStringList{QStringLiteral("0 Tage")} << QStringList{QStringLiteral("0 days")};
        QTest::newRow("volume info: labels, slot state and plural")
            << QStringList{QStringLiteral("volume"), QStringLiteral("info"), m_volume}
            << QStringList{QStringLiteral("LUKS-Version:"),
                           QStringLiteral("Verschlüsselung:"),
                           QStringLiteral("-Bit-Schlüssel"),
                           QStringLiteral("-Byte-Sektoren"),
                           QStringLiteral("Datenversatz:"),
                           QStringLiteral("Schlüsselplätze:"),
                           QStringLiteral("aktiv, der letzte, argon2id (32 KiB, 4 Iterationen, 1 Thread)"),
                           QStringLiteral("(keine)"),
                           QStringLiteral("Segment 0: crypt, Versatz ")}
            << QStringList{QStringLiteral("LUKS version:"),
                           QStringLiteral("Cipher:"),
                           QStringLiteral("-bit key"),
                           QStringLiteral("-byte sectors"),
                           QStringLiteral("Data offset:"),
                           QStringLiteral("Key slots:"),
                           QStringLiteral("active, the last one, argon2id (32 KiB, 4 iterations"),
                           QStringLiteral("(none)"),
                           QStringLiteral("Segment 0: crypt, offset ")};
        QTest::newRow("doctor: sections and labels")
            << QStringList{QStringLiteral("doctor")}
            << QStringList{QStringLiteral("Bibliotheken und Werkzeuge:"),
                           QStringLiteral("PostgreSQL-Werkzeuge:"), QStringLiteral("Krypto-API des Kernels:"),
                           QStringLiteral("Systemjournal:"), QStringLiteral("(Anbieter: ")}
            << QStringList{QStringLiteral("Libraries and tools:"), QStringLiteral("PostgreSQL tools:"),
                           QStringLiteral("kernel crypto API:"), QStringLiteral("system journal:"),
                           QStringLiteral("(providers: ")};
        QTest::newRow("bench crypto: labels, titles and what uses each algorithm")
            << QStringList{QStringLiteral("bench"), QStringLiteral("crypto"), QStringLiteral("--seconds"),
                           QStringLiteral("0.05"), QStringLiteral("--no-reference")}
            << QStringList{QStringLiteral("Methode"), QStringLiteral("ALGORITHMUS"),
                           QStringLiteral("VERWENDET VON"), QStringLiteral("SQLCipher-Seiten")}
            << QStringList{QStringLiteral("Method"), QStringLiteral("ALGORITHM"), QStringLiteral("USED BY"),
                           QStringLiteral("SQLCipher pages")};
        QTest::newRow("db info --help: summary, details and options")

            << QStringList{QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--help")}
            << QStringList{QStringLiteral("Verschlüsselung, Versionen, Größen und Zeilenzahlen"),
                           QStringLiteral("Untersucht eine Datenbank"),
                           QStringLiteral("Den Schlüssel aus der Umgebungsvariablen"),
                           QStringLiteral("Maschinenlesbare Ausgabe.")}
            << QStringList{QStringLiteral("Encryption, versions, sizes and row counts"),
                           QStringLiteral("Diagnoses a database"),
                           QStringLiteral("Read the key from environment variable"),
                           QStringLiteral("Machine-readable output.")};
        QTest::newRow("backup prune --help: retention options")
            << QStringList{QStringLiteral("backup"), QStringLiteral("prune"), QStringLiteral("--help")}
            << QStringList{QStringLiteral("N Sicherungen nach dieser Regel behalten"),
                           QStringLiteral("Ohne Rückfrage bestätigen (für Skripte).")}
            << QStringList{QStringLiteral("Keep N backups by this rule"),
                           QStringLiteral("Confirm without asking (for scripts).")};
        QTest::newRow("usage: command list and global options")
            << QStringList{QStringLiteral("--help")}
            << QStringList{QStringLiteral("Befehle:"), QStringLiteral("Globale Optionen:"),
                           QStringLiteral("Exit-Codes:"), QStringLiteral("Prüfsumme")}
            << QStringList{QStringLiteral("Commands:"), QStringLiteral("Global options:"),
                           QStringLiteral("Exit codes:"), QStringLiteral("SHA-256")};
    }
    void tablesLabelsAndHelpAreInTheUsersLanguage()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, germanWords);
        QFETCH(QStringList, englishWords);
        if (args.contains(QString()))
            QSKIP("cryptsetup luksFormat does not run here; this row reads a LUKS2 image it makes");
        const CliRun de = human(args, german());
        const CliRun en = human(args, english());
        QCOMPARE(de.exitCode, 0);
        QCOMPARE(en.exitCode, 0);
        const QString deOut = QString::fromUtf8(de.out);
        const QString enOut = QString::fromUtf8(en.out);
        for (const QString &word : germanWords)
            QVERIFY2(deOut.contains(word), qPrintable(word + QStringLiteral(" missing in:\n") + deOut));
        for (const QString &word : englishWords)
            QVERIFY2(enOut.contains(word), qPrintable(word + QStringLiteral(" missing in:\n") + enOut));
        // The option names themselves are the same in both.
        for (const QString &option : {QStringLiteral("--json"), QStringLiteral("--help")})
            QCOMPARE(deOut.contains(option), enOut.contains(option));
    }

    // db info's labels are padded to the widest German label, so every value starts in one column;
    // its table's columns are as wide as the German titles, and the rows hold the same values.
    void dbInfoLinesUpInGerman()
    {
        const QStringList args{QStringLiteral("db"), QStringLiteral("info"), m_database,
                               QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")};
        for (const QString &language : {german(), english()}) {
            const CliRun run = human(args, language);
            QCOMPARE(run.exitCode, 0);
            const QStringList lines = linesOf(run.out);
            const qsizetype blank = lines.indexOf(QString());
            QVERIFY(blank >= 8);
            const qsizetype column = valueColumn(lines.first());
            QVERIFY(column > 0);
            for (const QString &line : lines.mid(0, blank))
                QVERIFY2(valueColumn(line) == column, qPrintable(language + QStringLiteral(": ") + line));
            // Header and rows: the last column is right-aligned, so every line of the table is as
            // long as the header.
            const QStringList table = lines.mid(blank + 1).filter(QRegularExpression(QStringLiteral("\\S")));
            QVERIFY(table.size() >= 2);
            for (const QString &row : table)
                QVERIFY2(row.size() == table.first().size(),
                         qPrintable(language + QStringLiteral(": ") + row));
        }
        const auto rows = [&](const QString &language) {
            QStringList table = linesOf(human(args, language).out);
            table = table.mid(table.indexOf(QString()) + 2);
            for (QString &row : table)
                row = row.simplified();
            return table;
        };
        // The same values; a byte count below 1 KiB is the one cell with a word of its own ("0 Byte").
        QStringList germanRows = rows(german());
        germanRows.replaceInStrings(QRegularExpression(QStringLiteral("(\\d) Byte\\b")),
                                    QStringLiteral("\\1 bytes"));
        QCOMPARE(germanRows, rows(english()));
    }

    // backup list: each German title starts its column, and the row's cells start under it.
    void backupListColumnsStartUnderTheGermanTitles()
    {
        const CliRun run = human({QStringLiteral("backup"), QStringLiteral("list"), history()}, german());
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = linesOf(run.out);
        QVERIFY(lines.size() >= 2);
        const QString header = lines[0];
        const QString row = lines[1];
        for (const auto &[title, cell] :
             {std::pair{QStringLiteral("Schlüssel-ID"), QStringLiteral("v2-")},
              std::pair{QStringLiteral("Zustand"), QStringLiteral("geprüft")},
              std::pair{QStringLiteral("Zeilen"), QStringLiteral("21 in 2 Tabellen")}}) {
            QVERIFY2(header.contains(title), qPrintable(header));
            QVERIFY2(row.indexOf(cell) == header.indexOf(title),
                     qPrintable(header + QLatin1Char('\n') + row + QStringLiteral("\n") + title));
        }
    }

    // volume info's labels are padded to the widest label of the language, so the values start in
    // one column in German as in English.
    void volumeInfoLinesUpInGerman()
    {
        if (m_volume.isEmpty())
            QSKIP("cryptsetup luksFormat does not run here; this test reads a LUKS2 image it makes");
        for (const QString &language : {german(), english()}) {
            const CliRun run = human({QStringLiteral("volume"), QStringLiteral("info"), m_volume}, language);
            QCOMPARE(run.exitCode, 0);
            const QStringList lines = linesOf(run.out);
            const qsizetype keySlotsLine = lines.indexOf(QRegularExpression(QStringLiteral("^\\S.*:$")));
            QVERIFY2(keySlotsLine >= 6, run.out.constData());
            const qsizetype column = valueColumn(lines.first());
            QVERIFY(column > 0);
            for (const QString &line : lines.mid(0, keySlotsLine))
                QVERIFY2(valueColumn(line) == column, qPrintable(language + QStringLiteral(": ") + line));
        }
    }

    // doctor --json names what is missing by the same keys and names in every language (it once
    // had the key "missing" translated to "fehlt"); only the explanations are the user's language.
    void doctorJsonKeepsItsKeysInEveryLanguage()
    {
        const QStringList args{QStringLiteral("--json"), QStringLiteral("doctor")};
        const QJsonObject de = QJsonDocument::fromJson(human(args, german()).out).object();
        const QJsonObject en = QJsonDocument::fromJson(human(args, english()).out).object();
        QVERIFY(!en.isEmpty());
        QCOMPARE(de.keys(), en.keys());
        QVERIFY(de.contains(QStringLiteral("missing")));
        const QJsonArray deMissing = de.value(QStringLiteral("missing")).toArray();
        const QJsonArray enMissing = en.value(QStringLiteral("missing")).toArray();
        QCOMPARE(deMissing.size(), enMissing.size());
        for (qsizetype i = 0; i < deMissing.size(); ++i)
            QCOMPARE(deMissing[i].toObject().value(QStringLiteral("what")),
                     enMissing[i].toObject().value(QStringLiteral("what")));
    }

    // Scripts read --json: the same bytes in every language (the backup's age in seconds aside).
    void jsonOutputIsTheSameInEveryLanguage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("db info") << QStringList{QStringLiteral("--json"),    QStringLiteral("db"),
                                                QStringLiteral("info"),      m_database,
                                                QStringLiteral("--key-env"), QStringLiteral("LIVE_KEY")};
        QTest::newRow("backup list") << QStringList{QStringLiteral("--json"), QStringLiteral("backup"),
                                                    QStringLiteral("list"), history()};
        if (!m_volume.isEmpty())
            QTest::newRow("volume info") << QStringList{QStringLiteral("--json"), QStringLiteral("volume"),
                                                        QStringLiteral("info"), m_volume};
    }
    void jsonOutputIsTheSameInEveryLanguage()
    {
        QFETCH(QStringList, args);
        const CliRun de = human(args, german());
        const CliRun en = human(args, english());
        QCOMPARE(de.exitCode, 0);
        QCOMPARE(en.exitCode, 0);
        QByteArray deOut = de.out;
        QByteArray enOut = en.out;
        const QRegularExpression age(QStringLiteral("\"age_seconds\": \\d+"));
        QCOMPARE(QString::fromUtf8(deOut).replace(age, QString()),
                 QString::fromUtf8(enOut).replace(age, QString()));
        QVERIFY(!jsonOf(de).isEmpty());
    }

    // The man page and docs/cli.md are written by tools that run strongroom-cli with LC_ALL=C.UTF-8
    // and without LANGUAGE: then the reference is English whatever LANG says, the same as under C.
    void theReferenceForTheDocsIsEnglish()
    {
        const QStringList args{QStringLiteral("--reference"), QStringLiteral("markdown")};
        const CliRun docs = runCli(
            args, {},
            environmentWith({{QStringLiteral("LANG"), german()}, {QStringLiteral("LC_ALL"), english()}}));
        const CliRun plain = human(args, english());
        const CliRun deutsch = human(args, german());
        QCOMPARE(docs.exitCode, 0);
        QCOMPARE(docs.out, plain.out);
        QVERIFY(docs.out.contains("Encryption, versions, sizes and row counts"));
        // Under LANG=de the same declarations read German, so the tools' setting is what keeps it English.
        QVERIFY(deutsch.out != plain.out);
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "TestCliLanguage.moc"
