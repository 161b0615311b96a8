#include "predict_command.h"

#include "bundled_resources.h"
#include "csv_writer.h"
#include "detector_model.h"
#include "prediction_writer.h"
#include "predictor.h"
#include "progress_printer.h"
#include "project_document.h"
#include "sku110k_csv.h"
#include "store_error.h"

#include <QBuffer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace shelf::cli {
namespace {

struct Shard
{
    int index = 0;
    int count = 1;
    bool takes(int i) const { return i % count == index; }
};

std::optional<Shard> parseShard(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)/(\\d+)$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Shard s{m.captured(1).toInt(), m.captured(2).toInt()};
    if (s.count < 1 || s.index < 0 || s.index >= s.count)
        return std::nullopt;
    return s;
}

// One results CSV per merged layer: FILE for a single merge, FILE with .nms / .em before the
// suffix when both are made.
QString outputFor(const QString& out, const QString& layer, bool several)
{
    if (!several)
        return out;
    const QFileInfo info(out);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.') + layer +
           QLatin1Char('.') + (info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix());
}

} // namespace

QString PredictCommand::summary() const
{
    return tr("Pre-annotate images with a detector: SKU-110K results CSV, or a project's layers.");
}

void PredictCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("IMAGE"),
                                 tr("Images to process (without --project)."),
                                 QStringLiteral("[IMAGE...]"));
    parser.addOption({QStringLiteral("project"),
                      tr("Fill the raw, nms and em layers of this project's images."),
                      tr("PROJECT")});
    parser.addOption({QStringLiteral("model"),
                      tr("TorchScript detector (default: the bundled model)."), tr("FILE")});
    parser.addOption({QStringLiteral("device"), tr("cpu, cuda or auto (default auto)."),
                      tr("DEVICE"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("threads"), tr("CPU threads (default: all cores)."), tr("N"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("merge"), tr("em, em-reference, nms or all (default all)."),
                      tr("METHOD"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("hard-score-rate"),
                      tr("confidence = R * hard_score + (1 - R) * soft_iou (default 0.5)."),
                      tr("R"), QStringLiteral("0.5")});
    parser.addOption({QStringLiteral("tile"), tr("Always split images into overlapping tiles.")});
    parser.addOption({QStringLiteral("shard"),
                      tr("Process every N-th image starting at I (0-based), e.g. 2/8."),
                      tr("I/N")});
    parser.addOption({QStringLiteral("out"),
                      tr("With images: the results CSV (image_id,x1,y1,x2,y2,confidence,"
                         "hard_score); with --merge all, FILE.nms.csv and FILE.em.csv."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("quiet"), tr("Print no progress.")});
}

int PredictCommand::run(const QCommandLineParser& parser)
{
    const bool onProject = parser.isSet(QStringLiteral("project"));
    const QStringList images = parser.positionalArguments();
    if (onProject == !images.isEmpty())
        return usage(tr("give either --project PROJECT or image files"));
    if (!onProject && !parser.isSet(QStringLiteral("out")))
        return usage(tr("--out FILE is required with image files"));
    PredictOptions options;
    const auto merge = MergeChoice::fromName(parser.value(QStringLiteral("merge")));
    if (!merge)
        return usage(tr("unknown --merge '%1'").arg(parser.value(QStringLiteral("merge"))));
    options.merge = *merge;
    bool ok = false;
    options.hardScoreRate = parser.value(QStringLiteral("hard-score-rate")).toDouble(&ok);
    if (!ok || options.hardScoreRate < 0 || options.hardScoreRate > 1)
        return usage(tr("--hard-score-rate must be a number from 0 to 1"));
    if (parser.isSet(QStringLiteral("tile")))
        options.tiling = TileMode::Always;
    Shard shard;
    if (parser.isSet(QStringLiteral("shard"))) {
        const auto s = parseShard(parser.value(QStringLiteral("shard")));
        if (!s)
            return usage(tr("--shard must be I/N with 0 <= I < N"));
        shard = *s;
    }
    ModelOptions modelOptions;
    const auto device = deviceRequestFromName(parser.value(QStringLiteral("device")));
    if (!device)
        return usage(tr("--device must be cpu, cuda or auto"));
    modelOptions.device = *device;
    modelOptions.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || modelOptions.threads < 0)
        return usage(tr("--threads must be a whole number"));
    const QString modelPath = parser.isSet(QStringLiteral("model"))
                                  ? parser.value(QStringLiteral("model"))
                                  : BundledResources::defaultModel();
    if (modelPath.isEmpty())
        return fail(tr("no bundled model was found; pass --model FILE"));

    auto loaded = DetectorModel::load(modelPath, modelOptions);
    if (!loaded.model)
        return fail(loaded.error);
    err() << tr("Model %1 on %2").arg(loaded.model->info().name, loaded.model->info().device)
          << '\n';
    for (const QString& note : loaded.model->info().notes)
        err() << tr("note: %1").arg(note) << '\n';
    Predictor predictor(*loaded.model);
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    if (onProject) {
        try {
            ProjectDocument document(ProjectStore::open(parser.value(QStringLiteral("project"))));
            QList<ImageRecord> todo;
            const QList<ImageRecord> all = document.images();
            for (int i = 0; i < all.size(); ++i) {
                if (shard.takes(i))
                    todo << all[i];
            }
            ProgressPrinter progress(err(), int(todo.size()), quiet);
            int failed = 0;
            for (int i = 0; i < todo.size(); ++i) {
                const QString path = document.store().absoluteImagePath(todo[i]);
                const ImagePrediction prediction = predictor.predict(path, options);
                QString error;
                if (!PredictionWriter::write(document, todo[i].id, prediction, &error)) {
                    err() << '\n' << tr("error: %1").arg(error) << '\n';
                    ++failed;
                }
                progress.step(i + 1, path);
            }
            progress.finish();
            return failed == 0 ? Success : BadInput;
        } catch (const StoreError& e) {
            return fail(e.message());
        }
    }

    // Images: one results CSV per merged layer, written atomically at the end.
    const bool several = options.merge.nms && options.merge.em.has_value();
    QList<QPair<QString, QByteArray>> outputs;
    QByteArray nmsCsv, emCsv;
    auto header = [](QByteArray& bytes) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        Sku110kCsv::writeResultHeader(csv);
        csv.flush();
    };
    header(nmsCsv);
    header(emCsv);
    QStringList mine;
    for (int i = 0; i < images.size(); ++i) {
        if (shard.takes(i))
            mine << images[i];
    }
    ProgressPrinter progress(err(), int(mine.size()), quiet);
    int failed = 0;
    for (int i = 0; i < mine.size(); ++i) {
        const ImagePrediction prediction = predictor.predict(mine[i], options);
        progress.step(i + 1, mine[i]);
        if (!prediction.ok()) {
            err() << '\n' << tr("error: %1").arg(prediction.error) << '\n';
            ++failed;
            continue;
        }
        auto append = [&](QByteArray& bytes, const std::optional<MergedLayer>& layer) {
            if (!layer)
                return;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::Append);
            CsvWriter csv(&buffer);
            Sku110kCsv::ResultRow row;
            row.imageName = QFileInfo(mine[i]).fileName();
            for (const MergedDetection& m : layer->boxes) {
                row.box = m.detection.box;
                row.confidence = m.detection.confidence;
                row.hardScore = m.detection.hardScore;
                Sku110kCsv::writeResult(csv, row);
            }
            csv.flush();
        };
        append(nmsCsv, prediction.nms);
        append(emCsv, prediction.em);
    }
    progress.finish();
    const QString out = parser.value(QStringLiteral("out"));
    if (options.merge.nms)
        outputs.append({outputFor(out, QStringLiteral("nms"), several), nmsCsv});
    if (options.merge.em)
        outputs.append({outputFor(out, QStringLiteral("em"), several), emCsv});
    for (const auto& [path, bytes] : outputs) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(tr("%1: cannot write (%2)").arg(path, file.errorString()));
        err() << tr("Wrote %1").arg(path) << '\n';
    }
    return failed == 0 ? Success : BadInput;
}

} // namespace shelf::cli
