#pragma once

// A project on disk for GUI tests: `count` plain 1000 x 800 PNGs (a different blue each, so that
// they decode to different pixels) under img/, added to p.shelf in `dir`.

#include "project_setup.h"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>

namespace shelf::test {

inline ProjectSetup::Created makeTestProject(const QTemporaryDir& dir, int count = 2)
{
    QDir().mkpath(dir.filePath(QStringLiteral("img")));
    for (int i = 0; i < count; ++i) {
        QImage img(1000, 800, QImage::Format_RGB32);
        img.fill(QColor(90, 90, 90 + 60 * i));
        img.save(dir.filePath(QStringLiteral("img/s%1.png").arg(i)));
    }
    return ProjectSetup::createFromFolder(dir.filePath(QStringLiteral("p.shelf")),
                                          dir.filePath(QStringLiteral("img")));
}

} // namespace shelf::test
