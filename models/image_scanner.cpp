#include "image_scanner.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QImageIOHandler>
#include <QImageReader>

#include <algorithm>

namespace shelf {

int ImageScanner::exifOrientation(QImageIOHandler::Transformations t)
{
    switch (int(t)) {
    case QImageIOHandler::TransformationNone:
        return 1;
    case QImageIOHandler::TransformationMirror:
        return 2;
    case QImageIOHandler::TransformationRotate180:
        return 3;
    case QImageIOHandler::TransformationFlip:
        return 4;
    case QImageIOHandler::TransformationFlipAndRotate90:
        return 5;
    case QImageIOHandler::TransformationRotate90:
        return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return 7;
    case QImageIOHandler::TransformationRotate270:
        return 8;
    }
    return 1;
}

const QStringList& ImageScanner::suffixes()
{
    static const QStringList list = {
        QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("bmp"),
        QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("webp")};
    return list;
}

bool ImageScanner::readHeader(const QString& path, int& width, int& height, int& orientation,
                              QString& error)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        error = reader.errorString();
        if (error.isEmpty() || reader.error() == QImageReader::UnknownError)
            error = tr("not a readable image");
        return false;
    }
    orientation = exifOrientation(reader.transformation());
    const bool swapped = orientation >= 5;
    width = swapped ? size.height() : size.width();
    height = swapped ? size.width() : size.height();
    return true;
}

ImageScanner::Result ImageScanner::scan(const QString& folder, const QDir& base,
                                        const std::function<void(int, const QString&)>& progress,
                                        const std::atomic_bool* cancel)
{
    Result result;
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (suffixes().contains(QFileInfo(path).suffix().toLower()))
            files << path;
    }
    files.sort();
    int done = 0;
    for (const QString& path : files) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            break;
        }
        ImageRecord record;
        record.relativePath = base.relativeFilePath(path);
        QString error;
        if (readHeader(path, record.width, record.height, record.orientation, error))
            result.images << record;
        else
            result.problems << Problem{path, error};
        if (progress)
            progress(++done, path);
    }
    return result;
}

} // namespace shelf
