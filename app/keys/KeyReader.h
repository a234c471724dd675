#pragma once

// KeyReader: reads a key from where the user said it is (a KeySource) into secure memory.

#include "core/Result.h"
#include "keys/KeyMaterial.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace strongroom {

// Where a key comes from. Never a plain command-line value.
struct KeySource
{
    enum class Kind
    {
        None,
        Environment,
        File,
        Stdin,
        Prompt
    };
    Kind kind = Kind::None;
    QString name; // the variable's name or the file's path

    static KeySource environment(const QString &variable) { return {Kind::Environment, variable}; }
    static KeySource file(const QString &path) { return {Kind::File, path}; }
    static KeySource stdinLine() { return {Kind::Stdin, {}}; }
    static KeySource prompt() { return {Kind::Prompt, {}}; }
    bool isSet() const { return kind != Kind::None; }
    // "the environment variable SECRET_KEY_DB", for messages.
    QString describe() const;
};

// Reads keys from their sources into secure memory. Warnings (a key file others can read) are
// collected for the caller to show.
class KeyReader
{
public:
    // `label` names the key in prompts and messages ("key for shop.db", "new key").
    Result<KeyMaterial> read(const KeySource &source, const QString &label);

    // Line-oriented stdin can be read once; a second key from stdin is a usage error.
    QStringList warnings() const { return m_warnings; }

    // For the programs' --key-env options: a variable is removed from the environment once read, its
    // value overwritten in place first (/proc/PID/environ shows the original block), so no child
    // (sqlcipher, mkfs, pg_dump) inherits the key. Reading the same variable again through this
    // reader gives the key it had.
    void setConsumeEnvironment(bool consume) { m_consumeEnvironment = consume; }

    // Reads one line without echo from the controlling terminal. Empty on failure.
    static QCA::SecureArray promptNoEcho(const QString &prompt);
    static bool stdinIsTerminal();

private:
    Result<KeyMaterial> readEnvironment(const KeySource &source, const QString &label);

    QStringList m_warnings;
    bool m_stdinUsed = false;
    bool m_consumeEnvironment = false;
    QHash<QString, QCA::SecureArray> m_consumed; // variable name -> the value it had
};

} // namespace strongroom
