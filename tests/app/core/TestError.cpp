// Error and the exit codes, the CLI's contract with scripts: every ExitCode is a row of the table
// in docs/cli.md, and its kind is the word that table and the "kind is a stable name" list use, so
// the documentation and the code cannot drift apart. An Error's JSON is {"code", "kind",
// "message"}, the kind a finer name where one is given.
#include "core/Error.h"

#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace strongroom;

namespace {
const QList<ExitCode> kAllCodes{
    ExitCode::Ok,         ExitCode::Failure,       ExitCode::Usage,         ExitCode::WrongKey,
    ExitCode::Integrity,  ExitCode::Busy,          ExitCode::Unsupported,   ExitCode::Environment,
    ExitCode::Regression, ExitCode::StatusWarning, ExitCode::StatusFailure, ExitCode::Cancelled};

QString cliDoc()
{
    const QString source = qEnvironmentVariable("STRONGROOM_SOURCE_DIR");
    QFile f(source + QStringLiteral("/docs/cli.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestError : public QObject
{
    Q_OBJECT

    QString m_doc;

private Q_SLOTS:
    void initTestCase()
    {
        m_doc = cliDoc();
        QVERIFY2(!m_doc.isEmpty(),
                 "docs/cli.md not found: run through ctest (it sets STRONGROOM_SOURCE_DIR)");
    }

    void theExitCodeTableOfTheDocsListsExactlyTheCodes()
    {
        // "## Exit codes" ... "| 3 | wrong key or authentication failed | ... |"
        const qsizetype start = m_doc.indexOf(QStringLiteral("## Exit codes"));
        QVERIFY(start >= 0);
        const QString section = m_doc.mid(start, m_doc.indexOf(QStringLiteral("\n## "), start + 1) - start);
        static const QRegularExpression row(QStringLiteral("^\\| (\\d+) \\| ([^|]+) \\|"),
                                            QRegularExpression::MultilineOption);
        QMap<int, QString> documented;
        for (auto it = row.globalMatch(section); it.hasNext();) {
            const auto m = it.next();
            documented.insert(m.captured(1).toInt(), m.captured(2).trimmed());
        }
        QList<int> codes;
        for (ExitCode code : kAllCodes)
            codes << int(code);
        QCOMPARE(documented.keys(), codes);
        // Each row's meaning names the kind scripts see ("wrong-key": "wrong key or ...").
        for (ExitCode code : kAllCodes) {
            const QString kind = exitCodeKind(code).replace(QLatin1Char('-'), QLatin1Char(' '));
            QVERIFY2(documented.value(int(code)).contains(kind),
                     qPrintable(QStringLiteral("code %1: \"%2\" does not say \"%3\"")
                                    .arg(int(code))
                                    .arg(documented.value(int(code)), kind)));
        }
    }

    void theDocumentedStableKindsAreTheCodesKinds()
    {
        // "`kind` is a stable name: `usage`, `wrong-key`, ..., `failure`, or a finer one ..."
        const qsizetype from = m_doc.indexOf(QStringLiteral("a stable name:"));
        QVERIFY2(from >= 0, "docs/cli.md no longer lists the stable kinds");
        const QString list = m_doc.mid(from, m_doc.indexOf(QStringLiteral("or a finer one"), from) - from);
        static const QRegularExpression word(QStringLiteral("`([a-z-]+)`"));
        QStringList documented;
        for (auto it = word.globalMatch(list); it.hasNext();)
            documented << it.next().captured(1);
        QStringList kinds;
        for (ExitCode code : kAllCodes)
            if (code != ExitCode::Ok)
                kinds << exitCodeKind(code);
        documented.sort();
        kinds.sort();
        QCOMPARE(documented, kinds);
    }

    void eachCodeHasItsOwnKind()
    {
        QStringList kinds;
        for (ExitCode code : kAllCodes)
            kinds << exitCodeKind(code);
        kinds.removeDuplicates();
        QCOMPARE(kinds.size(), kAllCodes.size());
        QCOMPARE(exitCodeKind(ExitCode::Cancelled), QStringLiteral("cancelled"));
        QCOMPARE(int(ExitCode::Cancelled), 130); // 128 + SIGINT, what a shell reports for Ctrl-C
        QCOMPARE(exitCodeKind(static_cast<ExitCode>(42)), QStringLiteral("failure"));
    }

    void anErrorsKindIsTheCodesUnlessAFinerOneIsGiven_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong key") << 3 << QString() << "wrong-key";
        QTest::newRow("busy") << 5 << QString() << "busy";
        QTest::newRow("finer: not a database") << 6 << "not-a-database"
                                               << "not-a-database";
        QTest::newRow("finer: disk full") << 1 << "disk-full"
                                          << "disk-full";
    }
    void anErrorsKindIsTheCodesUnlessAFinerOneIsGiven()
    {
        QFETCH(int, code);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const Error e(static_cast<ExitCode>(code), QStringLiteral("shop.db: something"), kind);
        QCOMPARE(e.kindName(), expected);
        const QJsonObject json = e.toJson();
        QCOMPARE(json, (QJsonObject{{QStringLiteral("code"), code},
                                    {QStringLiteral("kind"), expected},
                                    {QStringLiteral("message"), QStringLiteral("shop.db: something")}}));
    }

    void aDefaultErrorIsAPlainFailure()
    {
        const Error e;
        QCOMPARE(e.code, ExitCode::Failure);
        QCOMPARE(e.kindName(), QStringLiteral("failure"));
        QCOMPARE(e.toJson().value(QStringLiteral("code")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestError)

#include "TestError.moc"
