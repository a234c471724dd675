#include "DbFixtures.h"
#include "sqlcipher/Database.h"
#include "sqlcipher/RowCount.h"

#include <QTemporaryDir>
#include <QtCrypto>

using namespace strongroom;
using namespace dbfixtures;

// The one count(*) engine, on files the sqlcipher shell wrote.
class TestRowCount : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QCA::Initializer m_qca;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        makeWithShell(path("v4.db"), "PRAGMA key = 'pw4';\n" + content());
        makeWithShell(path("odd.db"), "CREATE TABLE \"odd \"\"name\"\"\"(x);\n"
                                      "INSERT INTO \"odd \"\"name\"\"\" VALUES (1), (2);\n"
                                      "CREATE TABLE empty(x);\n"
                                      "CREATE TABLE auto(id INTEGER PRIMARY KEY AUTOINCREMENT, x);\n"
                                      "INSERT INTO auto(x) VALUES (1);\n");
    }

    void everyTableIsCountedByName()
    {
        const KeyMaterial key(QCA::SecureArray(QByteArray("pw4")));
        Result<std::unique_ptr<Database>> db =
            Database::open(path("v4.db"), {Database::Access::ReadOnly, &key, CipherSettings::sqlcipher4()});
        QVERIFY(db);
        const Result<QMap<QString, qint64>> rows = rowcount::rowsPerTable(**db);
        QVERIFY(rows);
        const QMap<QString, qint64> expected{
            {QStringLiteral("big"), 600}, {QStringLiteral("child"), 2}, {QStringLiteral("small"), 3}};
        QCOMPARE(rows.value(), expected);
    }

    void sqlitesOwnTablesAreLeftOutAndOddNamesQuoted()
    {
        Result<std::unique_ptr<Database>> db = Database::open(path("odd.db"), {Database::Access::ReadOnly});
        QVERIFY(db);
        const Result<QMap<QString, qint64>> rows = rowcount::rowsPerTable(**db);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        const QMap<QString, qint64> expected{
            {QStringLiteral("auto"), 1}, {QStringLiteral("empty"), 0}, {QStringLiteral("odd \"name\""), 2}};
        QCOMPARE(rows.value(), expected); // no sqlite_sequence
    }

    void aTableThatIsNotThereIsAFailureNamingIt()
    {
        Result<std::unique_ptr<Database>> db = Database::open(path("odd.db"), {Database::Access::ReadOnly});
        QVERIFY(db);
        const Result<qint64> rows = rowcount::rowsOf(**db, QStringLiteral("nothing"));
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, ExitCode::Failure);
        QVERIFY2(rows.error().message.contains(QLatin1String("counting rows of nothing failed")),
                 qPrintable(rows.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRowCount)
#include "TestRowCount.moc"
