// volume info, test-key, benchmark: read-only verbs.
#include "cli/commands/VolumeInspectCommands.h"

#include "cli/CliContext.h"
#include "cli/commands/VolumeOptions.h"
#include "volumes/CryptDevice.h"
#include "volumes/KeySlotJob.h"
#include "volumes/VolumeBenchmarkJob.h"
#include "volumes/VolumeInfo.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace strongroom::cli {

void VolumeInfoCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("cli::VolumeInspectCommands",
                                    "The LUKS image (or data file of a detached header)."));
    parser.addOption({QStringLiteral("header"),
                      QCoreApplication::translate("cli::VolumeInspectCommands", "A detached LUKS header."),
                      QStringLiteral("FILE")});
}

int VolumeInfoCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("info"));
    if (!image)
        return context.fail(image.error());
    auto info = readVolumeInfo(image.value(), parser.value(QStringLiteral("header")));
    if (!info)
        return context.fail(info.error());
    if (context.json())
        context.printJson(info->toJson());
    else
        context.out() << info->toText();
    return 0;
}

void VolumeTestKeyCommand::declare(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("cli::VolumeInspectCommands", "The LUKS image."));
    parser.addOption({QStringLiteral("header"),
                      QCoreApplication::translate("cli::VolumeInspectCommands", "A detached LUKS header."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("slot"),
                      QCoreApplication::translate("cli::VolumeInspectCommands", "Only try this key slot."),
                      QStringLiteral("N")});
    CliContext::declareKeyOptions(parser);
}

int VolumeTestKeyCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto image = volumeoptions::oneImage(parser, QStringLiteral("test-key"));
    if (!image)
        return context.fail(image.error());
    // The header is read first, so a file that is not LUKS is said before any key is asked for.
    if (auto device = CryptDevice::load(image.value(), parser.value(QStringLiteral("header"))); !device)
        return context.fail(device.error());
    KeySlotJob::Request request;
    request.operation = KeySlotJob::Operation::Test;
    request.image = image.value();
    request.header = parser.value(QStringLiteral("header"));
    if (parser.isSet(QStringLiteral("slot"))) {
        bool ok = false;
        request.slot = parser.value(QStringLiteral("slot")).toInt(&ok);
        if (!ok || request.slot < 0 || request.slot > 31)
            return context.fail(
                Error(ExitCode::Usage, QCoreApplication::translate("VolumeInspectCommands",
                                                                   "--slot takes a key slot number 0..31.")));
    }
    auto key = context.readKey(
        parser, QCoreApplication::translate("VolumeInspectCommands", "key for %1").arg(image.value()));
    if (!key)
        return context.fail(key.error());
    request.key = *key;
    auto job = std::make_shared<KeySlotJob>(std::move(request));
    const JobReport report = context.runJob(job);
    FinishOptions options;
    options.cancelledShowsOverview = true; // the job's own words for where it stopped
    if (const std::optional<int> ended = context.finishUnlessText(report, options))
        return *ended;
    context.out() << QCoreApplication::translate("cli::VolumeInspectCommands", "The key opens %1 of %2.")
                         .arg(job->resultLabel(), image.value())
                  << Qt::endl;
    return 0;
}

void VolumeBenchmarkCommand::declare(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("iter-time"),
                      QCoreApplication::translate("cli::VolumeInspectCommands",
                                                  "Unlock time to calibrate for, in ms (default 2000)."),
                      QStringLiteral("MS")});
    parser.addOption(
        {QStringLiteral("pbkdf-memory"),
         QCoreApplication::translate("cli::VolumeInspectCommands",
                                     "argon2id memory to calibrate for, in KiB (default 1048576)."),
         QStringLiteral("KIB")});
}

int VolumeBenchmarkCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const int iterTime =
        parser.isSet(QStringLiteral("iter-time")) ? parser.value(QStringLiteral("iter-time")).toInt() : 2000;
    const int memory = parser.isSet(QStringLiteral("pbkdf-memory"))
                           ? parser.value(QStringLiteral("pbkdf-memory")).toInt()
                           : 1048576;
    if (iterTime < 1 || memory < 32)
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("VolumeInspectCommands",
                                              "--iter-time must be >= 1 and --pbkdf-memory >= 32.")));
    const JobReport report = context.runJob(std::make_shared<VolumeBenchmarkJob>(iterTime, memory));
    if (const std::optional<int> ended = context.finishUnlessText(report))
        return *ended;
    QTextStream &out = context.out();
    out << report.overview << "\n\n";
    for (const QJsonValue &v : report.data.value(QStringLiteral("ciphers")).toArray()) {
        const QJsonObject c = v.toObject();
        out << QStringLiteral("%1 %2b")
                   .arg(c.value(QStringLiteral("cipher")).toString(), 12)
                   .arg(c.value(QStringLiteral("key_size_bits")).toInt(), 4);
        if (c.value(QStringLiteral("source")).toString() == QLatin1String("unavailable"))
            out << "  "
                << QCoreApplication::translate("cli::VolumeInspectCommands", "unavailable: %1")
                       .arg(c.value(QStringLiteral("note")).toString())
                << '\n';
        else
            out << "  "
                << QCoreApplication::translate("cli::VolumeInspectCommands",
                                               "%1 MiB/s encrypt  %2 MiB/s decrypt  [%3]")
                       .arg(c.value(QStringLiteral("encrypt_mib_s")).toDouble(), 8, 'f', 1)
                       .arg(c.value(QStringLiteral("decrypt_mib_s")).toDouble(), 8, 'f', 1)
                       .arg(c.value(QStringLiteral("source")).toString())
                << '\n';
    }
    out << '\n'
        << QCoreApplication::translate("cli::VolumeInspectCommands", "One unlock on this machine:") << '\n';
    for (const QJsonValue &v : report.data.value(QStringLiteral("pbkdf")).toArray()) {
        const QJsonObject p = v.toObject();
        out << "  "
            << QCoreApplication::translate("cli::VolumeInspectCommands", "%1: %2 ms, %3 iterations")
                   .arg(p.value(QStringLiteral("type")).toString())
                   .arg(p.value(QStringLiteral("milliseconds")).toDouble())
                   .arg(p.value(QStringLiteral("iterations")).toInt());
        if (p.contains(QStringLiteral("memory_kib")))
            out << QCoreApplication::translate("cli::VolumeInspectCommands", ", %1 KiB, %2 threads")
                       .arg(p.value(QStringLiteral("memory_kib")).toInt())
                       .arg(p.value(QStringLiteral("parallel")).toInt());
        out << '\n';
    }
    return 0;
}

} // namespace strongroom::cli
