#pragma once

#include "annotation.h"
#include "dataset_names.h"
#include "export_options.h"
#include "image_record.h"

#include <QList>
#include <QString>

#include <memory>

namespace shelf {

class ProjectStore;

/// One image of an export with its included boxes (stored order).
struct DatasetImage
{
    ImageRecord record;
    QString exportName;   ///< file name where unique in the project, else relative path (SKU-110K)
    QString absolutePath; ///< where its pixels are
    QList<Annotation> boxes;
};

/// The images and boxes an export writes, read from the store once so that writing can run on
/// any thread (a ProjectStore belongs to the thread that opened it). Images come in project order
/// (id ascending), boxes in stored order. Selection: ExportOptions::layer, states (rejected boxes
/// never) and images (Done: only images marked done). Images without boxes are kept: COCO, YOLO
/// and VOC list them as background images.
struct DatasetSnapshot
{
    QList<DatasetImage> images;
    /// (image index, box index) of every box in the layer's stored order, for SKU-110K CSV, so
    /// that an imported file is written back in its own order.
    QList<std::pair<int, int>> storedOrder;
    std::shared_ptr<const DatasetNames> names;

    qint64 boxCount() const { return storedOrder.size(); }

    /// Reads the selection (450 000 boxes: about 0.4 s). Thread: the store's; a dialog that
    /// keeps the UI thread free opens a second store on its worker thread
    /// (ProjectStore::open(store.filePath())). Throws StoreError as the store does.
    static DatasetSnapshot load(const ProjectStore& store, const ExportOptions& options);

    /// The class of a box for `classBy` (see ExportOptions), never empty.
    static QString classOf(const Annotation& a, ExportOptions::ClassBy classBy);
    /// Whether the box has the label `classBy` needs (Object: a shape or an SKU id).
    static bool isLabelled(const Annotation& a, ExportOptions::ClassBy classBy);
};

} // namespace shelf
