#include "sku110k_export.h"

#include "csv_writer.h"
#include "image_name_index.h"
#include "project_store.h"
#include "sku110k_csv.h"
#include "store_error.h"

#include <QSaveFile>
#include <QSet>

namespace shelf {
namespace {

bool included(const Annotation& a, Sku110kExport::States states)
{
    // Rejected boxes are never part of a dataset; "all" adds the proposals still unreviewed.
    if (a.state == ReviewState::Rejected)
        return false;
    return states == Sku110kExport::States::All || a.state == ReviewState::Accepted;
}

template <typename WriteRows>
Sku110kExport::Report writeAtomically(const QString& file, WriteRows writeRows)
{
    Sku110kExport::Report report;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        report.error = Sku110kExport::tr("%1: cannot write (%2)").arg(file, out.errorString());
        return report;
    }
    try {
        CsvWriter csv(&out);
        writeRows(csv, report);
        if (!csv.flush()) {
            report.error = Sku110kExport::tr("%1: %2").arg(file, csv.errorString());
            return report; // QSaveFile discards the temporary file
        }
    } catch (const StoreError& e) {
        report.error = e.message();
        return report;
    }
    if (!out.commit())
        report.error = Sku110kExport::tr("%1: cannot write (%2)").arg(file, out.errorString());
    return report;
}

// Streams the included boxes of the layer in stored order with the image each belongs to.
template <typename WriteBox>
void forEachIncluded(const ProjectStore& store, const Sku110kExport::Options& options,
                     Sku110kExport::Report& report, WriteBox writeBox)
{
    const QList<ImageRecord> images = store.images();
    const ImageNameIndex names(images);
    QHash<qint64, std::pair<ImageRecord, QString>> byId;
    for (const ImageRecord& image : images)
        byId.insert(image.id, {image, names.exportName(image)});
    QSet<qint64> seen;
    store.forEachAnnotation(options.layer, [&](const Annotation& a) {
        if (!included(a, options.states))
            return true;
        const auto& [image, name] = byId[a.imageId];
        writeBox(a, image, name);
        ++report.rows;
        seen.insert(a.imageId);
        return true;
    });
    report.images = seen.size();
}

} // namespace

Sku110kExport::Report Sku110kExport::writeAnnotations(const ProjectStore& store,
                                                      const QString& file, const Options& options)
{
    return writeAtomically(file, [&](CsvWriter& csv, Report& report) {
        if (options.header)
            Sku110kCsv::writeAnnotationHeader(csv);
        Sku110kCsv::AnnotationRow row;
        row.className = QStringLiteral("object");
        forEachIncluded(store, options, report,
                        [&](const Annotation& a, const ImageRecord& image, const QString& name) {
                            row.imageName = name;
                            row.imageWidth = image.width;
                            row.imageHeight = image.height;
                            row.box = a.box;
                            Sku110kCsv::writeAnnotation(csv, row);
                        });
    });
}

Sku110kExport::Report Sku110kExport::writeResults(const ProjectStore& store, const QString& file,
                                                  const Options& options)
{
    return writeAtomically(file, [&](CsvWriter& csv, Report& report) {
        Sku110kCsv::writeResultHeader(csv);
        Sku110kCsv::ResultRow row;
        forEachIncluded(store, options, report,
                        [&](const Annotation& a, const ImageRecord&, const QString& name) {
                            row.imageName = name;
                            row.box = a.box;
                            row.confidence = a.confidence;
                            row.hardScore = a.hardScore;
                            Sku110kCsv::writeResult(csv, row);
                        });
    });
}

} // namespace shelf
