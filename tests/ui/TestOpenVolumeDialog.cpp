// The dialog behind the Volumes page's Open…: Open waits for a key, read-only is a choice that is
// off unless ticked, and the typed key leaves the dialog only once.
#include "VolumeUiSupport.h"
#include "volumes/OpenVolumeDialog.h"
#include "widgets/SecretLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;

class TestOpenVolumeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openWaitsForAKey()
    {
        ui::OpenVolumeDialog dialog(QStringLiteral("/srv/pg.img"));
        auto *key = child<ui::SecretLineEdit>(&dialog, "existingKeyEdit");
        auto *commit = child<QPushButton>(&dialog, "commitButton");
        QVERIFY(!key->isRevealed());
        QVERIFY(!commit->isEnabled()); // no key yet
        QCOMPARE(dialog.image(), QStringLiteral("/srv/pg.img"));

        key->setText(QStringLiteral("pw"));
        QVERIFY(commit->isEnabled());
        dialog.resize(560, dialog.sizeHint().height());
        screenshot(&dialog, QStringLiteral("open"));

        key->clear();
        QVERIFY(!commit->isEnabled());
    }

    void readOnlyIsOffUntilTicked()
    {
        ui::OpenVolumeDialog dialog(QStringLiteral("/srv/pg.img"));
        auto *readOnly = child<QCheckBox>(&dialog, "readOnlyCheck");
        QVERIFY(!readOnly->isChecked());
        QVERIFY(!dialog.readOnly());
        readOnly->setChecked(true);
        QVERIFY(dialog.readOnly());
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
