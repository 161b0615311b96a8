// shelflabel-cli: batch work on projects without a display (servers, CI, clusters).
#include "cli_command.h"
#include "eval_command.h"
#include "export_command.h"
#include "import_command.h"
#include "info_command.h"
#include "init_command.h"
#include "merge_command.h"
#include "relink_command.h"
#ifdef SHELF_HAVE_PREDICT
#include "predict_command.h"
#endif
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

using namespace shelf::cli;

namespace {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> list;
    list.push_back(std::make_unique<InitCommand>());
    list.push_back(std::make_unique<InfoCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<MergeCommand>());
    list.push_back(std::make_unique<EvalCommand>());
#ifdef SHELF_HAVE_PREDICT
    list.push_back(std::make_unique<PredictCommand>());
#endif
    list.push_back(std::make_unique<RelinkCommand>());
    return list;
}

int printOverview(QTextStream& stream, const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    stream << QCoreApplication::translate("shelf::cli", "Usage: shelflabel-cli COMMAND [options]")
           << "\n\n"
           << QCoreApplication::translate("shelf::cli", "Commands:") << '\n';
    for (const auto& c : commands)
        stream << "  " << c->name().leftJustified(10) << c->summary() << '\n';
    stream << '\n'
           << QCoreApplication::translate("shelf::cli",
                                          "Run 'shelflabel-cli COMMAND --help' for its options.")
           << '\n';
    stream.flush();
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shelflabel-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ShelfLabel"));
    // Library logs go to stderr; only warnings and errors unless asked for more.
    spdlog::set_level(qEnvironmentVariableIsSet("SHELF_LOG_DEBUG") ? spdlog::level::debug
                                                                   : spdlog::level::warn);
    shelf::installTranslations(app);
    const auto commands = allCommands();
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout), err(stderr);
    if (args.isEmpty())
        return printOverview(err, commands), UsageError;
    if (args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h") ||
        args[0] == QLatin1String("help"))
        return printOverview(out, commands);
    for (const auto& c : commands) {
        if (c->name() == args[0])
            return c->execute(args);
    }
    err << QCoreApplication::translate("shelf::cli", "usage error: unknown command '%1'")
               .arg(args[0])
        << '\n';
    printOverview(err, commands);
    return UsageError;
}
