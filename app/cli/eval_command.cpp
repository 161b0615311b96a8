#include "eval_command.h"

#include "bootstrap_comparison.h"
#include "detection_evaluator.h"
#include "eval_input.h"
#include "eval_report.h"
#include "project_store.h"
#include "store_error.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>
#include <optional>

namespace shelf::cli {

namespace {

void printWarnings(QTextStream& stream, const EvalInput::ReadReport& report)
{
    for (const CsvDiagnostic& w : report.warnings)
        stream << QCoreApplication::translate("shelf::cli::EvalCommand", "warning: %1")
                      .arg(w.toString())
               << '\n';
}

} // namespace

QString EvalCommand::summary() const
{
    return tr("Evaluate detections against truths: AP, AP.50, AP.75, AR300, MAE, RMSE.");
}

void EvalCommand::describe(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("truth"),
                      tr("Truth boxes: SKU-110K annotations, or a CSV with a header line "
                         "image_name,x1,y1,x2,y2[,class]."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("pred"),
                      tr("Detections: SKU-110K results (score = confidence), or a CSV with a "
                         "header line image_name,x1,y1,x2,y2,score (or confidence)[,class]. "
                         "Repeat for more columns."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("project"),
                      tr("Evaluate layers of this project instead of files."), tr("PROJECT")});
    parser.addOption({QStringLiteral("truth-layer"),
                      tr("The project layer whose accepted boxes are the truth (default: human)."),
                      tr("LAYER")});
    parser.addOption({QStringLiteral("pred-layer"),
                      tr("A project layer whose boxes (all but rejected ones) are detections. "
                         "Repeat for more columns."),
                      tr("LAYER")});
    parser.addOption({QStringLiteral("count-threshold"),
                      tr("Count, for MAE and RMSE, only detections scoring at least S (default 0: "
                         "every detection, as the SKU-110K paper counts its outputs)."),
                      tr("S")});
    parser.addOption({QStringLiteral("max-detections"),
                      tr("Detections kept per image, best first (default 300, as AR300)."),
                      tr("N")});
    parser.addOption(
        {QStringLiteral("class-agnostic"), tr("Ignore class names: every box is of one class.")});
    parser.addOption({QStringLiteral("bootstrap"),
                      tr("Also compare every column with the first over N resamples of the "
                         "images (paired bootstrap): the difference of each metric, its 95% "
                         "interval and how often each column is ahead. 1000 is a usual N."),
                      tr("N")});
    parser.addOption(
        {QStringLiteral("seed"), tr("Seed of the bootstrap's resampling (default 1)."), tr("S")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object on stdout.")});
}

int EvalCommand::run(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    const bool project = parser.isSet(QStringLiteral("project"));
    const QStringList preds = parser.values(QStringLiteral("pred"));
    const QStringList predLayers = parser.values(QStringLiteral("pred-layer"));
    if (project) {
        if (parser.isSet(QStringLiteral("truth")) || !preds.isEmpty())
            return usage(tr("--project takes --truth-layer and --pred-layer, not files"));
        if (predLayers.isEmpty())
            return usage(tr("--project needs at least one --pred-layer"));
    } else {
        if (!parser.isSet(QStringLiteral("truth")) || preds.isEmpty())
            return usage(tr("expected --truth FILE and at least one --pred FILE, or --project"));
        if (parser.isSet(QStringLiteral("truth-layer")) || !predLayers.isEmpty())
            return usage(tr("--truth-layer and --pred-layer need --project"));
    }

    EvalOptions options;
    options.perClass = !parser.isSet(QStringLiteral("class-agnostic"));
    if (parser.isSet(QStringLiteral("count-threshold"))) {
        bool ok = false;
        options.countThreshold = parser.value(QStringLiteral("count-threshold")).toDouble(&ok);
        if (!ok || !std::isfinite(options.countThreshold))
            return usage(tr("--count-threshold expects a number, not '%1'")
                             .arg(parser.value(QStringLiteral("count-threshold"))));
    }
    if (parser.isSet(QStringLiteral("max-detections"))) {
        bool ok = false;
        options.maxDetections = parser.value(QStringLiteral("max-detections")).toInt(&ok);
        if (!ok || options.maxDetections < 1)
            return usage(tr("--max-detections expects a whole number of at least 1, not '%1'")
                             .arg(parser.value(QStringLiteral("max-detections"))));
    }

    int resamples = 0;
    if (parser.isSet(QStringLiteral("bootstrap"))) {
        bool ok = false;
        resamples = parser.value(QStringLiteral("bootstrap")).toInt(&ok);
        if (!ok || resamples < 1)
            return usage(tr("--bootstrap expects a whole number of at least 1, not '%1'")
                             .arg(parser.value(QStringLiteral("bootstrap"))));
        if (preds.size() + predLayers.size() < 2)
            return usage(
                tr("--bootstrap compares columns: give two --pred or --pred-layer or more"));
    }
    quint64 seed = 1;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return usage(tr("--seed expects a whole number from 0 to 4294967295, not '%1'")
                             .arg(parser.value(QStringLiteral("seed"))));
        if (resamples == 0)
            return usage(tr("--seed needs --bootstrap"));
    }

    QList<EvalReport::Column> columns;
    QList<QList<ImageEvalInput>> inputs; // kept for the bootstrap
    if (project) {
        try {
            const auto store = ProjectStore::open(parser.value(QStringLiteral("project")));
            const QString truthLayer = parser.isSet(QStringLiteral("truth-layer"))
                                           ? parser.value(QStringLiteral("truth-layer"))
                                           : layers::human;
            const QStringList known = store->layerNames();
            const QStringList wanted = QStringList(predLayers) << truthLayer;
            for (const QString& layer : wanted) {
                if (!known.contains(layer))
                    return fail(
                        tr("%1: no layer '%2' (layers: %3)")
                            .arg(store->filePath(), layer,
                                 known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))));
            }
            for (const QString& layer : predLayers) {
                const QList<ImageEvalInput> images =
                    EvalInput::fromProject(*store, truthLayer, layer);
                columns.append({layer, store->filePath(), layer,
                                DetectionEvaluator::evaluate(images, options)});
                inputs.append(images);
            }
        } catch (const StoreError& e) {
            return fail(e.message());
        }
    } else {
        const QString truthPath = parser.value(QStringLiteral("truth"));
        EvalBoxSet truth;
        const EvalInput::ReadReport truthReport = EvalInput::readTruth(truthPath, truth);
        printWarnings(err(), truthReport);
        if (!truthReport.ok())
            return fail(truthReport.error->toString());
        for (const QString& path : preds) {
            EvalBoxSet detections;
            const EvalInput::ReadReport report = EvalInput::readPredictions(path, detections);
            printWarnings(err(), report);
            if (!report.ok())
                return fail(report.error->toString());
            QStringList unmatched;
            const QList<ImageEvalInput> images = EvalInput::join(truth, detections, &unmatched);
            if (!unmatched.isEmpty()) {
                err() << tr("warning: %1: %n image(s) not in the truth file, evaluated as images "
                            "with no truth (the first: %2)",
                            nullptr, int(unmatched.size()))
                             .arg(path, unmatched.constFirst())
                      << '\n';
            }
            columns.append({QFileInfo(path).fileName(), path, QString(),
                            DetectionEvaluator::evaluate(images, options)});
            inputs.append(images);
        }
    }

    std::optional<BootstrapComparison::Result> bootstrap;
    if (resamples > 0)
        bootstrap = BootstrapComparison::compare(inputs, options, resamples, seed);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = EvalReport::json(columns, options);
        if (bootstrap)
            json.insert(QStringLiteral("bootstrap"),
                        EvalReport::bootstrapJson(*bootstrap, columns));
        out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out() << EvalReport::table(columns, options.maxDetections);
        if (bootstrap)
            out() << '\n' << EvalReport::bootstrapTable(*bootstrap, columns, options.maxDetections);
    }
    return Success;
}

} // namespace shelf::cli
