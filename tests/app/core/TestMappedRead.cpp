#include "core/MappedRead.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <thread>
#include <unistd.h>

using namespace strongroom;

// A read of a memory map whose file was truncated meanwhile ends in guarded() returning false on
// the reading thread, instead of a SIGBUS that kills the process; reads of intact maps are untouched.
class TestMappedRead : public QObject
{
    Q_OBJECT

    static qint64 pageSize() { return ::sysconf(_SC_PAGESIZE); }

    static int sumOf(const uchar *data, qint64 size)
    {
        int sum = 0;
        for (qint64 i = 0; i < size; i += 512)
            sum += static_cast<const volatile uchar *>(data)[i];
        return sum;
    }

private Q_SLOTS:
    void anIntactMapIsReadInFull()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("f")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.write(QByteArray(int(pageSize() * 4), '\1')) == pageSize() * 4);
        file.flush();
        const uchar *data = file.map(0, file.size());
        QVERIFY(data);
        int sum = 0;
        QVERIFY(mappedread::guarded(data, file.size(), [&] { sum = sumOf(data, file.size()); }));
        QCOMPARE(sum, int(pageSize() * 4 / 512));
    }

    void aTruncatedMapEndsTheReadNotTheProcess()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("f")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = pageSize() * 64;
        QVERIFY(file.write(QByteArray(int(size), '\1')) == size);
        file.flush();
        const uchar *data = file.map(0, size);
        QVERIFY(data);
        QVERIFY(file.resize(pageSize())); // as another program would, while we read
        bool finished = false;
        QVERIFY(!mappedread::guarded(data, size, [&] {
            sumOf(data, size);
            finished = true;
        }));
        QVERIFY(!finished);
        // The handler stays usable: a second fault is caught the same way, on another thread too.
        QVERIFY(!mappedread::guarded(data, size, [&] { sumOf(data, size); }));
        bool onThread = true;
        std::thread([&] { onThread = mappedread::guarded(data, size, [&] { sumOf(data, size); }); }).join();
        QVERIFY(!onThread);
        // What is still there reads fine.
        QVERIFY(mappedread::guarded(data, size, [&] { sumOf(data, pageSize()); }));
        file.unmap(const_cast<uchar *>(data));
    }

    void theErrorNamesTheFileAndIsAnIntegrityFailure()
    {
        const Error e = mappedread::truncatedError(QStringLiteral("/srv/shop.db"));
        QCOMPARE(e.code, ExitCode::Integrity);
        QCOMPARE(e.kindName(), QStringLiteral("changed"));
        QVERIFY(
            e.message.startsWith(QLatin1String("/srv/shop.db: the file was truncated while it was read")));
    }
};

QTEST_GUILESS_MAIN(TestMappedRead)
#include "TestMappedRead.moc"
