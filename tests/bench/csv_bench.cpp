// Benchmark, not a test: prints figures and never fails on them. Generates a SKU-110K annotations
// file of the training set's size (1.2M rows; --rows N to change) in a temporary folder and times
// writing and parsing it, printing the peak resident memory (VmHWM) after each phase. Phases run
// from the leanest to the hungriest, as the peak only grows.
//
//   csv_bench [--rows N] [--repeat N]

#include "csv_reader.h"
#include "csv_writer.h"
#include "sku110k_csv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace shelf;

namespace {

qint64 procStatusKiB(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Runs `phase` `repeat` times and prints the best and worst wall time with the peak memory.
void measure(const char* name, int repeat, qint64 rows, const std::function<void()>& phase)
{
    std::vector<double> seconds;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        phase();
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    const auto [best, worst] = std::minmax_element(seconds.begin(), seconds.end());
    std::printf("%-44s best %6.3f s  worst %6.3f s  %5.2f M rows/s  VmHWM %7.1f MiB\n", name, *best,
                *worst, double(rows) / *best / 1e6, double(procStatusKiB("VmHWM")) / 1024);
    std::fflush(stdout);
}

// Rows shaped like SKU-110K's training set: ~146 boxes per image, sizes of the phone cameras
// used, names "train_N.jpg", class "object".
void generate(CsvWriter& csv, qint64 rows)
{
    QRandomGenerator random(110);
    Sku110kCsv::AnnotationRow row;
    row.className = QStringLiteral("object");
    int image = -1;
    for (qint64 i = 0; i < rows; ++i) {
        if (i % 146 == 0) {
            ++image;
            row.imageName = QStringLiteral("train_%1.jpg").arg(image);
            const bool portrait = random.bounded(4) != 0;
            row.imageWidth = portrait ? 2448 : 3264;
            row.imageHeight = portrait ? 3264 : 2448;
        }
        const int w = int(random.bounded(40, 400));
        const int h = int(random.bounded(60, 500));
        row.box.x1 = random.bounded(row.imageWidth - w);
        row.box.y1 = random.bounded(row.imageHeight - h);
        row.box.x2 = row.box.x1 + w;
        row.box.y2 = row.box.y1 + h;
        Sku110kCsv::writeAnnotation(csv, row);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1'200'000;
    int repeat = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--repeat"))
            repeat = std::max(1, args[i + 1].toInt());
    }
    spdlog::set_level(spdlog::level::warn); // one log line per parse would clutter the table

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder\n");
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("annotations_train.csv"));
    const QString copyPath = dir.filePath(QStringLiteral("written_again.csv"));
    std::printf("SKU-110K annotations CSV benchmark: %lld rows, best and worst of %d runs\n",
                static_cast<long long>(rows), repeat);
    std::printf("start                                        VmHWM %7.1f MiB\n",
                double(procStatusKiB("VmHWM")) / 1024);

    measure("write, rows generated on the fly", repeat, rows, [&] {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        CsvWriter csv(&file);
        generate(csv, rows);
        csv.flush();
    });
    const qint64 bytes = QFileInfo(path).size();
    std::printf("file size %.1f MiB (read from the page cache below)\n", double(bytes) / 1048576);

    measure("CsvReader only: split rows and fields", repeat, rows, [&] {
        CsvReader csv(path);
        CsvRow row;
        qint64 n = 0;
        while (csv.next(row))
            n += row.size();
        if (csv.hasError() || n != rows * 8)
            std::printf("unexpected: %lld fields\n", static_cast<long long>(n));
    });

    measure("parse, streaming (sink counts rows)", repeat, rows, [&] {
        CsvReader csv(path);
        double checksum = 0;
        const Sku110kCsv::ReadReport report =
            Sku110kCsv::readAnnotations(csv, [&](const Sku110kCsv::AnnotationRow& row) {
                checksum += row.box.x2;
                return true;
            });
        if (!report.ok() || report.rows != rows)
            std::printf("unexpected: %lld rows\n", static_cast<long long>(report.rows));
    });

    QList<Sku110kCsv::AnnotationRow> all;
    measure("parse into a QList<AnnotationRow>", repeat, rows, [&] {
        all = {};
        const Sku110kCsv::ReadReport report = Sku110kCsv::readAnnotations(path, all);
        if (!report.ok() || all.size() != rows)
            std::printf("unexpected: %lld rows\n", static_cast<long long>(all.size()));
    });

    measure("write the QList (export)", repeat, rows, [&] {
        QFile file(copyPath);
        file.open(QIODevice::WriteOnly);
        Sku110kCsv::writeAnnotations(&file, all);
    });

    QFile a(path);
    QFile b(copyPath);
    a.open(QIODevice::ReadOnly);
    b.open(QIODevice::ReadOnly);
    std::printf("parse -> write round trip byte-identical: %s\n",
                a.readAll() == b.readAll() ? "yes" : "NO");
    return 0;
}
