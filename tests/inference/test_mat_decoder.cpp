// MatDecoder gives detection the same pixels, in the same orientation, that the UI shows, and
// refuses bad files with a message instead of crashing or exhausting memory. The image bridge
// shares pixels without copying.
#include "image_decoder.h"
#include "mat_decoder.h"
#include "mat_image_bridge.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

using namespace shelf;

namespace {

/// An APP1 segment holding only EXIF orientation `o` (big-endian TIFF).
QByteArray exifSegment(int o)
{
    QByteArray tiff("MM\x00\x2A\x00\x00\x00\x08", 8);
    tiff += QByteArray("\x00\x01", 2);                         // one IFD entry
    tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8); // Orientation, SHORT, 1 value
    tiff += char(0);
    tiff += char(o);
    tiff += QByteArray(2, 0);
    tiff += QByteArray(4, 0); // no next IFD
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    const int length = int(payload.size()) + 2;
    segment += char(length >> 8);
    segment += char(length & 0xFF);
    return segment + payload;
}

/// A 60 x 40 JPEG: grey with a red 20 x 10 block in the stored top-left corner, tagged with EXIF
/// orientation `o`.
QString writeOriented(const QString& dir, int o)
{
    QImage image(60, 40, QImage::Format_RGB32);
    image.fill(QColor(128, 128, 128));
    for (int y = 0; y < 10; ++y)
        for (int x = 0; x < 20; ++x)
            image.setPixelColor(x, y, Qt::red);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 95);
    QByteArray jpeg = buffer.data();
    jpeg.insert(2, exifSegment(o)); // right after SOI
    const QString path = dir + QStringLiteral("/oriented_%1.jpg").arg(o);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(jpeg);
    return path;
}

/// Centre of the red block in a BGR image.
QPointF redCentre(const cv::Mat& bgr)
{
    double sx = 0, sy = 0, n = 0;
    for (int y = 0; y < bgr.rows; ++y)
        for (int x = 0; x < bgr.cols; ++x) {
            const cv::Vec3b p = bgr.at<cv::Vec3b>(y, x);
            if (p[2] > 200 && p[1] < 80) {
                sx += x;
                sy += y;
                ++n;
            }
        }
    return n > 0 ? QPointF(sx / n, sy / n) : QPointF(-1, -1);
}

} // namespace

