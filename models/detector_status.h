#pragma once

#include <QString>

#include <optional>

namespace shelf {

/// What the app found out about the detector it loaded, for the window to show (the status bar,
/// the settings dialog): a plain value, so that widgets need no inference headers.
struct DetectorStatus
{
    QString model;  ///< the model's name; empty while none is loaded
    QString device; ///< where it runs, for people ("CPU, 2 threads", "CUDA device 0")
    QString error;  ///< why the last load failed; empty when it did not
    /// Whether CUDA can be used here; unset until a model was loaded with Auto or CUDA.
    std::optional<bool> cudaAvailable;
    /// The model's own minimum hard score (its metadata); unset while none is loaded.
    std::optional<double> modelScoreThreshold;

    bool operator==(const DetectorStatus&) const = default;
};

} // namespace shelf
