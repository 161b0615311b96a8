// Benchmark: a 1.2M-row SKU-110K annotations file (the size of SKU-110K's training CSV) imported
// into a project and exported again. Prints times and peak memory; asserts nothing.
#include "project_store.h"
#include "sku110k_export.h"
#include "sku110k_import.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <random>

using namespace shelf;

namespace {

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1'200'000;
    const int perImage = 150;
    const int imageCount = (rows + perImage - 1) / perImage;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("train.csv"));
    {
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> x(0, 2300), y(0, 3100), size(40, 140);
        QByteArray buffer;
        for (int i = 0; i < rows; ++i) {
            const int x1 = x(rng), y1 = y(rng);
            buffer += "train_" + QByteArray::number(i / perImage) + ".jpg," +
                      QByteArray::number(x1) + ',' + QByteArray::number(y1) + ',' +
                      QByteArray::number(x1 + size(rng)) + ',' +
                      QByteArray::number(y1 + size(rng)) + ",object,2448,3264\n";
            if (buffer.size() > (1 << 20)) {
                f.write(buffer);
                buffer.clear();
            }
        }
        f.write(buffer);
    }
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.shelf")));
    {
        ProjectStore::Transaction tx(*store);
        for (int i = 0; i < imageCount; ++i) {
            ImageRecord image;
            image.relativePath = QStringLiteral("train_%1.jpg").arg(i);
            image.width = 2448;
            image.height = 3264;
            store->insertImage(image);
        }
        tx.commit();
    }
    QElapsedTimer timer;
    timer.start();
    const Sku110kImport::Report imported = Sku110kImport::importAnnotations(*store, csvPath);
    const double importS = timer.nsecsElapsed() / 1e9;
    if (!imported.ok()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error->toString()));
        return 1;
    }
    timer.restart();
    const QString outPath = dir.filePath(QStringLiteral("out.csv"));
    const Sku110kExport::Report exported = Sku110kExport::writeAnnotations(*store, outPath, {});
    const double exportS = timer.nsecsElapsed() / 1e9;
    QFile a(csvPath), b(outPath);
    a.open(QIODevice::ReadOnly);
    b.open(QIODevice::ReadOnly);
    const bool same = a.readAll() == b.readAll();
    std::printf("project_csv_bench: %lld rows on %d images\n", imported.imported, imageCount);
    std::printf("  import  %.2f s  (target < 3 s)\n", importS);
    std::printf("  export  %.2f s  (target < 2 s), %lld rows, round trip %s\n", exportS,
                exported.rows, same ? "identical" : "DIFFERENT");
    std::printf("  peak memory %.1f MiB\n", peakRssKiB() / 1024.0);
    return same ? 0 : 1;
}
