#include "cli/commands/FileCommands.h"

#include "age/AgeFileJobs.h"
#include "age/GenerateKeyJob.h"
#include "age/IdentityFile.h"
#include "age/RewrapJob.h"
#include "cli/CliContext.h"
#include "keys/KeyRegistry.h"
#include "keys/Keyring.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

namespace strongroom::cli {

using namespace strongroom::age;

namespace {

const QString kOutput = QStringLiteral("output");

void declareOutput(QCommandLineParser &parser, const QString &what)
{
    parser.addOption({{QStringLiteral("o"), kOutput}, what, QStringLiteral("OUT")});
}

AgeOutput outputOf(const QCommandLineParser &parser)
{
    const QString out = parser.value(kOutput);
    if (out.isEmpty() || out == QLatin1String("-"))
        return AgeOutput{AgeOutput::Kind::StandardOutput, {}};
    return AgeOutput{AgeOutput::Kind::File, out};
}

// A passphrase that will encrypt: typed twice when it comes from the prompt, since a typo would lock
// the data away for good.
Result<KeyMaterial> readNewPassphrase(CliContext &context, const QCommandLineParser &parser,
                                      const QString &label)
{
    const bool prompted = !CliContext::keyGiven(parser) && KeyReader::stdinIsTerminal();
    if (!CliContext::keyGiven(parser) && !prompted)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate(
                         "FileCommands", "No passphrase: give it with --passphrase-stdin, --key-file or "
                                         "--key-env (there is no terminal to ask on)."));
    Result<KeyMaterial> key = context.readKey(parser, label);
    if (!key || !prompted)
        return key;
    Result<KeyMaterial> again = context.readKey(parser, label + QStringLiteral(" (again)"));
    if (!again)
        return again;
    if (again->secret() != key->secret())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("FileCommands",
                                                 "The two passphrases differ; nothing was encrypted."));
    return key;
}

int finishJob(CliContext &context, const JobReport &report, bool dataOnStdout)
{
    FinishOptions options;
    options.cancelledMessage = QCoreApplication::translate(
        "cli::FileCommands", "Cancelled; nothing was written under the output name.");
    options.showDetails = true;
    options.reportOnStderr = dataOnStdout;
    return context.finishJob(report, options);
}

// Remembers a key file for `key list` and the files its key ids open (the key map). A registry that
// cannot be written costs a warning, never the command.
void rememberKeyFile(CliContext &context, const QString &kind, const QString &path,
                     const QList<X25519Recipient> &recipients)
{
    RegisteredKeyFile file;
    file.path = path;
    file.kind = kind;
    QFile text(path);
    if (text.open(QIODevice::ReadOnly)) {
        QByteArray start = text.read(4096);
        file.created = identityFileCreated(start);
        wipeBytes(start.data(), std::size_t(start.size()));
    }
    for (const X25519Recipient &recipient : recipients) {
        file.recipients.append(recipient.toString());
        file.keyIds.append(recipient.keyId());
    }
    if (const Status recorded = KeyRegistry().recordKeyFile(file); !recorded)
        context.warn(recorded.error().message);
}

void rememberUse(CliContext &context, const QList<X25519Recipient> &recipients, const QString &file)
{
    QStringList keyIds;
    for (const X25519Recipient &recipient : recipients)
        keyIds.append(recipient.keyId());
    if (const Status recorded = KeyRegistry().recordUse(keyIds, file); !recorded)
        context.warn(recorded.error().message);
}

const QString kKeyringPrefix = QStringLiteral("keyring:");

