#include "cli/commands/DbConvertCommand.h"

#include "cli/CliContext.h"
#include "conversion/ConversionJob.h"
#include "conversion/ConversionPlan.h"
#include "conversion/ConversionPlanJob.h"
#include "core/SafeFile.h"
#include "keylist/KeyIdChange.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strongroom::cli {

namespace {

void declareSettings(QCommandLineParser &parser, const QString &prefix, const QString &whose)
{
    parser.addOption({optionName(prefix, "profile"),
                      QCoreApplication::translate(
                          "cli::DbConvertCommand",
                          "Start from the defaults of a SQLCipher version for %1: sqlcipher-4 (default), "
                          "sqlcipher-3, sqlcipher-2, sqlcipher-1.")
                          .arg(whose),
                      QStringLiteral("NAME")});
    parser.addOption(
        {optionName(prefix, "page-size"),
         QCoreApplication::translate("cli::DbConvertCommand", "Page size of %1 (512-65536, a power of 2).")
             .arg(whose),
         QStringLiteral("BYTES")});
    parser.addOption(
        {optionName(prefix, "kdf-iter"),
         QCoreApplication::translate("cli::DbConvertCommand", "PBKDF2 iterations of %1.").arg(whose),
         QStringLiteral("N")});
    parser.addOption({optionName(prefix, "hmac-algorithm"),
                      QCoreApplication::translate("cli::DbConvertCommand",
                                                  "Page HMAC of %1: HMAC_SHA1, HMAC_SHA256 or HMAC_SHA512.")
                          .arg(whose),
                      QStringLiteral("NAME")});
    parser.addOption(
        {optionName(prefix, "kdf-algorithm"),
         QCoreApplication::translate("cli::DbConvertCommand",
                                     "Key derivation of %1: PBKDF2_HMAC_SHA1, _SHA256 or _SHA512.")
             .arg(whose),
         QStringLiteral("NAME")});
}

bool settingsGiven(const QCommandLineParser &parser, const QString &prefix)
{
    for (const char *name : {"profile", "page-size", "kdf-iter", "hmac-algorithm", "kdf-algorithm"}) {
        if (parser.isSet(optionName(prefix, name)))
            return true;
    }
    return !prefix.isEmpty() ? false : parser.isSet(QStringLiteral("plaintext-header-size"));
}

std::optional<CipherSettings> profileNamed(const QString &name)
{
    for (const CipherSettings &s : CipherSettings::standardProfiles()) {
        if (s.profileName() == name || s.profileName() == QStringLiteral("sqlcipher-") + name)
            return s;
    }
    return std::nullopt;
}

Result<CipherSettings> parseSettings(const QCommandLineParser &parser, const QString &prefix)
{
    CipherSettings s = CipherSettings::sqlcipher4();
    if (parser.isSet(optionName(prefix, "profile"))) {
        const auto profile = profileNamed(parser.value(optionName(prefix, "profile")));
        if (!profile)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate(
                             "DbConvertCommand",
                             "--%1profile: unknown profile '%2'; use sqlcipher-4, sqlcipher-3, "
                             "sqlcipher-2 or sqlcipher-1.")
                             .arg(prefix, parser.value(optionName(prefix, "profile"))));
        s = *profile;
    }
    // Only "a number" is checked here; the ranges and names are CipherSettings::validate's.
    const auto number = [&](const char *name, int &into) -> Status {
        if (!parser.isSet(optionName(prefix, name)))
            return Status::success();
        bool ok = false;
        into = parser.value(optionName(prefix, name)).toInt(&ok);
        if (!ok)
            return Error(ExitCode::Usage,
                         QCoreApplication::translate("DbConvertCommand", "--%1%2 wants a whole number.")
                             .arg(prefix, QLatin1String(name)));
        return Status::success();
    };
    if (Status st = number("page-size", s.pageSize); !st)
        return st.error();
    if (Status st = number("kdf-iter", s.kdfIter); !st)
        return st.error();
    if (parser.isSet(optionName(prefix, "hmac-algorithm"))) {
        s.hmacAlgorithm = parser.value(optionName(prefix, "hmac-algorithm")).toUpper();
        s.useHmac = true;
    }
    if (parser.isSet(optionName(prefix, "kdf-algorithm")))
        s.kdfAlgorithm = parser.value(optionName(prefix, "kdf-algorithm")).toUpper();
    if (prefix.isEmpty()) {
        if (Status st = number("plaintext-header-size", s.plaintextHeaderSize); !st)
            return st.error();
    }
    if (Status valid = s.validate(); !valid)
        return Error(valid.error().code,
                     (prefix.isEmpty() ? QString()
                                       : QCoreApplication::translate("cli::DbConvertCommand",
                                                                     "Settings of the source file (--%1*): ")
                                             .arg(prefix)) +
                         valid.error().message,
                     valid.error().kind);
    return s;
}

