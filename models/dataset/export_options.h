#pragma once

#include "labels.h"

#include <QString>

#include <optional>

namespace shelf {

/// What a dataset export writes, and how. A plain value: copy it to a worker thread.
///
/// Class of a box (`classBy`):
///  - Object: every box is "object" (SKU-110K's single class).
///  - Shape: the RP2K shape key ("bottle", "can", ...).
///  - Sku: the SKU id.
/// A box without the chosen label (no shape, or a blank SKU id) is *kept* under the class
/// "unlabelled" (kUnlabelledClass) and counted in the validation report: a detection dataset
/// that dropped boxes would teach the model that those products are background. Importers read
/// "unlabelled" and "object" back as "no label". SKU-110K CSV writes "object" instead, the word
/// its importer (Sku110kImport) reads as "no label".
struct ExportOptions
{
    enum class Format { Sku110k, Rp2k, Coco, Yolo, Voc };
    enum class States { Accepted, All };
    enum class Images { Done, All };
    enum class ClassBy { Object, Shape, Sku };
    /// Box: each box (RP2K crop) is drawn on its own; Image: whole shelf images go to one set.
    enum class SplitBy { Box, Image };

    static inline const QString kUnlabelledClass = QStringLiteral("unlabelled");
    static inline const QString kObjectClass = QStringLiteral("object");

    Format format = Format::Sku110k;
    QString layer = layers::human;
    /// Accepted: accepted boxes only; All: proposed too. Rejected boxes are never exported.
    States states = States::Accepted;
    Images images = Images::All;
    ClassBy classBy = ClassBy::Object;
    /// Share of each class that goes to train, in [0, 1]; 1 puts everything in train. 0.9 as in
    /// RP2K. SKU-110K CSV is one file and ignores the split.
    double trainShare = 0.9;
    quint64 seed = 0;
    /// Default: by box for RP2K crops, by image for the formats that list whole images.
    std::optional<SplitBy> splitBy;
    /// RP2K crops: JPEG quality 0-100 (95: artefacts well below annotation noise at about a third
    /// of the size of 100), or PNG when `cropsAsPng` (lossless: the crop holds the exact pixels).
    int jpegQuality = 95;
    bool cropsAsPng = false;
    /// YOLO and VOC: copy the images into the dataset (byte for byte; an image with an EXIF
    /// orientation other than 1 is written upright, as the boxes refer to the upright image).
    bool copyImages = true;
    /// SKU-110K: write a header line (the dataset's files have none).
    bool header = false;
    /// Replace an existing target. Without it an existing target is an error.
    bool force = false;

    SplitBy effectiveSplitBy() const
    {
        return splitBy.value_or(format == Format::Rp2k ? SplitBy::Box : SplitBy::Image);
    }

    static QString formatKey(Format f);
    static std::optional<Format> formatFromKey(const QString& key);
    static QString classByKey(ClassBy c);
    static std::optional<ClassBy> classByFromKey(const QString& key);
};

} // namespace shelf
