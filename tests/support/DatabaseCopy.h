#pragma once

#include <QFile>
#include <QString>

// Copies the database at `from` to `to` with its -wal when it has one, so a reader of the copy sees
// the committed frames, and a reader that checkpoints (the sqlcipher shell on close) changes the copy,
// never the file under test. False when a copy failed.
inline bool copyDatabase(const QString &from, const QString &to)
{
    const QString wal = from + QStringLiteral("-wal");
    return QFile::copy(from, to) && (!QFile::exists(wal) || QFile::copy(wal, to + QStringLiteral("-wal")));
}
