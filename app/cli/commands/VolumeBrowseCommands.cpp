// volume ls, get, cat, fsck, du: read-only verbs over the user-space reader.
#include "cli/commands/VolumeBrowseCommands.h"

#include "cli/CliContext.h"
#include "core/ControlCharacters.h"
#include "uservolume/UserVolumeJobs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <unistd.h>

namespace strongroom::cli {

// Named, not anonymous: the unity build puts this file in one batch with the other commands.
namespace volumebrowse {

const QString kHeader = QStringLiteral("header");

// A PATH argument as the bytes it was given in: QCoreApplication decodes the arguments as UTF-8,
// which cannot carry a name that is not UTF-8; /proc/self/cmdline still holds the bytes.
QByteArray rawArgument(const QString &argument)
{
    QFile cmdline(QStringLiteral("/proc/self/cmdline"));
    if (cmdline.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> raw = cmdline.readAll().split('\0');
        for (const QByteArray &bytes : raw)
            if (QFile::decodeName(bytes) == argument)
                return bytes;
    }
    return QFile::encodeName(argument);
}

void declareSource(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("IMAGE"),
        QCoreApplication::translate("cli::VolumeBrowseCommands",
                                    "The LUKS image (or data file of a detached header)."));
    parser.addOption({kHeader,
                      QCoreApplication::translate("cli::VolumeBrowseCommands", "A detached LUKS header."),
                      QStringLiteral("FILE")});
    CliContext::declareKeyOptions(parser);
}

Result<UserVolumeSource> sourceOf(CliContext &context, const QCommandLineParser &parser, const QString &image)
{
    if (!QFileInfo::exists(image))
        return Error(ExitCode::Failure,
                     QCoreApplication::translate("VolumeBrowseCommands", "%1 does not exist.").arg(image),
                     QStringLiteral("not-found"));
    auto key =
        context.readKey(parser, QCoreApplication::translate("VolumeBrowseCommands", "key for %1").arg(image));
    if (!key)
        return key.error();
    return UserVolumeSource{image, parser.value(kHeader), key.value()};
}

Result<QStringList> positionals(const QCommandLineParser &parser, const QString &verb, int least, int most)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < least || (most >= 0 && args.size() > most))
        return Error(ExitCode::Usage,
                     QCoreApplication::translate("VolumeBrowseCommands",
                                                 "volume %1: wrong number of arguments; see --help.")
                         .arg(verb));
    return args;
}

// ls and du: IMAGE and a PATH inside it (/ when omitted), the image's key read once the arguments
// are right.
struct SourceAndPath
{
    UserVolumeSource source;
    QByteArray path;
};

Result<SourceAndPath> sourceAndPath(CliContext &context, const QCommandLineParser &parser,
                                    const QString &verb)
{
    auto args = positionals(parser, verb, 1, 2);
    if (!args)
        return args.error();
    auto source = sourceOf(context, parser, args->at(0));
    if (!source)
        return source.error();
    return SourceAndPath{source.value(),
                         args->size() > 1 ? rawArgument(args->at(1)) : QByteArrayLiteral("/")};
}

QString modeString(const QJsonObject &entry)
{
    const QString type = entry.value(QStringLiteral("type")).toString();
    const int mode = entry.value(QStringLiteral("mode")).toString().toInt(nullptr, 8);
    QString s;
    s += type == QLatin1String("directory")      ? QLatin1Char('d')
         : type == QLatin1String("symlink")      ? QLatin1Char('l')
         : type == QLatin1String("fifo")         ? QLatin1Char('p')
         : type == QLatin1String("socket")       ? QLatin1Char('s')
         : type == QLatin1String("char-device")  ? QLatin1Char('c')
         : type == QLatin1String("block-device") ? QLatin1Char('b')
                                                 : QLatin1Char('-');
    const char *letters = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        s += (mode & (0400 >> i)) ? QLatin1Char(letters[i]) : QLatin1Char('-');
    if (mode & 04000)
        s[3] = (mode & 0100) ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & 02000)
        s[6] = (mode & 0010) ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & 01000)
        s[9] = (mode & 0001) ? QLatin1Char('t') : QLatin1Char('T');
    return s;
}

} // namespace volumebrowse

using namespace volumebrowse;

void VolumeLsCommand::declare(QCommandLineParser &parser) const
{
    declareSource(parser);
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        QCoreApplication::translate("cli::VolumeBrowseCommands",
                                    "The folder (or file) inside the volume; / when omitted."),
        QStringLiteral("[PATH]"));
    parser.addOption({{QStringLiteral("l"), QStringLiteral("long")},
                      QCoreApplication::translate("cli::VolumeBrowseCommands",
                                                  "Show mode, links, owner, size and time as ls -l does.")});
    parser.addOption({{QStringLiteral("R"), QStringLiteral("recursive")},
                      QCoreApplication::translate("cli::VolumeBrowseCommands",
                                                  "List every entry below PATH too, by its path.")});
}

int VolumeLsCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto opened = sourceAndPath(context, parser, QStringLiteral("ls"));
    if (!opened)
        return context.fail(opened.error());
    const JobReport report = context.runJob(std::make_shared<VolumeListJob>(
        opened->source, opened->path, parser.isSet(QStringLiteral("recursive"))));
    if (auto ended = context.finishUnlessText(report))
        return *ended;
    QTextStream &out = context.out();
    for (const QJsonValue &v : report.data.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString name = escapeControlCharacters(
            e.value(e.contains(QStringLiteral("path")) ? QStringLiteral("path") : QStringLiteral("name"))
                .toString());
        if (!parser.isSet(QStringLiteral("long"))) {
            out << name << '\n';
            continue;
        }
        const QDateTime mtime =
            QDateTime::fromString(e.value(QStringLiteral("mtime")).toString(), Qt::ISODateWithMs);
        out << modeString(e) << ' '
            << QStringLiteral("%1").arg(e.value(QStringLiteral("links")).toInteger(), 3) << ' '
            << QStringLiteral("%1 %2")
                   .arg(e.value(QStringLiteral("uid")).toInteger(), 5)
                   .arg(e.value(QStringLiteral("gid")).toInteger(), 5)
            << ' ' << QStringLiteral("%1").arg(e.value(QStringLiteral("size")).toInteger(), 12) << ' '
            << mtime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << ' ' << name;
        if (e.contains(QStringLiteral("target")))
            out << " -> " << escapeControlCharacters(e.value(QStringLiteral("target")).toString());
        out << '\n';
    }
    out.flush();
    return 0;
}

void VolumeGetCommand::declare(QCommandLineParser &parser) const
{
    declareSource(parser);
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        QCoreApplication::translate("cli::VolumeBrowseCommands",
                                    "Files or folders inside the volume (/ for everything)."),
        QStringLiteral("PATH..."));
    parser.addOption(
        {QStringLiteral("to"),
         QCoreApplication::translate("cli::VolumeBrowseCommands", "The folder to copy into (must exist)."),
         QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("force"),
                      QCoreApplication::translate("cli::VolumeBrowseCommands",
                                                  "Replace files that already exist under DIR.")});
}

int VolumeGetCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto args = positionals(parser, QStringLiteral("get"), 2, -1);
    if (!args)
        return context.fail(args.error());
    if (!parser.isSet(QStringLiteral("to")))
        return context.fail(
            Error(ExitCode::Usage,
                  QCoreApplication::translate("VolumeBrowseCommands",
                                              "volume get needs --to DIR, the folder to copy into.")));
    auto source = sourceOf(context, parser, args->at(0));
    if (!source)
        return context.fail(source.error());
    VolumeExtractJob::Request request;
    for (const QString &p : args->mid(1))
        request.paths.append(rawArgument(p));
    request.targetFolder = parser.value(QStringLiteral("to"));
    request.force = parser.isSet(QStringLiteral("force"));
    const JobReport report = context.runJob(std::make_shared<VolumeExtractJob>(source.value(), request));
    if (auto ended = context.finishUnlessText(report))
        return *ended;
    context.out() << report.overview << '\n';
    for (const QString &detail : report.details)
        context.out() << escapeControlCharacters(detail) << '\n';
    context.out().flush();
    return 0;
}

void VolumeCatCommand::declare(QCommandLineParser &parser) const
{
    declareSource(parser);
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        QCoreApplication::translate("cli::VolumeBrowseCommands",
                                    "The file inside the volume (a symlink is followed)."));
}

int VolumeCatCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto args = positionals(parser, QStringLiteral("cat"), 2, 2);
    if (!args)
        return context.fail(args.error());
    auto source = sourceOf(context, parser, args->at(0));
    if (!source)
        return context.fail(source.error());
    context.out().flush();
    const JobReport report = context.runJob(
        std::make_shared<VolumeReadFileJob>(source.value(), rawArgument(args->at(1)), STDOUT_FILENO));
    if (auto failed = context.failedExit(report))
        return *failed;
    return 0;
}

void VolumeFsckCommand::declare(QCommandLineParser &parser) const
{
    declareSource(parser);
}

int VolumeFsckCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto args = positionals(parser, QStringLiteral("fsck"), 1, 1);
    if (!args)
        return context.fail(args.error());
    auto source = sourceOf(context, parser, args->at(0));
    if (!source)
        return context.fail(source.error());
    const JobReport report = context.runJob(std::make_shared<VolumeCheckJob>(source.value()));
    if (report.outcome == JobOutcome::Cancelled)
        return context.cancelled();
    const bool checked = report.data.contains(QStringLiteral("problems"));
    if (checked && context.json() && report.error) {
        QJsonObject data = report.data;
        data.insert(QStringLiteral("error"), report.error->toJson());
        context.printJson(data);
        return static_cast<int>(report.error->code);
    }
    if (checked && !context.json())
        for (const QJsonValue &v : report.data.value(QStringLiteral("problems")).toArray())
            context.out() << v.toObject().value(QStringLiteral("area")).toString() << ": "
                          << escapeControlCharacters(v.toObject().value(QStringLiteral("message")).toString())
                          << '\n';
    context.out().flush();
    return context.finishJob(report);
}

void VolumeDuCommand::declare(QCommandLineParser &parser) const
{
    declareSource(parser);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("cli::VolumeBrowseCommands",
                                                             "The path inside the volume; / when omitted."),
                                 QStringLiteral("[PATH]"));
}

int VolumeDuCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    auto opened = sourceAndPath(context, parser, QStringLiteral("du"));
    if (!opened)
        return context.fail(opened.error());
    const JobReport report =
        context.runJob(std::make_shared<VolumeDiskUsageJob>(opened->source, opened->path));
    if (auto ended = context.finishUnlessText(report))
        return *ended;
    QTextStream &out = context.out();
    // du's layout: allocated KiB, then the name; the total last.
    for (const QJsonValue &v : report.data.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        out << (e.value(QStringLiteral("allocated_bytes")).toInteger() + 1023) / 1024 << '\t'
            << escapeControlCharacters(e.value(QStringLiteral("name")).toString()) << '\n';
    }
    out << (report.data.value(QStringLiteral("allocated_bytes")).toInteger() + 1023) / 1024 << '\t'
        << escapeControlCharacters(report.data.value(QStringLiteral("path")).toString()) << '\n';
    out << report.overview << Qt::endl;
    return 0;
}

} // namespace strongroom::cli
