#include "project_opener.h"

#include "project_document.h"
#include "project_setup.h"
#include "store_error.h"

#include <QDir>
#include <QFileInfo>

namespace shelf {

QString ProjectOpener::projectFileForFolder(const QString& folder)
{
    const QDir dir(folder);
    QString name = dir.dirName();
    if (name.isEmpty() || name == QLatin1String("."))
        name = QStringLiteral("project");
    return dir.absoluteFilePath(name + QStringLiteral(".shelf"));
}

ProjectOpener::Opened ProjectOpener::open(const QString& path)
{
    Opened opened;
    const QFileInfo info(path);
    try {
        std::unique_ptr<ProjectStore> store;
        if (info.isDir()) {
            const QString projectFile = projectFileForFolder(info.absoluteFilePath());
            if (QFileInfo::exists(projectFile)) {
                store = ProjectStore::open(projectFile);
            } else {
                auto created = ProjectSetup::createFromFolder(projectFile, info.absoluteFilePath());
                for (const auto& problem : created.scan.problems)
                    opened.warnings << tr("%1: skipped: %2").arg(problem.path, problem.message);
                store = std::move(created.store);
                opened.created = true;
            }
        } else {
            store = ProjectStore::open(path);
        }
        const QList<ImageRecord> missing = ProjectSetup::missingImages(*store);
        for (const ImageRecord& image : missing)
            opened.warnings << tr("%1: image not found").arg(store->absoluteImagePath(image));
        opened.missingImages = int(missing.size());
        opened.document = std::make_unique<ProjectDocument>(std::move(store));
    } catch (const StoreError& e) {
        opened.error = e.message();
    }
    return opened;
}

} // namespace shelf
