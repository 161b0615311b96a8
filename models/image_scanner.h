#pragma once

#include "image_record.h"

#include <QCoreApplication>
#include <QDir>
#include <QImageIOHandler>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace shelf {

/// Finds the images of a folder tree and reads their size and EXIF orientation from the file
/// headers only (no pixel is decoded).
///
/// Thread: any; a scan is independent of every other object. Long scans report progress and stop
/// early when `cancel` becomes true.
class ImageScanner
{
    Q_DECLARE_TR_FUNCTIONS(shelf::ImageScanner)
public:
    struct Problem
    {
        QString path;
        QString message;
    };
    struct Result
    {
        QList<ImageRecord> images; ///< sorted by relative path; ids are 0
        QList<Problem> problems;   ///< files with an image suffix that could not be read
        bool cancelled = false;
    };

    /// File suffixes (lower case) that count as images.
    static const QStringList& suffixes();

    /// Scans `folder` recursively; relative paths are made relative to `base`.
    static Result scan(const QString& folder, const QDir& base,
                       const std::function<void(int done, const QString& current)>& progress = {},
                       const std::atomic_bool* cancel = nullptr);

    /// EXIF orientation 1-8 of the transformation Qt reports for an image.
    static int exifOrientation(QImageIOHandler::Transformations t);

    /// Reads one file's displayed size and EXIF orientation. Returns false with `error` set if the
    /// header cannot be read.
    static bool readHeader(const QString& path, int& width, int& height, int& orientation,
                           QString& error);
};

} // namespace shelf
