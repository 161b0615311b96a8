#include "export_command.h"

#include "dataset_exporter.h"
#include "dataset_snapshot.h"
#include "export_validator.h"
#include "project_store.h"
#include "sku110k_export.h"
#include "store_error.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace shelf::cli {

QString ExportCommand::summary() const
{
    return tr("Write a layer of a project as a dataset: SKU-110K CSV, RP2K crops, COCO, YOLO or "
              "Pascal VOC.");
}

void ExportCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addOption({QStringLiteral("format"),
                      tr("sku110k or sku110k-results (a CSV file); rp2k (crops under "
                         "<set>/<class>/ and annotations.csv, whose text cells starting with =, "
                         "+, - or @ get a leading ' against spreadsheet formulas), coco, yolo or "
                         "voc (a folder)."),
                      tr("FORMAT")});
    parser.addOption({QStringLiteral("layer"),
                      tr("Layer to write (default: human; em for sku110k-results)."), tr("NAME")});
    parser.addOption({QStringLiteral("state"),
                      tr("accepted: accepted boxes only; all: proposed boxes too (rejected boxes "
                         "are never written). Default: accepted; all for sku110k-results."),
                      tr("STATE")});
    parser.addOption({QStringLiteral("images"),
                      tr("done: only images marked done; all (default): every image."),
                      tr("WHICH")});
    parser.addOption({QStringLiteral("class"),
                      tr("The class of a box: object, shape or sku (default: sku for rp2k, object "
                         "otherwise). Boxes without it are written as \"unlabelled\"."),
                      tr("CLASS")});
    parser.addOption({QStringLiteral("split"),
                      tr("Share of each class that goes to train, 0 to 1 (default 0.9; 1: "
                         "everything in train)."),
                      tr("SHARE")});
    parser.addOption({QStringLiteral("split-by"),
                      tr("rp2k only: box (default) or image (never one shelf image in both "
                         "sets; coco, yolo and voc always split by image)."),
                      tr("UNIT")});
    parser.addOption({QStringLiteral("seed"),
                      tr("Seed of the split (default 0); same seed, same split."), tr("N")});
    parser.addOption({QStringLiteral("png"), tr("rp2k: lossless PNG crops instead of JPEG.")});
    parser.addOption({QStringLiteral("jpeg-quality"),
                      tr("rp2k: JPEG quality of the crops, 1-100 (default 95)."), tr("Q")});
    parser.addOption({QStringLiteral("no-images"),
                      tr("yolo, voc: write the labels only, without copying the images.")});
    parser.addOption({QStringLiteral("header"),
                      tr("Write a header line in the sku110k format (the dataset's files have "
                         "none).")});
    parser.addOption({QStringLiteral("check"),
                      tr("Print the validation report (small, outside, duplicate and unlabelled "
                         "boxes, images not done) and write nothing.")});
    parser.addOption(
        {QStringLiteral("out"), tr("The CSV file (sku110k) or folder to write."), tr("PATH")});
    parser.addOption({QStringLiteral("force"), tr("Replace PATH if it exists.")});
}

