#include "cli/commands/VolumeOptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace strongroom::cli::volumeoptions {

namespace {
Result<int> intOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("VolumeOptions", "--%1 needs a whole number, not '%2'.")
                         .arg(name, parser.value(name)));
    return value;
}
} // namespace

void declarePbkdf(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("pbkdf"),
         QCoreApplication::translate("cli::VolumeOptions", "Key derivation: argon2id (default) or pbkdf2."),
         QStringLiteral("TYPE")});
    parser.addOption(
        {QStringLiteral("pbkdf-memory"),
         QCoreApplication::translate("cli::VolumeOptions", "argon2 memory cost in KiB (default 1048576)."),
         QStringLiteral("KIB")});
    parser.addOption({QStringLiteral("pbkdf-parallel"),
                      QCoreApplication::translate("cli::VolumeOptions", "argon2 threads (default 4)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("iter-time"),
         QCoreApplication::translate("cli::VolumeOptions", "Unlock time to aim for in ms (default 2000)."),
         QStringLiteral("MS")});
    parser.addOption(
        {QStringLiteral("pbkdf-iterations"),
         QCoreApplication::translate(
             "cli::VolumeOptions",
             "Force this many iterations instead of benchmarking (pbkdf2 >= 1000, argon2 >= 4)."),
         QStringLiteral("N")});
}

Result<std::optional<PbkdfSettings>> pbkdf(const QCommandLineParser &parser)
{
    const QStringList names{QStringLiteral("pbkdf"), QStringLiteral("pbkdf-memory"),
                            QStringLiteral("pbkdf-parallel"), QStringLiteral("iter-time"),
                            QStringLiteral("pbkdf-iterations")};
    bool any = false;
    for (const QString &n : names)
        any = any || parser.isSet(n);
    if (!any)
        return std::optional<PbkdfSettings>();
    PbkdfSettings s;
    if (parser.isSet(QStringLiteral("pbkdf")))
        s.type = parser.value(QStringLiteral("pbkdf"));
    const std::pair<const char *, int *> ints[] = {{"pbkdf-memory", &s.memoryKib},
                                                   {"pbkdf-parallel", &s.parallel},
                                                   {"iter-time", &s.iterTimeMs},
                                                   {"pbkdf-iterations", &s.iterations}};
    for (const auto &[name, target] : ints) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        auto value = intOption(parser, QLatin1String(name));
        if (!value)
            return value.error();
        *target = value.value();
    }
    if (auto v = s.validate(); !v)
        return v.error();
    return std::optional<PbkdfSettings>(s);
}

void declareFormat(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("label"),
                      QCoreApplication::translate("cli::VolumeOptions", "LUKS2 label (and ext4 label)."),
                      QStringLiteral("L")});
    parser.addOption(
        {QStringLiteral("cipher"),
         QCoreApplication::translate("cli::VolumeOptions", "Data cipher (default aes-xts-plain64)."),
         QStringLiteral("SPEC")});
    parser.addOption(
        {QStringLiteral("key-size"),
         QCoreApplication::translate("cli::VolumeOptions", "Volume key size in bits (default 512)."),
         QStringLiteral("BITS")});
    parser.addOption(
        {QStringLiteral("sector-size"),
         QCoreApplication::translate("cli::VolumeOptions", "Encryption sector size: 512 (default) or 4096."),
         QStringLiteral("N")});
    declarePbkdf(parser);
}

Result<inplace::EncryptionParams> format(const QCommandLineParser &parser)
{
    inplace::EncryptionParams p;
    p.label = parser.value(QStringLiteral("label"));
    if (parser.isSet(QStringLiteral("cipher")))
        p.cipher = parser.value(QStringLiteral("cipher"));
    if (!p.cipher.contains(QLatin1Char('-')))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("VolumeOptions",
                                                 "--cipher takes cipher-mode-iv, e.g. aes-xts-plain64."));
    if (parser.isSet(QStringLiteral("key-size"))) {
        auto v = intOption(parser, QStringLiteral("key-size"));
        if (!v)
            return v.error();
        p.keySizeBits = v.value();
    }
    if (p.keySizeBits < 128 || p.keySizeBits > 1024 || p.keySizeBits % 8 != 0)
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("VolumeOptions",
                                                 "--key-size must be 128..1024 bits, a multiple of 8."));
    if (parser.isSet(QStringLiteral("sector-size"))) {
        auto v = intOption(parser, QStringLiteral("sector-size"));
        if (!v)
            return v.error();
        p.sectorSize = v.value();
    }
    if (p.sectorSize != 512 && p.sectorSize != 1024 && p.sectorSize != 2048 && p.sectorSize != 4096)
        return Error(ExitCode::Usage, QCoreApplication::translate(
                                          "VolumeOptions", "--sector-size must be 512, 1024, 2048 or 4096."));
    auto pb = pbkdf(parser);
    if (!pb)
        return pb.error();
    if (pb.value())
        p.pbkdf = *pb.value();
    return p;
}

qint64 parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\s*([KMGT]?)(i?B)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    qint64 value = m.captured(1).toLongLong();
    const QString unit = m.captured(2).toUpper();
    const int shift = unit == QLatin1String("K")   ? 10
                      : unit == QLatin1String("M") ? 20
                      : unit == QLatin1String("G") ? 30
                      : unit == QLatin1String("T") ? 40
                                                   : 0;
    return value << shift;
}

Result<QString> oneImage(const QCommandLineParser &parser, const QString &verb, int expected)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != expected)
        return Error(ExitCode::Usage, QCoreApplication::translate(
                                          "VolumeOptions", "volume %1 takes %2 argument(s); see --help.")
                                          .arg(verb)
                                          .arg(expected));
    return args.first();
}

} // namespace strongroom::cli::volumeoptions
