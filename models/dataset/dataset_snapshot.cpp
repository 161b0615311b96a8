#include "dataset_snapshot.h"

#include "image_name_index.h"
#include "project_store.h"

#include <QHash>

namespace shelf {

DatasetSnapshot DatasetSnapshot::load(const ProjectStore& store, const ExportOptions& options)
{
    DatasetSnapshot snapshot;
    const QList<ImageRecord> all = store.images();
    const ImageNameIndex index(all);
    snapshot.names = std::make_shared<DatasetNames>(all);
    QHash<qint64, int> position;
    for (const ImageRecord& image : all) {
        if (options.images == ExportOptions::Images::Done && image.status != ImageStatus::Done)
            continue;
        position.insert(image.id, int(snapshot.images.size()));
        snapshot.images.append(
            {image, index.exportName(image), store.absoluteImagePath(image), {}});
    }
    store.forEachAnnotation(options.layer, [&](const Annotation& a) {
        if (a.state == ReviewState::Rejected ||
            (options.states == ExportOptions::States::Accepted && a.state != ReviewState::Accepted))
            return true;
        const int at = position.value(a.imageId, -1);
        if (at < 0)
            return true;
        QList<Annotation>& boxes = snapshot.images[at].boxes;
        snapshot.storedOrder.append({at, int(boxes.size())});
        boxes.append(a);
        return true;
    });
    return snapshot;
}

bool DatasetSnapshot::isLabelled(const Annotation& a, ExportOptions::ClassBy classBy)
{
    const bool hasSku = !a.skuId.trimmed().isEmpty();
    switch (classBy) {
    case ExportOptions::ClassBy::Shape:
        return a.shape != Shape::None;
    case ExportOptions::ClassBy::Sku:
        return hasSku;
    case ExportOptions::ClassBy::Object:
        break;
    }
    return hasSku || a.shape != Shape::None;
}

QString DatasetSnapshot::classOf(const Annotation& a, ExportOptions::ClassBy classBy)
{
    switch (classBy) {
    case ExportOptions::ClassBy::Object:
        return ExportOptions::kObjectClass;
    case ExportOptions::ClassBy::Shape:
        return a.shape != Shape::None ? shapeKey(a.shape) : ExportOptions::kUnlabelledClass;
    case ExportOptions::ClassBy::Sku:
        break;
    }
    const QString sku = a.skuId.trimmed();
    return sku.isEmpty() ? ExportOptions::kUnlabelledClass : sku;
}

} // namespace shelf
