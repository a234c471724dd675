#pragma once

#include "core/Error.h"
#include "sqlcipher/DatabaseSession.h"

#include <QJsonObject>
#include <QStringList>
#include <memory>

namespace strongroom {

// The outcome of trying to open a file, in the terms an administrator acts on. Every case has its
// own message with the next action and its own exit code.
struct OpenDiagnosis
{
    enum class Case
    {
        Opened,         // encrypted, key and settings found (exit 0)
        OpenedReadOnly, // as Opened, but the file or its folder is not writable (exit 0)
        PlainSqlite,    // not encrypted; offer to encrypt it (exit 0)
        KeyNeeded,      // looks encrypted and no key was given (exit 2, kind key-needed)
        WrongKey,       // no profile or given settings decrypt page 1 (exit 3)
        NotADatabase,   // another file type or text (exit 6)
        Empty,          // zero bytes (exit 6)
        Damaged,        // truncated or pages fail their checks (exit 4)
        Locked,         // another process holds a lock (exit 5)
        NotFound,       // no such file (exit 1)
        Unreadable,     // no permission to read, a folder, ... (exit 1)
        BadSettings,    // cipher settings given that CipherSettings::validate refuses (exit 6)
        Cancelled,      // the user stopped the tries (exit 130)
    };

    Case what = Case::Unreadable;
    QString path;
    QString message; // plain language: what it is and what to do next
    ExitCode exitCode = ExitCode::Failure;
    QStringList profilesTried; // "sqlcipher-4", ..., "custom", or "plain" for the no-key try
    QString fileType;          // for NotADatabase: what the magic says
    bool readOnly = false;
    // Set for Opened, OpenedReadOnly, PlainSqlite, and for Damaged when page 1 could be read.
    std::shared_ptr<DatabaseSession> session;

    bool opened() const { return session != nullptr; }
    bool succeeded() const { return exitCode == ExitCode::Ok; }
    Error error() const
    {
        const bool generic =
            (exitCode == ExitCode::Usage && what != Case::KeyNeeded) || exitCode == ExitCode::Cancelled;
        return Error(exitCode, message, generic ? QString() : caseName(what));
    }

    // "opened", "plain-sqlite", "wrong-key", "not-a-database", ... (the JSON error kind)
    static QString caseName(Case c);
    QJsonObject toJson() const; // case, message, exit_code, profiles_tried, file_type, read_only
};

} // namespace strongroom
