// Band decoding: the bands of an image, each with the EXIF orientation applied, put together
// give the image ImageDecoder::decode gives, for every orientation.
#include "exif_jpeg.h"
#include "image_decoder.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace shelf;

namespace {

QImage pattern(int w, int h)
{
    // Smooth gradients (JPEG keeps them well) with a few hard marks that make a wrong
    // orientation or a shifted band obvious.
    QImage img(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            img.setPixel(x, y, qRgb(255 * x / w, 255 * y / h, 128));
    QPainter p(&img);
    p.fillRect(QRect(4, 4, 12, 20), Qt::black);
    p.fillRect(QRect(w - 30, h - 18, 24, 12), Qt::white);
    return img;
}

int maxDifference(const QImage& a, const QImage& b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q))});
        }
    return worst;
}

} // namespace

class TestImageDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bandsMakeTheOrientedImage_data()
    {
        QTest::addColumn<int>("orientation");
        for (int o = 1; o <= 8; ++o)
            QTest::addRow("orientation %d", o) << o;
    }

    void bandsMakeTheOrientedImage()
    {
        QFETCH(int, orientation);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shelf.jpg"));
        QVERIFY(test::writeOrientedJpeg(pattern(200, 120), path, orientation));
        const ImageDecoder::Result full = ImageDecoder::decode(path);
        QVERIFY2(full.error.isEmpty(), qPrintable(full.error));
        const QSize expected = orientation >= 5 ? QSize(120, 200) : QSize(200, 120);
        QCOMPARE(full.fullSize, expected);

        constexpr int kBands = 3;
        QImage assembled(full.fullSize, QImage::Format_RGB32);
        assembled.fill(Qt::magenta);
        qint64 covered = 0;
        QRect previous;
        for (int b = 0; b < kBands; ++b) {
            const ImageDecoder::Band band = ImageDecoder::decodeBand(path, b, kBands);
            QVERIFY2(band.result.error.isEmpty(), qPrintable(band.result.error));
            QCOMPARE(band.result.fullSize, full.fullSize);
            QCOMPARE(band.result.image.size(), band.rect.size());
            QVERIFY(QRect(QPoint(), full.fullSize).contains(band.rect));
            QVERIFY(!band.rect.intersects(previous));
            previous = band.rect;
            covered += qint64(band.rect.width()) * band.rect.height();
            QPainter(&assembled).drawImage(band.rect.topLeft(), band.result.image);
        }
        QCOMPARE(covered, qint64(full.fullSize.width()) * full.fullSize.height());
        // Bands start on whole 16-row JPEG blocks, so they decode like the whole image.
        QVERIFY2(maxDifference(assembled, full.image) <= 2,
                 qPrintable(QString::number(maxDifference(assembled, full.image))));
    }

    void orientedRectsMatchQtsTransformation()
    {
        // A white block at stored block (1, 3) must land where orientedRect says Qt puts it.
        const QSize stored(7, 5);
        for (int o = 1; o <= 8; ++o) {
            QImage img(stored, QImage::Format_RGB32);
            img.fill(Qt::black);
            img.setPixel(1, 3, qRgb(255, 255, 255));
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("m.jpg"));
            QVERIFY(test::writeOrientedJpeg(img.scaled(stored * 16), path, o));
            const QImage shown = ImageDecoder::decode(path).image;
            const QRect mark = ImageDecoder::orientedRect(QRect(16, 48, 16, 16), stored * 16, o);
            QVERIFY2(qGray(shown.pixel(mark.center())) > 200, qPrintable(QString::number(o)));
        }
    }
};

QTEST_MAIN(TestImageDecoder)
#include "test_image_decoder.moc"
