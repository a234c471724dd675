#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <utility>

namespace strongroom {

// The crash-safety primitives every operation that replaces or writes a file uses: recognisable
// temp names in the target's folder, fsync of files and folders, atomic rename, free-space checks.
// The protocol: write temp -> fsync -> verify -> atomicReplace (rename + fsync folder).
//
// Privacy: every file Strongroom creates is created 0600 with O_EXCL (createPrivateFile; never an
// existing file, never a symlink followed), every folder 0700 (makePrivateFolder). A file that
// replaces an original, or is converted from one, takes the original's mode, owner and group before
// it is renamed into place (copyOwnershipAndMode), never anything wider. A new file that must not
// replace anything (a backup) goes into place with placeNew (RENAME_NOREPLACE).
namespace safefile {

// A temp path in `folder` that Strongroom recognises as its own on the next run:
// ".strongroom-tmp-<operation>-<pid>-<random>-<name>".
QString tempPathFor(const QString &finalPath, const QString &operation);
bool isStrongroomTemp(const QString &fileName);
// Strongroom temp files in `folder` whose writing process no longer runs (left by a crash).
QStringList staleTemps(const QString &folder);
// Removes the temp file and its SQLite companions (-journal, -wal, -shm).
void removeTemp(const QString &tempPath);

// Creates `path` empty, 0600, failing if anything (a file, a symlink) is already there.
Status createPrivateFile(const QString &path);
// The same, open for writing: the descriptor (O_CLOEXEC) or -1 with errno set.
int openPrivateFile(const QString &path);
// Creates `folder` and any missing parents 0700; existing folders are left as they are.
Status makePrivateFolder(const QString &folder);
// Gives `replacement` the owner, group and permission bits of `original` (no set-id bits). When the
// group cannot be given (not root, not a member), the group's bits are dropped rather than granted
// to our own group: the result is never readable by more people than the original.
Status copyOwnershipAndMode(const QString &original, const QString &replacement);

Status fsyncFile(const QString &path);
Status fsyncDirectory(const QString &folder);
// rename(from, to) and fsync of the folder: after it returns, the new file is durable under `to`.
Status atomicReplace(const QString &from, const QString &to);
// rename(from, to) that fails when `to` exists (renameat2 RENAME_NOREPLACE; link + unlink where the
// file system lacks it), then fsync of the folder. For new files that must never replace another.
Status placeNew(const QString &from, const QString &to);
// The same two for paths as bytes, for names that are not UTF-8 (a QString cannot carry them).
Status atomicReplace(const QByteArray &from, const QByteArray &to);
Status placeNew(const QByteArray &from, const QByteArray &to);
// The whole protocol for a small file written in one go: `bytes` to a temp beside `path`, fsync,
// atomicReplace. The file is 0600, or keeps the mode, owner and group of the `path` it replaces.
// On failure nothing is left behind and `path` is as it was. `operation` names the
// temp (see tempPathFor); `what` names the file in the message ("cannot write the <what>").
Status writeFileAtomically(const QString &path, const QByteArray &bytes, const QString &operation,
                           const QString &what);

qint64 freeBytes(const QString &folder);
// Fails with a message naming how much is needed and how much is free.
Status requireFreeSpace(const QString &folder, qint64 needed, const QString &forWhat);

// Removes a temp file (see removeTemp) when it goes out of scope, unless it was kept: the temp of a
// job that fails or is cancelled at any point leaves nothing behind.
class TempGuard
{
public:
    explicit TempGuard(QString path) : m_path(std::move(path)) {}
    ~TempGuard()
    {
        if (!m_kept)
            removeTemp(m_path);
    }
    TempGuard(const TempGuard &) = delete;
    TempGuard &operator=(const TempGuard &) = delete;
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

// "NAME.before-OPERATION-YYYYMMDD-HHMMSS" beside the original (UTC).
QString keptOriginalPath(const QString &path, const QString &operation);

// Keeping an original without copying it: a second name (hard link) for the file, which the rename
// of its replacement then leaves alone. Linked; NotHere where this file system or folder cannot link
// (another file system, no hard links, too many links, not permitted): the caller then moves the
// original aside or copies it, as suits its operation; Failed with errno for anything else.
enum class LinkOutcome
{
    Linked,
    NotHere,
    Failed
};
LinkOutcome linkOriginal(const QString &path, const QString &secondName);

} // namespace safefile
} // namespace strongroom
