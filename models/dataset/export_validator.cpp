#include "export_validator.h"

#include "box_warnings.h"
#include "dataset_snapshot.h"

namespace shelf {
namespace {

bool outsideImage(const Box& b, const ImageRecord& image)
{
    return b.x1 < 0 || b.y1 < 0 || b.x2 > image.width || b.y2 > image.height;
}

} // namespace

QStringList ValidationReport::summary() const
{
    QStringList lines;
    if (tooSmall > 0)
        lines << ExportValidator::tr("%n box(es) smaller than 80 x 80 px", nullptr, tooSmall);
    if (outside > 0)
        lines << ExportValidator::tr("%n box(es) reaching outside the image", nullptr, outside);
    if (nearDuplicates > 0)
        lines << ExportValidator::tr("%n pair(s) of near-duplicate boxes", nullptr, nearDuplicates);
    if (unlabelled > 0 && classBy == ExportOptions::ClassBy::Object)
        lines << ExportValidator::tr("%n box(es) with neither a shape nor an SKU id", nullptr,
                                     unlabelled);
    else if (unlabelled > 0)
        lines << ExportValidator::tr("%n box(es) without the chosen class (exported as "
                                     "\"unlabelled\")",
                                     nullptr, unlabelled);
    if (imagesNotDone > 0)
        lines << ExportValidator::tr("%n image(s) not marked done", nullptr, imagesNotDone);
    return lines;
}

ValidationReport ExportValidator::validate(const DatasetSnapshot& snapshot,
                                           const ExportOptions& options)
{
    ValidationReport report;
    report.classBy = options.classBy;
    WarningRules rules;
    rules.checkLabels = false; // the class rule depends on ExportOptions::classBy, below
    auto add = [&](ValidationIssue issue) {
        if (report.issues.size() < ValidationReport::kMaxIssues)
            report.issues.append(std::move(issue));
    };
    for (const DatasetImage& image : snapshot.images) {
        ++report.images;
        report.boxes += image.boxes.size();
        const qint64 imageId = image.record.id;
        if (image.record.status != ImageStatus::Done) {
            ++report.imagesNotDone;
            add({ValidationIssue::Kind::NotDone, imageId, image.exportName, 0, 0,
                 tr("%1: not marked done").arg(image.exportName)});
        }
        for (const BoxWarning& w : findWarnings(image.boxes, rules)) {
            if (w.kind == WarningKind::TooSmall) {
                ++report.tooSmall;
                add({ValidationIssue::Kind::TooSmall, imageId, image.exportName, w.annotationId, 0,
                     tr("%1: box %2 is %3 x %4 px, under 80 x 80")
                         .arg(image.exportName)
                         .arg(w.annotationId)
                         .arg(w.size.width(), 0, 'g', 6)
                         .arg(w.size.height(), 0, 'g', 6)});
            } else if (w.kind == WarningKind::NearDuplicate) {
                ++report.nearDuplicates;
                add({ValidationIssue::Kind::NearDuplicate, imageId, image.exportName,
                     w.annotationId, w.otherId,
                     tr("%1: boxes %2 and %3 overlap (IoU %4)")
                         .arg(image.exportName)
                         .arg(w.annotationId)
                         .arg(w.otherId)
                         .arg(w.value, 0, 'f', 2)});
            }
        }
        for (const Annotation& a : image.boxes) {
            if (outsideImage(a.box, image.record)) {
                ++report.outside;
                add({ValidationIssue::Kind::Outside, imageId, image.exportName, a.id, 0,
                     tr("%1: box %2 reaches outside the %3 x %4 image")
                         .arg(image.exportName)
                         .arg(a.id)
                         .arg(image.record.width)
                         .arg(image.record.height)});
            }
            if (!DatasetSnapshot::isLabelled(a, options.classBy)) {
                ++report.unlabelled;
                add({ValidationIssue::Kind::Unlabelled, imageId, image.exportName, a.id, 0,
                     tr("%1: box %2 has no %3 label")
                         .arg(image.exportName)
                         .arg(a.id)
                         .arg(ExportOptions::classByKey(options.classBy))});
            }
        }
    }
    return report;
}

} // namespace shelf