int ExportCommand::run(const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(tr("expected one PROJECT file"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("sku110k-results"))
        return runResults(parser);
    ExportOptions options;
    if (const auto f = ExportOptions::formatFromKey(format))
        options.format = *f;
    else
        return usage(tr("--format must be sku110k, sku110k-results, rp2k, coco, yolo or voc"));
    const bool check = parser.isSet(QStringLiteral("check"));
    const QString target = parser.value(QStringLiteral("out"));
    if (target.isEmpty() && !check)
        return usage(tr("--out PATH is required"));
    if (parser.isSet(QStringLiteral("layer")))
        options.layer = parser.value(QStringLiteral("layer"));
    const QString state = parser.value(QStringLiteral("state"));
    if (state == QLatin1String("all"))
        options.states = ExportOptions::States::All;
    else if (!state.isEmpty() && state != QLatin1String("accepted"))
        return usage(tr("--state must be accepted or all"));
    const QString images = parser.value(QStringLiteral("images"));
    if (images == QLatin1String("done"))
        options.images = ExportOptions::Images::Done;
    else if (!images.isEmpty() && images != QLatin1String("all"))
        return usage(tr("--images must be done or all"));
    options.classBy = options.format == ExportOptions::Format::Rp2k
                          ? ExportOptions::ClassBy::Sku
                          : ExportOptions::ClassBy::Object;
    if (parser.isSet(QStringLiteral("class"))) {
        const auto classBy = ExportOptions::classByFromKey(parser.value(QStringLiteral("class")));
        if (!classBy)
            return usage(tr("--class must be object, shape or sku"));
        options.classBy = *classBy;
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("split"))) {
        options.trainShare = parser.value(QStringLiteral("split")).toDouble(&ok);
        if (!ok || !(options.trainShare >= 0 && options.trainShare <= 1))
            return usage(tr("--split must be a number from 0 to 1"));
    }
    const QString splitBy = parser.value(QStringLiteral("split-by"));
    if (splitBy == QLatin1String("image"))
        options.splitBy = ExportOptions::SplitBy::Image;
    else if (splitBy == QLatin1String("box"))
        options.splitBy = ExportOptions::SplitBy::Box;
    else if (!splitBy.isEmpty())
        return usage(tr("--split-by must be box or image"));
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(tr("--seed must be a whole number >= 0"));
    }
    if (parser.isSet(QStringLiteral("jpeg-quality"))) {
        options.jpegQuality = parser.value(QStringLiteral("jpeg-quality")).toInt(&ok);
        if (!ok || options.jpegQuality < 1 || options.jpegQuality > 100)
            return usage(tr("--jpeg-quality must be a whole number from 1 to 100"));
    }
    options.cropsAsPng = parser.isSet(QStringLiteral("png"));
    options.copyImages = !parser.isSet(QStringLiteral("no-images"));
    options.header = parser.isSet(QStringLiteral("header"));
    options.force = parser.isSet(QStringLiteral("force"));
    if (!check && QFileInfo::exists(target) && !options.force)
        return fail(tr("%1: exists; pass --force to replace it").arg(target));
    try {
        const auto store = ProjectStore::open(parser.positionalArguments().at(0));
        const DatasetSnapshot snapshot = DatasetSnapshot::load(*store, options);
        const ValidationReport report = ExportValidator::validate(snapshot, options);
        for (const QString& line : report.summary())
            err() << tr("warning: %1").arg(line) << '\n';
        if (check) {
            for (const ValidationIssue& issue : report.issues)
                out() << issue.message << '\n';
            err() << tr("Checked %n box(es)", nullptr, int(report.boxes)) << ' '
                  << tr("on %n image(s).", nullptr, report.images) << Qt::endl;
            return Success;
        }
        DatasetExporter exporter(options);
        QElapsedTimer timer;
        timer.start();
        const DatasetExporter::Result result = exporter.run(snapshot, target);
        const double seconds = std::max(1e-3, timer.nsecsElapsed() / 1e9);
        if (!result.ok())
            return fail(result.error);
        err() << tr("Wrote %n box(es) from layer '%1' to %2.", nullptr, int(result.boxes))
                     .arg(options.layer, target)
              << ' ' << tr("Images: %n.", nullptr, int(result.images));
        if (options.format != ExportOptions::Format::Sku110k)
            err() << ' ' << tr("Classes: %n.", nullptr, result.classes) << ' '
                  << tr("Train: %n box(es)", nullptr, int(result.trainBoxes)) << ' '
                  << tr("on %n image(s);", nullptr, int(result.trainImages)) << ' '
                  << tr("test: %n box(es)", nullptr, int(result.testBoxes)) << ' '
                  << tr("on %n image(s).", nullptr, int(result.testImages));
        if (options.format == ExportOptions::Format::Rp2k)
            err() << ' '
                  << tr("Cropped in %1 s: %2 images/s.")
                         .arg(seconds, 0, 'f', 2)
                         .arg(double(snapshot.images.size()) / seconds, 0, 'f', 1);
        if (result.skippedBoxes > 0)
            err() << ' '
                  << tr("%n box(es) outside their image skipped.", nullptr,
                        int(result.skippedBoxes));
        err() << Qt::endl;
        return Success;
    } catch (const StoreError& e) {
        return fail(e.message());
    }
}

int ExportCommand::runResults(const QCommandLineParser& parser)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("--out FILE is required"));
    Sku110kExport::Options options;
    options.layer =
        parser.isSet(QStringLiteral("layer")) ? parser.value(QStringLiteral("layer")) : layers::em;
    options.states = Sku110kExport::States::All;
    const QString state = parser.value(QStringLiteral("state"));
    if (state == QLatin1String("accepted"))
        options.states = Sku110kExport::States::Accepted;
    else if (!state.isEmpty() && state != QLatin1String("all"))
        return usage(tr("--state must be accepted or all"));
    if (QFileInfo::exists(out) && !parser.isSet(QStringLiteral("force")))
        return fail(tr("%1: exists; pass --force to replace it").arg(out));
    try {
        const auto store = ProjectStore::open(parser.positionalArguments().at(0));
        const Sku110kExport::Report report = Sku110kExport::writeResults(*store, out, options);
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
