#include "cli/Cli.h"

#include "cli/CliContext.h"
#include "cli/CommandDetails.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace strongroom::cli {

void Cli::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

static bool startsWith(const QStringList &path, const QStringList &prefix)
{
    return path.size() >= prefix.size() && path.mid(0, prefix.size()) == prefix;
}

QString Cli::usage(const QStringList &prefix) const
{
    const QString head = prefix.isEmpty() ? QString() : prefix.join(QLatin1Char(' ')) + QLatin1Char(' ');
    QString text =
        QCoreApplication::translate("cli::Cli", "Usage: strongroom-cli [--json] %1COMMAND [OPTIONS]")
            .arg(head) +
        QStringLiteral("\n\n");
    if (prefix.isEmpty())
        text += QCoreApplication::translate(
                    "cli::Cli",
                    "Strongroom: SQLCipher databases, backups and LUKS2 volumes from the command line.") +
                QStringLiteral("\n\n");
    text += QCoreApplication::translate("cli::Cli", "Commands:") + QLatin1Char('\n');
    qsizetype width = 20;
    for (const auto &command : m_commands)
        if (startsWith(command->path(), prefix))
            // One column wider than the longest name, so a name and its summary never run together.
            width = std::max(width, command->path().join(QLatin1Char(' ')).size() + 1);
    for (const auto &command : m_commands) {
        const QStringList path = command->path();
        if (startsWith(path, prefix))
            text += QStringLiteral("  %1 %2\n")
                        .arg(path.join(QLatin1Char(' ')), -int(width))
                        .arg(command->summary());
    }
    // The option names are the same in every language; the column after them starts where the
    // widest of them ends, as in the command list above.
    const QList<QPair<QString, QString>> globalOptions{
        {QStringLiteral("--json"),
         QCoreApplication::translate("cli::Cli", "machine-readable output (errors too)")},
        {QStringLiteral("--help"), QCoreApplication::translate("cli::Cli", "help for any command level")},
        {QStringLiteral("--version"), QCoreApplication::translate("cli::Cli", "print the version")}};
    text +=
        QStringLiteral("\n") + QCoreApplication::translate("cli::Cli", "Global options:") + QLatin1Char('\n');
    for (const auto &[option, description] : globalOptions)
        text += QStringLiteral("  %1 %2\n").arg(option, -20).arg(description);
    text += QStringLiteral("\n") +
            QCoreApplication::translate(
                "cli::Cli",
                "Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong key, 4 integrity failure, 5 busy or locked,\n"
                "6 unsupported input, 7 missing system support, 130 cancelled. See docs/cli.md.") +
            QLatin1Char('\n');
    return text;
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments.mid(1);
    // --json anywhere on the line (before "--") asks for JSON from the start, so that even an error
    // found before the verb's own parser runs reaches a script as the {"error": ...} object.
    const qsizetype endOfOptions = args.indexOf(QStringLiteral("--"));
    bool json = args.mid(0, endOfOptions < 0 ? args.size() : endOfOptions).contains(QStringLiteral("--json"));
    bool help = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--json")) {
            json = true;
        } else if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            help = true;
        } else if (option == QLatin1String("--reference") && !args.isEmpty()) {
            // Hidden: what the build writes into the man page and a test compares with docs/cli.md.
            const QString format = args.takeFirst();
            if (format != QLatin1String("man") && format != QLatin1String("markdown")) {
                CliContext context(json, out, err);
                return context.fail(Error(ExitCode::Usage, QCoreApplication::translate(
                                                               "Cli", "--reference takes man or markdown.")));
            }
            out << reference(format == QLatin1String("man") ? ReferenceFormat::Man
                                                            : ReferenceFormat::Markdown);
            return 0;
        } else if (option == QLatin1String("--version")) {
            if (json) {
                CliContext context(json, out, err);
                context.printJson(
                    QJsonObject{{QStringLiteral("program"), QStringLiteral("strongroom-cli")},
                                {QStringLiteral("version"), QStringLiteral(STRONGROOM_VERSION)}});
            } else {
                out << "strongroom-cli " << STRONGROOM_VERSION << Qt::endl;
            }
            return 0;
        } else {
            CliContext context(json, out, err);
            err << usage({});
            return context.fail(
                Error(ExitCode::Usage, QCoreApplication::translate("Cli", "Unknown option %1.").arg(option)));
        }
    }

    // The longest run of leading words that matches a command or a group of commands.
    QStringList words;
    CliCommand *command = nullptr;
    while (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-'))) {
        QStringList candidate = words;
        candidate.append(args.first());
        bool prefixOfSome = false;
        bool longerCommand = false; // "pg backup" is a command, and "pg backup list" another
        for (const auto &c : m_commands) {
            if (c->path() == candidate)
                command = c.get();
            if (startsWith(c->path(), candidate)) {
                prefixOfSome = true;
                longerCommand = longerCommand || c->path().size() > candidate.size();
            }
        }
        if (!prefixOfSome)
            break;
        words = candidate;
        args.removeFirst();
        if (command && !longerCommand)
            break;
    }

    CliContext context(json, out, err);
    if (!command && (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))))
        help = true;
    if (!command) {
        if (help || (args.isEmpty() && !words.isEmpty()) || (words.isEmpty() && args.isEmpty())) {
            (help ? out : err) << usage(words);
            return help ? 0
                        : context.fail(Error(ExitCode::Usage,
                                             QCoreApplication::translate("Cli", "No command given.")));
        }
        err << usage(words);
        return context.fail(Error(
            ExitCode::Usage, QCoreApplication::translate("Cli", "Unknown command '%1'. See the list above.")
                                 .arg((words + QStringList{args.value(0)}).join(QLatin1Char(' ')))));
    }

    QCommandLineParser parser;
    declareAll(parser, *command);
    const QString program = QStringLiteral("strongroom-cli ") + words.join(QLatin1Char(' '));
    if (!parser.parse(QStringList{program} + args)) {
        err << helpText(*command);
        return context.fail(Error(ExitCode::Usage, parser.errorText()));
    }
    if (help || parser.isSet(QStringLiteral("help"))) {
        out << helpText(*command);
        return 0;
    }
    CliContext leafContext(json || parser.isSet(QStringLiteral("json")), out, err);
    const int code = command->run(leafContext, parser);
    // An interrupt that arrived before the command's job started (or between two of its steps) still
    // ends the program as an interrupt, whatever the command made of it.
    const int cancelled = static_cast<int>(ExitCode::Cancelled);
    if (code != 0 && code != cancelled && leafContext.interrupted()) {
        err << QCoreApplication::translate("cli::Cli", "Interrupted.") << Qt::endl;
        return cancelled;
    }
    return code;
}

