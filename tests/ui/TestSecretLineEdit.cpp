#include "widgets/SecretLineEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QtCrypto>

using namespace strongroom;
using namespace strongroom::ui;

// The one key-entry field: what is typed, deleted, pasted or selected ends up in (or out of) the
// secure buffer; the dots do not depend on the secret; the buffer is zero after clear(); no
// QLineEdit (with its QString and undo history) hides inside.
class TestSecretLineEdit : public QObject
{
    Q_OBJECT
    QCA::Initializer m_qca;

    static QByteArray bytesOf(const SecretLineEdit &edit) { return edit.secret().toByteArray(); }
    // QTest::keyClicks knows only ASCII; a keyboard layout sends other characters as key text.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
        }
    }
    static QImage look(SecretLineEdit &edit) { return edit.grab().toImage(); }

private Q_SLOTS:
    void typingAppendsToTheSecret_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("ascii") << QStringLiteral("correct horse");
        QTest::newRow("quotes and symbols") << QStringLiteral("it's \"x'00'\" $HOME");
        QTest::newRow("non-ascii") << QStringLiteral("Grüße aus Köln €");
    }

    void typingAppendsToTheSecret()
    {
        QFETCH(QString, typed);
        SecretLineEdit edit;
        QSignalSpy changed(&edit, &SecretLineEdit::textChanged);
        type(&edit, typed);
        QCOMPARE(bytesOf(edit), typed.toUtf8());
        QCOMPARE(edit.length(), typed.size());
        QCOMPARE(changed.size(), typed.size());
        QVERIFY(!edit.isEmpty());
    }

    void backspaceRemovesTheLastCharacterWhateverItsLength()
    {
        SecretLineEdit edit;
        type(&edit, QStringLiteral("aé€"));
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QCOMPARE(bytesOf(edit), QStringLiteral("aé").toUtf8());
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QCOMPARE(bytesOf(edit), QByteArray("a"));
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QTest::keyClick(&edit, Qt::Key_Backspace); // on an empty field: nothing
        QVERIFY(edit.isEmpty());
    }

    void selectAllThenTypingReplacesEverything()
    {
        SecretLineEdit edit;
        QTest::keyClicks(&edit, QStringLiteral("old secret"));
        QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(&edit, QStringLiteral("new"));
        QCOMPARE(bytesOf(edit), QByteArray("new"));
        QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QVERIFY(edit.isEmpty());
    }

    void pasteInsertsTheFirstLineOfTheClipboard()
    {
        SecretLineEdit edit;
        QTest::keyClicks(&edit, QStringLiteral("ab"));
        QApplication::clipboard()->setText(QStringLiteral("cd ef\r\nsecond line"));
        QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(bytesOf(edit), QByteArray("abcd ef"));
        QApplication::clipboard()->clear();
    }

    void copyAndCutLeaveTheSecretInTheField()
    {
        SecretLineEdit edit;
        QTest::keyClicks(&edit, QStringLiteral("do not copy me"));
        QApplication::clipboard()->setText(QStringLiteral("before"));
        QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(&edit, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(&edit, Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        QCOMPARE(bytesOf(edit), QByteArray("do not copy me"));
        QApplication::clipboard()->clear();
    }

    void returnIsSignalledAndLeftToTheDialog()
    {
        SecretLineEdit edit;
        QSignalSpy returned(&edit, &SecretLineEdit::returnPressed);
        QTest::keyClicks(&edit, QStringLiteral("k"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(returned.size(), 1);
        QCOMPARE(bytesOf(edit), QByteArray("k"));
    }

    void theDotsDoNotDependOnTheSecretUntilItIsShown()
    {
        SecretLineEdit first;
        SecretLineEdit second;
        for (SecretLineEdit *edit : {&first, &second})
            edit->resize(200, edit->sizeHint().height());
        first.setText(QStringLiteral("aaaa"));
        second.setText(QStringLiteral("WWWW"));
        QVERIFY(!first.isRevealed());
        QCOMPARE(look(first), look(second));
        first.setRevealed(true);
        second.setRevealed(true);
        QVERIFY(look(first) != look(second));
        first.setRevealed(false);
        second.setRevealed(false);
        QCOMPARE(look(first), look(second));
    }

    void theKeyIsReadBackAsKeyMaterial()
    {
        SecretLineEdit edit;
        const QByteArray raw = "x'" + QByteArray(64, 'a') + "'";
        edit.setSecret(QCA::SecureArray(raw));
        const KeyMaterial key = edit.key();
        QCOMPARE(key.kind(), KeyKind::Raw);
        QCOMPARE(QByteArray(key.data(), key.size()), raw);
        SecretLineEdit same;
        QTest::keyClicks(&same, QString::fromLatin1(raw));
        QVERIFY(same.sameSecretAs(edit));
        QTest::keyClick(&same, Qt::Key_Backspace);
        QVERIFY(!same.sameSecretAs(edit));
    }

    void clearOverwritesTheBuffer()
    {
        SecretLineEdit edit;
        QTest::keyClicks(&edit, QStringLiteral("wipe me please"));
        const char *buffer = edit.m_storage.constData();
        const int capacity = edit.m_storage.size();
        QVERIFY(QByteArray(buffer, 14) == "wipe me please");
        QSignalSpy changed(&edit, &SecretLineEdit::textChanged);
        edit.clear();
        QCOMPARE(changed.size(), 1);
        QVERIFY(edit.isEmpty());
        QCOMPARE(edit.m_storage.constData(), buffer); // the same buffer, not a fresh one
        QCOMPARE(QByteArray(buffer, capacity), QByteArray(capacity, '\0'));
    }

    void aLongSecretGrowsTheBufferAndKeepsEveryByte()
    {
        SecretLineEdit edit;
        const QString longSecret = QString(300, QLatin1Char('z')) + QStringLiteral("end");
        QTest::keyClicks(&edit, longSecret);
        QCOMPARE(bytesOf(edit), longSecret.toUtf8());
        QVERIFY(edit.m_storage.size() >= 303);
    }

    void noLineEditHoldsTheSecret()
    {
        SecretLineEdit edit;
        edit.setText(QStringLiteral("secret"));
        QVERIFY(edit.findChildren<QLineEdit *>().isEmpty());
        QVERIFY(!edit.property("text").isValid());
        QVERIFY(!edit.testAttribute(Qt::WA_InputMethodEnabled));
    }
};

QTEST_MAIN(TestSecretLineEdit)
#include "TestSecretLineEdit.moc"
