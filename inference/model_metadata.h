#pragma once

#include "model_info.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shelf {

/// Reads the metadata a model file carries (`shelflabel.json` of the native contract, the
/// `config.txt` of an Ultralytics export) and the optional `model.json` beside it, into ModelInfo.
///
/// Each function returns an empty string on success, else one sentence for people that says what
/// was expected and what was found (the caller prefixes the file). Nothing here touches Torch.
/// Thread: any (pure functions).
class ModelMetadata
{
    Q_DECLARE_TR_FUNCTIONS(shelf::ModelMetadata)
public:
    /// The names of the metadata files inside and beside a model.
    static constexpr const char* kNativeFile = "shelflabel.json";
    static constexpr const char* kYoloFile = "config.txt";
    static constexpr const char* kSidecarFile = "model.json";

    /// Parses the native metadata; sets format Native, name, classes, input, soft_iou,
    /// thresholds. `requireFormat` false accepts a model.json that leaves out "format"/"version".
    static QString readNative(const QByteArray& json, ModelInfo& info, bool requireFormat = true);

    /// Parses an Ultralytics config.txt: input size from "shape" [1, 3, H, W] (YOLOv5) or
    /// "imgsz" [H, W] (YOLOv8), "stride", and "names" (a list, or a map from index to name). Sets
    /// a letterbox input, no Soft-IoU, format YoloV8 when the file looks like a v8 export (the
    /// outputs decide in the end).
    static QString readYoloConfig(const QByteArray& json, ModelInfo& info);

    /// What model.json beside a model asks for.
    struct Sidecar
    {
        std::optional<ModelFormat> format; ///< "adapter": which convention to apply
        QByteArray json;                   ///< the whole file, for applySidecar()
    };
    static QString readSidecar(const QByteArray& json, Sidecar& sidecar);

    /// Overrides what model.json sets for a YOLO model: "classes", "input" {"width", "height"},
    /// "score_threshold", "max_candidates", "name".
    static QString applyYoloOverrides(const QByteArray& json, ModelInfo& info);

    /// Checks that a YOLO model has what it needs (classes, a positive input size).
    static QString checkYolo(const ModelInfo& info);
};

} // namespace shelf
