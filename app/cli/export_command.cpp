#include "export_command.h"

#include "project_store.h"
#include "sku110k_export.h"
#include "store_error.h"

#include <QFileInfo>

namespace shelf::cli {

QString ExportCommand::summary() const
{
    return tr("Write a layer of a project as an SKU-110K annotations or results CSV file.");
}

void ExportCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addOption({QStringLiteral("format"), tr("sku110k or sku110k-results."), tr("FORMAT")});
    parser.addOption({QStringLiteral("layer"),
                      tr("Layer to write (default: human for sku110k, em for sku110k-results)."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("state"),
                      tr("accepted: accepted boxes only; all: proposed boxes too (rejected boxes "
                         "are never written). Default: accepted for sku110k, all for "
                         "sku110k-results."),
                      tr("STATE")});
    parser.addOption({QStringLiteral("header"),
                      tr("Write a header line in the sku110k format (the dataset's files have "
                         "none).")});
    parser.addOption({QStringLiteral("out"), tr("The CSV file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("force"), tr("Replace FILE if it exists.")});
}

int ExportCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("expected one PROJECT file"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("sku110k") && format != QLatin1String("sku110k-results"))
        return usage(tr("--format must be sku110k or sku110k-results"));
    const bool results = format == QLatin1String("sku110k-results");
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("--out FILE is required"));
    Sku110kExport::Options options;
    options.layer = parser.isSet(QStringLiteral("layer")) ? parser.value(QStringLiteral("layer"))
                                                          : (results ? layers::em : layers::human);
    options.states = results ? Sku110kExport::States::All : Sku110kExport::States::Accepted;
    if (parser.isSet(QStringLiteral("state"))) {
        const QString state = parser.value(QStringLiteral("state"));
        if (state == QLatin1String("accepted"))
            options.states = Sku110kExport::States::Accepted;
        else if (state == QLatin1String("all"))
            options.states = Sku110kExport::States::All;
        else
            return usage(tr("--state must be accepted or all"));
    }
    options.header = parser.isSet(QStringLiteral("header"));
    if (QFileInfo::exists(out) && !parser.isSet(QStringLiteral("force")))
        return fail(tr("%1: exists; pass --force to replace it").arg(out));
    try {
        const auto store = ProjectStore::open(parser.positionalArguments().at(0));
        const Sku110kExport::Report report =
            results ? Sku110kExport::writeResults(*store, out, options)
                    : Sku110kExport::writeAnnotations(*store, out, options);
        if (!report.error.isEmpty())
            return fail(report.error);
        err() << tr("Wrote %n box(es) from layer '%1' to %2.", nullptr, int(report.rows))
                     .arg(options.layer, out)
              << ' ' << tr("Images: %n.", nullptr, int(report.images)) << Qt::endl;
        return Success;
    } catch (const StoreError& e) {
        return fail(e.message());
    }
}

} // namespace shelf::cli
