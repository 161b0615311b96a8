#include "relink_command.h"

#include "project_setup.h"
#include "store_error.h"

namespace shelf::cli {

QString RelinkCommand::summary() const
{
    return tr("Find a project's missing images under a folder and store their new paths.");
}

void RelinkCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addOption(
        {QStringLiteral("folder"), tr("Folder to search (inside the project folder)."), tr("DIR")});
}

int RelinkCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("folder")))
        return usage(tr("expected PROJECT and --folder DIR"));
    try {
        const auto store = ProjectStore::open(parser.positionalArguments().at(0));
        const int before = int(ProjectSetup::missingImages(*store).size());
        const int moved = ProjectSetup::relink(*store, parser.value(QStringLiteral("folder")));
        err() << tr("Found %1 of %n missing image(s).", nullptr, before).arg(moved) << Qt::endl;
        return moved == before ? Success : BadInput;
    } catch (const StoreError& e) {
        return fail(e.message());
    }
}

} // namespace shelf::cli
