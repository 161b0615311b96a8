#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace shelf {

class ProjectDocument;

/// Turns what the user named (a project file, or a folder of images) into an open document.
/// A folder gets a project file inside it, named after the folder, made on first open and reused
/// afterwards. Errors are returned as text for people.
class ProjectOpener
{
    Q_DECLARE_TR_FUNCTIONS(shelf::ProjectOpener)
public:
    struct Opened
    {
        std::unique_ptr<ProjectDocument> document;
        QString error;
        QStringList warnings; ///< unreadable images, missing images
        int missingImages = 0;
        bool created = false; ///< a folder was made into a new project
    };

    static Opened open(const QString& path);
    /// The project file used for a folder of images.
    static QString projectFileForFolder(const QString& folder);
};

} // namespace shelf
