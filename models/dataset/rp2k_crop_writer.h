#pragma once

#include "dataset_split.h"
#include "export_options.h"

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QString>

namespace shelf {

struct DatasetSnapshot;
class ExportContext;
struct Box;

/// Writes the RP2K dataset layout (Peng et al., "RP2K: A Large-Scale Retail Product Dataset for
/// Fine-Grained Image Classification", 2020): one crop per box under `<set>/<class>/`, and
/// annotations.csv with one row per crop:
///
///     crop_file,source_image,x1,y1,x2,y2,sku_id,name,brand,type,shape,size,flavor,shelf_type,store_id
///
/// crop_file is relative to the dataset folder ("train/can/shelf_12_345.jpg": image stem and box
/// id), source_image the image's path relative to the project folder, x1..y2 the box in
/// original-image pixels. The class folder is ExportOptions::classBy's class, made safe as a file
/// name: letters and digits of any script, '-', '_' and '.' are kept, anything else becomes '_',
/// and a leading '.', '-', '+', '=' or '@' becomes '_'. Text cells are neutralised against
/// spreadsheet formulas (CsvWriter).
///
/// Pixels: images are decoded upright (ImageDecoder, EXIF orientation applied); a crop covers
/// the pixels the box touches, floor(x1)..ceil(x2) by floor(y1)..ceil(y2), clipped to the image,
/// so an integer box gives exactly its w x h pixels. A box with nothing inside the image is
/// skipped and counted. Crops are JPEG at ExportOptions::jpegQuality (95 by default), or PNG.
///
/// Speed: images are decoded and cropped in parallel on a pool of QThread::idealThreadCount()
/// threads (every core), one image per task; progress counts images; cancel is checked before
/// each image. The calling thread waits, reporting progress every 50 ms.
class Rp2kCropWriter
{
    Q_DECLARE_TR_FUNCTIONS(shelf::Rp2kCropWriter)
public:
    struct Result
    {
        QString error; ///< for people; empty on success
        qint64 crops = 0;
        qint64 skipped = 0; ///< boxes outside their image
    };

    /// `sets[i][j]` is the set of box j of snapshot image i.
    static Result write(const DatasetSnapshot& snapshot,
                        const QList<QList<DatasetSplit::Set>>& sets, const ExportOptions& options,
                        const QString& folder, ExportContext& ctx);

    /// The pixels a crop covers in an image of `width` x `height` (empty when none).
    static QRect cropRect(const Box& box, int width, int height);
    /// The class as a folder name (see the class comment).
    static QString folderName(const QString& className);
};

} // namespace shelf
