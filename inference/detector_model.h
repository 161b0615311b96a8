#pragma once

#include "model_info.h"
#include "preprocessor.h"
#include "raw_detection.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace shelf {

/// Where a model should run.
enum class DeviceRequest {
    Auto, ///< CUDA when this LibTorch and the machine have it, else the CPU
    Cpu,
    Cuda, ///< CUDA, falling back to the CPU with a note when it is not available
};

/// Parses "auto", "cpu", "cuda" (the CLI names).
std::optional<DeviceRequest> deviceRequestFromName(const QString& name);

/// How a model is loaded.
struct ModelOptions
{
    DeviceRequest device = DeviceRequest::Auto;
    int threads = 0;    ///< CPU threads for LibTorch; 0 = all cores
    bool warmUp = true; ///< run once at a photo-sized input after loading
};

/// A loaded, validated detector: a TorchScript file that satisfies the model contract
/// (`../shared/docs/model-contract.md`), natively or through the YOLOv5 / YOLOv8 adapters.
///
/// load() refuses a non-conforming file with one sentence that says what was expected and what
/// was found: a missing, empty or non-TorchScript file; missing or malformed metadata; an unknown
/// format or version; outputs of the wrong count, shape or dtype on a probe run with a small
/// zero input. Which convention applies is read from `model.json` beside the file when it has an
/// "adapter", else from the file's own metadata (`shelflabel.json` or YOLO's `config.txt`).
///
/// Thread: not thread-safe; one thread uses a model at a time. LibTorch's CPU thread count is
/// applied on the thread that calls forward(). Ownership: the caller owns the model; Torch stays
/// inside detector_model.cpp (pimpl).
class DetectorModel
{
    Q_DECLARE_TR_FUNCTIONS(shelf::DetectorModel)
public:
    struct LoadResult
    {
        std::unique_ptr<DetectorModel> model; ///< null on error
        QString error;                        ///< for people; names the file
    };
    static LoadResult load(const QString& path, const ModelOptions& options = {});
    /// Whether this LibTorch was built with CUDA and sees a GPU. Thread: any.
    static bool cudaAvailable();

    ~DetectorModel();
    DetectorModel(const DetectorModel&) = delete;
    DetectorModel& operator=(const DetectorModel&) = delete;

    /// What the file says and where it runs (device, notes such as a CUDA fall-back).
    const ModelInfo& info() const;

    struct Output
    {
        std::vector<RawDetections> images; ///< one per input, candidates in input pixels
        QString error;                     ///< for people; empty on success
        bool outOfMemory = false;          ///< the error was an allocation failure
    };

    /// Runs the inputs as one batch (prepared with info().input; inputs of different sizes are
    /// padded to the largest). Padding rows (label -1) and candidates whose hard score is at or
    /// below `minScore` are left out.
    Output forward(const std::vector<PreparedInput>& inputs, float minScore);

private:
    struct Impl;
    explicit DetectorModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace shelf