namespace {

// A paragraph broken into lines of at most `width` characters at spaces, as Qt lays out the option
// lists below it.
QString wrapped(const QString &paragraph, qsizetype width = 79)
{
    QString out;
    qsizetype lineLength = 0;
    for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (lineLength > 0 && lineLength + 1 + word.size() > width) {
            out += QLatin1Char('\n');
            lineLength = 0;
        } else if (lineLength > 0) {
            out += QLatin1Char(' ');
            ++lineLength;
        }
        out += word;
        lineLength += word.size();
    }
    return out;
}

} // namespace

void Cli::declareAll(QCommandLineParser &parser, const CliCommand &command)
{
    QString description = command.summary();
    for (const QString &paragraph :
         commandDetails(command.path()).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        description += QStringLiteral("\n\n") + wrapped(paragraph);
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("cli::Cli", "Machine-readable output.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")},
                      QCoreApplication::translate("cli::Cli", "Show this help.")});
    command.declare(parser);
}

QString Cli::helpText(const CliCommand &command)
{
    QCommandLineParser parser;
    declareAll(parser, command);
    QString text = parser.helpText();
    // Qt names the program by its file name alone; the usage line should name the verb too.
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QString program = QStringLiteral("strongroom-cli ") + command.path().join(QLatin1Char(' '));
    // Qt writes argv[0] as it was given (relative, absolute or bare), after a word of Qt's own
    // catalogue ("Usage:", "Aufruf:").
    const QString argv0 = QCoreApplication::arguments().value(0);
    QString usageLine = text.left(lineEnd);
    if (const qsizetype at = usageLine.indexOf(QLatin1Char(' ') + argv0); !argv0.isEmpty() && at >= 0)
        usageLine.replace(at + 1, argv0.size(), program);
    return usageLine + text.mid(lineEnd);
}

namespace {

// Text for groff: backslashes and leading dots or quotes escaped, hyphens as \- (real minus signs in
// options), so no line of a help text turns into a request.
QString manEscaped(const QString &line)
{
    QString out = line;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    out.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

} // namespace

QString Cli::reference(ReferenceFormat format) const
{
    QString text;
    for (const auto &command : m_commands) {
        const QString name = command->path().join(QLatin1Char(' '));
        const QString help = helpText(*command);
        // The help text after its usage and description: the "Options:" and "Arguments:" lists.
        const qsizetype listsAt = help.indexOf(QStringLiteral("\nOptions:"));
        const QString usageLine = help.left(help.indexOf(QLatin1Char('\n')));
        const QString lists = listsAt < 0 ? QString() : help.mid(listsAt + 1).trimmed();
        const QString details = commandDetails(command->path());
        if (format == ReferenceFormat::Markdown) {
            text += QStringLiteral("### %1\n\n%2.\n\n").arg(name, command->summary());
            if (!details.isEmpty())
                text += details + QStringLiteral("\n\n");
            text += QStringLiteral("```\n%1\n\n%2\n```\n\n").arg(usageLine, lists);
        } else {
            text += QStringLiteral(".SS \"%1\"\n").arg(manEscaped(name));
            text += manEscaped(command->summary()) + QStringLiteral(".\n");
            for (const QString &paragraph : details.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
                text += QStringLiteral(".PP\n") + manEscaped(paragraph) + QLatin1Char('\n');
            text += QStringLiteral(".PP\n.nf\n");
            const QString block = usageLine + QStringLiteral("\n\n") + lists;
            for (const QString &line : block.split(QLatin1Char('\n')))
                text += manEscaped(line) + QLatin1Char('\n');
            text += QStringLiteral(".fi\n");
        }
    }
    return text;
}

} // namespace strongroom::cli
