#pragma once

#include "keys/KeyMaterial.h"

#include <QWidget>
#include <QtCrypto>
#include <functional>

class TestSecretLineEdit;

namespace strongroom::ui {

// The one entry field for keys and passphrases: a masked line whose text lives only in locked,
// wiped memory (a QCA::SecureArray of UTF-8 bytes), never in a QString that outlives a call.
// Typing appends, Backspace removes the last character, Ctrl+A selects everything so the next key
// replaces it, Paste inserts; there is no copy or cut. The dots are painted here, so no QLineEdit
// keeps a QString of the secret (and its undo history) for the life of the dialog.
//
// What Qt still holds, and why it cannot be helped:
// - each QKeyEvent carries the typed character(s) as a QString, freed (not wiped) by Qt after the
//   event; one character at a time, never the whole secret;
// - a pasted secret is in the clipboard, which belongs to the user and the other applications;
// - when revealed, the text is turned into a QString for one paint and wiped right after; the text
//   layout Qt builds while drawing is freed, not wiped;
// - setText() and withText() take or give a QString that the caller owns (generated keys, tests,
//   the strength meter).
// Input methods are switched off: their preedit strings would be copies outside our control.
class SecretLineEdit : public QWidget
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);
    ~SecretLineEdit() override;

    // A copy of the UTF-8 bytes, in secure memory.
    QCA::SecureArray secret() const;
    KeyMaterial key() const { return KeyMaterial(secret()); }
    bool isEmpty() const { return m_size == 0; }
    // The number of characters (code points), what the dots show.
    int length() const;
    bool sameSecretAs(const SecretLineEdit &other) const;

    void setSecret(const QCA::SecureArray &utf8);
    // For generated keys and tests: the caller's QString stays the caller's to wipe.
    void setText(const QString &text);
    // Overwrites the secret, then empties the field.
    void clear();
    // Calls `use` with the text as a QString that is wiped when it returns.
    void withText(const std::function<void(const QString &)> &use) const;

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    // Shown in clear (for a passphrase that must be written down) or as dots.
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The secret changed; it is not passed along, read it with secret().
    void textChanged();
    void returnPressed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    friend class ::TestSecretLineEdit; // looks at the storage to prove it is wiped

    void append(const QByteArray &utf8);
    void removeLastCharacter();
    void pasteClipboard();
    void reserve(int capacity);
    void wipeStorage();

    QCA::SecureArray m_storage; // capacity; the secret is its first m_size bytes, the rest zeros
    int m_size = 0;
    bool m_allSelected = false;
    bool m_revealed = false;
    QString m_placeholder;
};

} // namespace strongroom::ui
