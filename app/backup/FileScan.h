#pragma once

#include "core/Result.h"
#include "core/WorkProgress.h"
#include "sqlcipher/PageAuthenticator.h"

#include <QByteArray>
#include <QList>
#include <functional>
#include <optional>

namespace strongroom {

// What one read of a database file tells: its SHA-256 and, given page keys, which pages fail their
// HMAC (what PRAGMA cipher_integrity_check reports). The file is mapped once; one thread hashes it
// from the start while every thread takes slices of the page HMACs, so all cores stay busy and the
// bytes come from memory once. The SHA-256 is sequential by nature, the HMACs are not.
struct FileScan
{
    QByteArray sha256;
    QList<qint64> failingPages;              // at most the first 100
    bool partialPage = false;                // the size is no whole number of pages
    std::optional<Error> authenticatorError; // making the authenticator failed: pages unchecked

    // `authenticator` may be empty (SHA-256 only) or be made while the hashing runs (it costs a KDF
    // run: it starts on a thread of its own). When making it fails, the file is still hashed and
    // the error is kept in authenticatorError (with `copyTo`, the scan stops and returns it). Progress is
    // counted in bytes of the file. With `copyTo`, a thread of its own also writes every block to that new
    // file (created, never overwritten; around the page cache where the file system allows), so a restore
    // reads the backup once; the file must not change meanwhile (else Integrity, "changed"), so the copy
    // holds exactly the bytes that were hashed and checked. The caller fsyncs and removes it.
    // `openFd` reads `path` through a descriptor the caller keeps open (closing one of a database
    // file would drop the locks the caller's SQLite connection holds on it).
    static Result<FileScan>
    run(const QString &path, const std::function<Result<std::optional<PageAuthenticator>>()> &authenticator,
        const WorkProgress &progress, const QString &copyTo = {}, int openFd = -1);

    // Integrity (4) naming the first failing pages, or success.
    Status pageStatus(const QString &path) const;
};

} // namespace strongroom
