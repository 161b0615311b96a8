#include "sku110k_import.h"

#include "csv_reader.h"
#include "image_name_index.h"
#include "log.h"
#include "project_store.h"
#include "store_error.h"

#include <QFileInfo>
#include <QSet>

#include <optional>

namespace shelf {
namespace {

constexpr qsizetype kBatchRows = 20000;
constexpr qint64 kBulkBytes = 8 << 20; // about 150 000 rows

std::optional<CsvDiagnostic> unknownImage(const QString& file, qint64 line, const QString& name)
{
    return CsvDiagnostic{file, line, 1,
                         Sku110kImport::tr("image '%1' is not in the project (nor is a unique "
                                           "image of that file name)")
                             .arg(name)};
}

// Files list the boxes of one image together: looking the image up once per run of rows keeps
// a hash lookup and a path copy off the per-row path.
class CachedLookup
{
public:
    explicit CachedLookup(const ImageNameIndex& index) : m_index(index) {}
    const ImageRecord* find(const QString& name, bool& fresh)
    {
        fresh = m_image == nullptr || name != m_name;
        if (fresh) {
            m_name = name;
            m_image = m_index.find(Sku110kCsv::normalizedImagePath(name));
        }
        return m_image;
    }

private:
    const ImageNameIndex& m_index;
    QString m_name;
    const ImageRecord* m_image = nullptr;
};

// Streams the rows of one file into the store inside one transaction. `toAnnotation` turns a row
// into a box, or returns false with report.error set to stop. Rows go in batches so that memory
// stays flat; an error anywhere rolls the whole file back.
template <typename Row, typename Read, typename Convert>
Sku110kImport::Report streamInto(ProjectStore& store, const QString& file, Read read,
                                 Convert toAnnotation)
{
    Sku110kImport::Report report;
    QList<Annotation> batch;
    QSet<qint64> images;
    try {
        ProjectStore::Transaction tx(store);
        // Large files go in faster with the box index built once at the end.
        std::optional<ProjectStore::BulkInsert> bulk;
        if (QFileInfo(file).size() > kBulkBytes)
            bulk.emplace(store);
        CsvReader csv(file);
        report.read = read(csv, [&](const Row& row) {
            Annotation a;
            if (!toAnnotation(row, a, report))
                return false;
            if (images.isEmpty() || a.imageId != batch.value(batch.size() - 1).imageId)
                images.insert(a.imageId);
            batch << std::move(a);
            if (batch.size() >= kBatchRows) {
                store.insertAnnotations(batch);
                report.imported += batch.size();
                batch.clear();
            }
            return true;
        });
        report.warnings = report.read.warnings + report.warnings;
        if (!report.error && report.read.error)
            report.error = report.read.error;
        if (report.error)
            return report; // the transaction rolls back
        store.insertAnnotations(batch);
        report.imported += batch.size();
        if (bulk)
            bulk->finish();
        tx.commit();
    } catch (const StoreError& e) {
        report.error = CsvDiagnostic{file, 0, 0, e.message()};
        report.imported = 0;
        return report;
    }
    report.images = images.size();
    moduleLogger("core")->info("imported {} boxes on {} images from {}", report.imported,
                               report.images, file.toStdString());
    return report;
}

} // namespace

Sku110kImport::Report Sku110kImport::importAnnotations(ProjectStore& project, const QString& file,
                                                       const QString& layer)
{
    const ImageNameIndex index(project.images());
    QSet<qint64> sizeChecked;
    CachedLookup lookup(index);
    auto convert = [&](const Sku110kCsv::AnnotationRow& row, Annotation& a, Report& report) {
        bool fresh = false;
        const ImageRecord* image = lookup.find(row.imageName, fresh);
        if (!image) {
            report.error = unknownImage(file, row.line, row.imageName);
            return false;
        }
        if (fresh && !sizeChecked.contains(image->id)) {
            sizeChecked.insert(image->id);
            if (auto w = Sku110kCsv::checkImageSize(row, image->width, image->height, file))
                report.warnings << *w;
        }
        a.imageId = image->id;
        a.layer = layer;
        a.box = row.box;
        a.state = ReviewState::Accepted;
        a.origin = Origin::Human;
        if (const auto shape = shapeFromKey(row.className); shape && *shape != Shape::None)
            a.shape = *shape;
        else if (row.className != QLatin1String("object"))
            a.skuId = row.className;
        return true;
    };
    return streamInto<Sku110kCsv::AnnotationRow>(
        project, file,
        [](CsvReader& csv, const Sku110kCsv::AnnotationSink& sink) {
            return Sku110kCsv::readAnnotations(csv, sink);
        },
        convert);
}

Sku110kImport::Report Sku110kImport::importResults(ProjectStore& project, const QString& file,
                                                   const QString& layer)
{
    const ImageNameIndex index(project.images());
    CachedLookup lookup(index);
    auto convert = [&](const Sku110kCsv::ResultRow& row, Annotation& a, Report& report) {
        bool fresh = false;
        const ImageRecord* image = lookup.find(row.imageName, fresh);
        if (!image) {
            report.error = unknownImage(file, row.line, row.imageName);
            return false;
        }
        a.imageId = image->id;
        a.layer = layer;
        a.box = row.box;
        a.state = ReviewState::Proposed;
        a.origin = Origin::Model;
        a.confidence = row.confidence;
        a.hardScore = row.hardScore;
        return true;
    };
    return streamInto<Sku110kCsv::ResultRow>(
        project, file,
        [](CsvReader& csv, const Sku110kCsv::ResultSink& sink) {
            return Sku110kCsv::readResults(csv, sink);
        },
        convert);
}

} // namespace shelf
