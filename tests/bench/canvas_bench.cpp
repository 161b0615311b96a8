// Benchmark: the canvas with 1000 product boxes over a 12 MP shelf photo, in a 1600x1000 view,
// measured the way docs/canvas-performance.md measured the peers. Prints figures; asserts nothing.
#include "box_index.h"
#include "image_cache.h"
#include "image_canvas.h"
#include "image_decoder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace shelf;

namespace {

// Median of `runs` timings of `fn`, in milliseconds.
template <typename Fn> double medianMs(int runs, Fn fn)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        t.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

QList<Annotation> shelfBoxes(int count, QSize image)
{
    QList<Annotation> out;
    QRandomGenerator rng(3);
    const int rows = 10, perRow = (count + rows - 1) / rows;
    const double rowH = double(image.height()) / rows, colW = double(image.width()) / perRow;
    for (int i = 0; i < count; ++i) {
        Annotation a;
        a.id = i + 1;
        const int r = i / perRow, c = i % perRow;
        a.box = {c * colW + 2, r * rowH + rowH * 0.3, (c + 1) * colW - 2, (r + 1) * rowH - 4};
        a.state = ReviewState(rng.bounded(3));
        a.origin = rng.bounded(4) == 0 ? Origin::Human : Origin::Model;
        a.shape = Shape(rng.bounded(8));
        out << a;
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QSize full(3024, 4032);
    QImage photo(full, QImage::Format_RGB32);
    QRandomGenerator rng(1);
    for (int y = 0; y < full.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(photo.scanLine(y));
        for (int x = 0; x < full.width(); ++x)
            line[x] = qRgb((x / 7 + y) & 255, (y / 3) & 255, (x ^ y) & 255);
    }
    const QString path = dir.filePath(QStringLiteral("shelf.jpg"));
    photo.save(path, "JPEG", 90);

    ImageCanvas canvas;
    canvas.resize(1600, 1000);
    QImage target(canvas.size(), QImage::Format_RGB32);
    auto paint = [&] {
        QPainter p(&target);
        canvas.render(&p);
    };

    QElapsedTimer load;
    load.start();
    const ImageDecoder::Result preview = ImageDecoder::decodePreview(path, 1600);
    canvas.setImage(preview.image, preview.fullSize);
    const QList<Annotation> boxes = shelfBoxes(1000, full);
    canvas.setAnnotations(boxes);
    paint();
    const double firstPaint = load.nsecsElapsed() / 1e6;
    QElapsedTimer wholeTimer;
    wholeTimer.start();
    const ImageDecoder::Result whole = ImageDecoder::decode(path);
    const double wholeMs = wholeTimer.nsecsElapsed() / 1e6;

    QElapsedTimer bandTimer;
    bandTimer.start();
    ImageDecoder::decodeBand(path, 0, ImageCache::kBands);
    const double topBand = bandTimer.nsecsElapsed() / 1e6;
    bandTimer.restart();
    ImageDecoder::decodeBand(path, ImageCache::kBands - 1, ImageCache::kBands);
    const double bottomBand = bandTimer.nsecsElapsed() / 1e6;

    // Full detail as the window gets it: bands on the image cache's two threads.
    double firstBand = 0, allBands = 0;
    {
        ImageCache cache(256 << 20, 2);
        QElapsedTimer bands;
        QEventLoop loop;
        QObject::connect(&cache, &ImageCache::tileReady, &loop, [&] {
            if (firstBand == 0)
                firstBand = bands.nsecsElapsed() / 1e6;
        });
        QObject::connect(&cache, &ImageCache::ready, &loop, [&] {
            allBands = bands.nsecsElapsed() / 1e6;
            loop.quit();
        });
        bands.start();
        cache.request(path);
        loop.exec();
    }
    canvas.setImage(whole.image, whole.fullSize);

    canvas.zoomToFit();
    paint(); // the first paint at a zoom level resamples the photo once
    const double fit = medianMs(30, paint);
    canvas.setZoom(1, {800, 500});
    paint();
    const double actual = medianMs(30, paint);

    canvas.zoomToFit();
    paint();
    canvas.setSelection({boxes[500].id});
    const double select = medianMs(30, paint);

    BoxIndex index;
    QList<std::pair<qint64, Box>> entries;
    for (const Annotation& a : boxes)
        entries.append({a.id, a.box});
    index.rebuild(entries);
    int found = 0;
    const double hover =
        medianMs(
            5,
            [&] {
                for (int i = 0; i < 1000; ++i)
                    found += int(index.at({double(i * 3 % 3024), double(i * 7 % 4032)}).size());
            }) /
        1000;

    std::printf("canvas_bench: 1000 boxes over a 3024x4032 photo, 1600x1000 view\n");
    std::printf("  load + first paint (preview)   %7.2f ms  (target < 150)\n", firstPaint);
    std::printf("  full detail, one decode        %7.2f ms\n", wholeMs);
    std::printf("  one band alone: top %.2f ms, bottom %.2f ms\n", topBand, bottomBand);
    std::printf("  full detail in %d bands: first  %7.2f ms, all %.2f ms (2 threads)\n",
                ImageCache::kBands, firstBand, allBands);
    std::printf("  full repaint at fit zoom       %7.2f ms  (target < 8)\n", fit);
    std::printf("  full repaint at 100 %%          %7.2f ms  (target < 4)\n", actual);
    std::printf("  repaint with a selection       %7.2f ms\n", select);
    std::printf("  hover hit-test                 %7.4f ms  (target < 0.1; %d hits)\n", hover,
                found);
    return 0;
}
