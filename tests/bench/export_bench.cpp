// Benchmark: dataset export of 3000 images x 150 boxes (an SKU-110K-sized set) to SKU-110K CSV and
// COCO JSON, and RP2K crops of real JPEG shelves on every core. Prints times; asserts nothing.
// Arguments: [images] [boxes per image] [crop images].
#include "dataset_exporter.h"
#include "dataset_snapshot.h"
#include "export_validator.h"
#include "project_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cstdio>
#include <random>

using namespace shelf;

namespace {

// A project of `images` W x H shelves, each with `perImage` labelled boxes in one transaction.
std::unique_ptr<ProjectStore> makeProject(const QString& dir, int images, int perImage, int w,
                                          int h)
{
    auto store = ProjectStore::create(dir + QStringLiteral("/p.shelf"));
    ProjectStore::Transaction tx(*store);
    ProjectStore::BulkInsert bulk(*store);
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> x(0, w - 200), y(0, h - 200), size(60, 190), sku(0, 499);
    QList<Annotation> batch;
    for (int i = 0; i < images; ++i) {
        ImageRecord image;
        image.relativePath = QStringLiteral("shelf_%1.jpg").arg(i);
        image.width = w;
        image.height = h;
        image.status = ImageStatus::Done;
        store->insertImage(image);
        for (int j = 0; j < perImage; ++j) {
            Annotation a;
            a.imageId = image.id;
            const int x1 = x(rng), y1 = y(rng);
            a.box = {double(x1), double(y1), double(x1 + size(rng)), double(y1 + size(rng))};
            a.shape = Shape(1 + j % 7);
            a.skuId = QStringLiteral("69%1").arg(sku(rng), 5, 10, QLatin1Char('0'));
            batch << a;
        }
        if (batch.size() > 20000) {
            store->insertAnnotations(batch);
            batch.clear();
        }
    }
    store->insertAnnotations(batch);
    bulk.finish();
    tx.commit();
    return store;
}

double seconds(QElapsedTimer& timer)
{
    const double s = timer.nsecsElapsed() / 1e9;
    timer.restart();
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int images = argc > 1 ? std::atoi(argv[1]) : 3000;
    const int perImage = argc > 2 ? std::atoi(argv[2]) : 150;
    const int cropImages = argc > 3 ? std::atoi(argv[3]) : 24;
    QTemporaryDir dir;
    auto store = makeProject(dir.path(), images, perImage, 2448, 3264);
    std::printf("export_bench: %d images x %d boxes\n", images, perImage);

    QElapsedTimer timer;
    timer.start();
    ExportOptions options;
    options.classBy = ExportOptions::ClassBy::Sku;
    const DatasetSnapshot snapshot = DatasetSnapshot::load(*store, options);
    const double loadS = seconds(timer);
    const ValidationReport report = ExportValidator::validate(snapshot, options);
    const double validateS = seconds(timer);
    std::printf("  read from the project %.2f s, validation %.2f s (%d small, %d near-duplicate "
                "pairs)\n",
                loadS, validateS, report.tooSmall, report.nearDuplicates);
    for (const auto format : {ExportOptions::Format::Sku110k, ExportOptions::Format::Coco}) {
        options.format = format;
        DatasetExporter exporter(options);
        const QString target = dir.filePath(ExportOptions::formatKey(format));
        timer.restart();
        const DatasetExporter::Result result = exporter.run(snapshot, target);
        const double s = seconds(timer);
        if (!result.ok()) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(result.error));
            return 1;
        }
        std::printf("  %-8s %.2f s write, %.2f s with the read (target < 2 s), %lld boxes\n",
                    qPrintable(ExportOptions::formatKey(format)), s, s + loadS, result.boxes);
    }

    // Crops: real 2448 x 3264 JPEGs (camera size), every core.
    QTemporaryDir cropDir;
    auto cropStore = makeProject(cropDir.path(), cropImages, perImage, 2448, 3264);
    QImage shelf(2448, 3264, QImage::Format_RGB32);
    shelf.fill(QColor(200, 190, 170));
    {
        QPainter p(&shelf);
        std::mt19937 rng(3);
        for (int i = 0; i < 400; ++i)
            p.fillRect(int(rng() % 2400), int(rng() % 3200), 40 + int(rng() % 150),
                       40 + int(rng() % 190), QColor::fromRgb(rng() & 0xFFFFFF));
    }
    for (int i = 0; i < cropImages; ++i)
        shelf.save(cropDir.filePath(QStringLiteral("shelf_%1.jpg").arg(i)), "JPEG", 90);
    options = {};
    options.format = ExportOptions::Format::Rp2k;
    options.classBy = ExportOptions::ClassBy::Sku;
    const DatasetSnapshot crops = DatasetSnapshot::load(*cropStore, options);
    DatasetExporter exporter(options);
    timer.restart();
    const DatasetExporter::Result result = exporter.run(crops, cropDir.filePath("rp2k"));
    const double cropS = seconds(timer);
    if (!result.ok()) {
        std::fprintf(stderr, "crop export failed: %s\n", qPrintable(result.error));
        return 1;
    }
    std::printf("  rp2k     %d images, %lld crops in %.2f s: %.1f images/s, %.0f crops/s on %d "
                "threads\n",
                cropImages, result.boxes, cropS, cropImages / cropS, result.boxes / cropS,
                QThreadPool::globalInstance()->maxThreadCount());
    return 0;
}
