#include "import_command.h"

#include "dataset_importer.h"
#include "project_store.h"
#include "sku110k_import.h"
#include "store_error.h"

namespace shelf::cli {

QString ImportCommand::summary() const
{
    return tr("Import an SKU-110K CSV file, a COCO JSON file or a YOLO folder into a layer of a "
              "project.");
}

void ImportCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The CSV or JSON file, or the YOLO folder, to import."));
    parser.addOption({QStringLiteral("format"),
                      tr("sku110k (image_name,x1,y1,x2,y2,class,image_width,image_height; "
                         "accepted human boxes) or sku110k-results "
                         "(image_id,x1,y1,x2,y2,confidence,hard_score; proposed model boxes), "
                         "coco (a JSON file) or yolo (a folder with data.yaml or classes.txt and "
                         "labels/; image sizes come from the project)."),
                      tr("FORMAT")});
    parser.addOption({QStringLiteral("layer"),
                      tr("Layer to fill (default: human for sku110k, em for sku110k-results)."),
                      tr("NAME")});
}

int ImportCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usage(tr("expected PROJECT and FILE"));
    const QString format = parser.value(QStringLiteral("format"));
    const bool dataset = format == QLatin1String("coco") || format == QLatin1String("yolo");
    if (format != QLatin1String("sku110k") && format != QLatin1String("sku110k-results") &&
        !dataset)
        return usage(tr("--format must be sku110k, sku110k-results, coco or yolo"));
    const bool results = format == QLatin1String("sku110k-results");
    const QString layer = parser.isSet(QStringLiteral("layer"))
                              ? parser.value(QStringLiteral("layer")).trimmed()
                              : (results ? layers::em : layers::human);
    if (layer.isEmpty())
        return usage(tr("--layer must not be empty"));
    if (dataset)
        return runDataset(args[0], args[1], format, layer);
    try {
        const auto store = ProjectStore::open(args[0]);
        const Sku110kImport::Report report =
            results ? Sku110kImport::importResults(*store, args[1], layer)
                    : Sku110kImport::importAnnotations(*store, args[1], layer);
        for (const CsvDiagnostic& w : report.warnings)
            err() << tr("warning: %1").arg(w.toString()) << '\n';
        if (report.read.warningCount > report.read.warnings.size())
            err() << tr("warning: %n more warning(s) not shown", nullptr,
                        int(report.read.warningCount - report.read.warnings.size()))
                  << '\n';
        if (!report.ok())
            return fail(tr("%1 (nothing was imported)").arg(report.error->toString()));
        err()
            << tr("Imported %n box(es) into layer '%1'.", nullptr, int(report.imported)).arg(layer)
            << ' ' << tr("Images: %n.", nullptr, int(report.images)) << ' '
            << tr("Rows skipped: %n.", nullptr, int(report.read.skippedRows)) << ' '
            << tr("Rows clamped to the image: %n.", nullptr, int(report.read.clampedRows))
            << Qt::endl;
        return Success;
    } catch (const StoreError& e) {
        return fail(e.message());
    }
}

int ImportCommand::runDataset(const QString& project, const QString& source, const QString& format,
                              const QString& layer)
{
    try {
        const auto store = ProjectStore::open(project);
        const DatasetImporter::Report report =
            format == QLatin1String("coco") ? DatasetImporter::importCoco(*store, source, layer)
                                            : DatasetImporter::importYolo(*store, source, layer);
        for (const CsvDiagnostic& w : report.warnings)
            err() << tr("warning: %1").arg(w.toString()) << '\n';
        if (!report.ok())
            return fail(tr("%1 (nothing was imported)").arg(report.error->toString()));
        err()
            << tr("Imported %n box(es) into layer '%1'.", nullptr, int(report.imported)).arg(layer)
            << ' ' << tr("Images: %n.", nullptr, int(report.images)) << Qt::endl;
        return Success;
    } catch (const StoreError& e) {
        return fail(e.message());
    }
}

} // namespace shelf::cli
