#include "exif_jpeg.h"
#include "image_cache.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

class TestImageCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_paths;

private Q_SLOTS:
    void initTestCase()
    {
        for (int i = 0; i < 4; ++i) {
            QImage img(800, 600, QImage::Format_RGB32); // about 1.9 MB decoded
            img.fill(QColor(10 * i, 100, 200));
            m_paths << m_dir.filePath(QStringLiteral("i%1.png").arg(i));
            QVERIFY(img.save(m_paths.last()));
        }
    }

    void decodesInTheBackgroundOnceAndKeepsWithinBudget()
    {
        ImageCache cache(5 << 20); // room for two full images
        QSignalSpy ready(&cache, &ImageCache::ready);
        QSignalSpy tiles(&cache, &ImageCache::tileReady); // PNGs come in one piece
        QVERIFY(cache.cached(m_paths[0]).image.isNull());
        cache.request(m_paths[0]);
        cache.request(m_paths[0]); // already queued: nothing more
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QCOMPARE(cache.cached(m_paths[0]).image.size(), QSize(800, 600));
        for (int i = 1; i < 4; ++i)
            cache.request(m_paths[i]);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 4, 20000);
        QVERIFY(cache.usedBytes() <= cache.budgetBytes());
        QVERIFY(!cache.cached(m_paths[3]).image.isNull());
        QVERIFY(cache.cached(m_paths[0]).image.isNull()); // evicted
        cache.request(m_paths[1], 100);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 5, 20000);
        QCOMPARE(cache.cached(m_paths[1], 100).image.width(), 100);
        QCOMPARE(tiles.count(), 0);
    }

    void fullDetailStreamsInBandsBeforeTheWholeImage()
    {
        // A JPEG with EXIF orientation 6, as phones save shelf photos: bands arrive upright.
        QImage img(640, 480, QImage::Format_RGB32);
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                img.setPixel(x, y, qRgb(x * 255 / 640, y * 255 / 480, 90));
        const QString path = m_dir.filePath(QStringLiteral("turned.jpg"));
        QVERIFY(test::writeOrientedJpeg(img, path, 6));
        ImageCache cache(64 << 20, 2);
        QList<QRect> rects;
        bool readyBeforeLastTile = false;
        int readyCount = 0;
        connect(&cache, &ImageCache::tileReady, this,
                [&](const QString& p, const QImage& tile, const QRect& rect) {
                    QCOMPARE(p, path);
                    QCOMPARE(tile.size(), rect.size());
                    readyBeforeLastTile = readyBeforeLastTile || readyCount > 0;
                    rects << rect;
                });
        connect(&cache, &ImageCache::ready, this, [&] { ++readyCount; });
        cache.request(path);
        QTRY_COMPARE_WITH_TIMEOUT(readyCount, 1, 20000);
        QCOMPARE(rects.size(), ImageCache::kBands);
        QVERIFY(!readyBeforeLastTile);
        qint64 area = 0;
        for (const QRect& r : rects)
            area += qint64(r.width()) * r.height();
        QCOMPARE(area, qint64(480) * 640); // the bands tile the upright 480 x 640 image
        const QImage assembled = cache.cached(path).image;
        const QImage whole = ImageDecoder::decode(path).image;
        QCOMPARE(assembled.size(), QSize(480, 640));
        int worst = 0;
        for (int y = 0; y < whole.height(); y += 7)
            for (int x = 0; x < whole.width(); x += 7) {
                const QRgb a = assembled.pixel(x, y), b = whole.pixel(x, y);
                worst = std::max({worst, std::abs(qRed(a) - qRed(b)),
                                  std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
            }
        QVERIFY2(worst <= 2, qPrintable(QString::number(worst)));
    }

    void clearForgetsAndAllowsNewRequests()
    {
        ImageCache cache(64 << 20);
        QSignalSpy ready(&cache, &ImageCache::ready);
        for (const QString& p : m_paths)
            cache.request(p);
        cache.clear();
        cache.request(m_paths[2]);
        QTRY_VERIFY_WITH_TIMEOUT(!cache.cached(m_paths[2]).image.isNull(), 20000);
    }

    void destroyingWithQueuedWorkReturns()
    {
        auto cache = std::make_unique<ImageCache>(64 << 20);
        for (const QString& p : m_paths)
            cache->request(p);
        cache.reset(); // must neither hang nor call back
        QVERIFY(!cache);
    }

    void unreadableFileGivesNoImage()
    {
        ImageCache cache(64 << 20);
        QSignalSpy ready(&cache, &ImageCache::ready);
        cache.request(m_dir.filePath(QStringLiteral("missing.png")));
        QTest::qWait(300);
        QCOMPARE(ready.count(), 0);
    }
};

QTEST_MAIN(TestImageCache)
#include "test_image_cache.moc"
