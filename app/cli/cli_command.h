#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace shelf::cli {

/// Exit codes shared by every command of shelflabel-cli.
enum ExitCode : int { Success = 0, BadInput = 1, UsageError = 2 };

/// One subcommand of shelflabel-cli: its options, its help, and its run. Output for people goes to
/// err(), machine-readable output (JSON, CSV to stdout) to out().
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(shelf::cli::CliCommand)
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// Adds the command's options and positional arguments to the parser.
    virtual void describe(QCommandLineParser& parser) const = 0;
    /// Runs with parsed arguments; returns an ExitCode.
    virtual int run(const QCommandLineParser& parser) = 0;

    /// Parses `args` (args[0] is the command name) and runs; handles --help and usage errors.
    int execute(const QStringList& args);

protected:
    static QTextStream& out();
    static QTextStream& err();
    /// Prints "error: <message>" and returns BadInput.
    static int fail(const QString& message);
    /// Prints a usage error with the command's help hint and returns UsageError.
    int usage(const QString& message) const;
};

} // namespace shelf::cli
