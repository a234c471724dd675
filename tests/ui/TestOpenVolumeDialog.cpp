// The dialog behind the Volumes page's Open…: the mapping name it suggests, when Open is allowed,
// and that the typed key leaves the dialog only once.
#include "VolumeUiSupport.h"
#include "volumes/HelperProtocol.h"
#include "volumes/OpenVolumeDialog.h"
#include "widgets/SecretLineEdit.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

namespace {
bool helperAccepts(const QString &name)
{
    return helper::validate(helper::Request{QStringLiteral("close"), {}, name, {}}).ok();
}
} // namespace

class TestOpenVolumeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestsANameFromTheImageThatTheHelperAccepts_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("/srv/pg.img") << QStringLiteral("strongroom-pg");
        QTest::newRow("spaces and brackets")
            << QStringLiteral("/home/ann/My Data (2).luks") << QStringLiteral("strongroom-My-Data--2-");
        QTest::newRow("dots kept") << QStringLiteral("/srv/db.v2.img") << QStringLiteral("strongroom-db.v2");
        QTest::newRow("non-ASCII") << QStringLiteral("/srv/Größe.img") << QStringLiteral("strongroom-Gr--e");
        QTest::newRow("no base name") << QStringLiteral("/srv/.img") << QStringLiteral("strongroom-volume");
        QTest::newRow("long") << QStringLiteral("/srv/%1.img").arg(QString(100, QLatin1Char('a')))
                              << QStringLiteral("strongroom-") + QString(53, QLatin1Char('a'));
    }
    void suggestsANameFromTheImageThatTheHelperAccepts()
    {
        QFETCH(QString, image);
        QFETCH(QString, expected);
        ui::OpenVolumeDialog dialog(image);
        const QString name = child<QLineEdit>(&dialog, "mappingNameEdit")->text();
        QCOMPARE(name, expected);
        QCOMPARE(dialog.mappingName(), expected);
        QVERIFY2(helperAccepts(name), qPrintable(name));
        QCOMPARE(helper::suggestedMappingName(image), expected);
    }

    void openWaitsForAKeyAndAValidName()
    {
        ui::OpenVolumeDialog dialog(QStringLiteral("/srv/pg.img"));
        auto *name = child<QLineEdit>(&dialog, "mappingNameEdit");
        auto *key = child<ui::SecretLineEdit>(&dialog, "existingKeyEdit");
        auto *device = child<QLabel>(&dialog, "deviceLabel");
        auto *commit = child<QPushButton>(&dialog, "commitButton");
        QVERIFY(!key->isRevealed());
        QVERIFY(!commit->isEnabled()); // no key yet
        QVERIFY(device->text().contains(QStringLiteral("/dev/mapper/strongroom-pg")));

        key->setText(QStringLiteral("pw"));
        QVERIFY(commit->isEnabled());
        dialog.resize(560, dialog.sizeHint().height());
        screenshot(&dialog, QStringLiteral("open"));

        for (const QString &bad : {QStringLiteral("../control"), QString(), QStringLiteral("-leading-dash"),
                                   QStringLiteral("with space"), QStringLiteral("semi;colon")}) {
            name->setText(bad);
            QVERIFY2(!helperAccepts(name->text()), qPrintable(name->text()));
            QVERIFY2(!commit->isEnabled(), qPrintable(bad));
            QVERIFY(device->text().contains(QStringLiteral("letters, digits")));
        }
        name->setText(QStringLiteral("pgdata"));
        QVERIFY(commit->isEnabled());
        QCOMPARE(dialog.mappingName(), QStringLiteral("pgdata"));

        key->clear();
        QVERIFY(!commit->isEnabled());
    }

    void theKeyIsHandedOverOnceAndTheFieldWiped()
    {
        ui::OpenVolumeDialog dialog(QStringLiteral("/srv/pg.img"));
        auto *key = child<ui::SecretLineEdit>(&dialog, "existingKeyEdit");
        key->setText(QStringLiteral("correct horse"));
        const KeyMaterial taken = dialog.takeKey();
        QCOMPARE(QByteArray(taken.data(), taken.size()), QByteArray("correct horse"));
        QVERIFY(key->isEmpty());
        QVERIFY(dialog.takeKey().isEmpty());
        QVERIFY(!child<QPushButton>(&dialog, "commitButton")->isEnabled());
    }
};

int main(int argc, char *argv[])
{
    VolumeUiHome home;
    QCA::Initializer init;
    QApplication app(argc, argv);
    TestOpenVolumeDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestOpenVolumeDialog.moc"
