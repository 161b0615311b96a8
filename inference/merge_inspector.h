#pragma once

#include "merge_inspection.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>

namespace shelf {

/// Recomputes the EM-Merger over an image's stored raw layer to explain one merged box (see
/// MergeInspection). Thread: any (pure; the caller reads the layers on its own thread).
class MergeInspector
{
    Q_DECLARE_TR_FUNCTIONS(shelf::MergeInspector)
public:
    /// A stored em box must overlap the selection at least this much to be the one meant.
    static constexpr double kMinSelectionIou = 0.5;

    static MergeInspection inspect(qint64 imageId, const QList<Annotation>& raw,
                                   const QList<Annotation>& em, QSize imageSize,
                                   const Box& selected);

    /// `heat` (CV_32F values >= 0, row-major, width x height) as an overlay: transparent where
    /// cold, through red to yellow at the peak, alpha rising with heat.
    static QImage colourMap(const float* heat, int width, int height, qsizetype stride);
};

} // namespace shelf
