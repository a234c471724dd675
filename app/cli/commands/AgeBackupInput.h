#pragma once

#include "core/Result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace strongroom::cli {

class CliContext;

namespace backupcli {

// --identity FILE and --age-key-env/--age-key-file/--age-passphrase-stdin: what opens a backup given
// as an age copy (the .db.age that `backup export` writes, or any age file of a SQLCipher backup).
void declareAgeBackupOptions(QCommandLineParser &parser);

// A backup as `backup restore` and `backup verify` read it: the file itself, or, when it is an age
// file (recognised by its content, binary or armored), its plaintext decrypted by a DecryptFileJob
// into a private Strongroom temp (0600) in `folder`. The temp exists only while this object does:
// the restore or verify reads it, and every way out (success, failure, Ctrl-C, which only raises a
// flag the jobs see) removes it. A crash leaves a recognisable temp that the next run cleans.
class BackupInput
{
public:
    BackupInput() = default;
    ~BackupInput();
    BackupInput(const BackupInput &) = delete;
    BackupInput &operator=(const BackupInput &) = delete;

    // Failures carry the decryption's exit code: 3 when no identity matched, 4 when the age file is
    // damaged or tampered with, 130 when cancelled.
    static Result<std::unique_ptr<BackupInput>> open(CliContext &context, const QCommandLineParser &parser,
                                                     const QString &given, const QString &folder);

    // The file to restore or verify.
    const QString &path() const { return m_path; }
    // The age file it was decrypted from, or empty.
    const QString &ageFile() const { return m_ageFile; }
    // `text` (an overview, a message) naming the age file where it names the temp.
    QString shown(QString text) const;
    // The same for every string in a job's data; also adds "age_file".
    QJsonObject shown(const QJsonObject &data) const;

private:
    QString m_path;
    QString m_ageFile;
};

} // namespace backupcli
} // namespace strongroom::cli