class TestMatDecoder : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void orientationMatchesTheUi_data()
    {
        QTest::addColumn<int>("orientation");
        for (int o = 1; o <= 8; ++o)
            QTest::addRow("exif %d", o) << o;
    }
    void orientationMatchesTheUi()
    {
        QFETCH(int, orientation);
        const QString path = writeOriented(m_dir.path(), orientation);
        const MatDecoder::Result mat = MatDecoder::decode(path);
        QVERIFY2(mat.error.isEmpty(), qPrintable(mat.error));
        // OpenCV applied the orientation itself, the same way Qt does.
        QVERIFY(!mat.usedQtFallback);
        const ImageDecoder::Result qt = ImageDecoder::decode(path);
        QCOMPARE(QSize(mat.image.cols, mat.image.rows), qt.fullSize);
        QCOMPARE(MatDecoder::readHeader(path).size, qt.fullSize);
        QCOMPARE(MatDecoder::readHeader(path).orientation, orientation);
        const QSize expected = orientation >= 5 ? QSize(40, 60) : QSize(60, 40);
        QCOMPARE(qt.fullSize, expected);
        const QPointF a = redCentre(mat.image);
        const QPointF b = redCentre(imagebridge::toBgr(qt.image));
        QVERIFY(a.x() >= 0);
        QVERIFY2(std::abs(a.x() - b.x()) < 1 && std::abs(a.y() - b.y()) < 1,
                 qPrintable(QStringLiteral("OpenCV (%1, %2), Qt (%3, %4)")
                                .arg(a.x())
                                .arg(a.y())
                                .arg(b.x())
                                .arg(b.y())));
    }

    void pngKeepsExactPixels()
    {
        QImage image(7, 5, QImage::Format_RGB32);
        for (int y = 0; y < 5; ++y)
            for (int x = 0; x < 7; ++x)
                image.setPixel(x, y, qRgb(x * 30, y * 40, 200));
        const QString path = m_dir.filePath(QStringLiteral("exact.png"));
        QVERIFY(image.save(path));
        const MatDecoder::Result r = MatDecoder::decode(path);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.image.type(), CV_8UC3);
        QCOMPARE(r.image.at<cv::Vec3b>(4, 6), cv::Vec3b(200, 160, 180)); // B, G, R
    }

    void emptyFileIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.jpg"));
        QFile(path).open(QIODevice::WriteOnly);
        const MatDecoder::Result r = MatDecoder::decode(path);
        QVERIFY(r.image.empty());
        QVERIFY2(r.error.contains(QLatin1String("0 bytes")), qPrintable(r.error));
        QVERIFY(r.error.contains(path));
    }

    void corruptFileIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk(5000, 0);
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        file.write(junk);
        file.close();
        const MatDecoder::Result r = MatDecoder::decode(path);
        QVERIFY(r.image.empty());
        QVERIFY2(r.error.contains(path), qPrintable(r.error));
    }

    void truncatedJpegDoesNotCrash()
    {
        const QString full = writeOriented(m_dir.path(), 1);
        QFile in(full);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString path = m_dir.filePath(QStringLiteral("truncated.jpg"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();
        const MatDecoder::Result r = MatDecoder::decode(path);
        // Decoders fill a truncated JPEG with grey; either way the size is the header's.
        if (r.error.isEmpty())
            QCOMPARE(QSize(r.image.cols, r.image.rows), QSize(60, 40));
    }

    void hugeImageIsRefusedFromItsHeader()
    {
        // 20000 x 20000 one-bit PNG: 50 MB to make, 1.2 GB if it were decoded as BGR.
        const QString path = m_dir.filePath(QStringLiteral("huge.png"));
        {
            QImage huge(20000, 20000, QImage::Format_Mono);
            huge.fill(0);
            QVERIFY(huge.save(path));
        }
        QCOMPARE(MatDecoder::readHeader(path).size, QSize(20000, 20000));
        const MatDecoder::Result r = MatDecoder::decode(path);
        QVERIFY(r.image.empty());
        QVERIFY2(r.error.contains(QLatin1String("20000 x 20000")) &&
                     r.error.contains(QLatin1String("400.0 megapixels")),
                 qPrintable(r.error));
    }

    void missingFileIsRefused()
    {
        const MatDecoder::Result r = MatDecoder::decode(m_dir.filePath(QStringLiteral("no.jpg")));
        QVERIFY(r.image.empty());
        QVERIFY(!r.error.isEmpty());
    }

    void bridgeSharesPixels()
    {
        QImage image(8, 3, QImage::Format_RGB32);
        image.fill(qRgb(10, 20, 30));
        cv::Mat view = imagebridge::wrap(image);
        QCOMPARE(view.type(), CV_8UC4);
        QCOMPARE(static_cast<const void*>(view.data), static_cast<const void*>(image.constBits()));
        view.at<cv::Vec4b>(1, 2) = cv::Vec4b(1, 2, 3, 255); // B, G, R, A
        QCOMPARE(image.pixel(2, 1), qRgb(3, 2, 1));

        cv::Mat mat(4, 5, CV_8UC3, cv::Scalar(30, 20, 10));
        const QImage wrapped = imagebridge::wrap(mat);
        QCOMPARE(static_cast<const void*>(wrapped.constBits()), static_cast<const void*>(mat.data));
        QCOMPARE(wrapped.pixel(0, 0), qRgb(10, 20, 30));
    }

    void bridgeConvertsBothWays()
    {
        cv::Mat bgr(3, 4, CV_8UC3, cv::Scalar(1, 2, 3));
        bgr.at<cv::Vec3b>(2, 3) = cv::Vec3b(200, 100, 50);
        const QImage image = imagebridge::fromBgr(bgr);
        QCOMPARE(image.format(), QImage::Format_RGB32);
        QCOMPARE(image.pixel(3, 2), qRgb(50, 100, 200));
        const cv::Mat back = imagebridge::toBgr(image);
        QCOMPARE(cv::norm(back, bgr, cv::NORM_INF), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestMatDecoder)
#include "test_mat_decoder.moc"
