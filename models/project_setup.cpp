#include "project_setup.h"

#include "log.h"
#include "sku110k_csv.h"
#include "store_error.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QMultiHash>

namespace shelf {

bool ProjectSetup::isSafeRelativePath(const QString& relativePath)
{
    return Sku110kCsv::isSafeRelativePath(relativePath);
}

ProjectSetup::Created
ProjectSetup::createFromFolder(const QString& projectPath, const QString& imagesFolder,
                               const std::function<void(int, const QString&)>& progress,
                               const std::atomic_bool* cancel)
{
    const QFileInfo folderInfo(imagesFolder);
    if (!folderInfo.isDir())
        throw StoreError(tr("%1: no such folder").arg(imagesFolder));
    const QDir base = QFileInfo(projectPath).absoluteDir();
    const QString rel = base.relativeFilePath(folderInfo.canonicalFilePath());
    if (!isSafeRelativePath(rel) && rel != QLatin1String(".")) {
        throw StoreError(tr("%1: the project file must be in the images folder or above it (%2)")
                             .arg(projectPath, folderInfo.absoluteFilePath()));
    }
    Created created;
    created.scan = ImageScanner::scan(folderInfo.canonicalFilePath(), QDir(base.canonicalPath()),
                                      progress, cancel);
    if (created.scan.cancelled)
        throw StoreError(tr("%1: creation cancelled").arg(projectPath));
    created.store = ProjectStore::create(projectPath);
    ProjectStore::Transaction tx(*created.store);
    for (ImageRecord& image : created.scan.images)
        created.store->insertImage(image);
    tx.commit();
    moduleLogger("core")->info("added {} images ({} unreadable) to {}", created.scan.images.size(),
                               created.scan.problems.size(), projectPath.toStdString());
    return created;
}

QList<ImageRecord> ProjectSetup::missingImages(const ProjectStore& store)
{
    QList<ImageRecord> missing;
    for (const ImageRecord& image : store.images()) {
        if (!QFileInfo::exists(store.absoluteImagePath(image)))
            missing << image;
    }
    return missing;
}

int ProjectSetup::relink(ProjectStore& store, const QString& folder)
{
    const QList<ImageRecord> missing = missingImages(store);
    if (missing.isEmpty())
        return 0;
    const QDir base = store.baseDir();
    QMultiHash<QString, QString> byName; // file name -> relative path of candidates
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        byName.insert(QFileInfo(path).fileName(), base.relativeFilePath(path));
    }
    auto commonSuffix = [](const QString& a, const QString& b) {
        const QStringList pa = a.split(QLatin1Char('/')), pb = b.split(QLatin1Char('/'));
        int n = 0;
        while (n < pa.size() && n < pb.size() && pa[pa.size() - 1 - n] == pb[pb.size() - 1 - n])
            ++n;
        return n;
    };
    int moved = 0;
    ProjectStore::Transaction tx(store);
    for (ImageRecord image : missing) {
        const QList<QString> candidates = byName.values(QFileInfo(image.relativePath).fileName());
        QString best;
        int bestScore = 0;
        bool tie = false;
        for (const QString& c : candidates) {
            const int score = commonSuffix(c, image.relativePath);
            if (score > bestScore) {
                best = c;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        if (best.isEmpty() || tie || !isSafeRelativePath(best) || store.imageIdByPath(best) != 0)
            continue;
        image.relativePath = best;
        store.updateImage(image);
        ++moved;
    }
    tx.commit();
    return moved;
}

} // namespace shelf
