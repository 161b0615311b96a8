#pragma once

#include "labels.h"

#include <QCoreApplication>
#include <QString>

namespace shelf {

class ProjectStore;

/// Writes a project layer as an SKU-110K CSV file: the annotations format
/// (`image_name,x1,y1,x2,y2,class,image_width,image_height`, no header line by default, class
/// "object") or the authors' results format (`image_id,x1,y1,x2,y2,confidence,hard_score`, with
/// its header). Boxes come in stored order (the order they were imported or drawn), so
/// an imported file is written back unchanged. Image names are file names where unique in the
/// project, else relative paths. The file is written to a temporary file and renamed into place:
/// a failed or cancelled export leaves no partial file and never damages an existing one.
class Sku110kExport
{
    Q_DECLARE_TR_FUNCTIONS(shelf::Sku110kExport)
public:
    enum class States { Accepted, All };
    struct Options
    {
        QString layer = layers::human;
        States states = States::Accepted;
        bool header = false; ///< annotations only; results always have their header
    };
    struct Report
    {
        QString error; ///< empty on success; names the file
        qint64 rows = 0;
        qint64 images = 0;
    };

    static Report writeAnnotations(const ProjectStore& store, const QString& file,
                                   const Options& options);
    static Report writeResults(const ProjectStore& store, const QString& file,
                               const Options& options);
};

} // namespace shelf
