#pragma once

// JPEG files with an EXIF orientation, for tests of orientation handling.

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>

namespace shelf::test {

/// An APP1 segment holding EXIF orientation `o` (big-endian TIFF, one IFD entry).
inline QByteArray exifSegment(int o)
{
    QByteArray tiff("MM\x00\x2A\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01", 18);
    tiff += char(0);
    tiff += char(o);
    tiff += QByteArray(6, 0);
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    const int length = int(payload.size()) + 2;
    return QByteArray("\xFF\xE1", 2) + char(length >> 8) + char(length & 0xFF) + payload;
}

/// Writes `image` as a JPEG at `path` with EXIF orientation `o` (1-8); false on failure.
inline bool writeOrientedJpeg(const QImage& image, const QString& path, int o, int quality = 100)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPG", quality))
        return false;
    QByteArray jpeg = buffer.data();
    jpeg.insert(2, exifSegment(o)); // right after SOI
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(jpeg) == jpeg.size();
}

} // namespace shelf::test
