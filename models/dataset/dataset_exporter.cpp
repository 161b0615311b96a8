#include "dataset_exporter.h"

#include "coco_json_writer.h"
#include "csv_writer.h"
#include "dataset_snapshot.h"
#include "dataset_split.h"
#include "export_context.h"
#include "log.h"
#include "rp2k_crop_writer.h"
#include "sku110k_csv.h"
#include "voc_writer.h"
#include "yolo_writer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QUuid>

namespace shelf {
namespace {

constexpr int kSets = 2;

QMap<QString, int> categoryIds(const DatasetSnapshot& snapshot, ExportOptions::ClassBy classBy)
{
    QMap<QString, int> ids;
    for (const DatasetImage& image : snapshot.images) {
        for (const Annotation& a : image.boxes)
            ids.insert(DatasetSnapshot::classOf(a, classBy), 0);
    }
    int next = 0;
    for (int& id : ids)
        id = ++next;
    return ids;
}

QList<QStringList> classesPerImage(const DatasetSnapshot& snapshot, ExportOptions::ClassBy by)
{
    QList<QStringList> classes;
    classes.reserve(snapshot.images.size());
    for (const DatasetImage& image : snapshot.images) {
        QStringList of;
        for (const Annotation& a : image.boxes)
            of << DatasetSnapshot::classOf(a, by);
        classes << of;
    }
    return classes;
}

bool removePath(const QString& path)
{
    const QFileInfo info(path);
    return info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
}

} // namespace

DatasetExporter::Result DatasetExporter::run(const DatasetSnapshot& snapshot, const QString& path)
{
    // "out/" names the folder out: without the slash its parent and name are what they seem.
    const QString target = path.isEmpty() ? path : QDir::cleanPath(path);
    Result result;
    result.images = snapshot.images.size();
    result.boxes = snapshot.boxCount();
    result.classes = int(categoryIds(snapshot, m_options.classBy).size());
    if (target.isEmpty()) {
        result.error = tr("no output path");
        return result;
    }
    if (QFileInfo::exists(target) && !m_options.force) {
        result.error = tr("%1: exists; choose to replace it (--force)").arg(target);
        return result;
    }
    if (m_options.format == ExportOptions::Format::Sku110k) {
        Result written = writeSku110k(snapshot, target);
        written.images = result.images;
        written.boxes = result.boxes;
        written.classes = result.classes;
        return written;
    }
    const QFileInfo info(target);
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent)) {
        result.error = tr("%1: cannot create the folder").arg(parent);
        return result;
    }
    removeStaleTemporaries(parent, info.fileName());
    // Made with mkdir, not QTemporaryDir, so that the dataset gets the umask's permissions
    // (QTemporaryDir's folders are private to their owner).
    const QString temp = parent + QStringLiteral("/.") + info.fileName() +
                         QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128);
    if (!QDir().mkdir(temp)) {
        result.error = tr("%1: cannot create a temporary folder").arg(parent);
        return result;
    }
    struct RemoveUnlessKept
    {
        QString path;
        bool keep = false;
        ~RemoveUnlessKept()
        {
            if (!keep)
                QDir(path).removeRecursively();
        }
    } guard{temp};
    ExportContext ctx(m_cancel, m_progress, snapshot.images.size());
    result.error = writeFolder(snapshot, temp, result, ctx);
    if (result.error.isEmpty() && ctx.cancelled()) {
        result.cancelled = true;
        return result; // the guard removes what was written
    }
    if (!result.error.isEmpty())
        return result;
    result.error = replaceTarget(temp, info.absoluteFilePath());
    if (result.error.isEmpty()) {
        guard.keep = true;
        moduleLogger("core")->info(
            "exported {} boxes on {} images as {} to {}", result.boxes, result.images,
            ExportOptions::formatKey(m_options.format).toStdString(), target.toStdString());
    }
    return result;
}

