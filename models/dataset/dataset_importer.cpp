#include "dataset_importer.h"

#include "coco_json_reader.h"
#include "dataset_names.h"
#include "export_options.h"
#include "image_name_index.h"
#include "log.h"
#include "project_store.h"
#include "sku110k_csv.h"
#include "store_error.h"
#include "yolo_reader.h"

#include <QSet>

namespace shelf {
namespace {

constexpr double kEdgeSlack = 1e-6; // px: rounding of normalised coordinates, not an overshoot

// Stores the boxes in one transaction; fills imported/images or error.
void store(ProjectStore& project, QList<Annotation>& boxes, const QString& source,
           DatasetImporter::Report& report)
{
    try {
        ProjectStore::Transaction tx(project);
        project.insertAnnotations(boxes);
        tx.commit();
    } catch (const StoreError& e) {
        report.error = CsvDiagnostic{source, 0, 0, e.message()};
        return;
    }
    QSet<qint64> images;
    for (const Annotation& a : boxes)
        images.insert(a.imageId);
    report.imported = boxes.size();
    report.images = images.size();
    moduleLogger("core")->info("imported {} boxes on {} images from {}", report.imported,
                               report.images, source.toStdString());
}

} // namespace

void DatasetImporter::applyClassName(const QString& className, Annotation& a)
{
    if (const auto shape = shapeFromKey(className); shape && *shape != Shape::None)
        a.shape = *shape;
    else if (className != ExportOptions::kObjectClass &&
             className != ExportOptions::kUnlabelledClass)
        a.skuId = className;
}

DatasetImporter::Report DatasetImporter::importCoco(ProjectStore& project, const QString& file,
                                                    const QString& layer)
{
    Report report;
    const CocoJsonReader::Result read = CocoJsonReader::read(file);
    report.warnings = read.warnings;
    if (!read.ok()) {
        report.error = read.error;
        return report;
    }
    const ImageNameIndex index(project.images());
    QHash<qint64, qint64> imageIds; // file's id -> project id
    for (qsizetype i = 0; i < read.images.size(); ++i) {
        const CocoJsonReader::Image& image = read.images[i];
        const ImageRecord* record = index.find(Sku110kCsv::normalizedImagePath(image.fileName));
        if (!record) {
            report.error = CsvDiagnostic{
                file, image.line, image.column,
                tr("images[%1].file_name: image '%2' is not in the project (nor is a unique image "
                   "of that file name)")
                    .arg(i)
                    .arg(image.fileName)};
            return report;
        }
        if (record->width != image.width || record->height != image.height)
            report.warnings << CsvDiagnostic{
                file, image.line, image.column,
                tr("images[%1]: size %2 x %3 differs from the image's %4 x %5")
                    .arg(i)
                    .arg(image.width)
                    .arg(image.height)
                    .arg(record->width)
                    .arg(record->height)};
        imageIds.insert(image.id, record->id);
    }
    QList<Annotation> boxes;
    boxes.reserve(read.objects.size());
    for (const CocoJsonReader::Object& object : read.objects) {
        Annotation a = object.annotation;
        a.imageId = imageIds.value(object.imageId);
        a.layer = layer;
        if (!object.hasLabels)
            applyClassName(object.category, a);
        boxes.append(std::move(a));
    }
    store(project, boxes, file, report);
    return report;
}

DatasetImporter::Report DatasetImporter::importYolo(ProjectStore& project, const QString& folder,
                                                    const QString& layer)
{
    Report report;
    const YoloReader::Result read = YoloReader::read(folder);
    if (!read.ok()) {
        report.error = read.error;
        return report;
    }
    const QList<ImageRecord> images = project.images();
    const DatasetNames names(images);
    QHash<qint64, const ImageRecord*> byId;
    for (const ImageRecord& image : images)
        byId.insert(image.id, &image);
    QList<Annotation> boxes;
    boxes.reserve(read.labels.size());
    qint64 clamped = 0;
    for (const YoloReader::Label& label : read.labels) {
        const ImageRecord* image = byId.value(names.findStem(label.stem));
        if (!image) {
            report.error = CsvDiagnostic{
                label.file, label.line, 1,
                tr("no image of the project matches the label file '%1' (by exported name or "
                   "unique file name)")
                    .arg(label.stem)};
            return report;
        }
        const double w = image->width, h = image->height;
        Box box{(label.cx - label.w / 2) * w, (label.cy - label.h / 2) * h,
                (label.cx + label.w / 2) * w, (label.cy + label.h / 2) * h};
        const Box raw = box;
        box.x1 = std::max(0.0, box.x1);
        box.y1 = std::max(0.0, box.y1);
        box.x2 = std::min(w, box.x2);
        box.y2 = std::min(h, box.y2);
        if (!box.isValid()) {
            report.warnings << CsvDiagnostic{label.file, label.line, 1,
                                             tr("the box is outside its image; skipped")};
            continue;
        }
        if (raw.x1 < -kEdgeSlack || raw.y1 < -kEdgeSlack || raw.x2 > w + kEdgeSlack ||
            raw.y2 > h + kEdgeSlack)
            ++clamped;
        Annotation a;
        a.imageId = image->id;
        a.layer = layer;
        a.box = box;
        if (label.confidence >= 0) {
            a.state = ReviewState::Proposed;
            a.origin = Origin::Model;
            a.confidence = label.confidence;
        }
        applyClassName(read.classNames[label.classId], a);
        boxes.append(std::move(a));
    }
    if (clamped > 0)
        report.warnings << CsvDiagnostic{
            folder, 0, 0,
            tr("%n box(es) reaching past their image were clamped to its edge", nullptr,
               int(clamped))};
    store(project, boxes, folder, report);
    return report;
}

} // namespace shelf
