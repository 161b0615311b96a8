#include "init_command.h"

#include "project_setup.h"
#include "store_error.h"

namespace shelf::cli {

QString InitCommand::summary() const
{
    return tr("Create a project file from a folder of shelf images (searched recursively).");
}

void InitCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file to create."));
    parser.addOption({QStringLiteral("images"),
                      tr("Folder of images; the project file must be in it or above it."),
                      tr("DIR")});
}

int InitCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("expected one PROJECT file"));
    if (!parser.isSet(QStringLiteral("images")))
        return usage(tr("--images DIR is required"));
    const QString project = parser.positionalArguments().at(0);
    try {
        const auto created =
            ProjectSetup::createFromFolder(project, parser.value(QStringLiteral("images")));
        for (const auto& problem : created.scan.problems)
            err() << tr("warning: %1: skipped: %2").arg(problem.path, problem.message) << '\n';
        err() << tr("Created %1 with %n image(s).", nullptr, int(created.scan.images.size()))
                     .arg(created.store->filePath())
              << Qt::endl;
        return Success;
    } catch (const StoreError& e) {
        return fail(e.message());
    }
}

} // namespace shelf::cli
