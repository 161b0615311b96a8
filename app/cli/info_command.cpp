#include "info_command.h"

#include "project_setup.h"
#include "store_error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shelf::cli {

QString InfoCommand::summary() const
{
    return tr("Show a project's images, boxes per layer and review state, and missing images.");
}

void InfoCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object on stdout.")});
}

int InfoCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("expected one PROJECT file"));
    try {
        const auto store = ProjectStore::open(parser.positionalArguments().at(0));
        const QList<ImageRecord> images = store->images();
        const QList<ImageRecord> missing = ProjectSetup::missingImages(*store);
        QJsonObject layersJson;
        QJsonObject statusJson;
        for (const ImageRecord& image : images) {
            const QString key = imageStatusKey(image.status);
            statusJson[key] = statusJson[key].toInt() + 1;
        }
        for (const QString& layer : store->layerNames()) {
            AnnotationCounts sum;
            const auto counts = store->annotationCounts(layer);
            for (const AnnotationCounts& c : counts) {
                sum.proposed += c.proposed;
                sum.accepted += c.accepted;
                sum.rejected += c.rejected;
            }
            layersJson[layer] = QJsonObject{{QStringLiteral("proposed"), sum.proposed},
                                            {QStringLiteral("accepted"), sum.accepted},
                                            {QStringLiteral("rejected"), sum.rejected},
                                            {QStringLiteral("total"), sum.total()},
                                            {QStringLiteral("images"), int(counts.size())}};
        }
        QJsonArray missingJson;
        for (const ImageRecord& image : missing)
            missingJson << image.relativePath;

        if (parser.isSet(QStringLiteral("json"))) {
            const QJsonObject root{{QStringLiteral("project"), store->filePath()},
                                   {QStringLiteral("schema_version"), store->schemaVersion()},
                                   {QStringLiteral("images"), int(images.size())},
                                   {QStringLiteral("image_status"), statusJson},
                                   {QStringLiteral("layers"), layersJson},
                                   {QStringLiteral("missing_images"), missingJson}};
            out() << QJsonDocument(root).toJson(QJsonDocument::Compact) << '\n';
            return Success;
        }
        out() << tr("Project: %1").arg(store->filePath()) << '\n';
        out() << tr("Images: %n.", nullptr, int(images.size())) << ' '
              << tr("Missing: %n.", nullptr, int(missing.size())) << '\n';
        for (auto it = statusJson.begin(); it != statusJson.end(); ++it) {
            out() << "  "
                  << tr("%1: %2")
                         .arg(imageStatusDisplayName(*imageStatusFromKey(it.key())))
                         .arg(it.value().toInt())
                  << '\n';
        }
        out() << (layersJson.isEmpty() ? tr("Layers: none") : tr("Layers:")) << '\n';
        for (auto it = layersJson.begin(); it != layersJson.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            out() << "  "
                  << tr("layer %1: %n box(es)", nullptr, c[QStringLiteral("total")].toInt())
                         .arg(it.key())
                  << ' '
                  << tr("on %n image(s) (proposed %1, accepted %2, rejected %3)", nullptr,
                        c[QStringLiteral("images")].toInt())
                         .arg(c[QStringLiteral("proposed")].toInt())
                         .arg(c[QStringLiteral("accepted")].toInt())
                         .arg(c[QStringLiteral("rejected")].toInt())
                  << '\n';
        }
        for (const ImageRecord& image : missing)
            out() << tr("missing: %1").arg(image.relativePath) << '\n';
        if (!missing.isEmpty())
            out() << tr("Run 'shelflabel-cli relink PROJECT --folder DIR' to find moved images.")
                  << '\n';
        return Success;
    } catch (const StoreError& e) {
        return fail(e.message());
    }
}

} // namespace shelf::cli