QString describeSettings(const QJsonObject &settings)
{
    if (settings.isEmpty())
        return QCoreApplication::translate("cli::DbConvertCommand", "plain SQLite");
    return QCoreApplication::translate("cli::DbConvertCommand", "page size %1, kdf_iter %2, %3, %4")
        .arg(settings.value(QStringLiteral("page_size")).toInt())
        .arg(settings.value(QStringLiteral("kdf_iter")).toInt())
        .arg(settings.value(QStringLiteral("hmac_algorithm"))
                 .toString(QCoreApplication::translate("cli::DbConvertCommand", "no HMAC")),
             settings.value(QStringLiteral("kdf_algorithm")).toString());
}

void printResult(CliContext &context, const JobReport &report)
{
    const QJsonObject data = report.data;
    QTextStream &out = context.out();
    out << report.overview << Qt::endl;
    out << "  "
        << QCoreApplication::translate("cli::DbConvertCommand", "from: %1")
               .arg(describeSettings(data.value(QStringLiteral("source_settings")).toObject()))
        << Qt::endl;
    out << "  "
        << QCoreApplication::translate("cli::DbConvertCommand", "to:   %1")
               .arg(describeSettings(data.value(QStringLiteral("target_settings")).toObject()))
        << Qt::endl;
    // Which path wrote the new file: "pages" (re-encrypted page by page) or "export" (sqlcipher_export),
    // an identifier in every language.
    out << "  "
        << QCoreApplication::translate("cli::DbConvertCommand", "method: %1")
               .arg(data.value(QStringLiteral("method")).toString());
    if (data.contains(QStringLiteral("why_export")))
        out << QCoreApplication::translate("cli::DbConvertCommand", " (not page by page: %1)")
                   .arg(data.value(QStringLiteral("why_export")).toString());
    out << Qt::endl;
    const QJsonObject v = data.value(QStringLiteral("verification")).toObject();
    if (v.contains(QStringLiteral("pages_compared")))
        out << "  "
            << QCoreApplication::translate("cli::DbConvertCommand",
                                           "pages re-encrypted and compared with the source: %1")
                   .arg(qint64(v.value(QStringLiteral("pages_compared")).toDouble()))
            << Qt::endl;
    out << "  "
        << QCoreApplication::translate(
               "cli::DbConvertCommand",
               "verification: opens with its key: yes; cipher_integrity_check: %1; integrity_check: %2; "
               "schema and header fields equal: yes")
               .arg(v.value(QStringLiteral("cipher_integrity_check")).toString(),
                    v.value(QStringLiteral("integrity_check")).toString())
        << Qt::endl;
    for (const QJsonValue &t : v.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject table = t.toObject();
        out << "    "
            << QCoreApplication::translate("cli::DbConvertCommand", "%1: %2 rows, sha256 %3... equal")
                   .arg(table.value(QStringLiteral("name")).toString())
                   .arg(qint64(table.value(QStringLiteral("copy_rows")).toDouble()))
                   .arg(table.value(QStringLiteral("copy_sha256")).toString().left(16))
            << Qt::endl;
    }
    if (!data.value(QStringLiteral("original_removed")).toBool())
        out << QCoreApplication::translate("cli::DbConvertCommand",
                                           "The original stays as %1 until you delete it (deleting does not "
                                           "scrub its blocks on an SSD).")
                   .arg(data.value(QStringLiteral("kept_original")).toString())
            << Qt::endl;
}

} // namespace

