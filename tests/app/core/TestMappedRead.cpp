#include "core/MappedRead.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <memory>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace strongroom;

// A read of a memory map whose file was truncated meanwhile runs to its end on zeros instead of
// dying of SIGBUS (or being cut short, which skipped its destructors); guarded() then returns false
// on every thread that read the lost part; reads of intact maps are untouched.
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

    // Counts its constructions and destructions, to show that the guarded frame unwinds normally.
    struct Counted
    {
        static inline int made = 0;
        static inline int destroyed = 0;
        Counted() { ++made; }
        ~Counted() { ++destroyed; }
        Counted(const Counted &) = delete;
        Counted &operator=(const Counted &) = delete;
    };

    // A file of `pages` pages of 1s, mapped.
    struct MappedFile
    {
        QFile file;
        const uchar *data = nullptr;
        qint64 size = 0;

        MappedFile(const QString &path, qint64 pages) : file(path)
        {
            size = pages * pageSize();
            if (!file.open(QIODevice::ReadWrite) || file.write(QByteArray(int(size), '\1')) != size ||
                !file.flush())
                return;
            data = file.map(0, size);
        }
        ~MappedFile()
        {
            if (data) {
                mappedread::forget(data, size);
                file.unmap(const_cast<uchar *>(data));
            }
        }
    };

private Q_SLOTS:
    void anIntactMapIsReadInFull()
    {
        QTemporaryDir dir;
        MappedFile map(dir.filePath(QStringLiteral("f")), 4);
        QVERIFY(map.data);
        int sum = 0;
        QVERIFY(mappedread::guarded(map.data, map.size, [&] { sum = sumOf(map.data, map.size); }));
        QCOMPARE(sum, int(map.size / 512));
    }

    void aTruncationDuringTheReadFinishesTheReadOnZerosAndRunsItsDestructors()
    {
        QTemporaryDir dir;
        MappedFile map(dir.filePath(QStringLiteral("f")), 64);
        QVERIFY(map.data);
        Counted::made = Counted::destroyed = 0;
        bool finished = false;
        bool noticed = false;
        int before = 0;
        int after = 0;
        QVERIFY(!mappedread::guarded(map.data, map.size, [&] {
            const Counted onStack;
            const auto onHeap = std::make_unique<Counted>(); // leaks under ASan if the frame is skipped
            std::vector<Counted> many(3);
            before = sumOf(map.data, map.size);
            QFile other(map.file.fileName()); // as another program would, while we read
            if (!other.open(QIODevice::ReadWrite) || !other.resize(pageSize()))
                return;
            after = sumOf(map.data, map.size);
            noticed = mappedread::truncatedHere();
            finished = true;
        }));
        QVERIFY(finished);
        QVERIFY(noticed);
        QCOMPARE(Counted::made, 5);
        QCOMPARE(Counted::destroyed, 5);
        QCOMPARE(before, int(map.size / 512));
        QCOMPARE(after, int(pageSize() / 512)); // the lost pages read as zeros
        QVERIFY(!mappedread::truncatedHere());  // outside any guarded read
    }

    void aTruncationByAnotherThreadIsReportedToTheReader()
    {
        QTemporaryDir dir;
        MappedFile map(dir.filePath(QStringLiteral("f")), 256);
        QVERIFY(map.data);
        std::atomic<bool> reading = false;
        bool intact = true;
        std::thread reader([&] {
            intact = mappedread::guarded(map.data, map.size, [&] {
                reading = true;
                // Until the truncation meets this thread (a minute at most, then the test fails).
                for (int round = 0; round < 600000 && !mappedread::truncatedHere(); ++round)
                    sumOf(map.data, map.size);
            });
        });
        while (!reading.load())
            std::this_thread::yield();
        QFile other(map.file.fileName());
        QVERIFY(other.open(QIODevice::ReadWrite));
        QVERIFY(other.resize(0));
        reader.join();
        QVERIFY(!intact);
    }

    void everyLaterReadOfTheLostPartIsReportedOnAnyThreadAndTheRestReadsFine()
    {
        QTemporaryDir dir;
        MappedFile map(dir.filePath(QStringLiteral("f")), 64);
        QVERIFY(map.data);
        QVERIFY(map.file.resize(pageSize()));
        QVERIFY(!mappedread::guarded(map.data, map.size, [&] { sumOf(map.data, map.size); }));
        // The lost pages now read zeros without a fault; the reads still learn of them.
        QVERIFY(!mappedread::guarded(map.data, map.size, [&] { sumOf(map.data, map.size); }));
        bool onThread = true;
        std::thread([&] {
            onThread = mappedread::guarded(map.data, map.size, [&] { sumOf(map.data, map.size); });
        }).join();
        QVERIFY(!onThread);
        // What is still there reads fine.
        int sum = 0;
        QVERIFY(mappedread::guarded(map.data, pageSize(), [&] { sum = sumOf(map.data, pageSize()); }));
        QCOMPARE(sum, int(pageSize() / 512));
    }

    void nestedReadsLearnOfATruncationInBoth()
    {
        QTemporaryDir dir;
        MappedFile map(dir.filePath(QStringLiteral("f")), 16);
        QVERIFY(map.data);
        QVERIFY(map.file.resize(pageSize() * 8));
        bool inner = true;
        QVERIFY(!mappedread::guarded(map.data, map.size, [&] {
            inner = mappedread::guarded(map.data + pageSize() * 4, pageSize() * 12,
                                        [&] { sumOf(map.data + pageSize() * 4, pageSize() * 12); });
        }));
        QVERIFY(!inner);
    }

    void aForgottenMapNoLongerCountsAsTruncated()
    {
        QTemporaryDir dir;
        MappedFile map(dir.filePath(QStringLiteral("f")), 8);
        QVERIFY(map.data);
        QVERIFY(map.file.resize(pageSize()));
        QVERIFY(!mappedread::guarded(map.data, map.size, [&] { sumOf(map.data, map.size); }));
        mappedread::forget(map.data, map.size);
        // As a new map at these addresses would be: nothing recorded about them any more.
        QVERIFY(mappedread::guarded(map.data, map.size, [&] { sumOf(map.data, map.size); }));
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
