#pragma once

#include <QColor>
#include <QFile>
#include <QImage>
#include <QRect>
#include <QString>

namespace shelf::testing {

/// The folder the CTest fixture writes the tiny TorchScript models into.
inline QString modelPath(const QString& name)
{
    return QStringLiteral(SHELF_TEST_MODELS_DIR "/") + name;
}

/// A lossless black image with one product: a filled rectangle of `colour`.
inline QString writeProductImage(const QString& path, QSize size, QRect product,
                                 QColor colour = QColor(204, 0, 51))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    for (int y = product.top(); y <= product.bottom(); ++y)
        for (int x = product.left(); x <= product.right(); ++x)
            image.setPixelColor(x, y, colour);
    image.save(path);
    return path;
}

/// A file of bytes that no image decoder reads.
inline QString writeCorruptImage(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray junk(3000, 0);
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 7919) % 251);
    file.write(junk);
    return path;
}

} // namespace shelf::testing