QStringList DbConvertCommand::path() const
{
    return {QStringLiteral("db"), conversionKindName(m_kind)};
}

QString DbConvertCommand::summary() const
{
    switch (m_kind) {
    case ConversionKind::Encrypt:
        return QCoreApplication::translate("cli::DbConvertCommand",
                                           "Encrypt a plain SQLite database (verified, keeps the original)");
    case ConversionKind::Decrypt:
        return QCoreApplication::translate("cli::DbConvertCommand",
                                           "Decrypt a SQLCipher database to plain SQLite (exposes the data)");
    case ConversionKind::Rekey:
        return QCoreApplication::translate(
            "cli::DbConvertCommand", "Change the key of a SQLCipher database (verified, keeps the original)");
    case ConversionKind::Migrate:
        return QCoreApplication::translate(
            "cli::DbConvertCommand",
            "Move a SQLCipher 1-3 or custom database to SQLCipher 4 or given settings");
    }
    return {};
}

void DbConvertCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli::DbConvertCommand",
                                                             "The database to convert (replaced in place; "
                                                             "the original is kept beside it)."));
    if (readsSourceKey()) {
        CliContext::declareKeyOptions(parser);
        declareSettings(
            parser, QStringLiteral("source-"),
            QCoreApplication::translate(
                "cli::DbConvertCommand",
                "the file as it is (when not given, the SQLCipher 4, 3, 2 and 1 defaults are tried)"));
    }
    if (takesNewKey())
        CliContext::declareKeyOptions(parser, QStringLiteral("new-"));
    if (takesTargetSettings()) {
        declareSettings(parser, QString(),
                        QCoreApplication::translate("cli::DbConvertCommand", "the result"));
        parser.addOption(
            {QStringLiteral("plaintext-header-size"),
             QCoreApplication::translate(
                 "cli::DbConvertCommand",
                 "Leave the first N bytes of the result unencrypted (needs a raw key with salt)."),
             QStringLiteral("N")});
    }
    parser.addOption({QStringLiteral("remove-original"),
                      QCoreApplication::translate(
                          "cli::DbConvertCommand",
                          "Delete the kept original once the new file is verified and in place (this does "
                          "not scrub its blocks on an SSD).")});
    parser.addOption(
        {QStringLiteral("clean-temp"),
         QCoreApplication::translate("cli::DbConvertCommand",
                                     "First remove Strongroom temp files an interrupted run left beside FILE "
                                     "(.strongroom-tmp-*-FILE of processes no longer running).")});
    parser.addOption(
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("cli::DbConvertCommand",
                                     "Check everything and show what would happen; write nothing.")});
    CliContext::declareYes(parser);
}

int DbConvertCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QString verb = conversionKindName(m_kind);
    if (parser.positionalArguments().size() != 1)
        return context.fail(Error(
            ExitCode::Usage,
            QCoreApplication::translate("DbConvertCommand", "db %1 takes exactly one FILE.").arg(verb)));
    ConversionRequest request;
    request.kind = m_kind;
    request.path = parser.positionalArguments().first();
    request.removeOriginal = parser.isSet(QStringLiteral("remove-original"));

    // Leftovers of a killed run are recognisable by name and by their dead writer's pid.
    QStringList removedTemps;
    const QStringList stale = staleTempsFor(request.path);
    if (parser.isSet(QStringLiteral("clean-temp"))) {
        for (const QString &temp : stale) {
            safefile::removeTemp(temp);
            removedTemps.append(temp);
        }
        if (!removedTemps.isEmpty())
            context.err() << QCoreApplication::translate(
                                 "cli::DbConvertCommand",
                                 "Removed %1 leftover temp file(s) of an interrupted run.")
                                 .arg(removedTemps.size())
                          << Qt::endl;
    } else if (!stale.isEmpty()) {
        context.warn(QCoreApplication::translate(
                         "DbConvertCommand",
                         "%1 leftover temp file(s) of an interrupted Strongroom run lie beside %2 (%3). The "
                         "original was not touched by that run; add --clean-temp to remove them.")
                         .arg(stale.size())
                         .arg(request.path, stale.join(QStringLiteral(", "))));
    }

    if (readsSourceKey()) {
        if (settingsGiven(parser, QStringLiteral("source-"))) {
            auto source = parseSettings(parser, QStringLiteral("source-"));
            if (!source)
                return context.fail(source.error());
            request.sourceSettings = *source;
        }
        if (CliContext::keyGiven(parser) || KeyReader::stdinIsTerminal()) {
            auto key = context.readKey(
                parser, QCoreApplication::translate("DbConvertCommand", "key of %1").arg(request.path));
            if (!key)
                return context.fail(key.error());
            request.key = *key;
        }
    }
    if (takesTargetSettings()) {
        auto target = parseSettings(parser, QString());
        if (!target)
            return context.fail(target.error());
        request.targetSettings = *target;
    }
    const bool newKeyRequired = m_kind == ConversionKind::Encrypt || m_kind == ConversionKind::Rekey;
    if (takesNewKey() && (CliContext::keyGiven(parser, QStringLiteral("new-")) ||
                          (newKeyRequired && KeyReader::stdinIsTerminal()))) {
        const bool prompted = !CliContext::keyGiven(parser, QStringLiteral("new-"));
        auto key = context.readKey(parser, QCoreApplication::translate("DbConvertCommand", "new key"),
                                   QStringLiteral("new-"));
        if (!key)
            return context.fail(key.error());
        if (prompted) {
            // A typo in a new passphrase typed blind would lock the data away: ask twice.
            auto again =
                context.readKey(parser, QCoreApplication::translate("DbConvertCommand", "new key (again)"),
                                QStringLiteral("new-"));
            if (!again || again->secret() != key->secret())
                return context.fail(
                    Error(ExitCode::Usage,
                          QCoreApplication::translate("DbConvertCommand",
                                                      "The two new keys differ; nothing was changed.")));
        }
        request.newKey = *key;
    }

    // The check opens the source with its key (a KDF run) as the wizard's summary page does: a job,
    // so it shows progress and Ctrl-C stops it.
    auto planJob = std::make_shared<ConversionPlanJob>(request);
    const JobReport planned = context.runJob(planJob);
    if (const std::optional<int> failed = context.failedExit(
            planned, QCoreApplication::translate("cli::DbConvertCommand", "Cancelled; nothing was changed.")))
        return *failed;
    const ConversionPlan *plan = &planJob->plan();
    if (parser.isSet(QStringLiteral("dry-run"))) {
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("plan"), plan->toJson()}});
        } else {
            context.out() << QCoreApplication::translate("cli::DbConvertCommand",
                                                         "Would do (nothing written):")
                          << Qt::endl;
            for (const QString &line : plan->whatWillHappen())
                context.out() << "  - " << line << Qt::endl;
        }
        return 0;
    }
    if (m_kind == ConversionKind::Decrypt) {
        if (auto refused = context.confirm(
                parser, QCoreApplication::translate("DbConvertCommand",
                                                    "%1 will be written as a plain, unencrypted SQLite "
                                                    "file: anyone who can read it can read the data.")
                            .arg(request.path)))
            return context.fail(*refused);
    }

    ConversionJob::Options options;
    options.rotationKeyIds = keyidchange::sqlcipherRekeyIds(request.path, request.key, request.newKey);
    const JobReport report = context.runJob(std::make_shared<ConversionJob>(std::move(request), options));
    if (const std::optional<int> failed = context.failedExit(
            report, QCoreApplication::translate(
                        "cli::DbConvertCommand",
                        "Cancelled; the original is unchanged and the partial copy was removed.")))
        return *failed;
    if (context.json()) {
        QJsonObject json = report.data;
        json.insert(QStringLiteral("removed_temps"), QJsonArray::fromStringList(removedTemps));
        context.printJson(json);
    } else {
        printResult(context, report);
    }
    return 0;
}

} // namespace strongroom::cli
