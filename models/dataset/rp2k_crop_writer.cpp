#include "rp2k_crop_writer.h"

#include "csv_writer.h"
#include "dataset_snapshot.h"
#include "export_context.h"
#include "image_decoder.h"
#include "number_format.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <vector>

namespace shelf {
namespace {

QString cropPath(const DatasetSnapshot& snapshot, int image, int box,
                 const QList<QList<DatasetSplit::Set>>& sets, const ExportOptions& options)
{
    const DatasetImage& di = snapshot.images[image];
    const Annotation& a = di.boxes[box];
    return DatasetSplit::setName(sets[image][box]) + QLatin1Char('/') +
           Rp2kCropWriter::folderName(DatasetSnapshot::classOf(a, options.classBy)) +
           QLatin1Char('/') + snapshot.names->stem(di.record.id) + QLatin1Char('_') +
           QString::number(a.id) +
           (options.cropsAsPng ? QStringLiteral(".png") : QStringLiteral(".jpg"));
}

} // namespace

QRect Rp2kCropWriter::cropRect(const Box& box, int width, int height)
{
    const double left = std::max(0.0, std::floor(box.x1));
    const double top = std::max(0.0, std::floor(box.y1));
    const double right = std::min(double(width), std::ceil(box.x2));
    const double bottom = std::min(double(height), std::ceil(box.y2));
    if (!(right > left && bottom > top))
        return {};
    return QRect(int(left), int(top), int(right - left), int(bottom - top));
}

QString Rp2kCropWriter::folderName(const QString& className)
{
    QString name = className;
    for (QChar& c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') &&
            c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    if (!name.isEmpty() && QStringLiteral(".-+=@").contains(name.front()))
        name.front() = QLatin1Char('_');
    return name.isEmpty() ? QStringLiteral("_") : name;
}

Rp2kCropWriter::Result Rp2kCropWriter::write(const DatasetSnapshot& snapshot,
                                             const QList<QList<DatasetSplit::Set>>& sets,
                                             const ExportOptions& options, const QString& folder,
                                             ExportContext& ctx)
{
    Result result;
    const QDir root(folder);
    // Folders first, on this thread, so that the workers only write files.
    QSet<QString> folders;
    QList<int> work;
    // Which boxes got a crop; workers write only their own image's row.
    std::vector<std::vector<char>> cropped(snapshot.images.size());
    for (int i = 0; i < snapshot.images.size(); ++i) {
        if (snapshot.images[i].boxes.isEmpty()) {
            ctx.step(); // nothing to crop: done already
            continue;
        }
        work.append(i);
        cropped[i].assign(snapshot.images[i].boxes.size(), 0);
        for (int j = 0; j < snapshot.images[i].boxes.size(); ++j) {
            const QString path = cropPath(snapshot, i, j, sets, options);
            folders.insert(path.left(path.lastIndexOf(QLatin1Char('/'))));
        }
    }
    for (const QString& f : folders) {
        if (!root.mkpath(f)) {
            result.error = tr("%1: cannot create folders").arg(root.filePath(f));
            return result;
        }
    }
    QMutex mutex;
    QString firstError;
    std::atomic_bool failed{false};
    std::atomic<qint64> skipped{0}, crops{0};
    const char* format = options.cropsAsPng ? "PNG" : "JPEG";
    const int quality = options.cropsAsPng ? -1 : options.jpegQuality;
    auto cropImage = [&](int i) {
        if (ctx.cancelled() || failed)
            return;
        const DatasetImage& image = snapshot.images[i];
        const ImageDecoder::Result decoded = ImageDecoder::decode(image.absolutePath);
        QString error = decoded.error;
        for (int j = 0; error.isEmpty() && j < image.boxes.size(); ++j) {
            const QRect rect =
                cropRect(image.boxes[j].box, decoded.image.width(), decoded.image.height());
            if (rect.isEmpty()) {
                ++skipped;
                continue;
            }
            // Plain strings: a QDir is reentrant, not thread-safe.
            const QString path =
                folder + QLatin1Char('/') + cropPath(snapshot, i, j, sets, options);
            if (!decoded.image.copy(rect).save(path, format, quality)) {
                error = tr("%1: cannot write the crop").arg(path);
            } else {
                cropped[i][j] = 1;
                ++crops;
            }
        }
        if (!error.isEmpty()) {
            failed = true;
            const QMutexLocker lock(&mutex);
            if (firstError.isEmpty())
                firstError = error;
        }
        ctx.step();
    };
    // A pool of our own: every core crops even when run() itself occupies a thread of the
    // global pool (a dialog's QtConcurrent::run).
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    QFuture<void> future = QtConcurrent::map(&pool, work, cropImage);
    while (!future.isFinished()) {
        ctx.report(); // progress on this thread only
        QThread::msleep(50);
    }
    future.waitForFinished();
    ctx.report();
    result.crops = crops;
    result.skipped = skipped;
    if (!firstError.isEmpty()) {
        result.error = firstError;
        return result;
    }
    if (ctx.cancelled())
        return result;

    const QString csvPath = root.filePath(QStringLiteral("annotations.csv"));
    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("%1: cannot write (%2)").arg(csvPath, file.errorString());
        return result;
    }
    CsvWriter csv(&file);
    for (const char* h : {"crop_file", "source_image", "x1", "y1", "x2", "y2", "sku_id", "name",
                          "brand", "type", "shape", "size", "flavor", "shelf_type", "store_id"})
        csv.addField(h);
    csv.endRow();
    csv.setNeutralizeFormulas(true);
    for (const int i : work) {
        const DatasetImage& image = snapshot.images[i];
        for (int j = 0; j < image.boxes.size(); ++j) {
            const Annotation& a = image.boxes[j];
            if (!cropped[i][j])
                continue;
            csv.addField(cropPath(snapshot, i, j, sets, options))
                .addField(image.record.relativePath);
            csv.addField(a.box.x1).addField(a.box.y1).addField(a.box.x2).addField(a.box.y2);
            csv.addField(a.skuId).addField(a.productName).addField(a.brand);
            csv.addField(productTypeKey(a.productType)).addField(shapeKey(a.shape));
            csv.addField(a.size).addField(a.flavor);
            csv.addField(image.record.shelfType).addField(image.record.storeId);
            csv.endRow();
        }
    }
    if (!csv.flush())
        result.error = tr("%1: %2").arg(csvPath, csv.errorString());
    return result;
}

} // namespace shelf
