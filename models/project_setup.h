#pragma once

#include "image_scanner.h"
#include "project_store.h"

#include <QCoreApplication>

#include <memory>

namespace shelf {

/// Making a project from a folder, and finding and relinking images that moved.
class ProjectSetup
{
    Q_DECLARE_TR_FUNCTIONS(shelf::ProjectSetup)
public:
    struct Created
    {
        std::unique_ptr<ProjectStore> store;
        ImageScanner::Result scan;
    };

    /// Creates `projectPath` and adds every image under `imagesFolder`. The project file must be in
    /// that folder or above it, so that every image path stays inside the project folder.
    /// Throws StoreError with a message for people.
    static Created createFromFolder(const QString& projectPath, const QString& imagesFolder,
                                    const std::function<void(int, const QString&)>& progress = {},
                                    const std::atomic_bool* cancel = nullptr);

    /// Images whose file is no longer where the project says.
    static QList<ImageRecord> missingImages(const ProjectStore& store);

    /// Looks under `folder` for the missing images (matched by the longest common path suffix,
    /// then by file name when that is unique) and stores their new paths. Returns how many moved.
    static int relink(ProjectStore& store, const QString& folder);

    /// True if `relativePath` stays inside the project folder (no "..", not absolute, no drive).
    static bool isSafeRelativePath(const QString& relativePath);
};

} // namespace shelf
