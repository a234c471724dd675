#include "cli/commands/AgeBackupInput.h"

#include "age/AgeFile.h"
#include "age/AgeFileJobs.h"
#include "age/IdentityFile.h"
#include "cli/CliContext.h"
#include "core/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <functional>

namespace strongroom::cli::backupcli {

namespace {

const QString kAgePrefix = QStringLiteral("age-");

bool isAgeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.peek(64);
    return !start.isEmpty() && age::shapeOf(start) != age::AgeShape::Other;
}

// The name the plaintext gets inside the temp's name: the age file's without ".age".
QString plaintextName(const QString &ageFile)
{
    QString name = QFileInfo(ageFile).fileName();
    if (name.endsWith(QLatin1String(".age")) && name.size() > 4)
        name.chop(4);
    return name;
}

} // namespace

void declareAgeBackupOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("identity"),
         QCoreApplication::translate("cli::AgeBackupInput",
                                     "For a backup that is an age file (.db.age): an identity file that "
                                     "opens it; may be repeated."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("age-key-env"),
         QCoreApplication::translate("cli::AgeBackupInput",
                                     "For an age file: read its passphrase (or that of a protected "
                                     "identity file) from environment variable NAME."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("age-key-file"),
                      QCoreApplication::translate("cli::AgeBackupInput",
                                                  "For an age file: read its passphrase from FILE."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("age-passphrase-stdin"),
         QCoreApplication::translate("cli::AgeBackupInput",
                                     "For an age file: read its passphrase as one line from standard "
                                     "input.")});
}

BackupInput::~BackupInput()
{
    if (!m_ageFile.isEmpty())
        safefile::removeTemp(m_path);
}

QString BackupInput::shown(QString text) const
{
    if (m_ageFile.isEmpty())
        return text;
    return text.replace(m_path, m_ageFile);
}

QJsonObject BackupInput::shown(const QJsonObject &data) const
{
    if (m_ageFile.isEmpty())
        return data;
    const std::function<QJsonValue(const QJsonValue &)> replaced =
        [&](const QJsonValue &value) -> QJsonValue {
        if (value.isString())
            return shown(value.toString());
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : value.toArray())
                array.append(replaced(item));
            return array;
        }
        if (value.isObject()) {
            QJsonObject object;
            const QJsonObject from = value.toObject();
            for (auto it = from.begin(); it != from.end(); ++it)
                object.insert(it.key(), replaced(it.value()));
            return object;
        }
        return value;
    };
    QJsonObject result = replaced(data).toObject();
    result.insert(QStringLiteral("age_file"), m_ageFile);
    return result;
}

Result<std::unique_ptr<BackupInput>> BackupInput::open(CliContext &context, const QCommandLineParser &parser,
                                                       const QString &given, const QString &folder)
{
    auto input = std::make_unique<BackupInput>();
    input->m_path = given;
    const QStringList identityFiles = parser.values(QStringLiteral("identity"));
    const bool ageKeyGiven = CliContext::keyGiven(parser, kAgePrefix);
    if (!isAgeFile(given)) {
        if (!identityFiles.isEmpty() || ageKeyGiven)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate(
                             "AgeBackupInput", "%1 is not an age file: --identity and the --age-key options "
                                               "are only for backups exported with `backup export`.")
                             .arg(given));
        return input;
    }

    age::DecryptFileRequest request;
    request.input = given;
    request.identityFiles = identityFiles;
    if (ageKeyGiven || identityFiles.isEmpty()) {
        if (!ageKeyGiven && !KeyReader::stdinIsTerminal())
            return Error(
                ExitCode::Usage,
                QCoreApplication::translate("AgeBackupInput",
                                            "%1 is an age file: give --identity FILE, or its passphrase with "
                                            "--age-key-file, --age-key-env or --age-passphrase-stdin.")
                    .arg(given));
        Result<KeyMaterial> key =
            context.readKey(parser,
                            QCoreApplication::translate("AgeBackupInput", "passphrase for %1")
                                .arg(QFileInfo(given).fileName()),
                            kAgePrefix);
        if (!key)
            return key.error();
        request.passphrase = *key;
    } else {
        for (const QString &file : identityFiles) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly) && age::isEncryptedIdentityFile(f.peek(1024)))
                return Error(ExitCode::Usage,
                             QCoreApplication::translate(
                                 "AgeBackupInput", "%1 is protected with a passphrase: give it with "
                                                   "--age-key-file, --age-key-env or --age-passphrase-stdin.")
                                 .arg(file));
        }
    }

    // The plaintext goes where the restore or verify works anyway, as a Strongroom temp: never
    // beside the name a user would take for the backup itself.
    const QString target =
        safefile::tempPathFor(QDir(QFileInfo(folder).absoluteFilePath()).filePath(plaintextName(given)),
                              QStringLiteral("age-backup"));
    request.output = age::AgeOutput{age::AgeOutput::Kind::File, target};
    const JobReport report = context.runJob(std::make_shared<age::DecryptFileJob>(std::move(request)));
    if (report.outcome == JobOutcome::Cancelled || (!report.error && context.interrupted())) {
        safefile::removeTemp(target);
        return Error(ExitCode::Cancelled,
                     QCoreApplication::translate("AgeBackupInput", "Cancelled; nothing was changed."));
    }
    if (report.error) {
        Error error = *report.error;
        error.message =
            QCoreApplication::translate("cli::AgeBackupInput", "%1 (the age copy of the backup): %2")
                .arg(given, error.message);
        return error;
    }
    input->m_path = target;
    input->m_ageFile = given;
    return input;
}

} // namespace strongroom::cli::backupcli
