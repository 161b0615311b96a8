#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace shelf {

/// Which output convention a model file follows. The native contract is
/// `../shared/docs/model-contract.md`; the YOLO kinds are adapted to it.
enum class ModelFormat {
    Native, ///< "shelflabel-detector" version 1: boxes, hard scores, Soft-IoU, labels
    YoloV5, ///< Ultralytics YOLOv5 TorchScript export: [1, N, 5 + C]
    YoloV8, ///< Ultralytics YOLOv8 TorchScript export: [1, 4 + C, N]
};

/// How an image becomes the model's input tensor. Units: pixels of the model input.
struct InputSpec
{
    enum class Mode {
        Resize,    ///< shorter side to minSide, longer side at most maxSide, pad bottom/right
        Letterbox, ///< fit into width x height keeping the aspect ratio, pad both sides evenly
    };
    Mode mode = Mode::Resize;
    int minSide = 800;      ///< Resize
    int maxSide = 1333;     ///< Resize
    int sizeDivisor = 32;   ///< Resize: padded width and height are multiples of it
    int width = 640;        ///< Letterbox: fixed input width
    int height = 640;       ///< Letterbox: fixed input height
    float padValue = 0;     ///< 0 for the native contract, grey 114 for YOLO letterboxes
    float valueScale = 1.f; ///< 1 gives 0..255 (native); 1/255 gives 0..1 (YOLO)

    bool operator==(const InputSpec&) const = default;
};

/// What was read from a model file and how it runs: a value, copied to the UI freely.
struct ModelInfo
{
    QString path;
    ModelFormat format = ModelFormat::Native;
    int version = 1;
    QString name;
    QString description;
    QStringList classes;
    InputSpec input;
    bool softIou = false;        ///< the model has a Soft-IoU head (else soft_iou is -1)
    double scoreThreshold = 0.1; ///< candidates with hard_score <= this are dropped
    int maxCandidates = 9999;    ///< best candidates kept per image
    bool onCuda = false;
    QString device;    ///< for people, e.g. "CPU, 2 threads" or "CUDA 0 (NVIDIA H100)"
    QStringList notes; ///< for people: what the loader decided on its own (a CUDA fall-back)
};

/// "shelflabel-detector", "yolov5", "yolov8": the names model.json and messages use.
QString modelFormatKey(ModelFormat format);

} // namespace shelf

Q_DECLARE_METATYPE(shelf::ModelInfo)
