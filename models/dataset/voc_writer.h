#pragma once

#include "export_options.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shelf {

struct DatasetSnapshot;
class ExportContext;

/// Writes a Pascal VOC detection dataset (the VOC2012 development kit's layout):
///
///     Annotations/<stem>.xml         one per image: <filename>, <size>, one <object> per box
///     JPEGImages/<image>             copies (ExportOptions::copyImages, see ImageCopy)
///     ImageSets/Main/<set>.txt       the stems of each set (train, test)
///
/// <object> holds <name> (the class), <pose>Unspecified, <truncated>0, <difficult>0 and <bndbox>
/// with xmin, ymin, xmax, ymax. The 1-based question: VOC's own files count pixels from 1 (the
/// left column is xmin 1), and some loaders subtract 1 on reading. We write the stored corner
/// coordinates unchanged (the same doubles as the other formats, integers where they are whole),
/// so a box from 0 to 100 is xmin 0, xmax 100; a loader that subtracts 1 moves it by one pixel,
/// well under annotation noise. Readers that keep the numbers (torchvision, Ultralytics' VOC
/// converter) get the exact box.
class VocWriter
{
    Q_DECLARE_TR_FUNCTIONS(shelf::VocWriter)
public:
    static QString write(const DatasetSnapshot& snapshot, const QList<QList<int>>& imagesPerSet,
                         const ExportOptions& options, const QString& folder, ExportContext& ctx);
};

} // namespace shelf
