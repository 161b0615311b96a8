#include "cli_command.h"

namespace shelf::cli {

QTextStream& CliCommand::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& CliCommand::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int CliCommand::fail(const QString& message)
{
    err() << tr("error: %1").arg(message) << Qt::endl;
    return BadInput;
}

int CliCommand::usage(const QString& message) const
{
    err() << tr("usage error: %1").arg(message) << '\n'
          << tr("Run 'shelflabel-cli %1 --help' for the options.").arg(name()) << Qt::endl;
    return UsageError;
}

int CliCommand::execute(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    describe(parser);
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt names the program by the path it was started with; show the command as users type
        // it, whatever language the surrounding "Usage:" is in.
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype at = text.indexOf(program);
        if (at >= 0)
            text.replace(at, program.size(), QStringLiteral("shelflabel-cli ") + name());
        out() << text;
        out().flush();
        return Success;
    }
    const int code = run(parser);
    out().flush();
    err().flush();
    return code;
}

} // namespace shelf::cli
