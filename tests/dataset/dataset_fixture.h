#pragma once

// A small project on disk for the dataset tests: three PNG shelf images with a known pixel pattern
// (so crops can be compared with their source) and a human layer with labelled boxes.
#include "project_store.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include <memory>

namespace shelf::test {

/// Pixel (x, y) of the pattern: every pixel of a 256 x 256 block differs from its neighbours.
inline QRgb patternPixel(int x, int y)
{
    return qRgb(x % 256, y % 256, (x / 256 + 3 * (y / 256)) * 40 % 256);
}

inline QImage patternImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        QRgb* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = patternPixel(x, y);
    }
    return image;
}

inline Annotation box(qint64 imageId, Box b, Shape shape = Shape::None, const QString& sku = {})
{
    Annotation a;
    a.imageId = imageId;
    a.box = b;
    a.shape = shape;
    a.skuId = sku;
    return a;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store;
    QList<ImageRecord> images;

    QString path(const QString& name) const { return dir.filePath(name); }

    /// Images: shelves/a.png 400x300 (done), shelves/b.png 320x240 (done), c.png 200x100 (new).
    void make()
    {
        QDir(dir.path()).mkpath(QStringLiteral("shelves"));
        store = ProjectStore::create(path(QStringLiteral("p.shelf")));
        const struct
        {
            const char* name;
            int w, h;
            ImageStatus status;
        } specs[] = {{"shelves/a.png", 400, 300, ImageStatus::Done},
                     {"shelves/b.png", 320, 240, ImageStatus::Done},
                     {"c.png", 200, 100, ImageStatus::New}};
        for (const auto& s : specs) {
            patternImage(s.w, s.h).save(path(QLatin1String(s.name)));
            ImageRecord r;
            r.relativePath = QLatin1String(s.name);
            r.width = s.w;
            r.height = s.h;
            r.status = s.status;
            r.shelfType = QStringLiteral("beverage");
            r.storeId = QStringLiteral("S-1");
            store->insertImage(r);
            images << r;
        }
    }

    void add(QList<Annotation> boxes) { store->insertAnnotations(boxes); }

    /// Labelled boxes on a and b, one unlabelled on c; one rejected and one proposed on a.
    void addStandardBoxes()
    {
        const qint64 a = images[0].id, b = images[1].id, c = images[2].id;
        Annotation named = box(a, {10, 20, 110, 140}, Shape::Can, QStringLiteral("690-1"));
        named.productName = QStringLiteral("Green tea, \"light\" 绿茶");
        named.brand = QStringLiteral("=HYPERLINK(\"x\")");
        named.productType = ProductType::NonAlcoholicDrinks;
        named.size = QStringLiteral("500 ml");
        named.flavor = QStringLiteral("jasmine");
        Annotation proposed = box(a, {200, 20, 300, 120}, Shape::Bottle);
        proposed.state = ReviewState::Proposed;
        proposed.origin = Origin::Model;
        proposed.confidence = 0.75;
        Annotation rejected = box(a, {0, 0, 50, 50});
        rejected.state = ReviewState::Rejected;
        add({named, proposed, rejected, box(a, {120.5, 20.25, 199.75, 140}, Shape::Bottle),
             box(b, {0, 0, 100, 90}, Shape::Can, QStringLiteral("690-1")),
             box(b, {150, 100, 320, 240}, Shape::Box, QStringLiteral("777")),
             box(c, {10, 10, 60, 90})});
    }
};

} // namespace shelf::test