// `--identity keyring:NAME`: the identity kept in the desktop keyring (Keyring::ageIdentityAccount).
// The CLI runs no event loop of its own, so waiting here for QtKeychain's answer nests nothing.
Result<QList<X25519Identity>> identitiesFromKeyring(const QString &name)
{
    if (!Keyring::isAvailable())
        return Error(ExitCode::Environment,
                     QCoreApplication::translate(
                         "FileCommands",
                         "--identity keyring:%1 needs the desktop keyring, and none is running (Secret "
                         "Service or KWallet). Start it, or give the identity as a file.")
                         .arg(name));
    std::optional<Result<KeyMaterial>> answer;
    QEventLoop loop;
    Keyring().read(Keyring::ageIdentityAccount(name), &loop, [&](Result<KeyMaterial> key) {
        answer = std::move(key);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    if (!answer->ok())
        return answer->error();
    const QCA::SecureArray &secret = answer->value().secret();
    return parseIdentities(QByteArrayView(secret.constData(), secret.size()), kKeyringPrefix + name);
}

} // namespace

// --recipient and --recipients-file, in the order given: X25519 (age1...) or hybrid post-quantum
// (age1pq1...) recipients, never both kinds for one file.
std::optional<Error> collectRecipients(const QCommandLineParser &parser, RecipientSet &recipients)
{
    for (const QString &text : parser.values(QStringLiteral("recipient"))) {
        if (const auto hybrid = HybridRecipient::parse(text)) {
            recipients.hybrid.append(*hybrid);
            continue;
        }
        const auto recipient = X25519Recipient::parse(text);
        if (!recipient)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("FileCommands",
                                                     "%1 is not an age recipient (age1... as age-keygen "
                                                     "prints it, or age1pq1... for post-quantum).")
                             .arg(text));
        recipients.x25519.append(*recipient);
    }
    for (const QString &file : parser.values(QStringLiteral("recipients-file"))) {
        auto fromFile = readRecipientSet(file);
        if (!fromFile)
            return fromFile.error();
        recipients.x25519.append(fromFile->x25519);
        recipients.hybrid.append(fromFile->hybrid);
    }
    if (!recipients.x25519.isEmpty() && !recipients.hybrid.isEmpty())
        return Error(ExitCode::Usage,
                     QCoreApplication::translate(
                         "FileCommands",
                         "Hybrid post-quantum recipients (age1pq1...) cannot be mixed with X25519 "
                         "recipients (age1...) in one file: the classic ones would open it without "
                         "the post-quantum protection."));
    return std::nullopt;
}

void declareRecipients(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("recipient"),
         QCoreApplication::translate("cli::FileCommands",
                                     "Encrypt to this age recipient (age1..., or age1pq1... for age 1.3's "
                                     "post-quantum keys); may be repeated."),
         QStringLiteral("RECIPIENT")});
    parser.addOption({QStringLiteral("recipients-file"),
                      QCoreApplication::translate(
                          "cli::FileCommands",
                          "Encrypt to every recipient in FILE (one a line, # comments); may be repeated."),
                      QStringLiteral("FILE")});
}

void FileEncryptCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("IN"),
        QCoreApplication::translate("cli::FileCommands", "The file to encrypt (- for standard input)."));
    declareRecipients(parser);
    parser.addOption(
        {QStringLiteral("passphrase"),
         QCoreApplication::translate("cli::FileCommands", "Encrypt with a passphrase instead (scrypt, about "
                                                          "one second to derive); asked twice on the "
                                                          "terminal unless a key option gives it.")});
    CliContext::declareKeyOptions(parser);
    parser.addOption(
        {QStringLiteral("armor"),
         QCoreApplication::translate("cli::FileCommands", "Write ASCII armor (PEM) instead of binary.")});
    declareOutput(parser, QCoreApplication::translate(
                              "cli::FileCommands",
                              "Write to OUT (never over an existing file); standard output by default."));
}

int FileEncryptCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("FileCommands", "file encrypt takes exactly one IN.")));
    EncryptFileRequest request;
    request.input = parser.positionalArguments().first();
    request.output = outputOf(parser);
    request.age.armor = parser.isSet(QStringLiteral("armor"));
    RecipientSet recipients;
    if (const std::optional<Error> error = collectRecipients(parser, recipients))
        return context.fail(*error);
    request.age.recipients = recipients.x25519;
    request.age.hybridRecipients = recipients.hybrid;
    const bool anyRecipient = !recipients.x25519.isEmpty() || !recipients.hybrid.isEmpty();
    const bool passphrase = parser.isSet(QStringLiteral("passphrase")) || CliContext::keyGiven(parser);
    if (passphrase == anyRecipient)
        return context.fail(
            Error(ExitCode::Usage,
                  !anyRecipient
                      ? QCoreApplication::translate("FileCommands", "Say whom to encrypt to: --recipient, "
                                                                    "--recipients-file or --passphrase.")
                      : QCoreApplication::translate("FileCommands", "A passphrase cannot be combined with "
                                                                    "recipients (the age format keeps a "
                                                                    "passphrase alone in the header).")));
    if (request.input == QLatin1String("-") && parser.isSet(QStringLiteral("passphrase-stdin")))
        return context.fail(Error(
            ExitCode::Usage,
            QCoreApplication::translate("FileCommands", "Standard input cannot carry both the file and "
                                                        "the passphrase; use --key-file or --key-env.")));
    if (request.output.kind == AgeOutput::Kind::StandardOutput) {
        if (context.json())
            return context.fail(
                Error(ExitCode::Usage,
                      QCoreApplication::translate("FileCommands", "--json needs -o OUT: standard output "
                                                                  "carries the encrypted file.")));
        if (!request.age.armor && ::isatty(STDOUT_FILENO) == 1)
            return context.fail(
                Error(ExitCode::Usage,
                      QCoreApplication::translate("FileCommands", "Not writing binary data to the terminal: "
                                                                  "give -o OUT or --armor.")));
    }
    if (passphrase) {
        Result<KeyMaterial> key =
            readNewPassphrase(context, parser,
                              QCoreApplication::translate("cli::FileCommands", "passphrase for %1")
                                  .arg(QFileInfo(request.input).fileName()));
        if (!key)
            return context.fail(key.error());
        request.age.passphrase = *key;
    }
    const bool toStdout = request.output.kind == AgeOutput::Kind::StandardOutput;
    const QList<X25519Recipient> usedRecipients = request.age.recipients;
    const QString output = request.output.path;
    const int code =
        finishJob(context, context.runJob(std::make_shared<EncryptFileJob>(std::move(request))), toStdout);
    if (code == 0) {
        for (const QString &file : parser.values(QStringLiteral("recipients-file")))
            if (auto fromFile = readRecipientsFile(file))
                rememberKeyFile(context, RegisteredKeyFile::kindRecipients(), file, *fromFile);
        if (!toStdout)
            rememberUse(context, usedRecipients, output);
    }
    return code;
}

void BackupExportCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("BACKUP"),
        QCoreApplication::translate("cli::FileCommands", "The backup file to export."));
    declareRecipients(parser);
    declareOutput(parser, QCoreApplication::translate(
                              "cli::FileCommands",
                              "Write the age copy to OUT (default BACKUP.age) and its checksum to "
                              "OUT.sha256; never over existing files."));
}

int BackupExportCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("FileCommands", "backup export takes exactly one BACKUP.")));
    EncryptFileRequest request;
    request.input = parser.positionalArguments().first();
    request.output =
        AgeOutput{AgeOutput::Kind::File,
                  parser.isSet(kOutput) ? parser.value(kOutput) : request.input + QStringLiteral(".age")};
    request.checksumSidecar = true;
    if (request.input == QLatin1String("-") || request.output.path == QLatin1String("-"))
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("FileCommands", "backup export reads and writes files, not "
                                                              "standard input or output.")));
    RecipientSet recipients;
    if (const std::optional<Error> error = collectRecipients(parser, recipients))
        return context.fail(*error);
    request.age.recipients = recipients.x25519;
    request.age.hybridRecipients = recipients.hybrid;
    if (recipients.x25519.isEmpty() && recipients.hybrid.isEmpty())
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("FileCommands", "Say whom to encrypt to: --recipient or "
                                                              "--recipients-file (only public keys are "
                                                              "needed here).")));
    return finishJob(context, context.runJob(std::make_shared<EncryptFileJob>(std::move(request))), false);
}

void FileDecryptCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("IN"),
                                 QCoreApplication::translate("cli::FileCommands",
                                                             "The age file (binary or armored; - for "
                                                             "standard input)."));
    parser.addOption(
        {QStringLiteral("identity"),
         QCoreApplication::translate(
             "cli::FileCommands", "An identity file (AGE-SECRET-KEY-1... or AGE-SECRET-KEY-PQ-1... lines, or "
                                  "one protected with age -p), or keyring:NAME for one kept in the desktop "
                                  "keyring; may be repeated."),
         QStringLiteral("FILE")});
    CliContext::declareKeyOptions(parser);
    parser.addOption(
        {QStringLiteral("decompress"),
         QCoreApplication::translate("cli::FileCommands", "Also undo gzip, zstd or xz compression found "
                                                          "inside (plain content passes as it is).")});
    if (!m_verifyOnly)
        declareOutput(parser, QCoreApplication::translate(
                                  "cli::FileCommands",
                                  "Write the plaintext to OUT, renamed into place only after the last "
                                  "chunk authenticates; standard output by default."));
}

int FileDecryptCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(
            Error(ExitCode::Usage, QCoreApplication::translate("FileCommands", "%1 takes exactly one IN.")
                                       .arg(path().join(QLatin1Char(' ')))));
    DecryptFileRequest request;
    request.input = parser.positionalArguments().first();
    request.output = m_verifyOnly ? AgeOutput{AgeOutput::Kind::None, {}} : outputOf(parser);
    for (const QString &identity : parser.values(QStringLiteral("identity"))) {
        if (!identity.startsWith(kKeyringPrefix)) {
            request.identityFiles.append(identity);
            continue;
        }
        auto fromKeyring = identitiesFromKeyring(identity.mid(kKeyringPrefix.size()));
        if (!fromKeyring)
            return context.fail(fromKeyring.error());
        request.identities.append(*fromKeyring);
    }
    request.decompress = parser.isSet(QStringLiteral("decompress"));
    if (request.input == QLatin1String("-") && parser.isSet(QStringLiteral("passphrase-stdin")))
        return context.fail(Error(
            ExitCode::Usage,
            QCoreApplication::translate("FileCommands", "Standard input cannot carry both the file and "
                                                        "the passphrase; use --key-file or --key-env.")));
    if (request.output.kind == AgeOutput::Kind::StandardOutput && context.json())
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("FileCommands", "--json needs -o OUT: standard output carries "
                                                              "the plaintext.")));
    // A passphrase is read when one is given, when there is no identity (a passphrase file, asked on
    // the terminal), or when an identity file is itself passphrase-protected.
    bool needPassphrase =
        CliContext::keyGiven(parser) || (request.identityFiles.isEmpty() && request.identities.isEmpty());
    for (const QString &file : request.identityFiles) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && isEncryptedIdentityFile(f.peek(1024)))
            needPassphrase = true;
    }
    if (needPassphrase) {
        if (!CliContext::keyGiven(parser) && !KeyReader::stdinIsTerminal())
            return context.fail(Error(
                ExitCode::Usage,
                QCoreApplication::translate("FileCommands", "Give --identity FILE, or the passphrase with "
                                                            "--passphrase-stdin, --key-file or --key-env.")));
        Result<KeyMaterial> key =
            context.readKey(parser, QCoreApplication::translate("FileCommands", "passphrase for %1")
                                        .arg(QFileInfo(request.input).fileName()));
        if (!key)
            return context.fail(key.error());
        request.passphrase = *key;
    }
    const bool toStdout = request.output.kind == AgeOutput::Kind::StandardOutput;
    // Identity files still locked by a passphrase are remembered by path; their recipients are
    // known once `key generate` or an unlocked read recorded them.
    QList<QList<X25519Recipient>> identityRecipients;
    const QStringList identityFiles = request.identityFiles;
    for (const QString &file : identityFiles) {
        QList<X25519Recipient> recipients;
        if (auto identities = readIdentityFile(file, nullptr))
            for (const X25519Identity &identity : *identities)
                recipients.append(identity.recipient());
        identityRecipients.append(recipients);
    }
    const QString input = request.input;
    const int code =
        finishJob(context, context.runJob(std::make_shared<DecryptFileJob>(std::move(request))), toStdout);
    if (code == 0) {
        for (qsizetype i = 0; i < identityFiles.size(); ++i)
            rememberKeyFile(context, RegisteredKeyFile::kindIdentity(), identityFiles.at(i),
                            identityRecipients.at(i));
        // Which identity opened the file is certain only when there was one key.
        if (identityRecipients.size() == 1 && identityRecipients.first().size() == 1)
            rememberUse(context, identityRecipients.first(), input);
    }
    return code;
}

void KeyRewrapCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("cli::FileCommands", "Age files to rewrap (binary or armored)."),
        QStringLiteral("FILE..."));
    parser.addOption(
        {QStringLiteral("identity"),
         QCoreApplication::translate("cli::FileCommands", "An identity file that opens the files now; may be "
                                                          "repeated."),
         QStringLiteral("OLD")});
    CliContext::declareKeyOptions(parser);
    declareRecipients(parser);
}

int KeyRewrapCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    RewrapRequest request;
    request.files = parser.positionalArguments();
    if (request.files.isEmpty())
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("FileCommands", "key rewrap needs at least one FILE.")));
    RecipientSet recipients;
    if (const std::optional<Error> error = collectRecipients(parser, recipients))
        return context.fail(*error);
    request.newRecipients = recipients.x25519;
    request.newHybridRecipients = recipients.hybrid;
    if ((recipients.x25519.isEmpty() && recipients.hybrid.isEmpty()) ||
        !parser.isSet(QStringLiteral("identity")))
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("FileCommands", "key rewrap needs --identity OLD and the new "
                                                              "--recipient or --recipients-file.")));
    std::optional<KeyMaterial> passphrase;
    if (CliContext::keyGiven(parser)) {
        Result<KeyMaterial> key = context.readKey(
            parser, QCoreApplication::translate("FileCommands", "passphrase of the identity file"));
        if (!key)
            return context.fail(key.error());
        passphrase = *key;
    }
    for (const QString &file : parser.values(QStringLiteral("identity"))) {
        if (file.startsWith(kKeyringPrefix)) {
            auto fromKeyring = identitiesFromKeyring(file.mid(kKeyringPrefix.size()));
            if (!fromKeyring)
                return context.fail(fromKeyring.error());
            request.oldKeys.identities.append(*fromKeyring);
            continue;
        }
        auto identities = readIdentitySet(file, passphrase ? &*passphrase : nullptr);
        if (!identities)
            return context.fail(identities.error());
        request.oldKeys.identities.append(identities->x25519);
        request.oldKeys.hybridIdentities.append(identities->hybrid);
    }
    const QList<X25519Recipient> newRecipients = request.newRecipients;
    const QStringList files = request.files;
    const int code =
        finishJob(context, context.runJob(std::make_shared<RewrapJob>(std::move(request))), false);
    if (code == 0)
        for (const QString &file : files)
            rememberUse(context, newRecipients, file);
    return code;
}

void KeyGenerateCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("name"),
                      QCoreApplication::translate("cli::FileCommands",
                                                  "A name for the key, on its recovery sheet and in the "
                                                  "identity file's comment."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("cli::FileCommands",
                                                  "Write the identity to FILE (0600, never over an "
                                                  "existing file) and the recovery sheet to "
                                                  "FILE.recovery.txt; without it the identity goes to "
                                                  "standard output, as age-keygen does."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("sheet"),
                      QCoreApplication::translate("cli::FileCommands",
                                                  "Write the text recovery sheet (identity, recipient, "
                                                  "key id, date, QR code) to FILE instead."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("protect"),
         QCoreApplication::translate("cli::FileCommands", "Protect the identity file with a passphrase "
                                                          "(what age -p makes; asked twice unless a key "
                                                          "option gives it).")});
    CliContext::declareKeyOptions(parser);
}

int KeyGenerateCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Error(ExitCode::Usage, QCoreApplication::translate(
                                                       "FileCommands", "key generate takes no arguments.")));
    GenerateKeyRequest request;
    request.name = parser.value(QStringLiteral("name"));
    request.identityPath = parser.value(QStringLiteral("out"));
    request.sheetPath = parser.isSet(QStringLiteral("sheet")) ? parser.value(QStringLiteral("sheet"))
                        : request.identityPath.isEmpty()
                            ? QString()
                            : request.identityPath + QStringLiteral(".recovery.txt");
    if (request.identityPath.isEmpty() && context.json())
        return context.fail(Error(
            ExitCode::Usage,
            QCoreApplication::translate("FileCommands", "--json needs --out FILE: standard output would "
                                                        "carry the identity.")));
    if (parser.isSet(QStringLiteral("protect")) || CliContext::keyGiven(parser)) {
        Result<KeyMaterial> key = readNewPassphrase(
            context, parser,
            QCoreApplication::translate("cli::FileCommands", "passphrase for the new identity"));
        if (!key)
            return context.fail(key.error());
        request.protectWith = *key;
    }
    request.keyRegistryPath = KeyRegistry::defaultPath();
    auto job = std::make_shared<GenerateKeyJob>(request);
    const JobReport report = context.runJob(job);
    if (const std::optional<int> failed = context.failedExit(report))
        return *failed;
    const QString recipient = report.data.value(QStringLiteral("recipient")).toString();
    if (context.json()) {
        context.printJson(report.data);
    } else if (request.identityPath.isEmpty()) {
        // As age-keygen: the identity on standard output, the public key on standard error.
        QByteArray identity = job->identityText();
        QFile out;
        out.open(STDOUT_FILENO, QIODevice::WriteOnly);
        out.write(identity);
        out.flush();
        context.err() << QCoreApplication::translate("cli::FileCommands", "Public key: %1").arg(recipient)
                      << Qt::endl;
    } else {
        context.out() << recipient << Qt::endl;
        const QString keyId = report.data.value(QStringLiteral("keyId")).toString();
        context.err() << (request.sheetPath.isEmpty()
                              ? QCoreApplication::translate("cli::FileCommands",
                                                            "Identity written to %1 (0600); key id %2.")
                                    .arg(request.identityPath, keyId)
                              : QCoreApplication::translate(
                                    "cli::FileCommands",
                                    "Identity written to %1 (0600); recovery sheet: %2 (print "
                                    "it, then delete the file); key id %3.")
                                    .arg(request.identityPath, request.sheetPath, keyId))
                      << Qt::endl;
    }
    return 0;
}

} // namespace strongroom::cli