void DatasetExporter::removeStaleTemporaries(const QString& parent, const QString& name)
{
    // A killed export leaves its hidden temporary folder (never a partial target). The next
    // export to the same target removes those no export has touched for a while; a younger one
    // may belong to an export running right now.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-kStaleTemporarySeconds);
    const QString pattern = QStringLiteral(".") + name + QStringLiteral(".partial-*");
    for (const QFileInfo& stale :
         QDir(parent).entryInfoList({pattern}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (stale.lastModified().toUTC() < before && QDir(stale.filePath()).removeRecursively())
            moduleLogger("core")->info("removed {}, left by an interrupted export",
                                       stale.filePath().toStdString());
    }
}

QString DatasetExporter::replaceTarget(const QString& written, const QString& target)
{
    QDir dir;
    if (!QFileInfo::exists(target)) {
        return dir.rename(written, target)
                   ? QString()
                   : tr("%1: cannot rename the export into place").arg(target);
    }
    // --force: move the old target aside first, so that a failed rename can put it back.
    const QString aside = QFileInfo(target).absolutePath() + QStringLiteral("/.") +
                          QFileInfo(target).fileName() + QStringLiteral(".old-") +
                          QUuid::createUuid().toString(QUuid::Id128);
    if (!dir.rename(target, aside))
        return tr("%1: cannot replace it").arg(target);
    if (!dir.rename(written, target)) {
        dir.rename(aside, target);
        return tr("%1: cannot rename the export into place").arg(target);
    }
    if (!removePath(aside))
        moduleLogger("core")->warn("could not remove the replaced export {}", aside.toStdString());
    return {};
}

DatasetExporter::Result DatasetExporter::writeSku110k(const DatasetSnapshot& snapshot,
                                                      const QString& target)
{
    Result result;
    ExportContext ctx(m_cancel, m_progress, snapshot.boxCount());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = tr("%1: cannot write (%2)").arg(target, out.errorString());
        return result;
    }
    CsvWriter csv(&out);
    if (m_options.header)
        Sku110kCsv::writeAnnotationHeader(csv);
    Sku110kCsv::AnnotationRow row;
    qint64 rows = 0;
    for (const auto& [i, j] : snapshot.storedOrder) {
        const DatasetImage& image = snapshot.images[i];
        row.imageName = image.exportName;
        row.imageWidth = image.record.width;
        row.imageHeight = image.record.height;
        row.box = image.boxes[j].box;
        row.className = DatasetSnapshot::classOf(image.boxes[j], m_options.classBy);
        // SKU-110K's own word for "no label": its importer reads "unlabelled" as an SKU id.
        if (row.className == ExportOptions::kUnlabelledClass)
            row.className = ExportOptions::kObjectClass;
        Sku110kCsv::writeAnnotation(csv, row);
        if (++rows % 10000 == 0) {
            ctx.step(10000);
            if (ctx.cancelled()) {
                out.cancelWriting();
                result.cancelled = true;
                return result;
            }
        }
    }
    ctx.step(rows % 10000);
    if (ctx.cancelled()) {
        out.cancelWriting();
        result.cancelled = true;
        return result;
    }
    if (!csv.flush() || !out.commit())
        result.error = tr("%1: cannot write (%2)")
                           .arg(target, csv.hasError() ? csv.errorString() : out.errorString());
    return result;
}

QString DatasetExporter::writeFolder(const DatasetSnapshot& snapshot, const QString& folder,
                                     Result& result, ExportContext& ctx)
{
    const QMap<QString, int> ids = categoryIds(snapshot, m_options.classBy);
    const auto classes = classesPerImage(snapshot, m_options.classBy);
    // The set of every box; boxes follow their image unless RP2K splits by box.
    QList<QList<DatasetSplit::Set>> perBox(snapshot.images.size());
    QList<QList<int>> imagesPerSet(kSets);
    if (m_options.format == ExportOptions::Format::Rp2k &&
        m_options.effectiveSplitBy() == ExportOptions::SplitBy::Box) {
        QStringList flat;
        for (const QStringList& c : classes)
            flat += c;
        const auto sets = DatasetSplit::byItem(flat, m_options.trainShare, m_options.seed);
        qsizetype k = 0;
        for (qsizetype i = 0; i < classes.size(); ++i) {
            perBox[i] = sets.mid(k, classes[i].size());
            k += classes[i].size();
            for (int s = 0; s < kSets; ++s) {
                if (perBox[i].contains(DatasetSplit::Set(s)))
                    imagesPerSet[s].append(int(i));
            }
        }
    } else {
        const auto sets = DatasetSplit::byImage(classes, m_options.trainShare, m_options.seed);
        for (qsizetype i = 0; i < classes.size(); ++i) {
            perBox[i] = QList<DatasetSplit::Set>(classes[i].size(), sets[i]);
            imagesPerSet[int(sets[i])].append(int(i));
        }
    }
    result.trainImages = imagesPerSet[0].size();
    result.testImages = imagesPerSet[1].size();
    for (const auto& sets : perBox) {
        for (const DatasetSplit::Set s : sets)
            (s == DatasetSplit::Set::Train ? result.trainBoxes : result.testBoxes) += 1;
    }
    switch (m_options.format) {
    case ExportOptions::Format::Coco:
        if (!QDir(folder).mkpath(QStringLiteral("annotations")))
            return tr("%1: cannot create folders").arg(folder);
        for (int s = 0; s < kSets; ++s) {
            if (imagesPerSet[s].isEmpty())
                continue;
            const QString file = folder + QStringLiteral("/annotations/instances_") +
                                 DatasetSplit::setName(DatasetSplit::Set(s)) +
                                 QStringLiteral(".json");
            const QString error =
                CocoJsonWriter::write(snapshot, imagesPerSet[s], ids, m_options, file, ctx);
            if (!error.isEmpty() || ctx.cancelled())
                return error;
        }
        return {};
    case ExportOptions::Format::Yolo:
        return YoloWriter::write(snapshot, imagesPerSet, ids, m_options, folder, ctx);
    case ExportOptions::Format::Voc:
        return VocWriter::write(snapshot, imagesPerSet, m_options, folder, ctx);
    case ExportOptions::Format::Rp2k: {
        const Rp2kCropWriter::Result crops =
            Rp2kCropWriter::write(snapshot, perBox, m_options, folder, ctx);
        result.skippedBoxes = crops.skipped;
        return crops.error;
    }
    case ExportOptions::Format::Sku110k:
        break;
    }
    return tr("unknown export format");
}

} // namespace shelf
