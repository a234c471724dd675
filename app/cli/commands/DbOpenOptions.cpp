#include "cli/commands/DbOpenOptions.h"

#include "cli/CliContext.h"
#include "sqlcipher/DatabaseOpener.h"
#include "sqlcipher/FileMagic.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strongroom::cli::dbopen {

namespace {

OpenDiagnosis usage(const QString &message)
{
    OpenDiagnosis d;
    d.exitCode = ExitCode::Usage;
    d.message = message;
    d.what = OpenDiagnosis::Case::Unreadable;
    return d;
}

// The range is CipherSettings::validate's, which names the field; here only "a number".
std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, bool &ok)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool isNumber = false;
    const int value = parser.value(name).toInt(&isNumber);
    if (!isNumber)
        ok = false;
    return value;
}

} // namespace

void declare(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli::DbOpenOptions", "The database file."));
    CliContext::declareKeyOptions(parser);
    declareSettings(parser);
}

void declareSettings(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("page-size"),
         QCoreApplication::translate("cli::DbOpenOptions", "Cipher page size to try (512 to 65536)."),
         QStringLiteral("BYTES")});
    parser.addOption(
        {QStringLiteral("kdf-iter"),
         QCoreApplication::translate("cli::DbOpenOptions", "PBKDF2 iterations to try (1 to 10,000,000)."),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("hmac-algorithm"),
         QCoreApplication::translate("cli::DbOpenOptions",
                                     "HMAC algorithm to try: HMAC_SHA1, HMAC_SHA256 or HMAC_SHA512."),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("kdf-algorithm"),
         QCoreApplication::translate(
             "cli::DbOpenOptions", "KDF to try: PBKDF2_HMAC_SHA1, PBKDF2_HMAC_SHA256 or PBKDF2_HMAC_SHA512."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("plaintext-header-size"),
                      QCoreApplication::translate(
                          "cli::DbOpenOptions",
                          "Bytes of the header left unencrypted (0, or a multiple of 16 up to 100)."),
                      QStringLiteral("BYTES")});
}

Result<std::optional<CipherSettings>> settingsFrom(const QCommandLineParser &parser)
{
    bool ok = true;
    const auto pageSize = intOption(parser, QStringLiteral("page-size"), ok);
    const auto kdfIter = intOption(parser, QStringLiteral("kdf-iter"), ok);
    const auto header = intOption(parser, QStringLiteral("plaintext-header-size"), ok);
    if (!ok)
        return Error(
            ExitCode::Usage,
            QCoreApplication::translate(
                "DbOpenOptions", "--page-size, --kdf-iter and --plaintext-header-size want whole numbers."));
    const QString hmac = parser.value(QStringLiteral("hmac-algorithm")).toUpper();
    const QString kdf = parser.value(QStringLiteral("kdf-algorithm")).toUpper();
    if (!pageSize && !kdfIter && !header && hmac.isEmpty() && kdf.isEmpty())
        return std::optional<CipherSettings>();
    const CipherSettings settings = DatabaseOpener::customSettings(pageSize, kdfIter, hmac, kdf, header);
    if (Status valid = settings.validate(); !valid)
        return Error(valid.error().code, valid.error().message,
                     OpenDiagnosis::caseName(OpenDiagnosis::Case::BadSettings));
    return std::optional<CipherSettings>(settings);
}

Error withHints(Error error, int hints)
{
    if (error.kindName() != OpenDiagnosis::caseName(OpenDiagnosis::Case::WrongKey))
        return error;
    if (hints & int(Hint::BackupKeyOptions) && !error.message.contains(QLatin1String("--backup-key-env")))
        error.message += QCoreApplication::translate(
            "DbOpenOptions", " If the backup was made with another key, give that key with "
                             "--backup-key-env, --backup-key-file or --backup-passphrase-stdin.");
    if (hints & int(Hint::SettingsOptions))
        error.message += QCoreApplication::translate(
            "DbOpenOptions", " Give other settings with --page-size, --kdf-iter, --hmac-algorithm, "
                             "--kdf-algorithm and --plaintext-header-size.");
    return error;
}

OpenDiagnosis open(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return usage(QCoreApplication::translate("DbOpenOptions", "Give exactly one database FILE."));

    OpenRequest request;
    request.path = args.first();

    Result<std::optional<CipherSettings>> settings = settingsFrom(parser);
    if (!settings) {
        OpenDiagnosis d = usage(settings.error().code == ExitCode::Usage
                                    ? settings.error().message
                                    : QStringLiteral("%1: %2").arg(request.path, settings.error().message));
        d.exitCode = settings.error().code;
        if (settings.error().code != ExitCode::Usage)
            d.what = OpenDiagnosis::Case::BadSettings;
        return d;
    }
    request.userSettings = *settings;

    // A key is read when one is given, or asked for on a terminal when the file is not plain SQLite
    // (a plain file needs none, and a script without a terminal gets the "key needed" diagnosis).
    const bool plain = FileMagic::identifyFile(request.path).kind == FileMagic::Kind::PlainSqlite;
    if (CliContext::keyGiven(parser) ||
        (!plain && QFileInfo(request.path).isFile() && KeyReader::stdinIsTerminal())) {
        Result<KeyMaterial> key =
            context.readKey(parser, QCoreApplication::translate("DbOpenOptions", "database key"));
        if (!key) {
            OpenDiagnosis d = usage(key.error().message);
            d.exitCode = key.error().code;
            return d;
        }
        request.key = key.value();
    }

    auto job = std::make_shared<OpenDatabaseJob>(std::move(request));
    const JobReport report = context.runJob(job);
    OpenDiagnosis diagnosis = job->takeDiagnosis();
    if (diagnosis.what == OpenDiagnosis::Case::KeyNeeded)
        diagnosis.message += QCoreApplication::translate(
            "DbOpenOptions", " There is no terminal to ask on: use --key-env NAME, --key-file PATH or "
                             "--passphrase-stdin.");
    if (diagnosis.what == OpenDiagnosis::Case::WrongKey)
        diagnosis.message = withHints(diagnosis.error(), int(Hint::SettingsOptions)).message;
    if (report.outcome == JobOutcome::Cancelled) {
        diagnosis.exitCode = ExitCode::Cancelled;
        diagnosis.what = OpenDiagnosis::Case::Cancelled;
        diagnosis.message = QCoreApplication::translate("DbOpenOptions", "Cancelled.");
        diagnosis.session.reset();
    }
    return diagnosis;
}

} // namespace strongroom::cli::dbopen
